#!/bin/sh
# The shipped figures (poses.yaml) or pain sources (pain-sources.yaml) that
# do not load, as when BACKCOACH_DATADIR points at a broken copy: the coach
# still starts, says so on its first screen while it runs (stderr is hidden
# then), cut with a mark to the width, and writes the reasons to stderr too.
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log

D=$TEST_TMP/data
mkdir -p "$D/routines"
cp "$top_srcdir"/routines/*.yaml "$D/routines/"
export BACKCOACH_DATADIR="$D"
ERR=$TEST_TMP/stderr
# coach COLS ROWS: the coach in the pane, its stderr kept in $ERR
coach() {
	: >"$ERR"
	tui_start "$1" "$2" sh -c '"$0" --no-sound 2>"$1"' "$BACKCOACH" "$ERR"
}

# the figures' file broken: an unknown field on line 3, column 5
printf 'poses:\n  - name: x\n    titel: X\n' >"$D/routines/poses.yaml"
coach 80 24
tui_wait 'where does it hurt' 5; ok $? "the coach starts with the figures' file broken"
tui_wait '^ The figures could not be loaded: ' 3
ok $? "the first screen says the figures could not be loaded"
tui_screen | grep 'could not be loaded' | grep -q '…$'
ok $? "the line is cut with an ellipsis at 80 columns"
tui_screen | grep -q 'Pain here often comes from'
ok $? "the pain sources still show"
tui_keys q
[ "$(tui_exit 5)" = 0 ]; ok $? "q ends it with status 0"
grep -q "^$D/routines/poses.yaml:3:5: unknown field 'titel'" "$ERR" &&
	grep -q 'going on without figures' "$ERR"
ok $? "stderr has the reason and what it means ($(head -c 300 "$ERR"))"
tui_stop
coach 200 30
tui_wait "The figures could not be loaded: $D/routines/poses.yaml:3:5: unknown field 'titel'" 5
ok $? "on a wide terminal, the file, line and column and the reason"
tui_stop

# started on the routine list (--area): said on its warning row
tui_start 80 24 "$BACKCOACH" --no-sound --area neck
tui_wait 'Routines for the neck' 5
tui_wait '^ The figures could not be loaded: .*…$' 3
ok $? "--area: the routine list says it, cut with a mark"
tui_stop

# the pain sources broken as well, then alone
cp "$top_srcdir/routines/pain-sources.yaml" "$D/routines/"
sed -i '0,/^  - area: neck$/s//  - area: knee/' "$D/routines/pain-sources.yaml"
n=$(grep -n '^  - area: knee$' "$D/routines/pain-sources.yaml" | cut -d: -f1)
coach 200 30
tui_wait 'The figures and the pain sources could not be loaded \(the first: .*/poses.yaml:3:5: ' 5
ok $? "both broken: one line names both, with the first reason"
tui_stop
cp "$top_srcdir/routines/poses.yaml" "$D/routines/"
coach 200 30
tui_wait "The pain sources could not be loaded: $D/routines/pain-sources.yaml:$n:11: 'knee' is not a valid area" 5
ok $? "the pain sources alone: their file, line $n and column, and why"
tui_screen | grep -q 'Press Enter to see the routines'
ok $? "the picker goes on without them"
tui_keys q
tui_exit 5 >/dev/null
grep -q "pain-sources.yaml:$n:11: 'knee' is not a valid area" "$ERR" &&
	grep -q 'going on without pain sources' "$ERR"
ok $? "stderr has it too ($(head -c 300 "$ERR"))"
tui_stop

# both good: no such line
cp "$top_srcdir/routines/pain-sources.yaml" "$D/routines/"
coach 80 24
tui_wait 'Pain here often comes from' 5
tui_screen | grep -q 'could not be loaded'
[ $? -ne 0 ]; ok $? "no such line when both load"
tui_stop
done_testing
