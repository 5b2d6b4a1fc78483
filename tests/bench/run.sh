#!/bin/sh
# tests/bench/run.sh - the benchmark report printed by `make bench`: one
# table, metric | backcoach | anchor | ratio, every anchor measured in the
# same invocation.  Nothing here passes or fails, and none of it is part of
# `make check`.
#
# Anchors: tty-clock -s (a C/ncurses clock redrawn once a second, in the
# same size of tmux pane) for the screen's cost; a `sleep 1` loop in shell
# (tests/bench/sleep-countdown.sh) for timing; /bin/echo and cat for
# start-up and reading.  Each group of rows is a function below (bench_*);
# add a group as a function of its own and call it from the list at the end.
#
# BENCH_ONLY="screen timing" runs only those groups (startup memory
# library history timing screen figures); BENCH_REPS (default 7)
# sets the repetitions of the start-up figures.  Needs perl (Time::HiRes),
# tmux, /usr/bin/time; tty-clock (build-aux/install-deps) for the screen.
set -u
: "${top_srcdir:?run through make bench}" "${top_builddir:?}" "${BACKCOACH:?}"
B=$(mktemp -d "${TMPDIR:-/tmp}/bc-bench.XXXXXX")
[ -n "${BENCH_KEEP:-}" ] && echo "bench: keeping $B" >&2
SOCK_A=$B/tmux-a.sock
SOCK_B=$B/tmux-b.sock
cleanup() {
	for _s in "$B"/*.sock; do
		[ -S "$_s" ] && tmux -S "$_s" kill-server 2>/dev/null
	done
	[ -n "${BENCH_KEEP:-}" ] || rm -rf "$B"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
export HOME="$B/home" XDG_CONFIG_HOME="$B/home/.config" \
	XDG_STATE_HOME="$B/home/.local/state" XDG_DATA_HOME="$B/home/.local/share"
mkdir -p "$HOME"
unset NO_COLOR BACKCOACH_DATADIR BACKCOACH_CLOCK_SCALE TMUX
REPS=${BENCH_REPS:-7}
ONLY=${BENCH_ONLY:-}
SLEEPREF=$top_srcdir/tests/bench/sleep-countdown.sh
ROWS=$B/rows
NOTES=$B/notes
: >"$ROWS"; : >"$NOTES"
have_time=0; [ -x /usr/bin/time ] && have_time=1
have_tmux=0; command -v tmux >/dev/null 2>&1 && have_tmux=1
have_clock=0; command -v tty-clock >/dev/null 2>&1 && have_clock=1
command -v perl >/dev/null 2>&1 && perl -MTime::HiRes -e1 2>/dev/null ||
	{ echo "bench: needs perl with Time::HiRes"; exit 1; }
BC="$BACKCOACH --no-sound --no-pain"
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)

# row METRIC BACKCOACH [ANCHOR]: a line of the table; the ratio is worked
# out when both start with a positive number.  A row with no figure for
# backcoach is left out, never printed empty.
row() {
	case ${2:-} in ''|'?'|'? '*) return ;; esac
	printf '%s\t%s\t%s\n' "$1" "$2" "${3:-}" >>"$ROWS"
}
# say TEXT: a line under the table (what an anchor is, what is missing).
say() { echo "$*" >>"$NOTES"; }
note() { echo "bench: $*" >&2; }
want() { [ -z "$ONLY" ] || case " $ONLY " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
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
mib() { awk -v k="$1" 'BEGIN { if (k == "?" || k == "") print "?"; else printf "%.1f MiB", k / 1024 }'; }

# ---------------------------------------------------------------- data
R=$B/r
mkdir -p "$R"
# One 600 s step, for the cost inside a long step.
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
    instructions: Hold the stretch and breathe slowly into the lower ribs.
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
# Written like a shipped routine, short: with the 5 s get-ready, 99 s.
# 15 + (12 + 4 + 12) + (8 + 4 + 8) + (6 + 15) + 10 = 94 s of steps.
cat >"$R/bench-routine.yaml" <<'Y'
id: bench-routine
title: Benchmark routine
summary: A short routine shaped like the shipped ones.
areas: [upper-back, neck]
kind: stretch
caution: Stop if pain becomes sharp.
steps:
  - name: Shoulder rolls
    seconds: 15
    instructions: Roll both shoulders slowly backwards, breathing out as they drop.
  - name: Side bend
    seconds: 12
    sides: left-right
    rest: 4
    instructions: Lean gently to one side, then come back up to the middle.
  - name: Chin tuck
    seconds: 8
    reps: 2
    rest: 4
    instructions: Draw the chin straight back, hold, and let go.
  - name: Lie over the towel
    seconds: 15
    prepare: 6
    instructions: Lie on your back over a rolled towel under the shoulder blades.
  - name: Breathe
    seconds: 10
    instructions: Breathe slowly into the back of the ribs.
Y
# The same with figures on the steps that have one among the shipped poses.
sed -e 's/^id: bench-routine/id: bench-figures/' \
    -e 's/^title: Benchmark routine/title: Benchmark routine with figures/' \
    -e 's/^    instructions: Roll both/    figure: standing-shoulder-rolls\n&/' \
    -e 's/^    instructions: Lean gently/    figure: seated-neck-tilt\n&/' \
    -e 's/^    instructions: Draw the chin/    figure: seated-chin-tuck\n&/' \
    -e 's/^    instructions: Lie on your back/    figure: lying-knees-bent\n&/' \
    "$R/bench-routine.yaml" >"$R/bench-figures.yaml"
# 120 s with its 5 s get-ready: 20 + (15 + 5 + 15) + (10 + 5 + 10) + (5 + 20) + 10 = 115.
cat >"$R/bench-120.yaml" <<'Y'
id: bench-120
title: Benchmark two minutes
summary: Two minutes of boundaries.
areas: [upper-back]
kind: stretch
caution: None.
steps:
  - name: First
    seconds: 20
    instructions: One.
  - name: Sides
    seconds: 15
    sides: left-right
    rest: 5
    instructions: Two.
  - name: Reps
    seconds: 10
    reps: 2
    rest: 5
    instructions: Three.
  - name: Floor
    seconds: 20
    prepare: 5
    instructions: Four.
  - name: Last
    seconds: 10
    instructions: Five.
Y
# a log, so that the coach skips its first-run notice
mkdir -p "$XDG_STATE_HOME/backcoach"
: >"$XDG_STATE_HOME/backcoach/sessions.log"
chmod 600 "$XDG_STATE_HOME/backcoach/sessions.log"

# ---------------------------------------------------------------- start-up
bench_startup() {
	note "start-up (plain mode, $REPS runs each)"
	set -- $(repeat "$REPS" -k $BC --plain run desk-reset)
	row "start-up to first line, plain run [/bin/echo]" "$1 ms" \
		"$(repeat "$REPS" /bin/echo x | cut -d' ' -f1) ms"
	[ $have_tmux -eq 1 ] || return
	note "start-up to first frame in tmux"
	# tmux_first_ms PATTERN COMMAND...: ms from new-session to PATTERN on screen.
	tmux_first_ms() {
		perl -MTime::HiRes=time,sleep -e '
			my ($sock, $pat, @cmd) = @ARGV;
			my @tm = ("tmux", "-S", $sock, "-f", "/dev/null");
			my $t0 = time;
			system(@tm, "new-session", "-d", "-s", "b", "-x", "80", "-y", "24",
			    "-e", "TERM=tmux-256color", "-e", "LANG=C.UTF-8", @cmd) == 0 or die;
			my $t1;
			for (1 .. 4000) {
				my $s = `tmux -S $sock capture-pane -p -t b 2>/dev/null`;
				if ($s =~ /$pat/) { $t1 = time; last }
				sleep 0.001;
			}
			system(@tm, "kill-server");
			printf "%.1f\n", defined $t1 ? ($t1 - $t0) * 1000 : -1' \
			"$SOCK_A" "$@"
	}
	: >"$B/a"; : >"$B/c"
	i=0
	while [ $i -lt "$REPS" ]; do
		tmux_first_ms 'Shoulder rolls' $BC run desk-reset >>"$B/a"
		tmux_first_ms 'Shoulder rolls' sh -c 'echo "Shoulder rolls"; exec sleep 60' >>"$B/c"
		i=$((i + 1))
	done
	row "start-up to first frame, TUI in tmux [sh echo in tmux]" \
		"$(median <"$B/a") ms" "$(median <"$B/c") ms"
}

# ---------------------------------------------------------------- memory
bench_memory() {
	note "peak memory"
	row "peak RSS, plain run of a 3 s routine [shell sleep loop]" \
		"$(mib "$(peak_kib $BC --plain -d "$R" run short)")" \
		"$(mib "$(peak_kib sh "$SLEEPREF" 1 1)")"
}

# ---------------------------------------------------------------- library
# The library's rows (routine files beside cat): the loader's group.
bench_library() {
	GEN=$B/gen
	note "generating 10000 routine files"
	sh "$top_srcdir/tests/bench/gen-routines.sh" 10000 "$GEN"
	set -- $(repeat 3 "$BACKCOACH" -d "$GEN" list)
	row "list, 10000 routine files, total [cat of the files]" "$2 ms" \
		"$(repeat 3 sh -c "cat '$GEN'/*.yaml >/dev/null; echo x" | cut -d' ' -f2) ms"
	row "peak RSS, list, 10000 routine files [cat]" \
		"$(mib "$(peak_kib "$BACKCOACH" -d "$GEN" list)")" \
		"$(mib "$(peak_kib sh -c "cat '$GEN'/*.yaml")")"
	H=$B/h; mkdir -p "$H"
	awk 'BEGIN { printf "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
		for (i = 1; i <= 9; i++) { printf "a%d: &a%d [", i, i;
			for (j = 0; j < 10; j++) printf "%s*a%d", j ? ", " : "", i - 1; print "]" } }' >"$H/bomb.yaml"
	{ printf 'id: big\ntitle: '; head -c 20971520 /dev/zero | tr '\0' a; echo; } >"$H/big.yaml"
	awk 'BEGIN { printf "title: "; for (i = 0; i < 20000; i++) printf "["; for (i = 0; i < 20000; i++) printf "]"; print "" }' >"$H/nest-list.yaml"
	worst_t=0 worst_tn=""
	for f in "$H"/*.yaml; do
		t=$(first_ms timeout 10 "$BACKCOACH" validate "$f" | cut -d' ' -f2)
		if awk -v a="$worst_t" -v b="$t" 'BEGIN { exit !(b > a) }'; then
			worst_t=$t worst_tn=$(basename "$f" .yaml); fi
	done
	row "hostile files: slowest refusal, of 3 ($worst_tn) [budget]" "$worst_t ms" "1000 ms"
}

# ---------------------------------------------------------------- history
# The history's rows (log records beside awk): the history group.
bench_history() {
	:
}

# ---------------------------------------------------------------- the screen
# cpu_ns PID...: CPU time of every thread of the PIDs, in ns (schedstat).
cpu_ns() {
	for p in "$@"; do cat /proc/"$p"/task/*/schedstat 2>/dev/null; done |
		awk '{ s += $1 } END { print s + 0 }'
}
# ticks PID...: utime+stime of every thread, in clock ticks (/proc stat).
ticks() {
	for p in "$@"; do cat /proc/"$p"/task/*/stat 2>/dev/null; done |
		sed 's/^.*) //' | awk '{ s += $12 + $13 } END { print s + 0 }'
}
# ctxt PID...: voluntary + involuntary context switches of every thread.
ctxt() {
	for p in "$@"; do cat /proc/"$p"/task/*/status 2>/dev/null; done |
		awk '/^(non)?voluntary_ctxt_switches/ { s += $2 } END { print s + 0 }'
}
# pane_pid SOCK: the program in the pane (tmux may start it under a shell).
pane_pid() {
	_p=$(tmux -S "$1" display-message -p -t b '#{pane_pid}')
	case $(cat /proc/"$_p"/comm 2>/dev/null) in
	backcoach|tty-clock) echo "$_p" ;;
	*) pgrep -P "$_p" | head -1 ;;
	esac
}
# screen_pair LABEL SECONDS WAIT-PATTERN BACKCOACH-ARGS...: backcoach and
# tty-clock, each in an 80x24 tmux pane of its own, measured over the same
# SECONDS once PATTERN is on backcoach's screen: CPU, context switches and
# terminal bytes of backcoach with all its threads and its log guard.
screen_pair() {
	label=$1 secs=$2 pat=$3; shift 3
	tag=$(echo "$label" | cksum | cut -d' ' -f1)
	SOCK_A=$B/tmux-a-$tag.sock SOCK_B=$B/tmux-b-$tag.sock
	tmux -S "$SOCK_A" -f /dev/null new-session -d -s b -x 80 -y 24 \
		-e TERM=tmux-256color -e LANG=C.UTF-8 "$@" \; set-option -g status off
	tmux -S "$SOCK_B" -f /dev/null new-session -d -s b -x 80 -y 24 \
		-e TERM=tmux-256color -e LANG=C.UTF-8 tty-clock -s -c \; set-option -g status off
	: >"$B/tty-a-$tag"; : >"$B/tty-b-$tag"
	tmux -S "$SOCK_A" pipe-pane -o -t b "cat >>'$B/tty-a-$tag'"
	tmux -S "$SOCK_B" pipe-pane -o -t b "cat >>'$B/tty-b-$tag'"
	n=0
	until tmux -S "$SOCK_A" capture-pane -p -t b | grep -qE "$pat" || [ $n -gt 200 ]; do
		sleep 0.02; n=$((n + 1)); done
	pid=$(pane_pid "$SOCK_A"); rpid=$(pane_pid "$SOCK_B")
	guard=$(pgrep -P "$pid" | head -1)
	[ -n "$guard" ] || say "($label: no log guard process was found to count)"
	ba0=$(wc -c <"$B/tty-a-$tag"); bb0=$(wc -c <"$B/tty-b-$tag")
	c0=$(cpu_ns $pid $guard); r0=$(cpu_ns $rpid)
	k0=$(ticks $pid $guard); j0=$(ticks $rpid)
	w0=$(ctxt $pid $guard); v0=$(ctxt $rpid)
	t0=$(date +%s.%N)
	sleep "$secs"
	c1=$(cpu_ns $pid $guard); r1=$(cpu_ns $rpid)
	k1=$(ticks $pid $guard); j1=$(ticks $rpid)
	w1=$(ctxt $pid $guard); v1=$(ctxt $rpid)
	ba1=$(wc -c <"$B/tty-a-$tag"); bb1=$(wc -c <"$B/tty-b-$tag")
	t1=$(date +%s.%N)
	threads=$(ls /proc/"$pid"/task 2>/dev/null | wc -l)
	el=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
	pct() { awk -v a="$1" -v b="$2" -v t="$el" 'BEGIN { printf "%.4f %%", (b - a) / 1e7 / t }'; }
	tk() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%d ticks", b - a }'; }
	ps_() { awk -v a="$1" -v b="$2" -v t="$el" -v u="$3" 'BEGIN { printf "%.1f %s", (b - a) / t, u }'; }
	row "$label: CPU (schedstat, all threads + guard)" "$(pct "$c0" "$c1")" "$(pct "$r0" "$r1")"
	row "$label: CPU in clock ticks over $(printf %.0f "$el") s" "$(tk "$k0" "$k1")" "$(tk "$j0" "$j1")"
	row "$label: wake-ups (context switches)" "$(ps_ "$w0" "$w1" /s)" "$(ps_ "$v0" "$v1" /s)"
	row "$label: terminal bytes" "$(ps_ "$ba0" "$ba1" B/s)" "$(ps_ "$bb0" "$bb1" B/s)"
	say "($label: backcoach had $threads thread(s)$([ -n "$guard" ] && echo " and its log guard"); measured over $(printf %.1f "$el") s)"
	tmux -S "$SOCK_A" kill-server 2>/dev/null
	tmux -S "$SOCK_B" kill-server 2>/dev/null
}

bench_screen() {
	if [ $have_tmux -eq 0 ]; then
		say "screen rows: not measured, tmux is not installed"
		return
	fi
	if [ $have_clock -eq 0 ]; then
		say "screen rows: not measured, the anchor tty-clock is not installed" \
		    "(build-aux/install-deps installs it); no weaker anchor is used instead"
		return
	fi
	note "the screen inside a 600 s step, beside tty-clock (30 s)"
	screen_pair "idle in a 600 s step [tty-clock -s]" 30 'Long hold' \
		$BC --ready 0 -d "$R" run long-step
	note "the screen over a whole 99 s routine, beside tty-clock (with and without figures, side by side)"
	# from the get-ready's first frame to a second before the end (the
	# guard is gone once the session is over); --ready 5 as shipped
	if "$BACKCOACH" -d "$R" show bench-figures >/dev/null 2>&1; then
		( ROWS=$B/rows-fig NOTES=$B/notes-fig; : >"$ROWS"; : >"$NOTES"
		  screen_pair "whole 99 s routine with a figure on 4 steps [tty-clock -s]" 97 \
			'Get ready' $BC --ready 5 -d "$R" run bench-figures ) &
		fpid=$!
	else
		say "(no figure rows: the routine with figures does not load here)"
	fi
	screen_pair "whole 99 s routine, get-ready and rests included [tty-clock -s]" 97 \
		'Get ready' $BC --ready 5 -d "$R" run bench-routine
	if [ -n "${fpid:-}" ]; then
		wait "$fpid"
		cat "$B/rows-fig" >>"$ROWS"; cat "$B/notes-fig" >>"$NOTES"
	fi
	say "(the screen rows run with --no-sound: tty-clock makes no sound either)"
}

# ---------------------------------------------------------------- figures
# A moving figure and a still one, each inside a 600 s step, beside
# tty-clock: what the animation costs (the poses' owner's rows).
bench_figures() {
	[ $have_tmux -eq 1 ] && [ $have_clock -eq 1 ] || return
	for f in standing-shoulder-rolls seated-neck-tilt; do
		sed -e "s/^id: long-step/id: fig-$f/" \
		    -e "s/^    seconds: 600/    seconds: 600\n    figure: $f/" \
		    "$R/long-step.yaml" >"$R/fig-$f.yaml"
	done
	if ! "$BACKCOACH" -d "$R" show fig-seated-neck-tilt >/dev/null 2>&1; then
		say "(no figure rows: the shipped poses do not load here)"
		return
	fi
	note "a moving and a still figure in a 600 s step, beside tty-clock (20 s each, side by side)"
	( ROWS=$B/rows-fmove NOTES=$B/notes-fmove; : >"$ROWS"; : >"$NOTES"
	  screen_pair "moving figure (shoulder rolls, 1 frame/s) in a 600 s step [tty-clock -s]" 20 \
		'Long hold' $BC --ready 0 -d "$R" run fig-standing-shoulder-rolls ) &
	mpid=$!
	screen_pair "still figure (seated neck tilt) in a 600 s step [tty-clock -s]" 20 \
		'Long hold' $BC --ready 0 -d "$R" run fig-seated-neck-tilt
	wait "$mpid"
	cat "$B/rows-fmove" >>"$ROWS"; cat "$B/notes-fmove" >>"$NOTES"
}

# ---------------------------------------------------------------- timing
# stamp COMMAND...: run it with stdout on a pipe read by perl, which is
# ready before the command starts; each line prefixed with its arrival time.
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
# errors STAMPED NOMINAL EVENTS OFFSET: the events' arrival against the
# nominal times plus OFFSET s, from the first line (t = 0); prints
# "first median worst last": the first event's error (the get-ready's
# end), the median and the worst (signed) of the others, the last one's.
errors() {
	awk -F '\t' -v ev="$3" -v off="$4" 'NR == FNR { nom[++nn] = $1 + off; next }
		FNR == 1 { t0 = $1 }
		$0 ~ ev { t[++n] = $1 }
		END { if (n == 0) { print "? ? ? ?"; exit }
			for (i = 1; i <= n && i <= nn; i++) err[i] = ((t[i] - t0) - nom[i]) * 1000
			m = i - 1; first = err[1]; last = err[m]
			for (i = 2; i <= m; i++) { a = err[i] < 0 ? -err[i] : err[i]
				if (a >= w) { w = a; ws = err[i] } }
			k = 0; for (i = 2; i <= m; i++) e[++k] = err[i]
			for (i = 2; i <= k; i++) for (j = i; j > 1 && e[j - 1] > e[j]; j--) { x = e[j]; e[j] = e[j - 1]; e[j - 1] = x }
			printf "%.1f %.1f %.1f %.1f\n", first, e[int((k + 1) / 2)], ws, last }' "$2" "$1"
}
bench_timing() {
	note "step-boundary timing over a 120 s routine with its get-ready (plain mode, beside a shell sleep loop)"
	# backcoach: the get-ready (5 s), then the timeline of `show`
	nominal bench-120 >"$B/nom"
	# the anchor: a 5 s get-ready, then 23 steps of 5 s, 120 s in all
	awk 'BEGIN { for (i = 0; i <= 23; i++) print i * 5 }' >"$B/nom-ref"
	stamp $BC --ready 5 -d "$R" --plain run bench-120 >"$B/st" &
	p1=$!
	stamp sh -c "echo ready; sleep 5; exec sh '$SLEEPREF' --plain 23 5" >"$B/st-ref" &
	p2=$!
	wait $p1 $p2
	set -- $(errors "$B/st" "$B/nom" '\t(step-start|side-switch|rest-start|finished)\t' 5)
	set -- "$@" $(errors "$B/st-ref" "$B/nom-ref" '\t(step-start|finished)' 5)
	row "timing, 120 s routine: end of the 5 s get-ready [sleep loop]" "$1 ms" "$5 ms"
	row "timing, 120 s routine: step boundaries, median error [sleep loop]" "$2 ms" "$6 ms"
	row "timing, 120 s routine: step boundaries, worst error [sleep loop]" "$3 ms" "$7 ms"
	row "timing, 120 s routine: overrun at the end [sleep loop]" "$4 ms" "$8 ms"
	say "(timing: arrival of plain mode's event lines against the timeline of \`show\`,"
	say " from the first line; the sleep loop is sleep-countdown.sh after a sleep 5)"
}

# ---------------------------------------------------------------- run them
want startup && bench_startup
want memory && bench_memory
want library && bench_library
want history && bench_history
# timing runs beside the screen's whole routine: two minutes instead of four
if want timing; then
	( ROWS=$B/rows-timing NOTES=$B/notes-timing; : >"$ROWS"; : >"$NOTES"; bench_timing ) &
	tpid=$!
fi
want screen && bench_screen
want figures && bench_figures
if [ -n "${tpid:-}" ]; then
	wait "$tpid"
	cat "$B/rows-timing" >>"$ROWS"; cat "$B/notes-timing" >>"$NOTES"
fi
LOAD1=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)

sh "$top_srcdir/tests/bench/history.sh" >>"$ROWS"	# history 100 000 / 1 000 000 records beside awk
# ---------------------------------------------------------------- the table
echo
echo "backcoach benchmark ($("$BACKCOACH" --version), $(uname -m), $(nproc) CPUs, $(date -u '+%Y-%m-%d %H:%M UTC'))"
echo "load average: $LOAD0 at the start, $LOAD1 at the end"
awk -F '\t' 'function num(s) { return s ~ /^-?[0-9.]+/ ? s + 0 : "" }
	BEGIN { w1 = length("metric"); w2 = length("backcoach"); w3 = length("anchor") }
	{ r[NR] = $0; if (length($1) > w1) w1 = length($1); if (length($2) > w2) w2 = length($2);
	  if (length($3) > w3) w3 = length($3) }
	END { f = "%-" w1 "s | %" w2 "s | %" w3 "s | %s\n"
		printf f, "metric", "backcoach", "anchor", "ratio"
		s = ""; for (i = 0; i < w1 + w2 + w3 + 16; i++) s = s "-"; print s
		for (i = 1; i <= NR; i++) { split(r[i], c, "\t"); a = num(c[2]); b = num(c[3])
			ratio = (a != "" && b != "" && a > 0 && b > 0) ? \
			    sprintf(a / b < 1 ? "%.2gx" : "%.1fx", a / b) : "-"
			printf f, c[1], c[2], c[3], ratio } }' "$ROWS"
[ -s "$NOTES" ] && { echo; cat "$NOTES"; }
echo "(cue latency and tick levels: make bench-cues)"
exit 0
