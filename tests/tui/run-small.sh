#!/bin/sh
# The run screen and the window's size: instructions wrapped at about 76
# columns and centred in a big window; a window too small to show the run
# pauses it, and it stays paused (Space resumes) once it is big enough.
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log

tui_start 120 40 "$BACKCOACH" -d "$R" --no-sound --ready 0 --no-pain run long-test
tui_wait 'Long hold - LEFT side' 5; ok $? "120x40: the step"
tui_screen | grep -qE '^ {15,}Hold the stretch'; ok $? "120x40: the instructions are centred"
! tui_screen | grep -q 'lower ribs while the shoulders stay soft'; ok $? "120x40: wrapped, not one 86-column line"
w=$(tui_screen | grep -E 'Hold the stretch|stay soft' | sed 's/^ *//' | awk '{ if (length > m) m = length } END { print m + 0 }')
[ "$w" -gt 0 ] && [ "$w" -le 76 ]; ok $? "120x40: no instruction line over 76 columns (longest $w)"

tui_resize 80 24
tui_wait '^  Hold the stretch' 3; ok $? "80x24: the instructions start at column 2 as before"
left=$(secs_left)
tui_resize 30 10
tui_wait 'terminal too small' 3; ok $? "30x10: too small"
tui_screen | grep -q 'paused'; ok $? "30x10: it says the run is paused"
sleep 2
tui_keys Space
sleep 0.5
tui_resize 80 24
tui_wait 'Long hold - LEFT side' 3; ok $? "80x24 again: the run is back"
tui_screen | grep -q 'PAUSED'; ok $? "paused, and Space while too small did not resume it"
now=$(secs_left)
[ "$now" -ge $((left - 1)) ]; ok $? "the time did not run while too small (${left}s -> ${now}s)"
tui_keys Space
n=0; while [ "$n" -lt 40 ] && tui_screen | grep -q 'PAUSED'; do sleep 0.05; n=$((n + 1)); done
! tui_screen | grep -q 'PAUSED'; ok $? "Space resumes"
n=0; while [ "$n" -lt 60 ] && [ "$(secs_left)" = "$now" ]; do sleep 0.05; n=$((n + 1)); done
[ "$(secs_left)" != "$now" ]; ok $? "and the countdown goes on"

# A box that paused the run does not resume it when the window was too small.
tui_keys '?'
tui_wait 'Keys: run' 3
tui_resize 30 10
tui_wait 'terminal too small' 3
tui_resize 80 24
tui_wait 'Keys: run' 3
tui_keys x
n=0; while [ "$n" -lt 40 ] && tui_screen | grep -q 'Keys: run'; do sleep 0.05; n=$((n + 1)); done
tui_screen | grep -q 'PAUSED'; ok $? "closing the help after a too-small window keeps the pause"
tui_stop
done_testing
