#!/bin/sh
# The pain question around a session: its title after a session ended
# early, "1" then "0" for 10, and the cautions for high or rising pain.
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log

# Quit early: the question after says "ended early", not "done".
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 1 run long-test
tui_wait 'How much does it hurt now' 5; ok $? "early: the question before"
tui_keys 3
tui_wait 'Long hold - LEFT side' 5; ok $? "early: the session runs"
tui_keys q y
tui_wait 'Long test routine - ended early' 3; ok $? "early: the question after says 'ended early'"
! tui_screen | grep -q 'routine - done'; ok $? "early: and not 'done'"
tui_stop
done_testing
