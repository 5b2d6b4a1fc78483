#!/bin/sh
# cues-frozen.sh - a sound server that accepts connections but never answers (pulseaudio
# under SIGSTOP: libcanberra's calls then block for 30 s each).  The routine must still end
# on time (+-300 ms) and the program must exit soon after: the cue player notices its stuck
# worker, falls back to the bell, and does not wait for it on close.  A correctness test,
# not a performance one.  Skipped only when pulseaudio is not installed.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/audio/audio-lib.sh"
sandbox="$top_srcdir/tests/audio-sandbox.sh"
cueplay="$top_builddir/tests/audio/cue-play"

if ! command -v pulseaudio >/dev/null 2>&1; then
	skip "pulseaudio is not installed"
	done_testing
fi
sb=$TEST_TMP/sb
pid=
cleanup() {
	[ -n "$pid" ] && kill -CONT "$pid" 2>/dev/null
	sh "$sandbox" stop "$sb" >/dev/null 2>&1
	rm -rf "$TEST_TMP"
}
trap cleanup EXIT
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

eval "$(sh "$sandbox" start "$sb")" || bail "the audio sandbox did not start"
pid=$(cat "$sb/run/pulse/pid")
kill -STOP "$pid" || bail "cannot stop the sound server"

# Part 1: the cue player alone: events go on, close returns at once.
t0=$(now_ms)
# (a second apart: the worker counts as stuck after 3 s in one call)
"$cueplay" -d "$top_srcdir/sounds" -g 1000 step-start side-switch rest-start countdown \
	step-end+step-start finished >"$TEST_TMP/play.out" 2>"$TEST_TMP/play.err"
st=$?
t1=$(now_ms)
diag "$(cat "$TEST_TMP/play.err")"
ok $st "cue-play ran"
# on time by its own clock: the last event (at 5000) was not held up by the stuck worker
last=$(tr -d '\007' <"$TEST_TMP/play.out" | awk -F '\t' 'END { print $1 }')
ok $([ -n "$last" ] && is_true "$last >= 5.0 && $last <= 5.5"; echo $?) \
	"cue-play: the last event at ${last:-never} s (5.000 planned)"
# in real time: a loaded machine's start-up on top, but far less than one blocked
# libcanberra call (30 s)
ok $(is_true "$t1 - $t0 < 6000 + 9000"; echo $?) "cue-play: done in $((t1 - t0)) ms (6000 planned)"
close=$(sed -n 's/^close took \([0-9]*\) ms$/\1/p' "$TEST_TMP/play.err")
ok $([ -n "$close" ] && [ "$close" -le 400 ]; echo $?) "cue-play: cue_close returned in ${close:-?} ms"
ok $(grep -q 'stopped answering' "$TEST_TMP/play.err"; echo $?) "cue-play: the user is told the server does not answer"
ok $(tr -cd '\007' <"$TEST_TMP/play.out" | grep -q .; echo $?) "cue-play: the bell took over"

# Part 2: the real program in plain mode.
audio_routine "$TEST_TMP/routines"
t0=$(now_ms)
"$BACKCOACH" --routines-dir "$TEST_TMP/routines" --plain --ready 1 --no-pain run cue-test \
	>"$TEST_TMP/plain.out" 2>"$TEST_TMP/plain.err"
st=$?
t1=$(now_ms)
diag "$(cat "$TEST_TMP/plain.out" "$TEST_TMP/plain.err")"
ok $st "backcoach --plain run exits 0 with a frozen server"
fin=$(awk -F '\t' '$2 == "finished" { print $1 }' "$TEST_TMP/plain.out")
ok $([ -n "$fin" ] && is_true "$fin >= 7.7 && $fin <= 8.3"; echo $?) \
	"plain: the routine finished on time (at ${fin:-never}, planned 8.000)"
# 8 s of routine, plain mode's 600 ms for the last cue, at most ~200 ms to leave the worker,
# and a loaded machine's start-up and exit: far less than waiting on the stuck worker (30 s)
ok $(is_true "$t1 - $t0 < 8000 + 600 + 300 + 9000"; echo $?) "plain: the program ended soon after ($((t1 - t0)) ms in all)"
ok $([ "$(grep -c 'terminal bell' "$TEST_TMP/plain.err")" -eq 1 ]; echo $?) "plain: the user is told once"
ok $(! grep -q 'ALSA lib' "$TEST_TMP/plain.err"; echo $?) "plain: no ALSA messages"
done_testing
