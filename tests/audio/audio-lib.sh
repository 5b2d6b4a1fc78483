# tests/audio/audio-lib.sh - helpers for the audio tests and the cue benchmark: a short
# routine, cue instants from plain-mode output, and sound levels of a recording.
# Source it after tests/lib.sh (or with TEST_TMP set).

# The sound events (cues.c's table): ready, paused, resumed and abandoned have none.
AUDIO_CUE_EVENTS='step-start|side-switch|rest-start|countdown|step-end|finished'

# audio_routine DIR: a routine "cue-test" of short steps, a cue every second:
# ready 1 s; Arm circles left 2 s, rest 1 s, right 2 s; Neck tilt 2 s.
audio_routine() {
	mkdir -p "$1"
	cat >"$1/cue-test.yaml" <<'YAML'
id: cue-test
title: Cue test
summary: Short steps for the audio tests.
areas: [upper-back]
kind: stretch
caution: For tests only.
steps:
  - name: Arm circles
    seconds: 2
    instructions: Circle the arms.
    sides: left-right
    rest: 1
  - name: Neck tilt
    seconds: 2
    instructions: Tilt the head.
YAML
}

# audio_instants PLAIN-OUTPUT: one line per cue instant, "OFFSET EVENT", where EVENT is the
# one that sounds (the highest priority of the events printed with the same offset).
audio_instants() {
	awk -F '\t' -v re="^($AUDIO_CUE_EVENTS)\$" '
	BEGIN { p["countdown"] = 1; p["step-end"] = 2; p["rest-start"] = 3
		p["step-start"] = 4; p["side-switch"] = 5; p["finished"] = 6 }
	$2 ~ re {
		if (!($1 in best)) { order[n++] = $1; best[$1] = $2 }
		else if (p[$2] > p[best[$1]]) best[$1] = $2
	}
	END { for (i = 0; i < n; i++) print order[i], best[order[i]] }' "$1"
}

# audio_envelope WAV OUT [WINDOW]: the peak level of every WINDOW s (default 0.005),
# "START PEAK" per line.
audio_envelope() {
	sox "$1" -t dat - | awk -v w="${3:-0.005}" '
	/^;/ { next }
	{ i = int($1 / w); v = $2 < 0 ? -$2 : $2
	  if (i != cur) { if (seen) printf "%.4f %.5f\n", cur * w, m; cur = i; m = 0; seen = 1 }
	  if (v > m) m = v }
	END { if (seen) printf "%.4f %.5f\n", cur * w, m }' >"$2"
}

# audio_onsets ENV THRESHOLD QUIET: times where the level rises above THRESHOLD after at
# least QUIET seconds at or below it.
audio_onsets() {
	awk -v thr="$2" -v q="$3" 'BEGIN { last = -1e9 }
	$2 > thr { if ($1 - last > q) print $1; last = $1 }' "$1"
}

# audio_peak ENV FROM TO: the highest level of the windows starting in [FROM, TO).
audio_peak() {
	awk -v a="$2" -v b="$3" 'BEGIN { m = 0 } $1 >= a - 1e-9 && $1 < b - 1e-9 && $2 > m { m = $2 }
	END { printf "%.5f\n", m }' "$1"
}

# audio_freq WAV FROM LEN [EFFECT...]: sox's rough frequency of that stretch of the
# recording (after the effects, e.g. "lowpass 700" to hear only the fundamental).
audio_freq() {
	_w=$1 _f=$2 _l=$3; shift 3
	sox "$_w" -n trim "$_f" "$_l" "$@" stat 2>&1 | awk '/Rough +frequency/ { print $3 }'
}

# awk arithmetic for the shell: calc EXPR
calc() { awk "BEGIN { print $1 }"; }
# ok if EXPR (awk) is true: is_true EXPR
is_true() { awk "BEGIN { exit !($1) }"; }
