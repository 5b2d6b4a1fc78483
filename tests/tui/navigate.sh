#!/bin/sh
# Moving about the picker, the routine list and the routine view: every
# key the key table has for them prints in `backcoach keys` and works.
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log

# The key table: ? on the list and the routine view, q on the routine view.
"$BACKCOACH" keys >"$TEST_TMP/keys.txt" 2>&1
grep -q '^list	?	show the keys$' "$TEST_TMP/keys.txt"; ok $? "keys: ? on the list"
grep -q '^routine view	?	show the keys$' "$TEST_TMP/keys.txt"; ok $? "keys: ? on the routine view"
grep -q '^routine view	q	back to the list$' "$TEST_TMP/keys.txt"; ok $? "keys: q on the routine view"

tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --area neck
tui_wait 'Routines for the neck' 5; ok $? "--area neck opens the list"
tui_keys '?'
tui_wait 'Keys: list' 3 && tui_screen | grep -q '? *show the keys'; ok $? "the list's help box lists ?"
tui_keys x Enter
tui_wait 'Caution:' 3; ok $? "the routine view"
tui_keys '?'
tui_wait 'Keys: routine view' 3 && tui_screen | grep -q 'q *back to the list'; ok $? "the routine view's help box lists q"
tui_keys x q
tui_wait 'Routines for the neck' 3; ok $? "q on the routine view goes back to the list"
tui_stop
done_testing
