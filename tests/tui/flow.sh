#!/bin/sh
# A whole session the way a person does it: safety note, picker, list,
# routine, pain before, every step to the end, pain after, summary, log.
. "$top_srcdir/tests/tui/tui-lib.sh"

tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 1
tui_wait 'Before you exercise' 5; ok $? "the safety note comes before the first session"
tui_screen | grep -q 'not medical advice'; ok $? "it says it is not medical advice"
tui_screen | grep -q 'bladder or bowel'; ok $? "it says when to seek care instead"
tui_keys x
tui_wait 'where does it hurt' 3; ok $? "any key goes on to the area picker"
# The figure (ui-picker.c, mapfig.c): the areas numbered on the body, the
# selected one's cells in reverse video; its first reversed row moves up
# when the neck is chosen.
n=0
for d in 1 2 3 4 5; do
	tui_screen | grep '⣿' | grep -q "⣿.*$d\|$d.*⣿" && n=$((n + 1))
done
[ "$n" = 5 ]; ok $? "the figure shows the areas' numbers (got $n)"
first_reversed() {	# reverse video (7m) on a braille cell (E2 A0-A3 xx)
	tui_screen -e | LC_ALL=C grep -n "$(printf '\033')\[\([0-9;]*;\)\{0,1\}7m$(printf '\342[\240-\243]')" |
	    head -1 | cut -d: -f1
}
upper=$(first_reversed)
[ -n "$upper" ]; ok $? "the selected area is in reverse video (from row $upper)"
tui_keys 1
tui_wait '1  neck  \(1 routine\)' 3; ok $? "1 chooses the neck"
neck=$(first_reversed)
[ -n "$neck" ] && [ -n "$upper" ] && [ "$neck" -lt "$upper" ]; ok $? "the neck is now the highlighted part (from row $neck)"
tui_keys k
tui_wait '5  lower back' 3; ok $? "Up wraps to the lower back"
tui_keys j
tui_wait '1  neck' 3; ok $? "Down comes back to the neck"
tui_keys Enter
tui_wait 'Routines for the neck' 3; ok $? "Enter lists the routines for the area"
tui_screen | grep -q 'Short test routine  *00:08  stretch'; ok $? "the list shows length and kind"
tui_keys Enter
tui_wait 'Caution: Stop if pain' 3; ok $? "Enter shows the routine with its caution"
tui_screen | grep -q 'Side bend  (2s each side, rest 1s)'; ok $? "the steps are expanded"
tui_screen | grep -q 'Total 00:08'; ok $? "the total is shown"
tui_keys Escape
tui_wait 'Routines for the neck' 3; ok $? "Esc goes back to the list"
tui_keys Enter Enter
tui_wait 'How much does it hurt now\? 0-10' 3; ok $? "the pain question comes before the session"
tui_screen | grep -q 't for 10'; ok $? "it says how to answer 10"
tui_keys 3
tui_wait 'Get ready.*first: Shoulder rolls' 3; ok $? "a get-ready segment names the first step"
tui_wait 'Shoulder rolls' 3; ok $? "the first step"
tui_wait 'Side bend - LEFT side' 4; ok $? "the left side"
tui_wait 'REST.*next: Side bend - RIGHT side' 4; ok $? "a rest, saying what comes next"
tui_wait 'Side bend - RIGHT side' 4; ok $? "the right side"
tui_wait 'Chin tuck' 4; ok $? "the last step"
tui_wait 'How much does it hurt now' 5; ok $? "the pain question after the session"
tui_keys t
tui_wait 'Routine complete\.' 3; ok $? "the summary (3 -> 10: no 'Well done')"
tui_screen | grep -q 'Steps done:  3/3'; ok $? "all steps done"
tui_screen | grep -q 'Pain:        3→10'; ok $? "both ratings shown"
line=$(tail -n 1 "$LOG" 2>/dev/null)
printf '%s\n' "$line" | grep -q '	short-test	.*	completed	3	10	'; ok $? "the log has a completed record with both ratings"
tui_keys Enter
tui_wait 'where does it hurt' 3; ok $? "Enter goes back to the picker"
tui_keys h
tui_wait 'Short test routine' 3; ok $? "h shows the history with the session, by title"
tui_keys h
tui_wait 'where does it hurt' 3; ok $? "h closes it"
tui_keys q
st=$(tui_exit 5); [ "$st" = 0 ]; ok $? "q quits with status 0 (got '$st')"
tui_stop

# Once there is a log, no safety note.
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 1
tui_wait 'where does it hurt' 5; ok $? "with a log the picker comes first"
tui_screen | grep -q 'Before you exercise'; [ $? -ne 0 ]; ok $? "no safety note the second time"
tui_keys '?'
tui_wait 'Keys: picker' 3; ok $? "? shows the keys"
tui_keys x
tui_wait 'where does it hurt' 3 && ! tui_screen | grep -q 'Keys: picker'; ok $? "any key closes the help"
tui_keys q
tui_exit 5 >/dev/null
tui_stop

# --area opens the list; --no-pain skips the question.
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 1 --no-pain --area middle-back
tui_wait 'Routines for the middle back' 5; ok $? "--area opens the list"
tui_keys Enter Enter
tui_wait 'Long hold' 3; ok $? "--no-pain starts at once"
tui_stop

# The log cannot be written: the session still runs, the person is told,
# the record reaches stderr once the screen is gone, and the exit status
# says so (74).
: >"$TEST_TMP/notdir"
rm -f "$TEST_TMP/status"
tui_start 80 24 sh -c 'XDG_STATE_HOME="$1/notdir" "$2" -d "$1/routines" --no-sound --ready 0 --no-pain run short-test 2>"$1/err.txt"; echo $? >"$1/status"' sh "$TEST_TMP" "$BACKCOACH"
tui_wait 'Before you exercise' 5
tui_keys x
tui_wait 'Well done' 12; ok $? "unwritable log: the session runs to its end"
tui_screen | grep -q 'Could not write the log'; ok $? "unwritable log: the summary says so"
tui_keys q
st=$(wrap_status 5); [ "$st" = 74 ]; ok $? "unwritable log: exit 74 once the session is over (got '$st')"
grep -q '	short-test	.*	completed	' "$TEST_TMP/err.txt"; ok $? "unwritable log: the record went to stderr"
[ "$(grep -c 'short-test' "$TEST_TMP/err.txt")" -eq 1 ]; ok $? "unwritable log: told once"
tui_stop
done_testing
