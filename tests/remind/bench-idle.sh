#!/bin/sh
# tests/remind/bench-idle.sh - what a waiting reminder costs: run it in tmux
# on the real clock for SECONDS (default 300), then print its wake-ups (its
# own count, BACKCOACH_LOOP_STATS) and CPU time (/proc/PID/schedstat) per
# minute.  A measurement, not a test: it never fails on a figure.
#   top_srcdir=. top_builddir=. BACKCOACH=src/backcoach sh tests/remind/bench-idle.sh 300
. "$top_srcdir/tests/tui/tui-lib.sh"
secs=${1:-300}
export XDG_RUNTIME_DIR=$TEST_TMP/run
mkdir -p "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
seen_log
tui_start 80 24 env BACKCOACH_LOOP_STATS=1 sh -c \
    '"$0" remind --every 8h --no-sound --no-notify 2>"$1"' "$BACKCOACH" \
    "$TEST_TMP/stats"
tui_wait 'Next break in' 5 || bail "the reminder did not start"
pid=$(pgrep -P "$(tui_pid)" | head -1)
[ -n "$pid" ] || pid=$(tui_pid)
cpu0=$(cut -d' ' -f1 "/proc/$pid/schedstat")
sleep "$secs"
cpu1=$(cut -d' ' -f1 "/proc/$pid/schedstat")
tui_keys q
n=0; while [ $n -lt 100 ] && [ ! -s "$TEST_TMP/stats" ]; do sleep 0.05; n=$((n + 1)); done
w=$(sed -n 's/.*: \([0-9]*\) wake-ups in \([0-9.]*\) s/\1 \2/p' "$TEST_TMP/stats")
echo "# idle reminder, $secs s: $(cat "$TEST_TMP/stats")"
awk -v c0="$cpu0" -v c1="$cpu1" -v s="$secs" -v w="$w" 'BEGIN {
	split(w, a, " ")
	printf "# wake-ups per minute: %.2f (whole run, start-up and q included)\n", a[1] * 60 / a[2]
	printf "# CPU per minute while waiting: %.3f ms (%.5f %%)\n", (c1 - c0) / 1e6 * 60 / s, (c1 - c0) / 1e9 / s * 100
}'
ok 0 "measured"
done_testing
