#!/bin/sh
# The run screen's boxes: the key help fits at 80x24 and 60x20, and i shows
# a step's whole instructions (pausing like ?) when the screen cuts them.
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log

cat >"$R/wordy.yaml" <<'YAML'
id: wordy-test
title: Wordy test routine
summary: One step with long instructions.
areas: [upper-back]
kind: stretch
caution: Stop if pain becomes sharp.
steps:
  - name: Wordy hold
    seconds: 50
    instructions: >-
      Sit tall near the front of the chair with both feet flat on the floor.
      Clasp the hands in front of the chest and round the upper back, pushing
      the hands forward until you feel a stretch between the shoulder blades.
      Let the head drop a little and breathe slowly into the back of the ribs.
      Keep the shoulders away from the ears the whole time and ease off at once
      if anything pinches. Come back up slowly at the end, one vertebra at a
      time, and finish with the word OMEGA.
YAML

for size in "80 24" "60 20"; do
	set -- $size
	tui_start "$1" "$2" "$BACKCOACH" -d "$R" --no-sound --ready 0 --no-pain run long-test
	tui_wait 'Long hold - LEFT side' 5
	tui_keys '?'
	tui_wait 'Keys: run' 3; ok $? "$1x$2: ? shows the keys"
	tui_screen | grep -q 'previous period (or restart this one)$'; ok $? "$1x$2: the p/Left line is whole"
	tui_screen | grep -q "all of this step's instructions (pauses)$"; ok $? "$1x$2: the i line is whole"
	tui_screen | grep -q 'quit the session (asks first)$'; ok $? "$1x$2: the q line is whole"
	tui_stop
done

tui_start 60 20 "$BACKCOACH" -d "$R" --no-sound --ready 0 --no-pain run wordy-test
tui_wait 'Wordy hold' 5; ok $? "60x20: the wordy step"
tui_screen | grep -q '(i: all)'; ok $? "60x20: cut instructions say i shows all"
! tui_screen | grep -q 'OMEGA'; ok $? "60x20: the end of the text is not on the run screen"
# The countdown is read before i and after the box, with the real time between: the box
# stays open 3 s, so a clock standing still under it loses at most that time less 3 s
# (and a second of rounding), where a clock that ran on loses it all.
ms() { echo $(($(date +%s%N) / 1000000)); }
t1=$(ms); before=$(secs_left)
tui_keys i
tui_wait 'OMEGA' 10; ok $? "i: the whole instructions, to the last word"
tui_screen | grep -q 'any key closes'; ok $? "i: the box says how to close it"
sleep 3
tui_keys x
tui_wait '(i: all)' 10 && ! tui_screen | grep -q 'OMEGA'; ok $? "any key closes the box"
left=$(secs_left); t2=$(ms)
[ -n "$before" ] && [ -n "$left" ] && [ $(( (before - left - 1) * 1000 )) -le $((t2 - t1 - 3000)) ]
ok $? "the time stood still under the box (${before}s -> ${left}s in $((t2 - t1)) ms, 3000 of them under it)"
! tui_screen | grep -q PAUSED; ok $? "closing it goes on when it was running"
tui_keys Space
tui_wait 'PAUSED' 3
tui_keys i
tui_wait 'OMEGA' 3
tui_keys x
tui_wait '(i: all)' 3
tui_screen | grep -q 'PAUSED'; ok $? "a pause made before i stays after the box"
tui_stop

# A 4000-character instruction at 80x24: the i box scrolls to its end, and
# the rows it covers are cleared from edge to edge (no "s" of "step" beside it).
{
	printf 'id: huge-test\ntitle: Huge test routine\nsummary: One step with 4000 characters.\n'
	printf 'areas: [upper-back]\nkind: stretch\ncaution: Stop if pain becomes sharp.\nsteps:\n'
	printf '  - name: Huge hold\n    seconds: 50\n    instructions: >-\n      ALPHA'
	i=0
	while [ $i -lt 60 ]; do
		printf ' Breathe out slowly and let the shoulder blades slide down.'
		i=$((i + 1))
	done
	printf ' OMEGA\n  - name: After it\n    seconds: 5\n    instructions: Rest.\n'
} >"$R/huge.yaml"
"$BACKCOACH" keys >"$TEST_TMP/keys.txt" 2>&1
for line in 'Up/Down/k/j	scroll a line' 'PgUp/PgDn	scroll a page' \
    'Home/End/g/G	scroll to the top or the end' 'any other key	close the box'; do
	grep -q "^instructions	$line" "$TEST_TMP/keys.txt"; ok $? "keys: the box's '$line'"
done
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 0 --no-pain run huge-test
tui_wait 'Huge hold' 5
tui_keys i
tui_wait 'ALPHA' 3; ok $? "80x24 i: the box starts at the first word"
! tui_screen | grep -q OMEGA; ok $? "80x24 i: 4000 characters do not fit"
tui_screen | grep -q 'Up/Down/PgUp/PgDn scroll, other keys close'; ok $? "80x24 i: the box says it scrolls"
tui_screen | grep -q ' 1-[0-9]*/[0-9]*$'; ok $? "80x24 i: and which lines it shows"
! tui_screen | grep -qE '^ ?[a-z] '; ok $? "80x24 i: nothing of the run screen left beside the box"
tui_keys Down
tui_wait ' 2-[0-9]*/[0-9]*$' 3 && ! tui_screen | grep -q ALPHA; ok $? "80x24 i: Down scrolls a line"
tui_keys Up
tui_wait 'ALPHA' 3; ok $? "80x24 i: Up scrolls back"
n=0
while [ $n -lt 10 ] && ! tui_screen | grep -q OMEGA; do
	tui_keys NPage; sleep 0.1; n=$((n + 1))
done
tui_screen | grep -q OMEGA; ok $? "80x24 i: PgDn reaches the last word ($n pages)"
last=$(tui_screen | sed -n 's|.* \([0-9]*\)-[0-9]*/[0-9]*$|\1|p')
tui_keys PPage
n=0; while [ $n -lt 40 ] && tui_screen | grep -q OMEGA; do sleep 0.05; n=$((n + 1)); done
first=$(tui_screen | sed -n 's|.* \([0-9]*\)-[0-9]*/[0-9]*$|\1|p')
[ -n "$first" ] && [ "$first" -lt "$last" ] && ! tui_screen | grep -q OMEGA
ok $? "80x24 i: PgUp scrolls back a page (line $last -> $first)"
tui_keys End
tui_wait OMEGA 3; ok $? "80x24 i: End shows the end"
tui_keys Home
tui_wait ALPHA 3; ok $? "80x24 i: Home shows the start"
tui_keys x
tui_wait '(i: all)' 3 && ! tui_screen | grep -q 'scroll, other keys close'; ok $? "80x24 i: another key closes it"
! tui_screen | grep -q PAUSED; ok $? "80x24 i: and the session goes on"
tui_keys q y
tui_stop

# The quit question takes the digits' place: no half-erased digits around it.
for size in "80 24" "60 20" "40 12"; do
	set -- $size
	tui_start "$1" "$2" "$BACKCOACH" -d "$R" --no-sound --ready 0 --no-pain run long-test
	tui_wait 'Long hold - LEFT side' 5
	tui_keys q
	tui_wait 'End this session now\? y/n' 3; ok $? "$1x$2: q asks"
	! tui_screen | grep -qE '██|▀|▄'; ok $? "$1x$2: no digit rows left around the question"
	tui_keys n
	n=0; while [ "$n" -lt 40 ] && tui_screen | grep -q 'End this session'; do sleep 0.05; n=$((n + 1)); done
	! tui_screen | grep -q 'End this session' && tui_screen | grep -q 'Long hold - LEFT'; ok $? "$1x$2: n closes the question"
	[ "$1" = 40 ] || { tui_screen | grep -q '██'; ok $? "$1x$2: and the digits are back"; }
	tui_stop
done
done_testing
