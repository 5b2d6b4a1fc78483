#!/bin/sh
# tests/bench/history.sh - the history rows of `make bench`: `backcoach
# history` over logs of 100 000 and 1 000 000 records beside awk summing
# the same file (the anchor: one pass, a number per line), wall time, CPU
# time and peak RSS of each, measured in this run.  Prints rows, tab-separated:
#   metric  backcoach  anchor  ratio
# Nothing here passes or fails.  Needs /usr/bin/time for the peak RSS
# (the rows say "?" without it).  BENCH_REPS runs per figure (median; 3).
set -u
: "${BACKCOACH:?run through make bench}"
T=$(mktemp -d "${TMPDIR:-/tmp}/bc-bench-history.XXXXXX")
trap 'rm -rf "$T"' EXIT
trap 'exit 130' INT TERM
REPS=${BENCH_REPS_HISTORY:-3}
# a private home: the log measured is the person's own log, as in use
export HOME="$T/home" XDG_CONFIG_HOME="$T/config" XDG_STATE_HOME="$T/state" \
	XDG_DATA_HOME="$T/share"
LOG=$XDG_STATE_HOME/backcoach/sessions.log
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$(dirname "$LOG")"
chmod 700 "$(dirname "$LOG")"
AWK=${AWK:-awk}
have_time=0; [ -x /usr/bin/time ] && have_time=1

# gen N FILE: N records, one every 1 to 11 minutes up to about now, pain
# ratings and done seconds varied, three routines; in order of start.
gen() {
	$AWK -v n="$1" -v now="$(date +%s)" 'BEGIN { srand(1); t = now - n * 360
		split("neck-desk-stretch desk-reset ball-wall-trigger-tour", id, " ")
		for (i = 0; i < n; i++) {
			t += 60 + int(rand() * 600)
			printf "v1\t%s\t%s\tneck,upper-back\t600\t%d\t4/4\tcompleted\t%d\t%d\t0.1.0\n",
			    strftime("%Y-%m-%dT%H:%M:%S+00:00", t, 1), id[i % 3 + 1],
			    100 + int(rand() * 500), int(rand() * 11), int(rand() * 11)
		} }' >"$2"
}

# ms COMMAND...: wall milliseconds of one run, output discarded.
ms() {
	t0=$(date +%s%N)
	"$@" >/dev/null 2>&1 </dev/null
	t1=$(date +%s%N)
	echo $(((t1 - t0) / 1000000))
}
median() { sort -n | $AWK '{ v[NR] = $1 } END { if (NR == 0) { print "?"; exit }
	print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# med_ms COMMAND...: the median of REPS runs.
med_ms() {
	i=0
	while [ $i -lt "$REPS" ]; do ms "$@"; i=$((i + 1)); done | median
}
peak_kib() {
	if [ $have_time -eq 1 ]; then
		/usr/bin/time -f '%M' -o "$T/t" "$@" >/dev/null 2>&1 </dev/null
		tail -1 "$T/t"
	else echo "?"; fi
}
# cpu_ms COMMAND...: user + system milliseconds of one run (or ?).
cpu_ms() {
	if [ $have_time -eq 1 ]; then
		/usr/bin/time -f '%U %S' -o "$T/t" "$@" >/dev/null 2>&1 </dev/null
		tail -1 "$T/t" | $AWK '{ printf "%d\n", ($1 + $2) * 1000 }'
	else echo "?"; fi
}
mib() { $AWK -v k="$1" 'BEGIN { if (k == "?") print "?"; else printf "%.1f MiB", k / 1024 }'; }
ratio() { $AWK -v a="$1" -v b="$2" 'BEGIN { if (a == "?" || b == "?" || b == 0) print "?";
	else printf "%.2fx\n", a / b }'; }

if ! $AWK 'BEGIN { if (strftime("%Y", 0, 1) != "1970") exit 1 }' 2>/dev/null; then
	printf 'history rows	?	?	%s has no strftime to write the logs\n' "$AWK"
	exit 0
fi
for n in 100000 1000000; do
	gen $n "$LOG"
	case $n in 100000) label="100 000" ;; 1000000) label="1 000 000" ;; esac
	# a first run of each to bring the file into the page cache
	"$BACKCOACH" history >/dev/null 2>&1
	$AWK -F '\t' '{ s += $6 } END { print s }' "$LOG" >/dev/null
	b=$(med_ms "$BACKCOACH" history)
	a=$(med_ms $AWK -F '\t' '{ s += $6 } END { print s }' "$LOG")
	printf 'history, %s records (time)\t%s ms\t%s ms awk\t%s\n' "$label" "$b" "$a" "$(ratio "$b" "$a")"
	# CPU time (user + system) is steadier than wall time on a busy machine
	b=$(i=0; while [ $i -lt "$REPS" ]; do cpu_ms "$BACKCOACH" history; i=$((i + 1)); done | median)
	a=$(i=0; while [ $i -lt "$REPS" ]; do cpu_ms $AWK -F '\t' '{ s += $6 } END { print s }' "$LOG"; i=$((i + 1)); done | median)
	printf 'history, %s records (CPU)\t%s ms\t%s ms awk\t%s\n' "$label" "$b" "$a" "$(ratio "$b" "$a")"
	bk=$(peak_kib "$BACKCOACH" history)
	ak=$(peak_kib $AWK -F '\t' '{ s += $6 } END { print s }' "$LOG")
	printf 'history, %s records (peak RSS)\t%s\t%s awk\t%s\n' "$label" "$(mib "$bk")" "$(mib "$ak")" "$(ratio "$bk" "$ak")"
done

# The history screen (h) over the 1 000 000 records, in tmux: from the key
# to the list on the screen, and the program's peak RSS (VmHWM) after it.
if command -v tmux >/dev/null 2>&1 && [ -r /proc/self/status ]; then
	S=$T/tmux.sock
	tmux -S "$S" -f /dev/null new-session -d -s h -x 80 -y 24 \
		"env TERM=xterm-256color $BACKCOACH --no-sound; sleep 600"
	shot() { tmux -S "$S" capture-pane -p -t h 2>/dev/null; }
	i=0; while ! shot | grep -q 'where does it hurt' && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	pid=$(tmux -S "$S" list-panes -t h -F '#{pane_pid}' | head -1)
	bc=$(pgrep -P "$pid" -f backcoach | head -1)
	before=$(awk '/^VmHWM/ { print $2 }' /proc/"$bc"/status 2>/dev/null)
	t0=$(date +%s%N)
	tmux -S "$S" send-keys -t h h
	i=0; while ! shot | grep -q 'Recent sessions' && [ $i -lt 600 ]; do sleep 0.02; i=$((i + 1)); done
	t1=$(date +%s%N)
	hwm=$(awk '/^VmHWM/ { print $2 }' /proc/"$bc"/status 2>/dev/null)
	tmux -S "$S" kill-server 2>/dev/null
	a=$(med_ms $AWK -F '\t' '{ s += $6 } END { print s }' "$LOG")
	b=$(((t1 - t0) / 1000000))
	printf 'history screen, 1 000 000 records (key to list, tmux)\t%s ms\t%s ms awk\t%s\n' "$b" "$a" "$(ratio "$b" "$a")"
	printf 'history screen, 1 000 000 records (peak RSS)\t%s\t%s awk\t%s\n' "$(mib "${hwm:-?}")" "$(mib "$ak")" "$(ratio "${hwm:-?}" "$ak")"
	[ -n "${before:-}" ] &&
		printf 'coach with that log, before h (peak RSS)\t%s\t%s awk\t%s\n' "$(mib "$before")" "$(mib "$ak")" "$(ratio "$before" "$ak")"
else
	printf 'history screen rows\t?\t?\tno tmux here\n'
fi
exit 0
