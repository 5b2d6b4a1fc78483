#!/bin/sh
# tests/remind/picker-plan.sh - with a plan active, the area picker lists
# the plan's due routines first among its suggestions; without a plan, or
# once the routine is done for the day, the usual order stands.
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log
cfg=$XDG_CONFIG_HOME/backcoach
mkdir -p "$cfg"

# the suggested titles of the area on view, in order
# (the text after the last run of blanks: a figure may be drawn to its left;
# the mark of a routine due in the plan left out)
suggested() {
	tui_screen | sed -n '/Suggested/,$p' | sed -n '2,$p' | grep -v 'Up/Down' |
	    awk -F '  +' 'NF > 0 { print $NF }' | sed 's/^» //'
}

tui_start 100 30 "$BACKCOACH"
tui_wait 'Suggested' 5
ok $? "the picker shows suggestions for the upper back"
first=$(suggested | head -1)
ok $([ "$first" != "Neck tension relief" ]; echo $?) "without a plan, the first is not the plan's ('$first')"
tui_stop

cat >"$cfg/plan.yaml" <<'YAML'
title: A plan that is always on
from: 2000-01-01
until: 2099-12-31
items:
  - routine: neck-tension-relief
    times-a-day: 1
YAML
tui_start 100 30 "$BACKCOACH"
tui_wait 'Suggested' 5
first=$(suggested | head -1)
ok $([ "$first" = "Neck tension relief" ]; echo $?) "with the plan, its due routine comes first ('$first')"
tui_screen | grep -q '» *Neck tension relief'
ok $? "... marked as due: » before its title"
tui_screen | sed -n 2p | grep -q 'Due in your plan: Neck tension relief  (p shows it)'
ok $? "under the title: what the plan has due, and the key that shows it"
tui_keys p
tui_wait 'Routines for the neck' 3 && tui_screen | grep -q '^  Neck tension relief  (' 
ok $? "p: the routine list of its area, with the due routine chosen"
tui_keys Escape
tui_wait 'where does it hurt' 3; ok $? "Esc: back to the picker"
# the routine list of the area: first, marked, and the mark explained
tui_keys Enter
tui_wait 'due in your plan' 5
ok $? "the routine list explains the mark: due in your plan"
row=$(tui_screen | sed -n 3p)
case $row in *"»"*"Neck tension relief"*) r=0 ;; *) r=1 ;; esac
ok $r "the list's first row is the due routine, marked ('$row')"
tui_stop

# done today: no longer due, the usual order again
T=$(printf '\t')
printf 'v1\t%s\tneck-tension-relief\tneck\t300\t300\t5/5\tcompleted\t\t\t0.1.0\n' \
    "$(date +%Y-%m-%dT%H:%M:%S%:z)" >>"$LOG"
tui_start 100 30 "$BACKCOACH"
tui_wait 'Suggested' 5
first=$(suggested | head -1)
ok $([ "$first" != "Neck tension relief" ]; echo $?) "done today: not first any more ('$first')"
tui_screen | grep -q '»'
ok $([ $? -ne 0 ]; echo $?) "done today: no routine marked as due, no line under the title"
tui_keys p
sleep 0.5
tui_screen | grep -q 'where does it hurt'; ok $? "done today: p does nothing"
tui_stop
done_testing
