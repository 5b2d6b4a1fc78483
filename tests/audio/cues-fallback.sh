#!/bin/sh
# cues-fallback.sh - no sound server at all: PULSE_SERVER names a socket that does not exist.
# The routine runs to its end on time, every cue rings the terminal bell instead (one BEL
# per cue instant), the user is told once, and no "ALSA lib" text reaches the terminal.
# The program runs under script(1), so that it has a terminal and its bytes are kept.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/audio/audio-lib.sh"
cueplay="$top_builddir/tests/audio/cue-play"
export PULSE_SERVER="unix:$TEST_TMP/no-such-server"
unset PULSE_COOKIE PULSE_RUNTIME_PATH
export XDG_RUNTIME_DIR="$TEST_TMP/run"	# no user server to find either
mkdir -m 700 -p "$XDG_RUNTIME_DIR"

bels() { tr -cd '\007' <"$1" | wc -c; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Part 1: the cue player alone; the driver's bell writes BEL to its stdout.  The events
# start once the player has given up on sound (-w), so every cue is the bell's: a cue sent
# while it still connects goes stale on a loaded machine and is dropped, as a late sound is.
"$cueplay" -d "$top_srcdir/sounds" -w -g 300 step-start side-switch rest-start countdown \
	step-end+step-start finished >"$TEST_TMP/play.out" 2>"$TEST_TMP/play.err"
ok $? "cue-play ran"
tr -d '\007' <"$TEST_TMP/play.out" >"$TEST_TMP/play.lines"
audio_instants "$TEST_TMP/play.lines" >"$TEST_TMP/play.instants"
n=$(wc -l <"$TEST_TMP/play.instants") b=$(bels "$TEST_TMP/play.out")
ok $([ "$n" -eq 6 ] && [ "$b" -eq "$n" ]; echo $?) "cue-play: one bell per cue instant ($b bells, $n instants)"
ok $([ "$(grep -c 'terminal bell' "$TEST_TMP/play.err")" -eq 1 ]; echo $?) "cue-play: the user is told once"
ok $(! grep -q 'ALSA lib' "$TEST_TMP/play.err"; echo $?) "cue-play: no ALSA messages"

# Part 2: the real program in plain mode, in a terminal.
audio_routine "$TEST_TMP/routines"
t0=$(now_ms)
script -qefc "'$BACKCOACH' --routines-dir '$TEST_TMP/routines' --plain --ready 1 --no-pain \
	run cue-test 2>'$TEST_TMP/plain.err'" "$TEST_TMP/typescript" </dev/null >/dev/null 2>&1
st=$?
t1=$(now_ms)
tr -d '\r' <"$TEST_TMP/typescript" | tr -d '\007' | grep -P '^\d+\.\d{3}\t' >"$TEST_TMP/plain.out"
diag "$(cat "$TEST_TMP/plain.out" "$TEST_TMP/plain.err")"
ok $st "backcoach --plain run exits 0 with no sound server"
fin=$(awk -F '\t' '$2 == "finished" { print $1 }' "$TEST_TMP/plain.out")
ok $([ -n "$fin" ] && is_true "$fin >= 7.7 && $fin <= 8.3"; echo $?) \
	"plain: the routine finished on time (at ${fin:-never}, planned 8.000)"
ok $(is_true "$t1 - $t0 < 9500"; echo $?) "plain: the program ended soon after ($((t1 - t0)) ms in all)"
audio_instants "$TEST_TMP/plain.out" >"$TEST_TMP/plain.instants"
n=$(wc -l <"$TEST_TMP/plain.instants") b=$(bels "$TEST_TMP/typescript")
ok $([ "$n" -ge 4 ] && [ "$b" -eq "$n" ]; echo $?) "plain: one bell per cue instant ($b bells, $n instants)"
ok $([ "$(grep -c 'cannot play sounds here' "$TEST_TMP/plain.err")" -eq 1 ]; echo $?) "plain: the user is told once"
# how to get sound: the package, the server, --bell; said once on this machine
grep -q 'libcanberra-pulse' "$TEST_TMP/plain.err" && grep -q 'PulseAudio' "$TEST_TMP/plain.err" &&
	grep -q 'PipeWire' "$TEST_TMP/plain.err" && grep -q -- '--bell' "$TEST_TMP/plain.err"
ok $? "plain: says how to get sound (libcanberra-pulse, a sound server, --bell)"
mark=$XDG_STATE_HOME/backcoach/sound-hint-shown
ok $([ -f "$mark" ]; echo $?) "plain: the hint leaves its mark in the state dir"
# a second run: the notice again, the hint not (it ends by a q line after 1 s)
(sleep 1; echo q) | "$BACKCOACH" --routines-dir "$TEST_TMP/routines" --plain --ready 1 --no-pain \
	run cue-test >"$TEST_TMP/again.out" 2>"$TEST_TMP/again.err"
ok $? "a second run ended by 'q' exits 0"
grep -q 'abandoned' "$TEST_TMP/again.out" && grep -q 'cannot play sounds here' "$TEST_TMP/again.err" &&
	! grep -q 'libcanberra-pulse' "$TEST_TMP/again.err"
ok $? "the second run says there is no sound, not how to get it again"
ok $(! grep -q 'ALSA lib' "$TEST_TMP/plain.err" "$TEST_TMP/typescript"; echo $?) "plain: no ALSA messages"

# Part 3: bell mode lets the last voice line finish, but not a stuck espeak-ng: this one
# ignores SIGTERM and never ends; cue_close must give up on it after ~2.5 s.
mkdir -p "$TEST_TMP/bin"
printf '#!/bin/sh\ntrap "" TERM\nsleep 30 &\nwait\nwait\n' >"$TEST_TMP/bin/espeak-ng"
chmod +x "$TEST_TMP/bin/espeak-ng"
PATH="$TEST_TMP/bin:$PATH" "$cueplay" -b -v -d "$top_srcdir/sounds" -g 50 finished \
	>/dev/null 2>"$TEST_TMP/stuck.err"
ok $? "cue-play -b -v ran with a stuck espeak-ng"
close=$(sed -n 's/^close took \([0-9]*\) ms$/\1/p' "$TEST_TMP/stuck.err")
ok $([ -n "$close" ] && [ "$close" -ge 2000 ] && [ "$close" -le 3000 ]; echo $?) \
	"stuck voice: cue_close waited for it, then gave up (${close:-?} ms, ~2500 planned)"
# Part 4: --no-sound --voice is the voice alone (no bell), at --volume's loudness: a fake
# espeak-ng writes down what it is asked to say.
printf '#!/bin/sh\necho "$@" >>"%s"\n' "$TEST_TMP/said" >"$TEST_TMP/bin/espeak-ng"
# VSCALE: a newer line stops one not yet spoken, so the first line ("..., left side", 3 s
# before "right side") must be written by then: 1.5 s at this scale, where at 20 (150 ms)
# a loaded machine's fake espeak-ng was stopped before it started.
VSCALE=2
BACKCOACH_CLOCK_SCALE=$VSCALE PATH="$TEST_TMP/bin:$PATH" "$BACKCOACH" --routines-dir "$TEST_TMP/routines" \
	--plain --ready 1 --no-pain --no-sound --voice --volume 40 run cue-test \
	</dev/null >"$TEST_TMP/voice.out" 2>"$TEST_TMP/voice.err"
ok $? "--no-sound --voice: exits 0"
diag "$(cat "$TEST_TMP/said" 2>/dev/null)"
grep -qx -- '-a 40 -- Arm circles, left side' "$TEST_TMP/said" && grep -qx -- '-a 40 -- well done' "$TEST_TMP/said"
ok $? "--no-sound --voice: the voice speaks, at --volume 40"
[ "$(bels "$TEST_TMP/voice.out")" -eq 0 ] && ! grep -q 'terminal bell' "$TEST_TMP/voice.err"
ok $? "--no-sound --voice: no bell, no notice about sound"
! grep -q -- '-v ' "$TEST_TMP/said"
ok $? "--no-sound --voice: espeak-ng's default voice (no -v) for English"

# Part 5: the voice speaks the language of the messages.  A fake espeak-ng lists a German
# voice for --voices=de when FAKE_ESPEAK_DE is set (as the real one does), and writes down
# what it is asked to say; the routine has German words (DIR/de/cue-test.yaml).
cat >"$TEST_TMP/bin/espeak-ng" <<EOF
#!/bin/sh
case "\$1" in
--voices=*)
	echo "\$1" >>"$TEST_TMP/voices-asked"
	echo 'Pty Language       Age/Gender VoiceName          File                 Other Languages'
	[ -n "\$FAKE_ESPEAK_DE" ] && [ "\$1" = --voices=de ] &&
		echo ' 5  de              --/M      German             gmw/de'
	exit 0 ;;
esac
echo "\$@" >>"$TEST_TMP/said"
EOF
mkdir -p "$TEST_TMP/routines/de"
cat >"$TEST_TMP/routines/de/cue-test.yaml" <<'YAML'
title: Signaltest
steps:
  - name: Armkreisen
    instructions: Kreisen Sie die Arme.
  - name: Kopf neigen
    instructions: Neigen Sie den Kopf.
YAML
# say_de [ENV=VALUE...]: a German run with the voice alone; what it said in said
say_de() {
	rm -f "$TEST_TMP/said" "$TEST_TMP/voices-asked"
	env "$@" LANGUAGE=de LC_ALL=de_DE.UTF-8 BACKCOACH_CLOCK_SCALE=$VSCALE PATH="$TEST_TMP/bin:$PATH" \
		"$BACKCOACH" --routines-dir "$TEST_TMP/routines" --plain --ready 1 --no-pain \
		--no-sound --voice --volume 40 run cue-test </dev/null >"$TEST_TMP/say.out" 2>"$TEST_TMP/say.err"
}
de_well_done=$(TEXTDOMAINDIR="$top_builddir/po/locale" LANGUAGE=de LC_ALL=de_DE.UTF-8 \
	gettext backcoach 'well done' 2>/dev/null)
if ! LC_ALL=de_DE.UTF-8 locale charmap 2>/dev/null | grep -q UTF-8; then
	skip "the de_DE.UTF-8 locale is not installed: no German voice test"
elif [ "$de_well_done" != "gut gemacht" ]; then
	skip "the build's German catalog lacks the voice's words (po/de-runner.po not merged yet)"
else
	say_de FAKE_ESPEAK_DE=1
	ok $? "German, espeak-ng with a German voice: exits 0"
	diag "$(cat "$TEST_TMP/said" 2>/dev/null)"
	grep -qx -- '-a 40 -v de -- Armkreisen, linke Seite' "$TEST_TMP/said" &&
		grep -qx -- '-a 40 -v de -- gut gemacht' "$TEST_TMP/said" &&
		! grep -v -- '^-a 40 -v de -- ' "$TEST_TMP/said" | grep -q .
	ok $? "German: the voice says German words and step names, every line with -v de"
	grep -qx -- '--voices=de' "$TEST_TMP/voices-asked"
	ok $? "German: espeak-ng was asked whether it has a German voice"
	# the event lines stay English (an interface for scripts); the routine line is German
	grep -qP '^\d+\.\d{3}\tstep-start\t1\tArmkreisen\tleft\t2s$' "$TEST_TMP/say.out" &&
		grep -qP '\tfinished\t2\tKopf neigen\t-\t2/2 steps$' "$TEST_TMP/say.out" &&
		grep -qP '^0\.000\troutine\t0\tSignaltest\t-\t.*, 2 Schritte$' "$TEST_TMP/say.out"
	ok $? "German plain mode: English event words and details, German words in the routine line"
	say_de FAKE_ESPEAK_DE=
	ok $? "German, espeak-ng without a German voice: exits 0"
	grep -qx -- '-a 40 -- Armkreisen, linke Seite' "$TEST_TMP/said" &&
		grep -qx -- '-a 40 -- gut gemacht' "$TEST_TMP/said" && ! grep -q -- '-v ' "$TEST_TMP/said"
	ok $? "German without a German voice: German words in espeak-ng's default voice (no -v)"
fi
# C.UTF-8 (and no LANGUAGE): English, and espeak-ng's voices are never asked for
rm -f "$TEST_TMP/said" "$TEST_TMP/voices-asked"
env -u LANGUAGE FAKE_ESPEAK_DE=1 LC_ALL=C.UTF-8 BACKCOACH_CLOCK_SCALE=$VSCALE PATH="$TEST_TMP/bin:$PATH" \
	"$BACKCOACH" --routines-dir "$TEST_TMP/routines" --plain --ready 1 --no-pain \
	--no-sound --voice --volume 40 run cue-test </dev/null >"$TEST_TMP/say.out" 2>"$TEST_TMP/say.err"
ok $? "C.UTF-8: exits 0"
diag "$(cat "$TEST_TMP/said" 2>/dev/null)"
grep -qx -- '-a 40 -- Arm circles, left side' "$TEST_TMP/said" &&
	grep -qx -- '-a 40 -- well done' "$TEST_TMP/said" && ! grep -q -- '-v ' "$TEST_TMP/said" &&
	[ ! -e "$TEST_TMP/voices-asked" ]
ok $? "C.UTF-8: English words in the default voice, no voice list asked for"
done_testing
