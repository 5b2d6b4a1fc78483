#!/bin/sh
# The run screen and the window's size: instructions wrapped at about 76
# columns and centred in a big window; a window too small to show the run
# pauses it, and it stays paused (Space resumes) once it is big enough.
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log

tui_start 120 40 "$BACKCOACH" -d "$R" --no-sound --ready 0 --no-pain run long-test
tui_wait 'Long hold - LEFT side' 5; ok $? "120x40: the step"
tui_screen | grep -qE '^ {15,}Hold the stretch'; ok $? "120x40: the instructions are centred"
! tui_screen | grep -q 'lower ribs while the shoulders stay soft'; ok $? "120x40: wrapped, not one 86-column line"
w=$(tui_screen | grep -E 'Hold the stretch|stay soft' | sed 's/^ *//' | awk '{ if (length > m) m = length } END { print m + 0 }')
[ "$w" -gt 0 ] && [ "$w" -le 76 ]; ok $? "120x40: no instruction line over 76 columns (longest $w)"

tui_resize 80 24
tui_wait '^  Hold the stretch' 3; ok $? "80x24: the instructions start at column 2 as before"
left=$(secs_left)
tui_resize 30 10
tui_wait 'terminal too small' 3; ok $? "30x10: too small"
tui_screen | grep -q 'paused'; ok $? "30x10: it says the run is paused"
sleep 2
tui_keys Space
sleep 0.5
tui_resize 80 24
tui_wait 'Long hold - LEFT side' 3; ok $? "80x24 again: the run is back"
tui_screen | grep -q 'PAUSED'; ok $? "paused, and Space while too small did not resume it"
now=$(secs_left)
[ "$now" -ge $((left - 1)) ]; ok $? "the time did not run while too small (${left}s -> ${now}s)"
tui_keys Space
n=0; while [ "$n" -lt 40 ] && tui_screen | grep -q 'PAUSED'; do sleep 0.05; n=$((n + 1)); done
! tui_screen | grep -q 'PAUSED'; ok $? "Space resumes"
n=0; while [ "$n" -lt 60 ] && [ "$(secs_left)" = "$now" ]; do sleep 0.05; n=$((n + 1)); done
[ "$(secs_left)" != "$now" ]; ok $? "and the countdown goes on"

# A box that paused the run does not resume it when the window was too small.
tui_keys '?'
tui_wait 'Keys: run' 3
tui_resize 30 10
tui_wait 'terminal too small' 3
tui_resize 80 24
tui_wait 'Keys: run' 3
tui_keys x
n=0; while [ "$n" -lt 40 ] && tui_screen | grep -q 'Keys: run'; do sleep 0.05; n=$((n + 1)); done
tui_screen | grep -q 'PAUSED'; ok $? "closing the help after a too-small window keeps the pause"
tui_stop
# A long step title: wrapped onto the free row under the label rather than
# cut; only what does not fit in two rows is cut, with the mark.  At 40x12
# the label row leaves 23 columns beside "step 1 of 2".
cat >"$R/wide.yaml" <<'YAML'
id: wide-step
title: Wide step routine
summary: Long step names for the tests.
areas: [upper-back]
kind: stretch
caution: Stop if pain becomes sharp.
steps:
  - name: Slow shoulder blade squeezes
    seconds: 30
    instructions: Squeeze the shoulder blades together and let them go.
    sides: left-right
    rest: 30
  - name: Slow shoulder blade squeezes against the wall with both arms raised
    seconds: 30
    instructions: Stand with the back to a wall and squeeze.
YAML
# at clock scale 10: 3 s a period, the rest between the sides seen on the way
tui_start 40 12 env BACKCOACH_CLOCK_SCALE=10 "$BACKCOACH" -d "$R" --no-sound --ready 0 --no-pain run wide-step
tui_wait 'squeezes - LEFT side' 5
tui_screen >"$TEST_TMP/s1"
sed -n 2p "$TEST_TMP/s1" | grep -qx '  Slow shoulder blade *step 1 of 2'; ok $? "40x12: the title's first words on the label row"
sed -n 3p "$TEST_TMP/s1" | grep -qx '  squeezes - LEFT side *'; ok $? "40x12: the rest of it on the row below, whole"
sed -n 4p "$TEST_TMP/s1" | grep -q '^  Squeeze the shoulder'; ok $? "40x12: the instructions below it"
grep -qx ' next: Slow shoulder blade squeezes -…' "$TEST_TMP/s1"; ok $? "40x12: the next line cut with the mark"
tui_wait 'REST' 10
tui_screen >"$TEST_TMP/s2"
sed -n 2p "$TEST_TMP/s2" | grep -qx '  REST  next: Slow *step 1 of 2'; ok $? "40x12: a rest's label wraps too"
sed -n 3p "$TEST_TMP/s2" | grep -qx '  shoulder blade squeezes - RIGHT side'; ok $? "40x12: ... from the left where under its text is too narrow: the side whole (it was cut to RIG…)"
tui_wait 'step 2 of 2' 15
tui_screen >"$TEST_TMP/s3"
sed -n 2p "$TEST_TMP/s3" | grep -qx '  Slow shoulder blade *step 2 of 2' &&
    sed -n 3p "$TEST_TMP/s3" | grep -qx '  squeezes against the wall with both…'
ok $? "40x12: a title longer than two rows is cut with the mark on the second"
tui_stop

tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 0 --no-pain run wide-step
tui_wait 'squeezes - LEFT side' 5
tui_screen >"$TEST_TMP/s4"
sed -n 3p "$TEST_TMP/s4" | grep -qx '  Slow shoulder blade squeezes - LEFT side  *step 1 of 2' &&
    sed -n 4p "$TEST_TMP/s4" | grep -qx ''
ok $? "80x24: a title that fits stays on one row"
tui_keys N
tui_wait 'step 2 of 2' 5
tui_screen >"$TEST_TMP/s5"
sed -n 3p "$TEST_TMP/s5" | grep -qx '  Slow shoulder blade squeezes against the wall with both arms  *step 2 of 2' &&
    sed -n 4p "$TEST_TMP/s5" | grep -qx '  raised *' && ! grep -q '…' "$TEST_TMP/s5"
ok $? "80x24: a longer one on two rows, nothing cut"
tui_stop
# A step's side stays with it (never "- LEFT" on one row and "side" on the
# next), and what is cut is cut before it, with the mark; the routine's
# title in the header is cut with the mark too.
cat >"$R/prep.yaml" <<'YAML'
id: prep-side
title: Ball against the wall for the whole upper back
summary: A long step name with sides and a time to get into position.
areas: [upper-back]
kind: massage
caution: Stop if pain becomes sharp.
steps:
  - name: Ball between the shoulder blade and the spine
    prepare: 30
    seconds: 30
    sides: left-right
    instructions: Lean into the ball.
YAML
tui_start 93 24 "$BACKCOACH" -d "$R" --no-sound --ready 0 --no-pain run prep-side
tui_wait 'GET INTO POSITION' 5
tui_screen >"$TEST_TMP/p1"
! grep -q -- '- LEFT *step 1 of 1$' "$TEST_TMP/p1" && grep -qx ' *- LEFT side *' "$TEST_TMP/p1"
ok $? "93x24: 'LEFT side' together on the row below the label"
tui_stop
tui_start 40 12 "$BACKCOACH" -d "$R" --no-sound --ready 0 --no-pain run prep-side
tui_wait 'GET INTO POSITION' 5
tui_screen >"$TEST_TMP/p2"
sed -n 1p "$TEST_TMP/p2" | grep -qx ' Ball against the wall for the whole…'; ok $? "40x12: the header's title cut with the mark"
sed -n 2p "$TEST_TMP/p2" | grep -qx '  GET INTO POSITION  for: *step 1 of 1'; ok $? "40x12: the label row"
sed -n 3p "$TEST_TMP/p2" | grep -qx '  Ball between the should… - LEFT side'; ok $? "40x12: the step's name cut with the mark, from the left, its side whole"
tui_stop
done_testing
