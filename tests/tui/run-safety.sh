#!/bin/sh
# The safety note: shown once ever, before the first session, and not on
# every start until a session is logged (a mark file in the state
# directory); ! on the first screen shows it again; plain mode shares the
# mark.
. "$top_srcdir/tests/tui/tui-lib.sh"
MARK=$XDG_STATE_HOME/backcoach/safety-shown
rm -rf "$XDG_STATE_HOME/backcoach"

tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound
tui_wait 'Before you exercise' 5; ok $? "first start: the safety note"
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
! tui_screen | grep -q 'Before you exercise'; ok $? "the note is not there"
tui_keys '?'
tui_wait 'the safety note again' 3; ok $? "? names the key that shows it"
tui_keys x
tui_keys '!'
tui_wait 'Before you exercise' 3; ok $? "! shows it again"
tui_screen | grep -q 'Press any key to go back'; ok $? "and says any key goes back"
tui_keys x
tui_wait 'where does it hurt' 3; ok $? "any key: back to the picker"
tui_stop

# run ID on a first start: the note, then the question before the session.
rm -rf "$XDG_STATE_HOME/backcoach"
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --no-pain --ready 0 run long-test
tui_wait 'Before you exercise' 5; ok $? "run ID, first start: the note first"
tui_keys x
tui_wait 'Long hold - LEFT side' 5; ok $? "then the session"
tui_stop

# 40x12: the note does not fit.  It says there is more and scrolls; a key
# counts as read only once its end has been on the screen (before, Down
# scrolls and any other key is a page down), and only then is the mark left.
# (A state directory of its own: the session killed above may still be
# writing its record into the other one.)
STATE0=$XDG_STATE_HOME
export XDG_STATE_HOME="$TEST_TMP/state-small"
MARK=$XDG_STATE_HOME/backcoach/safety-shown
tui_start 40 12 "$BACKCOACH" -d "$R" --no-sound
tui_wait 'Before you exercise' 5; ok $? "40x12: the note"
tui_screen | grep -q '^ Down/Space more below  1-11/'; ok $? "40x12: it says there is more below, and where it is"
! tui_screen | grep -q 'emergency services'; ok $? "40x12: the emergency paragraph is below, not on the first page"
tui_keys Down
tui_wait 'more below  2-12/' 3; ok $? "40x12: Down scrolls a line"
[ ! -e "$MARK" ]; ok $? "40x12: Down leaves no mark"
tui_keys x
tui_wait 'more below  12-22/' 3; ok $? "40x12: another key before the end is a page down"
tui_screen | grep -q 'be a heart attack: call emergency$' && tui_screen | grep -q '^  services now\.$'
ok $? "40x12: the emergency paragraph is shown whole"
tui_screen | grep -q 'not medical advice'; ok $? "40x12: and 'not medical advice'"
[ ! -e "$MARK" ]; ok $? "40x12: still no mark: its end was not shown"
tui_keys Space
tui_wait 'Press Enter to continue' 3; ok $? "40x12: Space: the end, which says how to go on"
tui_screen | grep -q '^ Enter continue  Up scroll  14-24/24$'; ok $? "40x12: the bottom line too"
tui_keys Up
tui_wait 'more below  13-23/24' 3; ok $? "40x12: Up scrolls back"
[ ! -e "$MARK" ]; ok $? "40x12: scrolling leaves no mark"
tui_keys Enter
tui_wait 'where does it hurt' 3; ok $? "40x12: a key once the end was shown: on to the picker"
[ -f "$MARK" ]; ok $? "40x12: now the mark is left"
tui_keys '!'
tui_wait 'Before you exercise' 3; ok $? "40x12: ! shows it again"
tui_keys End
tui_wait 'Press Enter to go back' 3; ok $? "40x12: from the top, End: its end says how to go back"
tui_keys Enter
tui_wait 'where does it hurt' 3; ok $? "40x12: and Enter goes back"
tui_stop

# Made larger while it is up: it fits, and any key goes on at once.
rm -rf "$XDG_STATE_HOME/backcoach"
tui_start 40 12 "$BACKCOACH" -d "$R" --no-sound
tui_wait 'more below' 5
tui_resize 80 24
tui_wait 'Press any key to continue' 3; ok $? "40x12 made 80x24: the note whole, any key"
! tui_screen | grep -q 'more below'; ok $? "80x24: no 'more below'"
tui_keys Down
tui_wait 'where does it hurt' 3; ok $? "80x24: even Down goes on, as before"
[ -f "$MARK" ]; ok $? "80x24: the mark is left"
tui_stop

# In German, longer words: 28 lines at 40x12, its end reached page by page.
if locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
	rm -rf "$XDG_STATE_HOME/backcoach"
	tui_start 40 12 env LC_ALL= LANG=de_DE.UTF-8 LANGUAGE=de "$BACKCOACH" -d "$R" --no-sound
	tui_wait 'Bevor Sie üben' 5; ok $? "German 40x12: the note"
	tui_screen | grep -q 'weiter unten mehr'; ok $? "German 40x12: it says there is more"
	early=0
	for i in 1 2 3 4 5; do
		tui_screen >>"$TEST_TMP/de"
		tui_screen | grep -q 'Weiter mit Enter' && break
		tui_keys Enter
		sleep 0.3
		[ -e "$MARK" ] && early=1
	done
	grep -q 'den Notruf' "$TEST_TMP/de" && grep -q 'keine medizinische' "$TEST_TMP/de"
	ok $? "German 40x12: the emergency paragraph and 'keine medizinische' were shown"
	[ "$early" = 0 ] && tui_screen | grep -q 'Weiter mit Enter'; ok $? "German 40x12: Enter pages to the end, no mark before it"
	tui_keys Enter
	tui_wait 'wo schmerzt es' 3; ok $? "German 40x12: Enter at the end goes on"
	tui_stop
else
	skip "no de_DE.UTF-8 locale"
fi
export XDG_STATE_HOME="$STATE0"
MARK=$XDG_STATE_HOME/backcoach/safety-shown

# Plain mode: the note on stderr the first time only, with the same mark.
rm -rf "$XDG_STATE_HOME/backcoach"
"$BACKCOACH" -d "$R" --no-sound --no-pain --ready 0 --plain run short-test \
	>/dev/null 2>"$TEST_TMP/err1"
grep -q 'Before you exercise' "$TEST_TMP/err1"; ok $? "plain: the note the first time"
[ -f "$MARK" ]; ok $? "plain: the mark left"
rm -f "$LOG"
"$BACKCOACH" -d "$R" --no-sound --no-pain --ready 0 --plain run short-test \
	>/dev/null 2>"$TEST_TMP/err2"
! grep -q 'Before you exercise' "$TEST_TMP/err2"; ok $? "plain: not again, log or no log"

# A log from before the mark existed counts as seen (no note for old users).
rm -rf "$XDG_STATE_HOME/backcoach"
seen_log
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound
tui_wait 'where does it hurt' 5; ok $? "an old log and no mark: no note"
tui_stop
done_testing
