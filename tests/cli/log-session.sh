# log-session.sh - the real program in plain mode leaves exactly the right
# log lines: one for a completed run, one for a run ended by SIGTERM, one for
# a run killed by SIGKILL (written by the run's guard), and nothing else.
. "$top_srcdir/tests/lib.sh"
LOG="$XDG_STATE_HOME/backcoach/sessions.log"
R="$TEST_TMP/routines"
mkdir -p "$R"
cat >"$R/tiny.yaml" <<'Y'
id: log-tiny
title: Tiny routine for the log tests
summary: Two short steps.
areas: [neck, upper-back]
kind: stretch
caution: Stop if it hurts.
steps:
  - name: One
    seconds: 1
    instructions: Do one.
  - name: Two
    seconds: 4
    instructions: Do two.
Y
# the signal cases run log-long: its step 2 lasts a minute, so a loaded
# machine's late signal still lands in step 2 (log-tiny's 4 s did not)
sed -e 's/^id: log-tiny/id: log-long/' -e 's/seconds: 4$/seconds: 60/' \
	"$R/tiny.yaml" >"$R/long.yaml"
ARGS="--plain --no-sound --ready 0 --no-pain -d $R run log-tiny"
LONG="--plain --no-sound --ready 0 --no-pain -d $R run log-long"
run() { "$BACKCOACH" $ARGS; }
version=$("$BACKCOACH" --version | awk '{ print $NF }')
field() { sed -n "${1}p" "$LOG" | cut -f "$2"; }
lines() { if [ -f "$LOG" ]; then wc -l < "$LOG"; else echo 0; fi; }
# wait_for FILE TEXT: up to 30 s (a loaded machine) for TEXT to appear in
# FILE.  Plain mode's output is line-buffered, so the line shows the state.
wait_for() {
	_i=0
	while ! grep -q "$2" "$1" 2>/dev/null; do
		_i=$((_i + 1)); [ $_i -ge 300 ] && return 1; sleep 0.1
	done
}
# elapsed: whole seconds since $t0 (the test's clock, rounded up), an upper
# bound of what the program can have done
elapsed() { echo $(( $(date +%s) - t0 + 1 )); }

# 1. Completed.
run >"$TEST_TMP/out1"
ok $? "a completed run exits 0"
ok $([ "$(lines)" -eq 1 ]; echo $?) "one line in the log"
ok $([ "$(field 1 1)" = v1 ] && [ "$(field 1 3)" = log-tiny ] && [ "$(field 1 4)" = neck,upper-back ]; echo $?) \
	"version, id, areas: $(field 1 1) $(field 1 3) $(field 1 4)"
ok $([ "$(field 1 5)" -eq 5 ] && [ "$(field 1 6)" -eq 5 ] && [ "$(field 1 7)" = 2/2 ] && [ "$(field 1 8)" = completed ]; echo $?) \
	"planned 5, done 5, steps 2/2, completed: $(field 1 5) $(field 1 6) $(field 1 7) $(field 1 8)"
ok $([ -z "$(field 1 9)" ] && [ -z "$(field 1 10)" ] && [ "$(field 1 11)" = "$version" ]; echo $?) \
	"no pains asked, program version $version"
ok $(field 1 2 | grep -Eq '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}$'; echo $?) \
	"start time is ISO 8601 with offset: $(field 1 2)"

# 2. SIGTERM during step 2 (log-long: step 2 is a minute long).
t0=$(date +%s)
"$BACKCOACH" $LONG >"$TEST_TMP/out2" &	# not through run(): $! must be the program
pid=$!
wait_for "$TEST_TMP/out2" "step-start	2" || diag "no step-start 2 line seen in 30 s"
sleep 0.5
kill -TERM $pid
wait $pid
ok $([ $? -eq 143 ]; echo $?) "SIGTERM: exit 143"
ok $([ "$(lines)" -eq 2 ]; echo $?) "SIGTERM: one more line"
ok $([ "$(field 2 8)" = abandoned ] && [ "$(field 2 7)" = 1/2 ] && [ "$(field 2 3)" = log-long ]; echo $?) \
	"SIGTERM: abandoned, 1/2 steps: $(field 2 8) $(field 2 7)"
# done: at least step 1's second, at most the real time the run had
max=$(elapsed)
ok $([ "$(field 2 6)" -ge 1 ] && [ "$(field 2 6)" -le $max ] && [ "$(field 2 6)" -lt 61 ]; echo $?) \
	"SIGTERM: 1..$max s done ($(field 2 6))"

# 3. SIGKILL during step 2: the guard writes the record.
t0=$(date +%s)
"$BACKCOACH" $LONG >"$TEST_TMP/out3" &
pid=$!
wait_for "$TEST_TMP/out3" "step-start	2" || diag "no step-start 2 line seen in 30 s"
sleep 0.5
# the guard is the small program, not backcoach again (a third of the memory)
guard=$(pgrep -P $pid 2>/dev/null | head -1)
if [ -n "$guard" ]; then
	ok $([ "$(cat /proc/$guard/comm 2>/dev/null)" = backcoach-log-g ]; echo $?) \
		"the guard runs as backcoach-log-guard ($(cat /proc/$guard/comm 2>/dev/null), $(grep VmRSS /proc/$guard/status 2>/dev/null | tr -s ' \t' ' '))"
else
	skip "no pgrep to find the guard"
fi
kill -KILL $pid
wait $pid
ok $([ $? -eq 137 ]; echo $?) "SIGKILL: exit 137"
_i=0
max=$(elapsed)
while [ "$(lines)" -lt 3 ] && [ $_i -lt 300 ]; do sleep 0.1; _i=$((_i + 1)); done
ok $([ "$(lines)" -eq 3 ]; echo $?) "SIGKILL: one more line ($(lines))"
ok $([ "$(field 3 8)" = abandoned ] && [ "$(field 3 3)" = log-long ]; echo $?) "SIGKILL: abandoned"
ok $([ "$(field 3 6)" -le $max ] && [ "$(field 3 6)" -lt 61 ] && [ "$(field 3 7)" != 2/2 ]; echo $?) \
	"SIGKILL: no more than was done ($(field 3 6) s of at most $max, $(field 3 7))"
sleep 1
ok $([ "$(lines)" -eq 3 ]; echo $?) "no stray line later"

# 4. Every line parses, and history shows all three.
"$BACKCOACH" history >"$TEST_TMP/hist" 2>"$TEST_TMP/warn"
ok $? "history exits 0"
ok $([ ! -s "$TEST_TMP/warn" ]; echo $?) "no warnings"
# the two abandoned ones lasted seconds: "too short", left out of the figures
ok $([ "$(grep -c 'log-tiny' "$TEST_TMP/hist")" -eq 1 ] && [ "$(grep -c 'completed  .*log-tiny' "$TEST_TMP/hist")" -eq 1 ] &&
	[ "$(grep -c 'log-long' "$TEST_TMP/hist")" -eq 2 ] && [ "$(grep -c 'too short  .*log-long' "$TEST_TMP/hist")" -eq 2 ]; echo $?) \
	"history lists 1 completed and 2 abandoned (too short: under a minute)"
done_testing
