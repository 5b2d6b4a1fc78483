#!/bin/sh
# Where the person is on the run screen: "step K of N", the routine bar by
# position (a skip moves it), n for the next period and N for the next step,
# one time format (MM:SS) for every time the screen shows.
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log

# The seconds in the routine's "MM:SS left" (the total row).
total_left() {
	tui_screen | sed -n 's/^ total .* \([0-9][0-9]*\):\([0-9][0-9]\) left.*/\1 \2/p' |
	    awk '{ print $1 * 60 + $2 }'
}
# The filled cells of the routine bar.
total_cells() { tui_screen | sed -n 's/^ total *//p' | tr -cd '█' | wc -m; }

cat >"$R/reps.yaml" <<'YAML'
id: reps-test
title: Reps test routine
summary: A two-sided step done twice, then two more.
areas: [upper-back]
kind: stretch
caution: Stop if pain becomes sharp.
steps:
  - name: Arm reach
    seconds: 30
    instructions: Reach one arm up.
    sides: left-right
    reps: 2
    rest: 5
  - name: Neck turn
    seconds: 30
    instructions: Turn the head slowly.
  - name: Last breath
    seconds: 30
    instructions: Breathe out.
YAML
# total 4x30 + 3x5 + 30 + 30 = 195 s = 03:15

tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 2 --no-pain run reps-test
tui_wait 'Get ready.*first: Arm reach +3 steps' 5; ok $? "the get-ready says how many steps"
tui_wait 'Arm reach - LEFT side - rep 1/2 +step 1 of 3' 5; ok $? "step 1 of 3, side and rep"
tui_screen | grep -qE '^ step .* 00:[0-3][0-9] left$'; ok $? "the period's time left as MM:SS"
tui_screen | grep -qE '^ total .* 03:1[0-5] left$'; ok $? "the routine's time left as MM:SS, from the plan (03:15)"
! tui_screen | grep -qE '[0-9]s (left|rest)|[0-9]:[0-9][0-9]/|(^|[^0-9])[0-9]:[0-9][0-9] '; ok $? "no other time format on the screen"
t0=$(total_left)

tui_keys n
tui_wait 'Arm reach - RIGHT side - rep 1/2' 3; ok $? "n: the next period (the other side)"
t1=$(total_left)
[ "$t1" -le $((t0 - 30)) ]; ok $? "n: the routine's time left drops by the period skipped ($t0 -> $t1 s)"
c1=$(total_cells)

tui_keys N
tui_wait 'Neck turn +step 2 of 3' 3; ok $? "N: the next step at once, over the rest of its sides and reps"
tui_screen | grep -q 'next: Last breath'; ok $? "N: and what comes after it"
t2=$(total_left)
[ "$t2" -le 60 ] && [ "$t2" -ge 55 ]; ok $? "N: 60 s of the plan left ($t2 s)"
c2=$(total_cells)
[ "$c2" -gt "$c1" ]; ok $? "N: the routine bar moved on with the skip ($c1 -> $c2 cells)"
[ "$c2" -ge 36 ] && [ "$c2" -le 40 ]; ok $? "N: 135 s of 195 by position: 38 of 56 cells filled ($c2)"

tui_keys p
tui_wait 'Arm reach - RIGHT side - rep 2/2 +step 1 of 3' 3; ok $? "p: back to the last period of the step before"
c3=$(total_cells)
[ "$c3" -lt "$c2" ]; ok $? "p: the routine bar goes back too ($c2 -> $c3 cells)"

tui_keys N N
tui_wait 'Last breath +step 3 of 3' 3; ok $? "N N: the last step"
tui_keys N
tui_wait 'Session ended early|Well done' 3; ok $? "N on the last step ends the routine"
tui_stop

# The help box and the key line name n and N for what they do.
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 0 --no-pain run reps-test
tui_wait 'Arm reach - LEFT side' 5
tui_screen | grep -q 'n/N next period/step'; ok $? "the key line names n and N"
tui_keys '?'
tui_wait 'Keys: run' 3
tui_screen | grep -qE '^ *n/Right +next period: the other side, the next rep, or the next step'
ok $? "the help box: n is the next period"
tui_screen | grep -qE "^ *N +next step: leave this step's other sides and reps"
ok $? "the help box: N is the next step"
tui_stop

# A floor routine's first wait: one, not a get-ready and then a prepare.
cat >"$R/floor.yaml" <<'YAML'
id: floor-test
title: Floor test routine
summary: Lie down first.
areas: [upper-back]
kind: stretch
caution: Stop if pain becomes sharp.
steps:
  - name: Lie down
    seconds: 20
    prepare: 6
    instructions: Lie on your back.
YAML
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 3 --no-pain run floor-test
tui_wait 'GET INTO POSITION +for: Lie down +step 1 of 1' 5; ok $? "floor: the first wait is the prepare"
! tui_screen | grep -q 'Get ready'; ok $? "floor: no get-ready before it"
s0=$(secs_left)
[ "$s0" -ge 4 ] && [ "$s0" -le 6 ]; ok $? "floor: one wait of the longer of 3 s and 6 s ($s0 s left)"
tui_wait '^  Lie down +step 1 of 1' 10; ok $? "floor: then the step"
tui_stop
done_testing
