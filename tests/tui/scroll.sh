#!/bin/sh
# The routine view scrolls when a routine is longer than the screen.
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log
{
	printf 'id: many-steps\ntitle: Many steps\nsummary: Twenty steps.\nareas: [neck]\n'
	printf 'kind: stretch\ncaution: Stop if pain becomes sharp.\nsteps:\n'
	i=1
	while [ $i -le 20 ]; do
		printf '  - name: Step number %d\n    seconds: 5\n    instructions: Breathe.\n' $i
		i=$((i + 1))
	done
} >"$R/many.yaml"

tui_start 80 20 "$BACKCOACH" -d "$R" --no-sound --no-pain run many-steps
# run ID starts at once; q then y ends it, and the summary's Enter leads to the picker
tui_wait 'Get ready' 5; ok $? "the run starts"
tui_keys q y
tui_wait 'Enter back to the areas' 5; ok $? "the summary"
tui_keys Enter 1 Enter
tui_wait 'Routines for the neck' 3; ok $? "the list for the neck"
tui_screen | grep -q 'Many steps  *01:40'; ok $? "the long routine is in the list with its length"
# it sorts first among the neck routines ("Many" < "Short"): j then k come back to it
tui_keys j k Enter
tui_wait 'Twenty steps' 3; ok $? "the routine view"
tui_screen | grep -q 'Step number 1 '; ok $? "the first step shows"
! tui_screen | grep -q 'Step number 20'; ok $? "the last step is below the screen"
tui_screen | grep -q 'Up/Down scroll'; ok $? "the view says it scrolls"
tui_keys NPage NPage NPage
tui_wait 'Step number 20' 3; ok $? "PgDn brings the last step into view"
tui_screen | grep -q '100%'; ok $? "at the end it says 100%"
tui_screen | grep -q 'Total 01:40'; ok $? "the total stays on screen (20 x 5 s)"
tui_keys Up
tui_wait 'Step number 19' 3
! tui_screen | grep -q '100%'; ok $? "Up scrolls back a line"
tui_keys Escape q
st=$(tui_exit 5); [ "$st" = 0 ]; ok $? "q quits with status 0 (got '$st')"

# A step's prepare time: "get into position", with the coming step's instructions
cat >"$R/prep.yaml" <<'YAML'
id: prep-test
title: Prepare test
summary: One step with time to get into position.
areas: [neck]
kind: stretch
caution: Stop if pain becomes sharp.
steps:
  - name: On the floor
    seconds: 20
    prepare: 10
    instructions: Lie on your back with your knees bent.
YAML
tui_stop
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --no-pain --ready 0 run prep-test
tui_wait 'GET INTO POSITION  for: On the floor' 5; ok $? "a prepare period says what to get into position for"
tui_screen | grep -q 'Lie on your back with your knees bent'; ok $? "and shows that step's instructions"
tui_wait '^  On the floor  .*step 1 of 1' 25; ok $? "then the step itself (its name in the label, not after 'for:')"
tui_keys q y
tui_stop
done_testing
