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


# "1" then "0" is 10; "1" alone is 1 once the wait is over.
: >"$LOG"
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 1 run long-test
tui_wait 'How much does it hurt now' 5
tui_keys 1
tui_wait 'Your answer: 1 +\(press 0 for 10\)' 3; ok $? "1: shown as pending, with the hint for 10"
tui_keys 0
tui_wait 'Long hold - LEFT side' 5; ok $? "1 0: the session starts"
tui_keys q y
tui_wait 'How much does it hurt now' 3
tui_keys Enter
tui_wait 'Session ended early' 3
# fields 9 and 10 of a record: pain before and after (empty when skipped)
pains() { tail -n 1 "$LOG" | cut -f 9,10 | tr '\t' /; }
[ "$(pains)" = "10/" ]; ok $? "1 0: the record has 10 before (got '$(pains)')"
tui_keys Enter
tui_wait 'where does it hurt' 3
tui_stop

: >"$LOG"
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 1 run long-test
tui_wait 'How much does it hurt now' 5
tui_keys 1
tui_wait 'Your answer: 1' 3
tui_screen | grep -q 'How much does it hurt now'; ok $? "1 alone: still asking at first"
tui_wait 'Long hold - LEFT side' 5; ok $? "1 alone: after the wait the session starts"
tui_keys q y
tui_wait 'How much does it hurt now' 3
tui_keys 1 Enter
tui_wait 'Session ended early' 3; ok $? "1 Enter: taken at once"
[ "$(pains)" = "1/1" ]; ok $? "1 alone, then 1 Enter: the record has 1 and 1 (got '$(pains)')"
tui_stop
done_testing
