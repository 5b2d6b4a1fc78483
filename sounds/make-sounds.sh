#!/bin/sh
# make-sounds.sh - generate backcoach's cue sounds with sox synthesis.
#
#   sh sounds/make-sounds.sh [OUTDIR]      (default: the directory of this script)
#
# The generated files are committed, so building never needs sox; run this only to change
# a sound.  Output: 44.1 kHz, mono, 16-bit signed PCM WAV (libcanberra refuses sox's default
# 32-bit WAV).  Every sound is 0.15-0.8 s and has its own shape, so that a person with eyes
# closed can tell them apart:
#   step-start   rising two-note chime (C5 -> G5): "next exercise"
#   side-switch  falling "ding-dong" on a different, marimba-like timbre (A5 -> D5), twice
#                as slow to speak: "other side"
#   rest-start   soft low hum (A3) with a slow swell: "relax"
#   countdown    short woodblock-like tick
#   step-end     one bell strike (E6 with an inharmonic partial)
#   complete     four-note ascending arpeggio (C5 E5 G5 C6), last note held: "done"
# Every file starts with LEAD s of digital silence.  PulseAudio sometimes drops the first
# ~10 ms of a sound that starts on an idle stream (seen: 4-12 of 24 countdown ticks peaked
# at 0.13 instead of 0.50, the attack gone); with the lead-in that lost stretch is silence,
# and every tick sounds the same, for ~15 ms more latency (well under the 50 ms budget).
set -eu
out=${1:-$(dirname "$0")}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bc-sounds.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
# -R: repeatable noise (the same files every run); -D: no dither, so silent tails are silent
fmt="-R -D -r 44100 -c 1 -b 16 -e signed-integer"
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
LEAD=0.015

# tone OUT LEN FREQ: a bell-like note: fundamental, octave and a soft inharmonic
# partial, an 8 ms attack (shorter ones click) and a logarithmic decay
tone() {
	sox $fmt -n "$tmp/a.wav" synth "$2" sine "$3" fade h 0.008 fade l 0 "$2" "$2"
	sox $fmt -n "$tmp/b.wav" synth "$2" sine "$(calc "$3 * 2")" fade h 0.008 fade l 0 "$2" "$2"
	sox $fmt -n "$tmp/c.wav" synth "$2" sine "$(calc "$3 * 2.76")" fade h 0.008 fade l 0 "$(calc "$2 / 3")" "$(calc "$2 / 3")" pad 0 "$(calc "$2 - $2 / 3")"
	sox $fmt -m -v 0.6 "$tmp/a.wav" -v 0.25 "$tmp/b.wav" -v 0.15 "$tmp/c.wav" "$1"
}
# mallet OUT LEN FREQ: a marimba-like note: fundamental and the 4th partial, quick decay
mallet() {
	sox $fmt -n "$tmp/a.wav" synth "$2" sine "$3" fade h 0.005 fade q 0 "$2" "$2"
	sox $fmt -n "$tmp/b.wav" synth "$2" sine "$(calc "$3 * 4")" fade h 0.005 fade l 0 0.06 0.06 pad 0 "$(calc "$2 - 0.06")"
	sox $fmt -m -v 0.75 "$tmp/a.wav" -v 0.25 "$tmp/b.wav" "$1"
}
# seq OUT GAP NOTE...: the notes one after the other, each starting GAP s after the last
seq_notes() {
	o=$1 gap=$2; shift 2
	i=0 ins=
	for n in "$@"; do
		sox $fmt "$n" "$tmp/s$i.wav" pad "$(calc "$i * $gap")" 0
		ins="$ins $tmp/s$i.wav"; i=$((i + 1))
	done
	if [ $i -eq 1 ]; then cp "$tmp/s0.wav" "$o"; else sox $fmt -m $ins "$o"; fi
}
# finish IN OUT DB: normalise to DB dBFS, trim to where it really ends, add the lead-in
finish() {
	sox $fmt "$1" "$2" gain -n "$3" reverse silence 1 0.001 -70d reverse pad "$LEAD" 0
}

# step-start: C5 then G5, rising
tone "$tmp/n1.wav" 0.30 523.25
tone "$tmp/n2.wav" 0.40 783.99
seq_notes "$tmp/step-start.wav" 0.14 "$tmp/n1.wav" "$tmp/n2.wav"
finish "$tmp/step-start.wav" "$out/step-start.wav" -3

# side-switch: A5 then D5, falling, marimba timbre, slower
mallet "$tmp/n1.wav" 0.30 880
mallet "$tmp/n2.wav" 0.45 587.33
seq_notes "$tmp/side-switch.wav" 0.24 "$tmp/n1.wav" "$tmp/n2.wav"
finish "$tmp/side-switch.wav" "$out/side-switch.wav" -3

# rest-start: a soft low A3 with its octave, slow swell and fade
sox $fmt -n "$tmp/a.wav" synth 0.7 sine 220 fade h 0.12 0.7 0.4
sox $fmt -n "$tmp/b.wav" synth 0.7 sine 440 fade h 0.12 0.7 0.4
sox $fmt -m -v 0.8 "$tmp/a.wav" -v 0.2 "$tmp/b.wav" "$tmp/rest-start.wav"
finish "$tmp/rest-start.wav" "$out/rest-start.wav" -9

# countdown: woodblock-like tick: a short high tone and a click of band-passed noise
sox $fmt -n "$tmp/a.wav" synth 0.15 sine 1250 fade l 0.001 0.08 0.079 pad 0 0.07
sox $fmt -n "$tmp/b.wav" synth 0.15 pinknoise fade l 0 0.015 0.015 pad 0 0.135 sinc 800-3000
sox $fmt -m -v 0.8 "$tmp/a.wav" -v 0.4 "$tmp/b.wav" "$tmp/countdown.wav"
sox $fmt "$tmp/countdown.wav" "$out/countdown.wav" gain -n -6 trim 0 0.15 pad "$LEAD" 0

# step-end: one bell strike on E6
tone "$tmp/step-end.wav" 0.6 1318.51
finish "$tmp/step-end.wav" "$out/step-end.wav" -5

# complete: C5 E5 G5 C6, the last one held
tone "$tmp/n1.wav" 0.25 523.25
tone "$tmp/n2.wav" 0.25 659.25
tone "$tmp/n3.wav" 0.25 783.99
tone "$tmp/n4.wav" 0.45 1046.50
seq_notes "$tmp/complete.wav" 0.11 "$tmp/n1.wav" "$tmp/n2.wav" "$tmp/n3.wav" "$tmp/n4.wav"
finish "$tmp/complete.wav" "$out/complete.wav" -3
