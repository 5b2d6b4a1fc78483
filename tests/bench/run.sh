#!/bin/sh
# tests/bench/run.sh - the benchmark report printed by `make bench`: start-up,
# memory, CPU, wake-ups and terminal bytes while a step runs, and step-boundary
# timing, each beside a simple reference measured in the same run (a plain
# `sleep 1` loop in shell, /bin/echo, cat).  Nothing here passes or fails.
# BENCH_LONG=1 adds the 10-minute routine.  Needs perl (Time::HiRes) for
# timestamps, tmux for the screen figures, /usr/bin/time for peak memory.
set -u
: "${top_srcdir:?run through make bench}" "${top_builddir:?}" "${BACKCOACH:?}"
B=$(mktemp -d "${TMPDIR:-/tmp}/bc-bench.XXXXXX")
TUI_SOCK=$B/tmux.sock
REF_SOCK=$B/tmux-ref.sock
cleanup() {
	tmux -S "$TUI_SOCK" kill-server 2>/dev/null
	tmux -S "$REF_SOCK" kill-server 2>/dev/null
	rm -rf "$B"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
export HOME="$B/home" XDG_CONFIG_HOME="$B/home/.config" \
	XDG_STATE_HOME="$B/home/.local/state" XDG_DATA_HOME="$B/home/.local/share"
mkdir -p "$HOME"
unset NO_COLOR BACKCOACH_DATADIR TMUX
LONG=${BENCH_LONG:-0}
REPS=${BENCH_REPS:-7}
SLEEPREF=$top_srcdir/tests/bench/sleep-countdown.sh
ROWS=$B/rows
: >"$ROWS"
have_time=0; [ -x /usr/bin/time ] && have_time=1
have_tmux=0; command -v tmux >/dev/null 2>&1 && have_tmux=1
command -v perl >/dev/null 2>&1 && perl -MTime::HiRes -e1 2>/dev/null ||
	{ echo "bench: needs perl with Time::HiRes"; exit 1; }
CLK=$(getconf CLK_TCK)
BC="$BACKCOACH --no-sound --no-pain --ready 0"

row() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$ROWS"; }
note() { echo "bench: $*" >&2; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "?"; exit }
	m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f\n", m }'; }

# first_ms [-k] COMMAND...: ms from fork to the first line on stdout, then
# (with -k, SIGTERM at once) to the end; prints "FIRST TOTAL".
first_ms() {
	perl -MTime::HiRes=time -e '
		my $kill = 0; if ($ARGV[0] eq "-k") { $kill = 1; shift }
		pipe(R, W) or die; my $t0 = time; my $pid = fork;
		if (!$pid) { close R; open STDOUT, ">&W"; open STDERR, ">/dev/null";
			open STDIN, "</dev/null"; exec @ARGV; exit 127 }
		close W; my $l = <R>; my $t1 = time; kill "TERM", $pid if $kill;
		1 while <R>; waitpid $pid, 0; my $t2 = time;
		printf "%.2f %.2f\n", ($t1 - $t0) * 1000, ($t2 - $t0) * 1000' -- "$@"
}
# repeat N COMMAND...: median first-line ms and median total ms.
repeat() {
	rn=$1; shift
	: >"$B/rep"
	i=0; while [ $i -lt "$rn" ]; do first_ms "$@" >>"$B/rep"; i=$((i + 1)); done
	echo "$(cut -d' ' -f1 "$B/rep" | median) $(cut -d' ' -f2 "$B/rep" | median)"
}
# peak_kib COMMAND...: max RSS in KiB (or ?).
peak_kib() {
	if [ $have_time -eq 1 ]; then
		/usr/bin/time -f '%M' -o "$B/t" "$@" >/dev/null 2>&1 </dev/null
		tail -1 "$B/t"
	else echo "?"; fi
}
mib() { awk -v k="$1" 'BEGIN { if (k == "?") print "?"; else printf "%.1f MiB", k / 1024 }'; }

# ---------------------------------------------------------------- data
GEN=$B/gen
note "generating 10000 routine files"
sh "$top_srcdir/tests/bench/gen-routines.sh" 10000 "$GEN"
SHIP=$top_srcdir/routines
R=$B/r
mkdir -p "$R"
# One 600 s step, for the figures taken while a step runs.
cat >"$R/long-step.yaml" <<'Y'
id: long-step
title: Benchmark long step
summary: One long step.
areas: [upper-back]
kind: stretch
caution: None.
steps:
  - name: Long hold
    seconds: 600
    instructions: Hold.
Y
cat >"$R/short.yaml" <<'Y'
id: short
title: Benchmark short
summary: Three seconds.
areas: [neck]
kind: stretch
caution: None.
steps:
  - name: Short
    seconds: 3
    instructions: Breathe.
Y
# 60 s with a side switch, reps and rests: 10 + 2x10 + (5+5+5) + 15 + 5.
cat >"$R/bench-60.yaml" <<'Y'
id: bench-60
title: Benchmark minute
summary: Sixty seconds of boundaries.
areas: [upper-back]
kind: stretch
caution: None.
steps:
  - name: First
    seconds: 10
    instructions: One.
  - name: Sides
    seconds: 10
    instructions: Two.
    sides: left-right
  - name: Reps
    seconds: 5
    instructions: Three.
    reps: 2
    rest: 5
  - name: Fourth
    seconds: 15
    instructions: Four.
  - name: Last
    seconds: 5
    instructions: Five.
Y
# 10 minutes: 10 steps of 60 s, the middle ones with sides and rests.
{
	printf 'id: bench-600\ntitle: Benchmark ten minutes\nsummary: S.\nareas: [neck]\nkind: stretch\ncaution: C.\nsteps:\n'
	for s in 1 2 3 4 5 6 7 8 9 10; do
		printf '  - name: Step %d\n    seconds: 60\n    instructions: I.\n' $s
	done
} >"$R/bench-600.yaml"
# a log, so that the coach skips its first-run notice
$BC -d "$R" --plain run bench-60 >/dev/null 2>&1 &
sleep 1; kill -TERM $! 2>/dev/null; wait $! 2>/dev/null

# ---------------------------------------------------------------- start-up
note "start-up (plain mode, $REPS runs each)"
set -- $(repeat "$REPS" -k $BC --plain run desk-reset)
row "start-up to first line, plain run, shipped routines" "$1 ms" \
	"$(repeat "$REPS" /bin/echo x | cut -d' ' -f1) ms" "/bin/echo: process start floor"
set -- $(repeat "$REPS" -k $BC -d "$GEN" --plain run gen-00001)
row "start-up to first line, plain run, 10000 routine files" "$1 ms" \
	"$(repeat 3 sh -c "cat '$GEN'/*.yaml >/dev/null; echo x" | cut -d' ' -f1) ms" \
	"cat of the 10000 files: reading floor"
set -- $(repeat "$REPS" "$BACKCOACH" list)
row "list, shipped routines (total)" "$2 ms" "" ""
set -- $(repeat 3 "$BACKCOACH" -d "$GEN" list)
row "list, 10000 routine files (total)" "$2 ms" "" ""

if [ $have_tmux -eq 1 ]; then
	note "start-up to first frame in tmux"
	# tmux_first_ms PATTERN COMMAND...: ms from new-session to PATTERN on screen.
	tmux_first_ms() {
		perl -MTime::HiRes=time,sleep -e '
			my ($sock, $pat, @cmd) = @ARGV;
			my @tm = ("tmux", "-S", $sock, "-f", "/dev/null");
			my $t0 = time;
			system(@tm, "new-session", "-d", "-s", "b", "-x", "100", "-y", "30",
			    "-e", "TERM=tmux-256color", "-e", "LANG=C.UTF-8", @cmd) == 0 or die;
			my $t1;
			for (1 .. 4000) {
				my $s = `tmux -S $sock capture-pane -p -t b 2>/dev/null`;
				if ($s =~ /$pat/) { $t1 = time; last }
				sleep 0.001;
			}
			system(@tm, "kill-server");
			printf "%.1f\n", defined $t1 ? ($t1 - $t0) * 1000 : -1' \
			"$TUI_SOCK" "$@"
	}
	: >"$B/a"; : >"$B/b"; : >"$B/c"
	i=0
	while [ $i -lt "$REPS" ]; do
		tmux_first_ms 'Shoulder rolls' $BC run desk-reset >>"$B/a"
		tmux_first_ms 'Step 1' $BC -d "$GEN" run gen-00001 >>"$B/b"
		tmux_first_ms 'Shoulder rolls' sh -c 'echo "Shoulder rolls"; exec sleep 60' >>"$B/c"
		i=$((i + 1))
	done
	ref=$(median <"$B/c")
	row "start-up to first frame, TUI in tmux, shipped routines" "$(median <"$B/a") ms" \
		"$ref ms" "sh echoing the same text in tmux: tmux floor"
	row "start-up to first frame, TUI in tmux, 10000 routine files" "$(median <"$B/b") ms" \
		"$ref ms" "(same)"
fi

# ---------------------------------------------------------------- memory
note "peak memory"
row "peak RSS, plain run of a 3 s routine (--no-sound)" \
	"$(mib "$(peak_kib $BC --plain -d "$R" run short)")" \
	"$(mib "$(peak_kib sh "$SLEEPREF" 1 1)")" "the shell sleep loop"
row "peak RSS, list, shipped routines" "$(mib "$(peak_kib "$BACKCOACH" list)")" "" ""
row "peak RSS, list, 10000 routine files" "$(mib "$(peak_kib "$BACKCOACH" -d "$GEN" list)")" \
	"$(mib "$(peak_kib cat "$GEN/gen-00001.yaml")")" "cat"

# ---------------------------------------------------------------- loader budget
note "hostile files (budget: 1 s, 50 MiB each)"
H=$B/h; mkdir -p "$H"
awk 'BEGIN { printf "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
	for (i = 1; i <= 9; i++) { printf "a%d: &a%d [", i, i;
		for (j = 0; j < 10; j++) printf "%s*a%d", j ? ", " : "", i - 1; print "]" } }' >"$H/bomb.yaml"
{ printf 'id: big\ntitle: '; head -c 20971520 /dev/zero | tr '\0' a; echo; } >"$H/big.yaml"
awk 'BEGIN { printf "title: "; for (i = 0; i < 20000; i++) printf "["; for (i = 0; i < 20000; i++) printf "]"; print "" }' >"$H/nest-list.yaml"
awk 'BEGIN { printf "title: "; for (i = 0; i < 20000; i++) printf "{a: "; printf "1"; for (i = 0; i < 20000; i++) printf "}"; print "" }' >"$H/nest-map.yaml"
{ printf 'id: x\ntitle: a\0b\n'; } >"$H/nul.yaml"
awk 'BEGIN { x = 42; for (i = 0; i < 4096; i++) { x = (x * 16807) % 2147483647; printf "%c", 65 + int(x / 65536) % 58 } }' >"$H/random.yaml"
worst_t=0 worst_m=0 worst_tn="" worst_mn=""
for f in "$H"/*.yaml; do
	n=$(basename "$f" .yaml)
	t=$(first_ms timeout 10 "$BACKCOACH" validate "$f" | cut -d' ' -f2)
	m=$(peak_kib timeout 10 "$BACKCOACH" validate "$f")
	if awk -v a="$worst_t" -v b="$t" 'BEGIN { exit !(b > a) }'; then worst_t=$t worst_tn=$n; fi
	[ "$m" != "?" ] && [ "$m" -gt "$worst_m" ] && { worst_m=$m; worst_mn=$n; }
done
row "hostile files: slowest refusal (of 6)" "$worst_t ms ($worst_tn)" "" "budget 1 s; validate, total"
row "hostile files: largest peak RSS (of 6)" "$(mib "$worst_m") ($worst_mn)" "" "budget 50 MiB"

# ---------------------------------------------------------------- while a step runs
# child_ticks PID: CPU of its waited-for children (cutime+cstime), in ticks.
child_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $14 + $15 }'; }
# cpu_ns PID: CPU time of all its threads, in ns (schedstat: exact).
cpu_ns() { cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{ s += $1 } END { print s + 0 }'; }
# ctxt PID: voluntary + involuntary context switches over all its threads.
ctxt() {
	cat /proc/"$1"/task/*/status 2>/dev/null |
		awk '/^(non)?voluntary_ctxt_switches/ { s += $2 } END { print s + 0 }'
}
if [ $have_tmux -eq 1 ]; then
	note "10 s inside a running step (TUI and a shell countdown, side by side)"
	tm() { tmux -S "$TUI_SOCK" -f /dev/null "$@"; }
	tr_() { tmux -S "$REF_SOCK" -f /dev/null "$@"; }
	tm new-session -d -s b -x 100 -y 30 -e TERM=tmux-256color -e LANG=C.UTF-8 \
		$BC -d "$R" run long-step
	tr_ new-session -d -s b -x 100 -y 30 -e TERM=tmux-256color -e LANG=C.UTF-8 \
		sh "$SLEEPREF" 1 600
	n=0
	until tm capture-pane -p -t b | grep -q 'Long hold' || [ $n -gt 100 ]; do sleep 0.05; n=$((n + 1)); done
	sleep 1
	pid=$(tm display-message -p -t b '#{pane_pid}')
	rpid=$(tr_ display-message -p -t b '#{pane_pid}')
	# tmux may start the command under a shell
	[ "$(cat /proc/"$pid"/comm)" = backcoach ] || pid=$(pgrep -P "$pid" | head -1)
	tm pipe-pane -o -t b "cat >>'$B/tty'"
	tr_ pipe-pane -o -t b "cat >>'$B/tty-ref'"
	c0=$(cpu_ns "$pid"); r0=$(child_ticks "$rpid"); q0=$(cpu_ns "$rpid")
	w0=$(ctxt "$pid"); v0=$(ctxt "$rpid")
	sleep 10
	c1=$(cpu_ns "$pid"); r1=$(child_ticks "$rpid"); q1=$(cpu_ns "$rpid")
	hwm=$(awk '/^VmHWM/ { print $2 }' /proc/"$pid"/status)
	w1=$(ctxt "$pid"); v1=$(ctxt "$rpid")
	tm pipe-pane -t b; tr_ pipe-pane -t b
	sleep 0.2
	per_s() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f/s", (b - a) / 10 }'; }
	row "CPU during a step (TUI, 10 s)" \
		"$(awk -v a="$c0" -v b="$c1" 'BEGIN { printf "%.3f %%", (b - a) / 1e7 / 10 }')" \
		"$(awk -v a="$q0" -v b="$q1" -v ta="$r0" -v tb="$r1" -v k="$CLK" 'BEGIN {
			printf "%.3f %%", ((b - a) / 1e9 + (tb - ta) / k) / 10 * 100 }')" \
		"shell sleep-1 countdown in tmux, with its sleep children"
	row "peak RSS, TUI during a step" "$(mib "$hwm")" "" "VmHWM"
	row "wake-ups during a step (context switches)" "$(per_s "$w0" "$w1")" \
		"$(per_s "$v0" "$v1") + 1 fork/s" "all threads; the shell also forks sleep"
	row "terminal bytes during a step" \
		"$(awk -v b="$(wc -c <"$B/tty")" 'BEGIN { printf "%.0f B/s", b / 10 }')" \
		"$(awk -v b="$(wc -c <"$B/tty-ref")" 'BEGIN { printf "%.0f B/s", b / 10 }')" \
		"tmux pipe-pane; the shell redraws one line"
	if command -v strace >/dev/null 2>&1; then
		# strace -c: "% time  seconds  usecs/call  calls  [errors]  syscall"
		timeout 5 strace -f -c -o "$B/strace" -e trace=poll,ppoll,epoll_wait,select,pselect6,nanosleep,clock_nanosleep,write \
			-p "$pid" >/dev/null 2>&1
		timeout 5 strace -f -c -o "$B/strace-ref" -e trace=wait4,write -p "$rpid" >/dev/null 2>&1
		sc() { awk -v re="$2" '$NF ~ re { n += $4 } END { printf "%.1f/s", n / 5 }' "$1" 2>/dev/null; }
		row "sleeping syscalls during a step (strace, 5 s)" \
			"$(sc "$B/strace" '^(poll|ppoll|epoll_wait|select|pselect6|nanosleep|clock_nanosleep)$')" \
			"$(sc "$B/strace-ref" '^wait4$')" "the shell waits for its sleep child"
		row "write() calls during a step (strace, 5 s)" "$(sc "$B/strace" '^write$')" \
			"$(sc "$B/strace-ref" '^write$')" "terminal writes and cue messages"
	fi
	tm kill-server 2>/dev/null; tr_ kill-server 2>/dev/null
fi

# ---------------------------------------------------------------- step timing
# stamp COMMAND...: run it with stdout on a pipe read by perl, which is
# ready before the command starts (a stamper started beside the command
# would be late for the first line by its own start-up).
stamp() {
	perl -MTime::HiRes=time -e '
		$| = 1; pipe(R, W) or die; my $pid = fork;
		if (!$pid) { close R; open STDOUT, ">&W"; open STDERR, ">/dev/null";
			open STDIN, "</dev/null"; exec @ARGV; exit 127 }
		close W; while (<R>) { printf "%.6f\t%s", time, $_ } waitpid $pid, 0' -- "$@"
}
# Nominal segment starts (s) from `show`'s timeline, one a line, then the end.
nominal() {
	"$BACKCOACH" -d "$R" show "$1" | sed -n '/^Timeline:/,$p' |
		awk '$1 ~ /^[0-9]+:[0-9][0-9](:[0-9][0-9])?$/ { n = split($1, p, ":"); s = 0;
			for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }'
}
# errors STAMPED NOMINAL EVENTS: ms errors of the events against the nominal
# starts, anchored on the first; prints "median worst drift-at-end".
errors() {
	awk -F '\t' -v ev="$3" 'NR == FNR { nom[++nn] = $1; next }
		$0 ~ ev { t[++n] = $1 }
		END { if (n == 0) { print "? ? ?"; exit }
			for (i = 1; i <= n && i <= nn; i++) { e = (t[i] - t[1]) * 1000 - (nom[i] - nom[1]) * 1000; err[i] = e;
				a = e < 0 ? -e : e; if (a > w) { w = a; ws = e } }
			m = i - 1; last = err[m]
			for (i = 2; i <= m; i++) for (j = i; j > 1 && err[j - 1] > err[j]; j--) { x = err[j]; err[j] = err[j - 1]; err[j - 1] = x }
			printf "%.1f %.1f %.1f\n", err[int((m + 1) / 2)], ws, last }' "$2" "$1"
}
# timing_row ROUTINE STEPS STEPSECS LABEL
timing_row() {
	label=$4
	note "step-boundary timing: $4 (plain mode and a shell sleep loop, side by side)"
	nominal "$1" >"$B/nom"
	awk -v n="$2" -v s="$3" 'BEGIN { for (i = 0; i <= n; i++) print i * s }' >"$B/nom-ref"
	stamp /usr/bin/time -f '%U %S' -o "$B/cpu" $BC -d "$R" --plain run "$1" >"$B/st" &
	p1=$!
	stamp /usr/bin/time -f '%U %S' -o "$B/cpu-ref" sh "$SLEEPREF" --plain "$2" "$3" >"$B/st-ref" &
	p2=$!
	wait $p1 $p2
	set -- $(errors "$B/st" "$B/nom" '\t(step-start|side-switch|rest-start|finished)\t')
	set -- "$@" $(errors "$B/st-ref" "$B/nom-ref" '^[0-9.]+\t(step-start|finished)')
	row "step-boundary error, $label: median" "$1 ms" "$4 ms" \
		"arrival vs. nominal, from the first step-start line"
	row "step-boundary error, $label: worst" "$2 ms" "$5 ms" "(signed, largest size)"
	row "drift at the end, $label" "$3 ms" "$6 ms" "finished line vs. nominal end"
	row "first line's own offset, $label" "$(awk -F '\t' 'NR == 1 { print $2 " s" }' "$B/st")" "" \
		"OFFSET column of the first line"
	row "CPU for the whole run, $label" \
		"$(awk '{ printf "%.2f s", $1 + $2 }' "$B/cpu" 2>/dev/null)" \
		"$(awk '{ printf "%.2f s", $1 + $2 }' "$B/cpu-ref" 2>/dev/null)" "user + system"
}
timing_row bench-60 6 10 "60 s routine"
[ "$LONG" = 1 ] && timing_row bench-600 10 60 "10 min routine"

# ---------------------------------------------------------------- cues
CUE=$top_srcdir/tests/bench/cue-latency.sh
if [ -f "$CUE" ]; then
	note "cue latency ($CUE)"
	sh "$CUE" >"$B/cue" 2>&1 || true
fi

sh "$top_srcdir/tests/bench/history.sh" >>"$ROWS"	# history 100 000 / 1 000 000 records beside awk
# ---------------------------------------------------------------- the table
echo
echo "backcoach benchmark ($("$BACKCOACH" --version), $(uname -m), $(nproc) CPUs, $(date -u +%Y-%m-%d))"
awk -F '\t' 'BEGIN { w1 = length("figure"); w2 = length("backcoach"); w3 = length("reference") }
	{ r[NR] = $0; if (length($1) > w1) w1 = length($1); if (length($2) > w2) w2 = length($2);
	  if (length($3) > w3) w3 = length($3) }
	END { f = "%-" w1 "s  %" w2 "s  %" w3 "s  %s\n"
		printf f, "figure", "backcoach", "reference", "reference is"
		s = ""; for (i = 0; i < w1 + w2 + w3 + 20; i++) s = s "-"; print s
		for (i = 1; i <= NR; i++) { split(r[i], c, "\t"); printf f, c[1], c[2], c[3], c[4] } }' "$ROWS"
if [ -s "$B/cue" 2>/dev/null ]; then
	echo
	echo "cue latency (tests/bench/cue-latency.sh):"
	sed 's/^/  /' "$B/cue"
fi
[ "$LONG" = 1 ] || echo "(BENCH_LONG=1 adds the 10-minute routine)"
exit 0
