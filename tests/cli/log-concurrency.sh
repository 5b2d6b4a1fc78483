# log-concurrency.sh - 8 processes appending 500 records each at once leave
# exactly 4000 whole lines, every one parsing, none lost or reordered per writer.
. "$top_srcdir/tests/lib.sh"
STRESS="$top_builddir/tests/unit/log-stress"
LOG="$XDG_STATE_HOME/backcoach/sessions.log"
WRITERS=8 EACH=500

start=$(date +%s.%N)
pids=
for w in $(seq 1 $WRITERS); do
	"$STRESS" append "$LOG" $EACH "writer-$w" 2>"$TEST_TMP/err.$w" &
	pids="$pids $!"
done
failed=0
for p in $pids; do wait "$p" || failed=$((failed + 1)); done
end=$(date +%s.%N)
ok $failed "all $WRITERS writers exited 0"
[ $failed -eq 0 ] || cat "$TEST_TMP"/err.* | diag

lines=$(wc -l < "$LOG")
ok $([ "$lines" -eq $((WRITERS * EACH)) ]; echo $?) "exactly $((WRITERS * EACH)) lines ($lines)"
ok $([ "$(tail -c 1 "$LOG" | od -An -c | tr -d ' ')" = '\n' ]; echo $?) "the file ends with a newline"
good=$("$STRESS" read "$LOG" 2>"$TEST_TMP/warn")
ok $([ "$good" -eq $((WRITERS * EACH)) ]; echo $?) "every line parses ($good)"
ok $([ ! -s "$TEST_TMP/warn" ]; echo $?) "no warnings from the reader"
"$STRESS" check "$LOG" >"$TEST_TMP/check" 2>&1
ok $? "each writer's records are whole and in order 1..$EACH"
ok $([ "$(grep -c " $EACH\$" "$TEST_TMP/check")" -eq $WRITERS ]; echo $?) "every writer reached $EACH"
mode=$(stat -c %a "$LOG"); dmode=$(stat -c %a "$(dirname "$LOG")")
ok $([ "$mode" = 600 ] && [ "$dmode" = 700 ]; echo $?) "file 0600, dir 0700 ($mode, $dmode)"
diag "$(awk -v s="$start" -v e="$end" -v n=$((WRITERS * EACH)) \
	'BEGIN { printf "%d appends (write+fsync) in %.2f s: %.0f appends/s", n, e - s, n / (e - s) }')"
done_testing
