#!/bin/sh
# The safety note: shown once ever, before the first session, and not on
# every start until a session is logged (a mark file in the state
# directory); ! on the first screen shows it again; plain mode shares the
# mark.
. "$top_srcdir/tests/tui/tui-lib.sh"
MARK=$XDG_STATE_HOME/backcoach/safety-shown
rm -rf "$XDG_STATE_HOME/backcoach"

tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound
tui_wait 'Before your first session' 5; ok $? "first start: the safety note"
tui_screen | grep -q '! on the first screen shows this again'; ok $? "it says how to see it again"
[ ! -e "$MARK" ]; ok $? "no mark while it is up"
tui_keys x
tui_wait 'where does it hurt' 3; ok $? "any key: on to the picker"
[ -f "$MARK" ]; ok $? "the mark is left in the state directory"
[ "$(stat -c %a "$MARK")" = 600 ]; ok $? "mode 600 ($(stat -c %a "$MARK"))"
tui_keys q
tui_stop
[ ! -e "$LOG" ]; ok $? "no session, no log"

# Quit before any session: the next start still does not show it.
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound
tui_wait 'where does it hurt' 5; ok $? "second start, still no log: no note, the picker"
! tui_screen | grep -q 'Before your first'; ok $? "the note is not there"
tui_keys '?'
tui_wait 'the safety note again' 3; ok $? "? names the key that shows it"
tui_keys x
tui_keys '!'
tui_wait 'Before your first session' 3; ok $? "! shows it again"
tui_screen | grep -q 'Press any key to go back'; ok $? "and says any key goes back"
tui_keys x
tui_wait 'where does it hurt' 3; ok $? "any key: back to the picker"
tui_stop

# run ID on a first start: the note, then the question before the session.
rm -rf "$XDG_STATE_HOME/backcoach"
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --no-pain --ready 0 run long-test
tui_wait 'Before your first session' 5; ok $? "run ID, first start: the note first"
tui_keys x
tui_wait 'Long hold - LEFT side' 5; ok $? "then the session"
tui_stop

# Plain mode: the note on stderr the first time only, with the same mark.
rm -rf "$XDG_STATE_HOME/backcoach"
"$BACKCOACH" -d "$R" --no-sound --no-pain --ready 0 --plain run short-test \
	>/dev/null 2>"$TEST_TMP/err1"
grep -q 'Before your first session' "$TEST_TMP/err1"; ok $? "plain: the note the first time"
[ -f "$MARK" ]; ok $? "plain: the mark left"
rm -f "$LOG"
"$BACKCOACH" -d "$R" --no-sound --no-pain --ready 0 --plain run short-test \
	>/dev/null 2>"$TEST_TMP/err2"
! grep -q 'Before your first session' "$TEST_TMP/err2"; ok $? "plain: not again, log or no log"

# A log from before the mark existed counts as seen (no note for old users).
rm -rf "$XDG_STATE_HOME/backcoach"
seen_log
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound
tui_wait 'where does it hurt' 5; ok $? "an old log and no mark: no note"
tui_stop
done_testing
