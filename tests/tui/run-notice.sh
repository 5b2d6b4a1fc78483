#!/bin/sh
# The cue player's notice (no sound server here): worded for a person,
# on one line, and gone after about 8 s, even while the session is paused
# (the poll timeout includes its expiry).
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
mkdir -m 700 -p "$TEST_TMP/run"

tui_start 80 24 env PULSE_SERVER="unix:$TEST_TMP/no-such-server" XDG_RUNTIME_DIR="$TEST_TMP/run" \
	"$BACKCOACH" -d "$R" --ready 0 --no-pain run long-test
tui_wait 'Long hold - LEFT side' 5; ok $? "the session runs without a sound server"
if ! tui_wait '^ Sound: ' 5 2>/dev/null; then
	skip "no sound notice here (this machine plays sound)"
	tui_stop
	done_testing
fi
t0=$(now_ms)	# the notice showed at or before t0
tui_keys Space
tui_wait PAUSED 3; ok $? "paused: nothing else is due"
tui_screen | grep -q '^ Sound: '; ok $? "the notice says what it is about"
! tui_screen | grep -q 'Not available\|no sound ('; ok $? "not the sound library's raw error text"
[ "$(tui_screen | grep -c 'Sound: ')" -eq 1 ]; ok $? "on one line"
# Watch it until it goes (at most 20 s), by the times it was last seen and first missed:
# a loaded machine reads the screen late, but cannot make the notice last longer.
last=$t0 n=0
while [ "$n" -lt 400 ]; do
	tn=$(now_ms)	# taken before the screen is read: the notice was there at tn
	tui_screen | grep -q '^ Sound: ' || break
	last=$tn; sleep 0.05; n=$((n + 1))
done
t1=$(now_ms)
[ $((last - t0)) -ge 4000 ]; ok $? "still there 4 s after it was first seen (seen $((last - t0)) ms on)"
! tui_screen | grep -q 'Sound: ' && [ $((t1 - t0)) -le 20000 ]
ok $? "gone by itself while paused ($((t1 - t0)) ms after it was first seen)"
tui_screen | grep -q 'PAUSED'; ok $? "and the session is still paused"
tui_stop
done_testing
