#!/bin/sh
# The run screen at several sizes: big digits when there is room, the step
# name always, "too small" below the minimum and a recovery after it.
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log

tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 1 --no-pain run long-test
tui_wait 'Long hold - LEFT side' 5; ok $? "80x24: the step"
tui_screen | grep -q '██████'; ok $? "80x24: big digits"
tui_screen | grep -q 'Space pause'; ok $? "80x24: the key help"

tui_resize 120 40
tui_wait '█{12}' 3; ok $? "120x40: bigger digits"
tui_screen | grep -q 'Long hold - LEFT side'; ok $? "120x40: the step"
tui_screen | grep -qE '^ total .* 01:[45][0-9] left$'; ok $? "120x40: the routine's time left (of 01:53)"

tui_resize 60 20
tui_wait '^ step .* left' 3 && ! tui_screen | grep -q '█{12}'; ok $? "60x20: re-laid out"
tui_screen | grep -q 'Long hold - LEFT side'; ok $? "60x20: the step name"
tui_screen | grep -q 'next: Long hold - RIGHT side'; ok $? "60x20: what comes next"

tui_resize 30 10
tui_wait 'terminal too small' 3; ok $? "30x10: terminal too small"
tui_keys Space
tui_resize 80 24
tui_wait 'Long hold - LEFT side' 3; ok $? "80x24 again: the run screen is back"
! tui_screen | grep -q 'too small'; ok $? "no 'too small' left over"
tui_screen | grep -q 'PAUSED'; ok $? "keys worked while too small (Space paused)"
# While paused nothing is due: the process must sleep in poll(), not spin.
pid=$(tui_pid)
ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
if [ -r "/proc/$pid/stat" ]; then
	t0=$(ticks); sleep 1; t1=$(ticks)
	[ $((t1 - t0)) -lt 20 ]; ok $? "paused after resizes: no busy loop ($((t1 - t0)) CPU ticks in 1 s)"
else
	skip "no /proc"
fi
tui_keys q y
tui_wait 'Session ended early' 3; ok $? "q y ends the session"
tui_stop
done_testing
