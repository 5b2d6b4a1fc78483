#!/bin/sh
# The area picker's side panel and the list behind it: routines the
# pain-source file suggests for an area are in that area's list (marked)
# even when their own areas leave it out.
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log

# long-test (middle back, massage) is suggested for the neck.
cat >"$R/pain-sources.yaml" <<'YAML'
areas:
  - area: neck
    note: Neck pain often comes from the muscles around it.
    muscles:
      - name: upper trapezius
        refers: side of the neck up to the temple
        routines: [long-test]
YAML

tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound
tui_wait 'where does it hurt' 5; ok $? "the picker"
tui_keys 1
tui_wait '1  neck  \(2 routines\)' 3; ok $? "the neck counts the suggested routine too"
tui_screen | grep -q 'Long test routine'; ok $? "the picker suggests the routine"
tui_keys Enter
tui_wait 'Routines for the neck' 3; ok $? "the list for the neck"
tui_screen | grep -q '★ Long test routine'; ok $? "the suggested routine is in it, marked"
tui_screen | grep -q '^ *Short test routine'; ok $? "the routine whose areas name the neck is in it, unmarked"
tui_keys Escape 4 Enter
tui_wait 'Routines for the middle back' 3; ok $? "the list for the middle back"
tui_screen | grep -q '^ *Long test routine'; ok $? "there the routine is listed by its own areas, unmarked"
tui_stop

tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --area neck
tui_wait 'Routines for the neck' 5; ok $? "--area neck opens the list"
tui_screen | grep -q '★ Long test routine'; ok $? "--area neck lists the suggested routine"
tui_stop
done_testing
