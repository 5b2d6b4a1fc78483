#!/bin/sh
# tests/remind/remind-sound.sh - the reminder's call is heard: a private
# PulseAudio server with a null sink (tests/audio-sandbox.sh), its monitor
# recorded while a reminder with a fast clock waits and then falls due.
# Silence while it waits, a cue (the step-start chime) when it is due.
. "$top_srcdir/tests/tui/tui-lib.sh"
. "$top_srcdir/tests/audio/audio-lib.sh"
sandbox="$top_srcdir/tests/audio-sandbox.sh"
if ! command -v pulseaudio >/dev/null 2>&1; then
	skip "pulseaudio is not installed"
	done_testing
fi
for p in pactl parecord sox; do
	command -v $p >/dev/null 2>&1 || bail "pulseaudio is installed but $p is not"
done
sb=$TEST_TMP/sb
trap 'tui_stop; sh "$sandbox" stop "$sb" >/dev/null 2>&1; rm -rf "$TEST_TMP"' EXIT
export XDG_RUNTIME_DIR=$TEST_TMP/run
mkdir -p "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
seen_log
unset DISPLAY WAYLAND_DISPLAY

eval "$(sh "$sandbox" start "$sb")" || bail "the sound server did not start"
sh "$sandbox" record "$sb" "$TEST_TMP/rec.wav" || bail "the recorder did not start"
t0=$(date +%s.%N)
# 6 fast minutes at 60x: due about 6 s after the start
tui_start 80 24 env PULSE_SERVER="$PULSE_SERVER" PULSE_COOKIE="$PULSE_COOKIE" \
    BACKCOACH_CLOCK_SCALE=60 $WRAP "$BACKCOACH" remind -d "$R" \
    --offer short-test --every 6m --sound
tui_wait 'Next break in' 5
ok $? "the reminder waits with sound on"
tui_wait 'Break due: Short test routine' 15
ok $? "the break falls due"
t1=$(date +%s.%N)
sleep 1.5
tui_keys q
wrap_status 5 >/dev/null
sh "$sandbox" stop "$sb" >/dev/null 2>&1
audio_envelope "$TEST_TMP/rec.wav" "$TEST_TMP/env"
due=$(calc "$t1 - $t0")
# the recording started just before t0: everything up to a second before
# the screen said "due" is the waiting time
quiet=$(audio_peak "$TEST_TMP/env" 0 "$(calc "$due - 1")")
ok $(is_true "$quiet < 0.003"; echo $?) "silence while it waits (peak $quiet up to $(calc "$due - 1") s)"
loud=$(audio_peak "$TEST_TMP/env" "$(calc "$due - 1")" "$(calc "$due + 1.5")")
ok $(is_true "$loud > 0.02"; echo $?) "a cue when the break is due (peak $loud near $due s)"
done_testing
