#!/bin/sh
# Hostile text and the full-screen coach: with routine files, a pain-source
# file and a file name holding escape sequences in --routines-dir, the coach
# (in tmux) starts, shows the good routine, runs it, and no hostile sequence
# reaches the terminal: the canary is an OSC that would set the pane title to
# PWNED, looked for in the pane's title and in the raw byte stream.
. "$top_srcdir/tests/lib.sh"
command -v tmux >/dev/null 2>&1 || { skip "tmux is not installed"; done_testing; }
. "$top_srcdir/tests/tmux-drive.sh"
trap 'tui_stop; rm -rf "$TEST_TMP"' EXIT
tw() { tui_wait "$@"; }
tx() { tui_exit "$@"; }
# Past the first-run notice, if it shows.
past_notice() {
	if tw 'Press any key|Only step|Harmless' 15 && tui_screen | grep -q 'Press any key'; then
		tui_keys Space
	fi
}

R=$TEST_TMP/r
mkdir -p "$R"
P='"x \e]2;PWNED\a \e[2J \x9b31m \u009b \r \a y"'
cat >"$R/good.yaml" <<'Y'
id: good-x
title: Harmless routine
summary: S.
areas: [neck, upper-back]
kind: stretch
caution: C.
steps:
  - name: Only step
    seconds: 60
    instructions: Breathe.
Y
for f in title summary caution; do
	sed "s/^$f: .*/$f: $(printf '%s' "$P" | sed 's/[\\&/]/\\&/g')/; s/^id: .*/id: bad-$f/" \
		"$R/good.yaml" >"$R/bad-$f.yaml"
done
sed "s/^    name: .*/    name: $(printf '%s' "$P" | sed 's/[\\&/]/\\&/g')/; s/^id: .*/id: bad-name/" \
	"$R/good.yaml" >"$R/bad-name.yaml"
printf 'id: [\n' >"$R/$(printf 'evil\033]2;PWNED\007').yaml"
cat >"$R/pain-sources.yaml" <<Y
areas:
  - area: neck
    note: $P
    muscles:
      - name: $P
        refers: $P
        routines: [good-x]
Y

RAW=$TEST_TMP/raw
canary=$(printf '\033]2;PWNED')
c1=$(printf '\302\233')
# check_clean WHAT: the title, the raw stream and the process.
check_clean() {
	title=$(_tm display-message -p -t t '#{pane_title}')
	[ "$title" != PWNED ]; ok $? "$1: the pane title was not changed ($title)"
	! LC_ALL=C grep -qaF "$canary" "$RAW"; ok $? "$1: no OSC canary in the terminal stream"
	! LC_ALL=C grep -qaF "$c1" "$RAW"; ok $? "$1: no C1 CSI in the terminal stream"
}

# The program starts 0.3 s after the pane, once pipe-pane is listening.
# The coach's first screen.
tui_start 100 30 sh -c 'sleep 0.3; exec "$0" "$@"' "$BACKCOACH" -d "$R" --no-sound --no-pain
_tm pipe-pane -o -t t "cat >>'$RAW'"
past_notice
tw 'where does it hurt' 15; ok $? "the coach shows its first screen"
tui_keys 1 Enter
tw 'Harmless routine' 15; ok $? "the neck list shows the good routine"
pid=$(tui_pid)
[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; ok $? "the coach is running"
check_clean "first screen"
tui_keys q; sleep 0.2; tui_keys q; sleep 0.2; tui_keys y
st=$(tx 5); ok $? "the coach quits with q (status ${st:-none})"
tui_stop

# Running the good routine beside the hostile ones.  Its step lasts a minute: on a loaded
# machine a 3 s step had ended before the screen was read, or before q was pressed.
: >"$RAW"
tui_start 100 30 sh -c 'sleep 0.3; exec "$0" "$@"' "$BACKCOACH" -d "$R" --no-sound --no-pain --ready 0 run good-x
_tm pipe-pane -o -t t "cat >>'$RAW'"
past_notice
tw 'Only step' 15; ok $? "the run screen shows the step"
pid=$(tui_pid)
[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; ok $? "the coach is running the routine"
check_clean "run screen"
tui_screen | grep -q PWNED && { ok 1 "no hostile text on the run screen"; tui_screen | sed 's/^/# /'; } \
	|| ok 0 "no hostile text on the run screen"
tui_keys q; tw 'y/n' 10 && tui_keys y
tw 'q quit' 10 && tui_keys q
st=$(tx 15); [ "$st" = 0 ]; ok $? "the coach exits with 0 (status ${st:-none})"
tui_stop

done_testing
