#!/bin/sh
# Plain mode's input: the run keys as lines on stdin (pause, n, N, p, +, m, q), unknown
# lines named once on stderr, and with --pain the pain questions as lines.  Runs on a
# clock 5 or 20 times faster (test-a's 14 s in 2.8 or 0.7 s); the run keys that must come at a
# moment are sent when the output shows that moment, through a FIFO.
. "$top_srcdir/tests/lib.sh"

R=$TEST_TMP/r
mkdir -p "$R"
cp "$top_srcdir/tests/cli/test-a.yaml" "$R/"
LOG=$XDG_STATE_HOME/backcoach/sessions.log
mkdir -p "$(dirname "$LOG")"
(umask 077; : >"$LOG")	# a log exists: no safety note on stderr
plain() { "$BACKCOACH" -d "$R" --no-sound --ready 0 --plain "$@" run test-a; }
events() { grep -v '	\(routine\|caution\|instructions\)	' "$1" | cut -f2-5; }

# All at once, before the first step can end: n, p, N, then an unknown line, then q.
printf 'n\np\nN\nzz\n\nq\n' | plain >"$TEST_TMP/out" 2>"$TEST_TMP/err"
ok $? "lines on stdin: exits 0"
events "$TEST_TMP/out" >"$TEST_TMP/ev"
diag "$(cat "$TEST_TMP/ev" "$TEST_TMP/err")"
sed -n 2p "$TEST_TMP/ev" | grep -q '^side-switch	1	Neck tilt	right$'; ok $? "n: the next period (the right side)"
sed -n 3p "$TEST_TMP/ev" | grep -q '^step-start	1	Neck tilt	left$'; ok $? "p: back to the period before (the left side)"
grep -n '^step-start	2	Breathe	-$' "$TEST_TMP/ev" | head -1 | grep -q .; ok $? "N: the next step (Breathe)"
[ "$(tail -1 "$TEST_TMP/ev")" = "$(printf 'abandoned\t2\tBreathe\t-')" ]; ok $? "q: the session ends, abandoned, in the step it was in"
[ "$(wc -l <"$TEST_TMP/err")" -eq 1 ] && grep -q "unknown input 'zz'" "$TEST_TMP/err"
ok $? "an unknown line: one line on stderr that names it; an empty line: nothing"
tail -1 "$LOG" | cut -f3,8 | grep -q '^test-a	abandoned$'; ok $? "q is recorded as abandoned"

# pause and go on, at a moment of the run: a FIFO, written when the output shows the step
mkfifo "$TEST_TMP/in"
BACKCOACH_CLOCK_SCALE=5 plain <"$TEST_TMP/in" >"$TEST_TMP/out" 2>"$TEST_TMP/err" &
pid=$!
exec 3>"$TEST_TMP/in"
i=0; until grep -q 'step-start' "$TEST_TMP/out" || [ $i -ge 200 ]; do sleep 0.05; i=$((i + 1)); done
echo pause >&3
i=0; until grep -q '	paused	' "$TEST_TMP/out" || [ $i -ge 200 ]; do sleep 0.05; i=$((i + 1)); done
echo ' ' >&3	# a line of one space: go on
echo + >&3	# 10 s more for this period
exec 3>&-	# stdin at its end: the run goes on by itself
wait $pid; st=$?
ok $st "pause, go on, +: exits 0"
grep -q '	paused	' "$TEST_TMP/out" && grep -q '	resumed	' "$TEST_TMP/out"; ok $? "pause and a space: paused, then resumed lines"
fin=$(awk -F '\t' '$2 == "finished" { print $1 }' "$TEST_TMP/out")
diag "$(cat "$TEST_TMP/out")"
rec=$(tail -1 "$LOG" | cut -f5,6,8)
[ "$rec" = "$(printf '24\t24\tcompleted')" ]; ok $? "+: the run is 10 s longer, to its end ($rec)"
# the session's own clock: 24 s of session time and the pause, never less
awk -v f="${fin:-0}" 'BEGIN { exit !(f >= 24) }'; ok $? "it finishes at 24 s or later on its own clock (at ${fin:-never})"
[ ! -s "$TEST_TMP/err" ]; ok $? "known lines say nothing on stderr"

# --pain: the questions as lines, answered on stdin; the answer after waits for its question
BACKCOACH_CLOCK_SCALE=20 plain --pain <"$TEST_TMP/in" >"$TEST_TMP/out" 2>"$TEST_TMP/err" &
pid=$!
exec 3>"$TEST_TMP/in"
echo 3 >&3
i=0; until grep -q '	pain-after	' "$TEST_TMP/out" || [ $i -ge 200 ]; do sleep 0.05; i=$((i + 1)); done
echo x >&3	# not an answer: said on stderr, asked again
echo 5 >&3
exec 3>&-
wait $pid; st=$?
ok $st "--pain: exits 0"
diag "$(cat "$TEST_TMP/out" "$TEST_TMP/err")"
head -3 "$TEST_TMP/out" | cut -f2 | tr '\n' ' ' | grep -q '^routine caution pain-before $'; ok $? "--pain: the question before, after the routine and its caution"
off=$(grep '	pain-before	' "$TEST_TMP/out" | cut -f1)
[ "$off" = "0.000" ]; ok $? "--pain: the question before is at offset 0.000, before the session's clock starts ($off)"
off=$(grep '	pain-after	' "$TEST_TMP/out" | head -1 | cut -f1)
last=$(grep -v '	pain-after	' "$TEST_TMP/out" | tail -1 | cut -f1)
awk -v a="$off" -v l="$last" 'BEGIN { exit !(a + 0 >= l + 0 && a + 0 < l + 60) }'
ok $? "--pain: the question after is at the session's end ($off, the line before it $last)"
[ "$(grep -c '	pain-after	' "$TEST_TMP/out")" -eq 2 ]; ok $? "--pain: the question after, asked again after a wrong answer"
[ "$(wc -l <"$TEST_TMP/err")" -eq 1 ]; ok $? "--pain: a wrong answer is one line on stderr"
rec=$(tail -1 "$LOG" | cut -f8,9,10)
[ "$rec" = "$(printf 'completed\t3\t5')" ]; ok $? "--pain: the record has both answers ($rec)"

# --pain with 9: the caution, then q: nothing starts, nothing is recorded
n0=$(wc -l <"$LOG")
printf '9\nq\n' | plain --pain >"$TEST_TMP/out" 2>"$TEST_TMP/err"
ok $? "--pain 9 then q: exits 0"
grep -q '	caution	.*9 out of 10' "$TEST_TMP/out" && grep -q 'see a doctor' "$TEST_TMP/out"
ok $? "--pain 9: the caution lines, with when to stop"
! grep -q 'step-start' "$TEST_TMP/out" && [ "$(wc -l <"$LOG")" -eq "$n0" ]; ok $? "--pain 9 then q: no session, no record"

# without --pain nothing is asked, even with ask-pain in the settings; /dev/null is no input
BACKCOACH_CLOCK_SCALE=20 plain </dev/null >"$TEST_TMP/out" 2>"$TEST_TMP/err"
! grep -q 'pain-' "$TEST_TMP/out" && grep -q '	finished	' "$TEST_TMP/out"; ok $? "no --pain: no question; stdin at its end: the run goes on"

# --volume
"$BACKCOACH" -d "$R" --volume 101 --plain run test-a </dev/null >/dev/null 2>"$TEST_TMP/err"; st=$?
[ $st -eq 64 ] && grep -q -- '--volume wants a number from 0 to 100' "$TEST_TMP/err"; ok $? "--volume 101: usage error (exit $st)"
done_testing
