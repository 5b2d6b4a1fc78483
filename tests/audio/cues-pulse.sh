#!/bin/sh
# cues-pulse.sh - cues heard in a real sound server: a private PulseAudio daemon with a null
# sink (tests/audio-sandbox.sh), its monitor recorded while cues play, the recording checked
# with sox: a sound for each cue event, within 250 ms of the least late one, the right sound for each, silence away
# from cues.  Part 1 plays every cue through the cue player alone (tests/audio/cue-play);
# part 2 runs a short routine in plain mode.  Skipped only when pulseaudio is not installed.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/audio/audio-lib.sh"
sandbox="$top_srcdir/tests/audio-sandbox.sh"
cueplay="$top_builddir/tests/audio/cue-play"

if ! command -v pulseaudio >/dev/null 2>&1; then
	skip "pulseaudio is not installed"
	done_testing
fi
for p in pactl parecord sox; do
	command -v $p >/dev/null 2>&1 || bail "pulseaudio is installed but $p is not (install pulseaudio-utils and sox)"
done
sb=$TEST_TMP/sb
trap 'sh "$sandbox" stop "$sb" >/dev/null 2>&1; rm -rf "$TEST_TMP"' EXIT

LOUD=0.02	# a cue's level in its first 100 ms is far above this (sounds peak at 0.35-0.7)
QUIET=0.003	# -50 dBFS: the null sink gives digital silence when nothing plays

# check_run NAME PLAIN-OUTPUT RECORDING: every assertion about one recorded run.
# The recording and the events have no common clock: each cue's onset is found near its
# event (a rise after 0.1 s of quiet, nearest to the first cue's alignment, within 0.5 s:
# cues are 1 s apart), the least late cue
# sets the alignment, and every other cue must sound within JITTER of it.  A cue that is
# missing, or a player that drifts (each cue later than the one before), fails; a loaded
# machine that delays one cue by a few tens of ms does not.
JITTER=0.25
check_run() {
	name=$1 out=$2 rec=$3
	audio_instants "$out" >"$TEST_TMP/instants"
	audio_envelope "$rec" "$TEST_TMP/env"
	n=$(wc -l <"$TEST_TMP/instants")
	ok $([ "$n" -ge 4 ]; echo $?) "$name: the run had cue events ($n instants)"
	first=$(audio_onsets "$TEST_TMP/env" $LOUD 0.1 | head -1)
	ok $([ -n "$first" ]; echo $?) "$name: the recording has sound"
	[ -n "$first" ] || return
	e1=$(head -1 "$TEST_TMP/instants" | cut -d' ' -f1)
	d0=$(calc "$first - $e1")
	# each instant's onset: the rise after quiet nearest to where it should be, within 0.5 s
	audio_onsets "$TEST_TMP/env" $LOUD 0.1 >"$TEST_TMP/rises"
	while read -r t ev; do
		on=$(awk -v w="$(calc "$t + $d0")" '{ x = $1 - w; if (x < 0) x = -x
			if (x < 0.5 && (!n++ || x < m)) { m = x; o = $1 } } END { if (n) print o }' "$TEST_TMP/rises")
		echo "$t $ev ${on:--}"
	done <"$TEST_TMP/instants" >"$TEST_TMP/onsets"
	d=$(awk '$3 != "-" { l = $3 - $1; if (!n++ || l < m) m = l } END { print m + 0 }' "$TEST_TMP/onsets")
	diag "$name: recording = event offset + $d s (the least late cue)"
	prev=
	while read -r t ev on; do
		if [ "$on" = - ]; then
			ok 1 "$name: sound for $ev at $t (none within 0.5 s)"
			continue
		fi
		late=$(calc "$on - $t - $d")
		peak=$(audio_peak "$TEST_TMP/env" "$on" "$(calc "$on + 0.1")")
		ok $(is_true "$late <= $JITTER && $peak > $LOUD"; echo $?) \
			"$name: sound for $ev at $t, $late s after the least late cue (at most $JITTER; peak $peak)"
		# which sound: measured from its own onset
		at=$on
		f=$(audio_freq "$rec" "$at" 0.08)
		# the low chimes by their fundamental alone (partials make the estimate wander)
		case $ev in step-start|finished|side-switch|rest-start)
			f=$(audio_freq "$rec" "$at" 0.08 lowpass 700) ;;
		esac
		tail=$(audio_peak "$TEST_TMP/env" "$(calc "$at + 0.45")" "$(calc "$at + 0.55")")
		case $ev in
		step-start)  lo=480 hi=700 want="tail < $QUIET" ;;
		finished)    lo=480 hi=700 want="tail > $LOUD / 4" ;;
		side-switch) lo=780 hi=960 want=1 ;;
		rest-start)  lo=190 hi=290 want=1 ;;
		countdown)   lo=1100 hi=1700 want=1
			tail=$(audio_peak "$TEST_TMP/env" "$(calc "$at + 0.2")" "$(calc "$at + 0.3")")
			want="tail < $QUIET" ;;
		step-end)    lo=1300 hi=2200 want=1
			tail=$(audio_peak "$TEST_TMP/env" "$(calc "$at + 0.2")" "$(calc "$at + 0.3")")
			want="tail > $QUIET" ;;
		esac
		ok $(is_true "$f >= $lo && $f <= $hi && $(echo "$want" | sed "s/tail/$tail/")"; echo $?) \
			"$name: $ev at $t is the $ev sound (about $f Hz, later level $tail)"
		# silence from the end of the one before (0.8 s after its onset) to this onset
		if [ -n "$prev" ] && is_true "$on - $prev >= 0.85"; then
			a=$(calc "$prev + 0.8") b=$(calc "$on - 0.02")
			peak=$(audio_peak "$TEST_TMP/env" "$a" "$b")
			ok $(is_true "$peak < $QUIET"; echo $?) "$name: silence between cues, $a-$b s (peak $peak)"
		fi
		prev=$on
	done <"$TEST_TMP/onsets"
	# and after the last cue has rung out
	a=$(calc "$prev + 0.8") b=$(calc "$prev + 1.2")
	peak=$(audio_peak "$TEST_TMP/env" "$a" "$b")
	ok $(is_true "$peak < $QUIET"; echo $?) "$name: silence after the last cue, $a-$b s (peak $peak)"
}

start_sandbox() {
	eval "$(sh "$sandbox" start "$sb")" || bail "the audio sandbox did not start"
	sh "$sandbox" record "$sb" "$sb/rec.wav" || bail "the recorder did not start"
}

# Part 1: every sound, one a second, through the cue player alone.  "step-end+step-start"
# are due at the same instant: only step-start may sound.
start_sandbox
# The first event once the player has connected and uploaded the sounds (-w): a loaded
# machine can take longer than a cue's 400 ms of freshness to connect, and the first cue
# then goes stale in the queue (and every sound seemed one cue off).
"$cueplay" -d "$top_srcdir/sounds" -w -g 1000 step-start side-switch rest-start countdown \
	step-end finished step-end+step-start >"$TEST_TMP/play.out" 2>"$TEST_TMP/play.err"
ok $? "cue-play ran"
sleep 0.3
sh "$sandbox" stop "$sb"
check_run cue-play "$TEST_TMP/play.out" "$sb/rec.wav"
ok $(! grep -q 'notice' "$TEST_TMP/play.err"; echo $?) "cue-play: no fallback notice"
cp "$sb/rec.wav" "$TEST_TMP/play.wav"

# Part 2: the real program in plain mode.  Its get-ready (3 s) gives the player the time
# a loaded machine needs to connect before the first cue.
audio_routine "$TEST_TMP/routines"
start_sandbox
"$BACKCOACH" --routines-dir "$TEST_TMP/routines" --plain --ready 3 --no-pain run cue-test \
	>"$TEST_TMP/plain.out" 2>"$TEST_TMP/plain.err"
ok $? "backcoach --plain run cue-test exits 0"
sleep 0.3
sh "$sandbox" stop "$sb"
diag "$(cat "$TEST_TMP/plain.out" "$TEST_TMP/plain.err")"
ok $(grep -q "finished" "$TEST_TMP/plain.out"; echo $?) "plain: the routine finished"
check_run plain "$TEST_TMP/plain.out" "$sb/rec.wav"
ok $(! grep -q 'terminal bell' "$TEST_TMP/plain.err"; echo $?) "plain: no fallback notice"
ok $(! grep -q 'ALSA lib' "$TEST_TMP/plain.err"; echo $?) "plain: no ALSA messages"

# Part 3: bell mode with the voice, closed right after "finished": espeak-ng speaks for
# itself there, and cue_close must let "well done" finish rather than kill it.
if command -v espeak-ng >/dev/null 2>&1; then
	start_sandbox
	"$cueplay" -b -v -d "$top_srcdir/sounds" -g 50 finished >/dev/null 2>"$TEST_TMP/bell.err"
	ok $? "cue-play -b -v ran"
	sleep 0.3
	sh "$sandbox" stop "$sb"
	close=$(sed -n 's/^close took \([0-9]*\) ms$/\1/p' "$TEST_TMP/bell.err")
	ok $([ -n "$close" ] && [ "$close" -le 2700 ]; echo $?) "bell voice: cue_close returned in ${close:-?} ms (at most ~2.5 s)"
	audio_envelope "$sb/rec.wav" "$TEST_TMP/bell.env" 0.01
	on=$(awk -v thr=$LOUD '$2 > thr { n++ } END { printf "%.2f", n * 0.01 }' "$TEST_TMP/bell.env")
	ok $(is_true "$on >= 0.3"; echo $?) "bell voice: 'well done' is heard to its end ($on s above $LOUD)"
else
	skip "espeak-ng is not installed: no bell-mode voice test"
fi
done_testing
