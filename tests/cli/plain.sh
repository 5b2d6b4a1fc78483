#!/bin/sh
# Plain mode: the event lines of a known routine, their timing against the
# nominal offsets, and the log records left by a completed session and by
# sessions ended with SIGINT, SIGTERM and SIGKILL.
. "$top_srcdir/tests/lib.sh"

R=$TEST_TMP/r
mkdir -p "$R"
cp "$top_srcdir/tests/cli/test-a.yaml" "$R/"
LOG=$XDG_STATE_HOME/backcoach/sessions.log
run() { "$BACKCOACH" -d "$R" --no-sound --ready 0 --plain run test-a; }

# The timeline worked out by hand: nominal offset, event, step, name, side.
cat >"$TEST_TMP/want" <<'W'
0	step-start	1	Neck tilt	left
1	countdown	1	Neck tilt	left
2	step-end	1	Neck tilt	left
2	rest-start	1	Neck tilt	right
3	side-switch	1	Neck tilt	right
4	countdown	1	Neck tilt	right
5	step-end	1	Neck tilt	right
5	rest-start	1	Neck tilt	left
6	step-start	1	Neck tilt	left
7	countdown	1	Neck tilt	left
8	step-end	1	Neck tilt	left
8	rest-start	1	Neck tilt	right
9	side-switch	1	Neck tilt	right
10	countdown	1	Neck tilt	right
11	step-end	1	Neck tilt	right
11	step-start	2	Breathe	-
12	countdown	2	Breathe	-
13	countdown	2	Breathe	-
14	step-end	2	Breathe	-
14	finished	2	Breathe	-
W
run >"$TEST_TMP/out" 2>"$TEST_TMP/err"; st=$?
ok $st "a completed plain run exits 0"
# words for a person who cannot see a screen, then the events
sed -n 1,2p "$TEST_TMP/out" | cut -f2- >"$TEST_TMP/head"
printf 'routine\t0\tAlpha neck test\t-\t00:14, 2 steps\ncaution\t0\tAlpha neck test\t-\tStop if pain becomes sharp.\n' |
	cmp -s - "$TEST_TMP/head"; ok $? "the run opens with the routine (length, steps) and its caution"
grep '	instructions	' "$TEST_TMP/out" | cut -f2- >"$TEST_TMP/instr"
printf 'instructions\t1\tNeck tilt\tleft\tTilt your head.\ninstructions\t2\tBreathe\t-\tBreathe slowly.\n' |
	cmp -s - "$TEST_TMP/instr"; ok $? "each step's instructions once, after its first start"
grep -v '	\(routine\|caution\|instructions\)	' "$TEST_TMP/out" >"$TEST_TMP/events"
mv "$TEST_TMP/events" "$TEST_TMP/out"
cut -f2-5 "$TEST_TMP/out" >"$TEST_TMP/got"
cut -f2-5 "$TEST_TMP/want" | cmp -s - "$TEST_TMP/got"; ok $? "the events come in the order of the timeline"
cut -f2-5 "$TEST_TMP/want" | diff - "$TEST_TMP/got" | sed 's/^/# /'
grep -q "	countdown	2	Breathe	-	2$" "$TEST_TMP/out"; ok $? "countdown lines carry the number"
grep -q "	finished	.*	2/2 steps$" "$TEST_TMP/out"; ok $? "finished line says 2/2 steps"
# Against the program's own clock: no line before its event is due (the deadlines are
# the routine's), and none more than 250 ms after it, a margin a loaded two-core machine
# meets.  A loop that drifted (a relative sleep per second) would be late by the end.
early=$(paste "$TEST_TMP/want" "$TEST_TMP/out" | awk -F'\t' '
	{ d = $1 - $6; if (d > w) w = d } END { printf "%d", w * 1000 }')
late=$(paste "$TEST_TMP/want" "$TEST_TMP/out" | awk -F'\t' '
	{ d = $6 - $1; if (d > w) w = d } END { printf "%d", w * 1000 }')
[ "${early:-9999}" -le 0 ]; ok $? "no event before its nominal offset (earliest by ${early} ms)"
[ "${late:-9999}" -le 250 ]; ok $? "every event within 250 ms after its nominal offset (latest by ${late} ms)"
# no log yet: the safety note, on stderr so that it never mixes with the events
[ "$(head -1 "$TEST_TMP/err")" = "Before you exercise" ]; ok $? "the first session shows the safety note on stderr"
grep -q "numbness" "$TEST_TMP/err" && grep -q "call emergency services" "$TEST_TMP/err"
ok $? "the note says when to stop and when to call for help"


[ "$(wc -l <"$LOG")" -eq 1 ]; ok $? "one log record after one session"
rec=$(cut -f1,3-8 "$LOG")
[ "$rec" = "$(printf 'v1\ttest-a\tneck,upper-back\t14\t14\t2/2\tcompleted')" ]
ok $? "the record says: test-a, neck,upper-back, 14 s planned, 14 done, 2/2, completed ($rec)"
[ "$(cut -f9,10 "$LOG")" = "$(printf '\t')" ]; ok $? "no pain ratings in plain mode"
start=$(cut -f2 "$LOG")
echo "$start" | grep -qE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}$'
ok $? "start time is ISO 8601 with offset ($start)"
perm=$(stat -c %a "$LOG"); [ "$perm" = 600 ]; ok $? "log file mode 0600 ($perm)"
perm=$(stat -c %a "$(dirname "$LOG")"); [ "$perm" = 700 ]; ok $? "log dir mode 0700 ($perm)"

# ended by a signal during the second work segment (after 3 s)
for sig in INT TERM HUP KILL; do
	cp "$LOG" "$TEST_TMP/before"
	# a file of its own per signal: waiting on the last run's output would
	# send the signal before this run has even started
	"$BACKCOACH" -d "$R" --no-sound --ready 0 --plain run test-a >"$TEST_TMP/out.$sig" 2>&1 &
	pid=$!
	i=0; until grep -q side-switch "$TEST_TMP/out.$sig" || [ $i -ge 100 ]; do sleep 0.05; i=$((i + 1)); done
	kill -$sig $pid
	wait $pid; st=$?
	case $sig in INT) want=130;; TERM) want=143;; HUP) want=129;; KILL) want=137;; esac
	[ $st -eq $want ]; ok $? "SIG$sig ends the run with status $want (got $st)"
	# the guard may write a moment after a SIGKILL
	i=0; until [ "$(wc -l <"$LOG")" -gt "$(wc -l <"$TEST_TMP/before")" ] || [ $i -ge 40 ]; do sleep 0.05; i=$((i + 1)); done
	n0=$(wc -l <"$TEST_TMP/before") n1=$(wc -l <"$LOG")
	[ "$n1" -eq $((n0 + 1)) ]; ok $? "SIG$sig leaves exactly one more record ($n0 -> $n1)"
	head -c "$(stat -c %s "$TEST_TMP/before")" "$LOG" | cmp -s - "$TEST_TMP/before"; ok $? "SIG$sig leaves earlier records untouched"
	last=$(tail -1 "$LOG")
	echo "$last" | cut -f3,8 | grep -q "^test-a	abandoned$"; ok $? "SIG$sig is logged as abandoned: $last"
	d=$(echo "$last" | cut -f6)
	[ "$d" -ge 2 ] && [ "$d" -le 5 ]; ok $? "SIG$sig: seconds done is what ran (3-4 s, got $d)"
	[ "$(echo "$last" | cut -f7)" = 0/2 ]; ok $? "SIG$sig: no step was finished"
	[ "$sig" = KILL ] || ! grep -q "finished" "$TEST_TMP/out.$sig"; ok $? "SIG$sig: no finished line"
	! grep -q "Before you exercise" "$TEST_TMP/out.$sig"; ok $? "SIG$sig: no safety note once there is a log"
	[ "$sig" = KILL ] || grep -q "	abandoned	" "$TEST_TMP/out.$sig"; ok $? "SIG$sig: an abandoned line"
done

done_testing
