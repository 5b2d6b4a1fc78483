#!/bin/sh
# cue-latency.sh - how long from a cue event to its audible onset, in a private PulseAudio
# server (tests/audio-sandbox.sh).  Not a pass/fail test: prints a table.
#
# The recording is put on the wall clock by sampling its size while it grows: at each
# sample, sample-0 started at most (now - samples/rate) ago; the smallest such estimate is
# the best.  The capture path's own delay (the monitor source, ~10 ms) is therefore counted
# in the latency: the figures are an upper bound.  Onsets: first 1 ms window above 0.02.
#   cue-play: events sent straight to the cue player (tests/audio/cue-play), timestamped
#             by it; every sound kind, one a second.
#   plain:    `backcoach --plain` running a routine; its offsets are put on the wall clock
#             from the time the shell started it, so start-up (a few ms) is counted too.
# Needs: pulseaudio, pulseaudio-utils, sox; environment as make bench sets it.
set -u
: "${top_srcdir:?}" "${top_builddir:?}" "${BACKCOACH:?}"
. "$top_srcdir/tests/audio/audio-lib.sh"
sandbox="$top_srcdir/tests/audio-sandbox.sh"
cueplay="$top_builddir/tests/audio/cue-play"
for p in pulseaudio parecord sox; do
	command -v $p >/dev/null 2>&1 || { echo "cue-latency: $p is not installed; skipped"; exit 0; }
done
TEST_TMP=$(mktemp -d "${TMPDIR:-/tmp}/bc-bench.XXXXXX")
export HOME="$TEST_TMP/home" XDG_CONFIG_HOME="$TEST_TMP/home/.config" \
	XDG_STATE_HOME="$TEST_TMP/home/.local/state"
mkdir -p "$HOME"
sb=$TEST_TMP/sb
sampler=
trap '[ -n "$sampler" ] && kill $sampler 2>/dev/null; sh "$sandbox" stop "$sb" >/dev/null 2>&1; [ -n "${KEEP:-}" ] || rm -rf "$TEST_TMP"' EXIT
now_ns() { date +%s%N; }

# record_run NAME COMMAND...: run it while recording; leaves $TEST_TMP/NAME.{out,wav,rec0}
record_run() {
	name=$1; shift
	eval "$(sh "$sandbox" start "$sb")" || exit 1
	sh "$sandbox" record "$sb" "$sb/rec.wav" || exit 1
	( while :; do
		a=$(now_ns); s=$(stat -c %s "$sb/rec.wav"); b=$(now_ns)
		echo "$(( (a + b) / 2000 )) $s"	# microseconds, bytes
		sleep 0.01
	done ) >"$TEST_TMP/$name.sizes" &
	sampler=$!
	echo "$(( $(now_ns) / 1000000 ))" >"$TEST_TMP/$name.t0"
	"$@" >"$TEST_TMP/$name.out" 2>"$TEST_TMP/$name.err"
	sleep 0.5
	kill $sampler; wait $sampler 2>/dev/null; sampler=
	sh "$sandbox" stop "$sb"
	cp "$sb/rec.wav" "$TEST_TMP/$name.wav"
	# bytes before the samples: the file's size minus its samples
	total=$(stat -c %s "$TEST_TMP/$name.wav")
	samples=$(soxi -s "$TEST_TMP/$name.wav")
	rate=$(soxi -r "$TEST_TMP/$name.wav")
	hdr=$((total - samples * 2))
	# wall-clock ms of sample 0: the smallest "now - recorded length" seen
	awk -v h="$hdr" -v r="$rate" '$2 > h + 4096 { e = $1 / 1000 - ($2 - h) / 2 / r * 1000
		if (!n++ || e < m) m = e } END { printf "%.1f\n", m }' \
		"$TEST_TMP/$name.sizes" >"$TEST_TMP/$name.rec0"
}

# latencies NAME WALL-MS-OF-EACH-EVENT-FILE: "EVENT LATENCY-MS" per cue
latencies() {
	audio_envelope "$TEST_TMP/$1.wav" "$TEST_TMP/$1.env" 0.001
	audio_onsets "$TEST_TMP/$1.env" 0.02 0.15 >"$TEST_TMP/$1.onsets"
	rec0=$(cat "$TEST_TMP/$1.rec0")
	while read -r wall ev; do
		at=$(calc "($wall - $rec0) / 1000")
		on=$(awk -v a="$at" '$1 >= a - 0.02 { print; exit }' "$TEST_TMP/$1.onsets")
		if [ -n "$on" ]; then echo "$ev $(calc "($on - $at) * 1000")"; else echo "$ev none"; fi
	done <"$2"
}

table() {
	printf '%-10s %-12s %5s %8s %8s %8s\n' "$1" event n "median" "worst" "best"
	awk '$2 != "none" { v[$1] = v[$1] " " $2; all = all " " $2 } $2 == "none" { miss[$1]++ }
	function stats(s, name,   a, n, i, j, t) {
		n = split(s, a, " ")
		for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
		printf "%-10s %-12s %5d %6.1f ms %5.1f ms %5.1f ms\n", "", name, n,
			n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2, a[n], a[1]
	}
	END { for (e in v) stats(v[e], e); stats(all, "all")
		for (e in miss) printf "%-10s %-12s %5d missed (no onset found)\n", "", e, miss[e] }'
}

# cue-play: each sound kind twice, one a second
record_run cue-play "$cueplay" -d "$top_srcdir/sounds" -g 1000 step-start countdown \
	side-switch countdown rest-start countdown step-end countdown finished \
	step-start countdown side-switch rest-start step-end finished
awk -F '\t' '{ print $3, $2 }' "$TEST_TMP/cue-play.out" >"$TEST_TMP/cue-play.events"
latencies cue-play "$TEST_TMP/cue-play.events" >"$TEST_TMP/cue-play.lat"

# plain: a routine with a cue every second
audio_routine "$TEST_TMP/routines"
record_run plain "$BACKCOACH" --routines-dir "$TEST_TMP/routines" --plain --ready 1 \
	--no-pain run cue-test
t0=$(cat "$TEST_TMP/plain.t0")
audio_instants "$TEST_TMP/plain.out" | awk -v t0="$t0" '{ printf "%.1f %s\n", t0 + $1 * 1000, $2 }' \
	>"$TEST_TMP/plain.events"
latencies plain "$TEST_TMP/plain.events" >"$TEST_TMP/plain.lat"

echo "cue latency: event to audible onset (threshold 0.02), private PulseAudio null sink"
table cue-play <"$TEST_TMP/cue-play.lat"
if [ -s "$TEST_TMP/plain.lat" ]; then
	table plain <"$TEST_TMP/plain.lat"
else
	echo "plain      (no events: $(head -c 200 "$TEST_TMP/plain.err"))"
fi
