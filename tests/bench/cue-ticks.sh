#!/bin/sh
# cue-ticks.sh - are all cues equally loud?  N countdown ticks (default 24, GAP ms apart,
# default 400) through the cue player in a private PulseAudio server, recorded from the null
# sink's monitor; prints the peak of each tick (its first 150 ms from its onset, 1 ms
# windows, onset threshold 0.005) and a summary.  The file peaks at 0.50; a tick whose
# attack was cut peaks near 0.13.  Not a pass/fail test.
# Needs: pulseaudio, pulseaudio-utils, sox; top_srcdir and top_builddir (make bench-cues).
set -u
: "${top_srcdir:?}" "${top_builddir:?}"
. "$top_srcdir/tests/audio/audio-lib.sh"
sandbox="$top_srcdir/tests/audio-sandbox.sh"
for p in pulseaudio parecord sox; do
	command -v $p >/dev/null 2>&1 || { echo "cue-ticks: $p is not installed; skipped"; exit 0; }
done
n=${TICKS:-24} gap=${GAP:-400} sounds=${SOUNDS:-$top_srcdir/sounds}
TEST_TMP=$(mktemp -d "${TMPDIR:-/tmp}/bc-ticks.XXXXXX")
sb=$TEST_TMP/sb
trap 'sh "$sandbox" stop "$sb" >/dev/null 2>&1; rm -rf "$TEST_TMP"' EXIT
eval "$(sh "$sandbox" start "$sb")" || exit 1
sh "$sandbox" record "$sb" "$sb/rec.wav" || exit 1
set --
i=0; while [ $i -lt "$n" ]; do set -- "$@" countdown; i=$((i + 1)); done
"$top_builddir/tests/audio/cue-play" -d "$sounds" -g "$gap" "$@" >/dev/null 2>&1
sleep 0.3
sh "$sandbox" stop "$sb"
audio_envelope "$sb/rec.wav" "$TEST_TMP/env" 0.001
audio_onsets "$TEST_TMP/env" 0.005 0.1 >"$TEST_TMP/onsets"
echo "cue ticks: $n countdown ticks $gap ms apart, peak of each (file peak 0.50)"
while read -r t; do
	echo "$t $(audio_peak "$TEST_TMP/env" "$t" "$(calc "$t + 0.15")")"
done <"$TEST_TMP/onsets" | awk '{ printf "  onset %7.3f s  peak %.3f\n", $1, $2
	n++; s += $2; if (!min || $2 < min) min = $2; if ($2 > max) max = $2; if ($2 < 0.4) low++ }
	END { printf "ticks heard %d, peak min %.3f max %.3f mean %.3f, below 0.40: %d\n",
		n, min, max, n ? s / n : 0, low }'
