#!/bin/sh
# A routine file of the person's own that cannot be loaded is said on the
# routine list while the coach runs (how many, and why the first one),
# cut with a mark to the width; the full reasons still go to stderr.
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log

printf 'id: broken-one\ntitle: Broken\nsteps: [\n' >"$R/broken.yaml"
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --area neck
tui_wait 'Routines for the neck' 5; ok $? "the list comes up with a broken file beside the good ones"
tui_wait '1 routine file could not be loaded: broken.yaml:4:1: unclosed' 3
ok $? "the list says one file could not be loaded, which (without its directory) and why, at 80 columns"
tui_screen | grep 'could not be loaded' | grep -q '…$'
ok $? "the line is cut with an ellipsis at 80 columns"
tui_screen | grep -q 'Short test routine'; ok $? "the good routines are listed"
tui_stop
tui_start 200 30 "$BACKCOACH" -d "$R" --no-sound --area neck
tui_wait 'could not be loaded: broken.yaml:4:1: unclosed .* did not find expected node content' 5
ok $? "on a wide terminal, the whole reason with the line and column of the error"
tui_stop

printf 'id: broken-two\ntitle: [\n' >"$R/broken2.yaml"
tui_start 120 30 "$BACKCOACH" -d "$R" --no-sound --area neck
tui_wait '2 routine files could not be loaded \(the first: .*broken' 5
ok $? "two broken files: the count, and the first one's reason"
tui_stop

rm -f "$R/broken.yaml" "$R/broken2.yaml"
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --area neck
tui_wait 'Routines for the neck' 5
tui_screen | grep -q 'could not be loaded'
[ $? -ne 0 ]; ok $? "no such line when every file loads"
tui_stop
done_testing
