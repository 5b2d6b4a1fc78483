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
tui_screen | grep -q 'Esc/Backspace  back to the areas, or to the map'
ok $? "and says Esc goes back to the areas or to the map it came from"
tui_keys x Enter
tui_wait 'Caution:' 3; ok $? "the routine view"
tui_keys '?'
tui_wait 'Keys: routine view' 3 && tui_screen | grep -q 'q *back to the list'; ok $? "the routine view's help box lists q"
tui_keys x q
tui_wait 'Routines for the neck' 3; ok $? "q on the routine view goes back to the list"
tui_stop

# 30 routines for the lower back: more than a screen of them.
i=1
while [ $i -le 30 ]; do
	n=$(printf '%02d' $i)
	printf 'id: gen-%s\ntitle: Gen routine %s\nsummary: Number %s.\nareas: [lower-back]\nkind: stretch\ncaution: Stop if pain becomes sharp.\nsteps:\n  - name: Only step of %s\n    seconds: 5\n    instructions: Breathe.\n' \
	    "$n" "$n" "$n" "$n" >"$R/gen-$n.yaml"
	i=$((i + 1))
done
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound
tui_wait 'where does it hurt' 5; ok $? "the picker"
tui_keys End
tui_wait '5  lower back  \(30 routines\)' 3; ok $? "picker: End goes to the last area"
tui_keys Home
tui_wait '1  neck' 3; ok $? "picker: Home goes to the first area"
tui_keys G
tui_wait '5  lower back' 3; ok $? "picker: G goes to the last area"
tui_keys g
tui_wait '1  neck' 3; ok $? "picker: g goes to the first area"
tui_keys 5 Enter
tui_wait 'Routines for the lower back' 3; ok $? "the list for the lower back"
tui_keys End
tui_wait ' 30/30$' 3 && tui_screen | grep -q 'Gen routine 30'; ok $? "list: End selects the last routine and shows it"
tui_keys Enter
tui_wait 'Number 30\.' 3; ok $? "list: End then Enter opens the last routine"
tui_keys Escape Home
tui_wait ' 1/30$' 3; ok $? "list: Home selects the first"
tui_keys NPage
tui_wait ' 19/30$' 3; ok $? "list: PgDn moves a page (18 rows at 80x24)"
tui_keys NPage
tui_wait ' 30/30$' 3; ok $? "list: PgDn stops at the last"
tui_keys PPage
tui_wait ' 12/30$' 3; ok $? "list: PgUp moves a page back"
tui_keys PPage
tui_wait ' 1/30$' 3; ok $? "list: PgUp stops at the first"
tui_keys G
tui_wait ' 30/30$' 3; ok $? "list: G selects the last"
tui_keys g
tui_wait ' 1/30$' 3; ok $? "list: g selects the first"
tui_keys Enter
tui_wait 'Number 01\.' 3; ok $? "list: g then Enter opens the first routine"
tui_stop

# Under TERM=xterm-256color in tmux, Home and End arrive as ESC[1~ and
# ESC[4~, which that terminal description does not name: still Home and
# End, never Esc and a digit (which went back to the picker and chose
# area 4); a key no description knows (Shift+F5) does nothing at all.
tui_start 80 24 env TERM=xterm-256color "$BACKCOACH" -d "$R" --no-sound
tui_wait 'where does it hurt' 5
tui_keys End
tui_wait '5  lower back  \(30 routines\)' 3; ok $? "xterm-256color in tmux: End on the picker goes to the last area"
tui_keys Enter
tui_wait 'Routines for the lower back' 3
tui_keys End
tui_wait ' 30/30$' 3 && tui_screen | grep -q 'Routines for the lower back'
ok $? "xterm-256color in tmux: End on the list selects the last, and stays on the list"
tui_keys Home
tui_wait ' 1/30$' 3; ok $? "xterm-256color in tmux: Home selects the first"
# ESC[99~ and ESC[1;9Z are in no terminal description
tui_keys -l "$(printf '\033[99~\033[1;9Z')"
tui_keys Down
tui_wait ' 2/30$' 3 && tui_screen | grep -q 'Routines for the lower back'
ok $? "sequences no terminal description knows do nothing; the key after them works"
tui_stop

# The routine view: End and Home scroll to the end and back to the top.
{
	printf 'id: many-steps\ntitle: Many steps\nsummary: Twenty steps.\nareas: [middle-back]\n'
	printf 'kind: stretch\ncaution: Stop if pain becomes sharp.\nsteps:\n'
	i=1
	while [ $i -le 20 ]; do
		printf '  - name: Step number %d\n    seconds: 5\n    instructions: Breathe.\n' $i
		i=$((i + 1))
	done
} >"$R/many.yaml"
tui_start 80 20 "$BACKCOACH" -d "$R" --no-sound --area middle-back
tui_wait 'Routines for the middle back' 5 && tui_keys End Enter
tui_wait 'Twenty steps' 3; ok $? "routine view: a long routine"
tui_screen | grep -A1 'Step number 1 ' | tail -n 1 | grep -q '^      Breathe\.$'; ok $? "routine view: a step's instructions are under it, indented"
tui_screen -e | grep 'Breathe\.' | head -n 1 | grep -qE '\[([0-9;]*;)?2[;m]'; ok $? "routine view: the instructions are dim"
tui_keys End
tui_wait 'Step number 20' 3 && tui_screen | grep -q '100%'; ok $? "routine view: End scrolls to the end"
tui_screen | grep -A1 'Step number 20' | tail -n 1 | grep -q 'Breathe\.'; ok $? "routine view: the last step's instructions show at the end"
tui_screen | grep -q 'Total 01:40'; ok $? "routine view: the total stays on screen"
tui_keys Home
tui_wait 'Twenty steps' 3 && ! tui_screen | grep -q 'Step number 20'; ok $? "routine view: Home scrolls back to the top"
tui_keys G
tui_wait 'Step number 20' 3; ok $? "routine view: G scrolls to the end"
tui_keys g
tui_wait 'Twenty steps' 3; ok $? "routine view: g scrolls to the top"
tui_stop

# Instructions longer than a line wrap under their step.
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --area middle-back
tui_wait 'Routines for the middle back' 5 && tui_keys Home Enter
tui_wait 'Long test routine' 3; ok $? "routine view: the long test routine"
tui_screen | grep -A2 '1\. Long hold' | grep -q '^      Hold the stretch and breathe'; ok $? "routine view: instructions start under the step"
tui_screen | grep -A2 '1\. Long hold' | tail -n 1 | grep -q '^      [a-z].*soft\.$'; ok $? "routine view: and wrap, indented"
tui_stop

# A key line wider than the screen leaves whole items out, "? help" kept:
# at 50 columns no item is cut in the middle.
tui_start 50 15 "$BACKCOACH" -d "$R" --no-sound --area neck
tui_wait 'Routines for the neck' 5
line=$(tui_screen | tail -n 1 | sed 's/ *$//')
[ "$line" = " Up/Down choose  Enter show  Esc back  ? help" ]; ok $? "50x15: the list's key line is whole items ($line)"
tui_keys Escape
tui_wait 'where does it hurt' 3
line=$(tui_screen | tail -n 1 | sed 's/ *$//')
[ "$line" = " Up/Down or 1-5 choose  Enter routines  ? help" ]; ok $? "50x15: the picker's too ($line)"
tui_stop
# At 40x12 the routine view's line of figures fits or ends in the mark,
# never cut without a word ("... 6 steps  total 10" for 10:25).
W=$TEST_TMP/wide; mkdir -p "$W"
printf 'id: wide-fig\ntitle: Wide\nsummary: Wide.\nareas: [neck]\nkind: massage\nlevel: moderate\ncaution: Stop if pain becomes sharp.\nsteps:\n' >"$W/wide.yaml"
i=1
while [ $i -le 12 ]; do
	printf '  - name: Step %d\n    seconds: 52\n    instructions: Breathe.\n' $i >>"$W/wide.yaml"
	i=$((i + 1))
done
for lang in C.UTF-8 de_DE.UTF-8; do
	tui_start 40 12 env LANG=$lang LANGUAGE=${lang%%_*} "$BACKCOACH" -d "$W" --no-sound --area neck
	tui_wait '1/1' 5
	tui_keys Enter
	tui_wait 'Wide' 3
	line=$(tui_screen | sed -n 2p | sed 's/ *$//')
	case $line in *[0-9][0-9]:[0-9][0-9] | *…) r=0 ;; *) r=1 ;; esac
	ok $r "40x12 ($lang): the routine's figures whole or cut with the mark ('$line')"
	tui_stop
done
done_testing
