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
tui_wait 'very sore right now \(10 out of 10\)' 3; ok $? "1 0: taken as 10 (the caution for 8 or more)"
tui_keys Enter
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
# "1" waits 1.2 s for a "0": a screen read in that time shows the answer pending under the
# question.  Each read is timed from before it starts to after it ends: a read that ended
# within 1.1 s and found the question gone means 1 was taken at once; when a loaded machine
# read the screen only after the wait was over, the wait could not be seen (a skip).
ms() { echo $(($(date +%s%N) / 1000000)); }
t0=$(ms)
tui_keys 1
seen= n=0
while [ "$n" -lt 60 ]; do
	scr=$(tui_screen); te=$(ms)
	if printf '%s\n' "$scr" | grep -q 'Your answer: 1'; then
		printf '%s\n' "$scr" | grep -q 'How much does it hurt now' && seen=asking || seen=gone
		break
	fi
	if ! printf '%s\n' "$scr" | grep -q 'How much does it hurt now'; then
		[ $((te - t0)) -lt 1100 ] && seen=gone || seen=late
		break
	fi
	sleep 0.05; n=$((n + 1))
done
if [ "$seen" = late ]; then
	skip "1 alone: no screen read within the 1.2 s wait on this loaded machine"
else
	[ "$seen" = asking ]; ok $? "1 alone: still asking at first (${seen:-the key was not taken})"
fi
tui_wait 'Long hold - LEFT side' 10; ok $? "1 alone: after the wait the session starts"
tui_keys q y
tui_wait 'How much does it hurt now' 3
tui_keys 1 Enter
tui_wait 'Session ended early' 3; ok $? "1 Enter: taken at once"
[ "$(pains)" = "1/1" ]; ok $? "1 alone, then 1 Enter: the record has 1 and 1 (got '$(pains)')"
tui_stop

# 9 before: a caution first; Esc goes back to the routine, t then a key starts.
: >"$LOG"
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 1 run long-test
tui_wait 'How much does it hurt now' 5
tui_keys 9
tui_wait 'very sore right now \(9 out of 10\)' 3; ok $? "9 before: a caution comes first"
tui_screen | grep -q 'numbness, tingling'; ok $? "9 before: it says when to stop"
tui_screen | grep -q 'Esc to go back'; ok $? "9 before: it says how to go back"
tui_keys Escape
tui_wait 'Enter start +Up/Down scroll' 3; ok $? "9 before, Esc: back to the routine"
[ ! -s "$LOG" ]; ok $? "9 before, Esc: nothing started or logged"
tui_keys Enter
tui_wait 'How much does it hurt now' 3
tui_keys 5
tui_wait 'Long hold - LEFT side' 5; ok $? "5 before: no caution, the session starts"
tui_keys q y
tui_wait 'How much does it hurt now' 3
tui_keys t
tui_wait 'Session ended early' 3
tui_screen | grep -q 'Your pain went up during the session (5→10)'; ok $? "5 -> 10: the summary says the pain went up"
tui_screen | grep -q "don't repeat this routine"; ok $? "5 -> 10: and not to repeat it today"
tui_screen | grep -q 'see a doctor'; ok $? "5 -> 10: and when to see a doctor"
tui_keys Enter
tui_wait 'where does it hurt' 3
tui_stop

# 4 -> 3: no caution on the summary; 10 before (1 0): the caution, any key starts.
: >"$LOG"
tui_start 60 20 "$BACKCOACH" -d "$R" --no-sound --ready 1 run long-test
tui_wait 'How much does it hurt now' 5
tui_keys 1 0
tui_wait 'very sore right now \(10 out of 10\)' 3; ok $? "1 0 before: the caution, at 60x20"
tui_screen | grep -q 'Press Enter to start anyway, or Esc to go back'; ok $? "60x20: the caution fits, keys included"
tui_keys x
sleep 0.5
tui_screen | grep -q 'very sore right now'; ok $? "a stray key does not start the session after the caution"
tui_keys Enter
tui_wait 'Long hold - LEFT side' 5; ok $? "Enter starts the session after the caution"
tui_keys q y
tui_wait 'How much does it hurt now' 3
tui_keys 8
tui_wait 'Session ended early' 3
tui_screen | grep -q 'Your pain is high (8 out of 10)'; ok $? "10 -> 8: 8 or more after still gets the caution"
[ "$(pains)" = "10/8" ]; ok $? "10 -> 8 logged (got '$(pains)')"
tui_stop

# Wait for the state, not for a time: the session runs to its end however
# loaded the machine is, and only then does the title say 'done'.
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 0 run short-test
tui_wait 'How much does it hurt now' 5
tui_keys 4
tui_wait 'Shoulder rolls' 10
tui_wait '^ Short test routine - done' 60; ok $? "a completed session: the question after says 'done'"
tui_keys 3
tui_wait 'Well done' 3; ok $? "4 -> 3: well done"
! tui_screen | grep -q "don't repeat"; ok $? "4 -> 3: no caution"
tui_stop

# The routine's caution before its first step, on the question and in the wait.
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 3 run long-test
tui_wait 'How much does it hurt now' 5
tui_screen | grep -q 'Caution: Stop if pain becomes sharp'; ok $? "run ID: the caution on the question before"
tui_keys 2
tui_wait 'Get ready' 5
tui_screen | grep -q 'Caution: Stop if pain becomes sharp'; ok $? "run ID: the caution in the get-ready"
tui_wait 'Long hold - LEFT side' 8
! tui_screen | grep -q 'Caution:'; ok $? "and not once the step runs"
tui_stop

# q and Esc at the questions: before, both go back to the routine; after,
# Esc skips the question (as Enter) and q saves the session without it and quits.
for k in q Escape; do
	tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 0 run long-test
	tui_wait 'How much does it hurt now' 5
	tui_keys $k
	tui_wait 'Enter start +Up/Down scroll' 3; ok $? "$k at the question before: back to the routine"
	tui_stop
done
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 0 run long-test
tui_wait 'How much does it hurt now' 5
tui_screen | grep -q 'Esc/q back'; ok $? "before: the key line says Esc/q back"
tui_keys 3
tui_wait 'Long hold - LEFT side' 5
tui_keys q y
tui_wait 'How much does it hurt now' 3
tui_screen | grep -q 'Enter/Esc skip  q save and quit'; ok $? "after: the key line says what Esc and q do"
: >"$LOG"
tui_keys Escape
tui_wait 'Session ended early' 3; ok $? "Esc at the question after: the summary"
[ "$(pains)" = "3/" ]; ok $? "Esc after: logged without the answer (got '$(pains)')"
tui_stop
: >"$LOG"
tui_start 80 24 $WRAP "$BACKCOACH" -d "$R" --no-sound --ready 0 run long-test
tui_wait 'How much does it hurt now' 5
tui_keys 4
tui_wait 'Long hold - LEFT side' 5
tui_keys q y
tui_wait 'How much does it hurt now' 3
tui_keys q
st=$(wrap_status 5)
[ "$st" = 0 ]; ok $? "q at the question after: quits, status 0 (got '$st')"
[ "$(pains)" = "4/" ]; ok $? "q after: the session is logged without the answer (got '$(pains)')"
tui_stop

# 8 or more before: g starts the gentle routine instead (when it is there).
cp "$top_srcdir/routines/back-spasm-gentle.yaml" "$R/"
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 0 run long-test
tui_wait 'How much does it hurt now' 5
tui_keys 8
tui_wait 'very sore right now \(8 out of 10\)' 3
tui_screen | grep -q 'Press g for the gentle routine'; ok $? "8 before: g offers the gentle routine"
tui_screen | grep -q 'g gentle routine  Enter start anyway  Esc/q back'; ok $? "8 before: and the key line says so"
tui_keys g
tui_wait '^ Gentle care for a back in spasm' 5; ok $? "g: the gentle routine starts"
tui_keys q y
tui_wait 'How much does it hurt now' 3
tui_keys Enter
tui_wait 'Session ended early' 3
tail -n 1 "$LOG" | cut -f 3,9 | grep -q '^back-spasm-gentle	8$'; ok $? "g: the gentle routine is logged, with the 8 before"
tui_stop
rm -f "$R/back-spasm-gentle.yaml"
# 40x12: every word of the cautions and the advice can be read, nothing is
# cut without the mark, and i shows the routine's caution whole.
cat >"$R/ball.yaml" <<'YAML'
id: ball-test
title: Ball on the wall test routine
summary: A long caution for the small-window tests.
areas: [upper-back]
kind: massage
caution: >-
  Keep the ball off the bony bumps of the spine and off the neck. Tender is
  fine; stop if you feel sharp, radiating or worsening pain, or numbness or
  tingling in an arm or hand.
steps:
  - name: Long hold
    seconds: 40
    instructions: Lean into the ball and breathe slowly while the shoulders stay soft and heavy.
YAML
: >"$LOG"
tui_start 40 12 "$BACKCOACH" -d "$R" --no-sound --ready 5 run ball-test
tui_wait 'How much does it hurt now' 5
tui_screen >"$TEST_TMP/q"
grep -q '^  Caution: Keep the ball off the bony' "$TEST_TMP/q"; ok $? "40x12: the question before shows the caution"
grep -q '(i: all)$' "$TEST_TMP/q"; ok $? "40x12: cut, it says i shows it all"
grep -qx '  Press 0 (no pain) up to 10 (the' "$TEST_TMP/q" && grep -qx '  worst pain).' "$TEST_TMP/q"
ok $? "40x12: the question's lines are wrapped, not cut"
tail -n 1 "$TEST_TMP/q" | grep -qx ' 0-9  1 0 or t = 10  Enter skip'; ok $? "40x12: the key line drops whole items ($(tail -n 1 "$TEST_TMP/q"))"
tui_keys i
tui_wait '^    Caution: Keep the ball off' 3; ok $? "40x12: i shows the caution in a box"
# scrolled to its end if it does not fit in the box
tui_screen | grep -qE ' 1-[0-9]+/[0-9]+ *$' && tui_keys End
tui_wait '^    tingling in an arm or hand\.' 3; ok $? "40x12: all of it, to its last words"
tui_keys x
tui_wait 'How much does it hurt now' 3; ok $? "40x12: any other key closes the box, the question is still up"
tui_keys 2
tui_wait 'Get ready' 5
tui_screen | grep -q '(i: all)'; ok $? "40x12: the get-ready shows the caution cut, with i: all"
tui_keys i
tui_wait '^ +Long hold .* 1-[0-9]+/[0-9]+ *$' 3 && tui_wait '^    Caution: Keep the ball off' 1
ok $? "40x12: the get-ready's i shows the caution first"
tui_keys End
tui_wait 'in an arm or hand\.' 3 && tui_wait 'slowly while the shoulders stay' 1; ok $? "40x12: whole, then the step's instructions"
tui_keys x
tui_keys q y
tui_wait 'How much does it hurt now' 3
tui_keys 9
tui_wait 'Session ended early' 3
tui_screen >"$TEST_TMP/s"
grep -qx '  Your pain went up during the session' "$TEST_TMP/s" && grep -qx '  (2→9)\.' "$TEST_TMP/s"
ok $? "40x12, 2 -> 9: the summary says the pain went up, wrapped"
tr -d '\n' <"$TEST_TMP/s" | tr -s ' ' | grep -q "Please don't repeat this routine today\. If the pain is sharp, spreads, or comes with numbness, tingling or weakness, stop and see a doctor\."
ok $? "40x12, 2 -> 9: its advice whole on the first screen"
tail -n 1 "$TEST_TMP/s" | grep -qx ' Enter back to the areas  q quit'; ok $? "40x12: nothing runs into the key line ($(tail -n 1 "$TEST_TMP/s"))"
grep -q '^ Down more below' "$TEST_TMP/s"; ok $? "40x12: it says there is more below"
tui_keys End
tui_wait 'Saved to your history' 3; ok $? "40x12: scrolled, the rest of the summary"
tui_screen | grep -q 'Pain: *2→9'; ok $? "40x12: the figures too"
tui_keys Enter
tui_wait 'where does it hurt' 3; ok $? "40x12: Enter goes back to the areas"
tui_stop

# 9 before at 40x12: the warning whole (first, on the first screen), the
# rest scrolled; Enter starts only once the end has been on the screen.
tui_start 40 12 "$BACKCOACH" -d "$R" --no-sound --ready 0 run ball-test
tui_wait 'How much does it hurt now' 5
tui_keys 9
tui_wait 'very sore right now \(9' 3
tui_screen >"$TEST_TMP/c"
grep -qx '  out of 10)\.' "$TEST_TMP/c"; ok $? "40x12, 9 before: the first line wrapped, not cut"
tr -d '\n' <"$TEST_TMP/c" | tr -s ' ' | grep -q 'Stop at once if the pain becomes sharp, spreads into an arm or a leg, or comes with numbness, tingling or weakness, and see a doctor\.'
ok $? "40x12, 9 before: the warning whole"
grep -q '^ Down/Space more below' "$TEST_TMP/c"; ok $? "40x12, 9 before: it says there is more below"
tui_keys Enter
tui_wait 'Press Enter to start anyway, or Esc' 3; ok $? "40x12, 9 before: Enter first shows the rest"
! tui_screen | grep -q 'Long hold'; ok $? "40x12, 9 before: and does not start yet"
tui_keys Enter
tui_wait 'Long hold' 5; ok $? "40x12, 9 before: Enter at the end starts"
tui_stop

# The pain went up over a whole routine: no praise, the advice stays.
: >"$LOG"
tui_start 80 24 env BACKCOACH_CLOCK_SCALE=10 "$BACKCOACH" -d "$R" --no-sound --ready 0 run short-test
tui_wait 'How much does it hurt now' 5
tui_keys 6
tui_wait '^ Short test routine - done' 30
tui_keys t
tui_wait 'Routine complete\.' 3; ok $? "6 -> 10, completed: 'Routine complete.'"
! tui_screen | grep -q 'Well done'; ok $? "6 -> 10: not 'Well done'"
tui_screen | grep -q "don't repeat this routine"; ok $? "6 -> 10: the advice"
tui_stop
done_testing
