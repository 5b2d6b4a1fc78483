#!/bin/sh
# The cue player's notice (no sound server here): worded for a person,
# on one line, and gone after about 8 s, even while the session is paused
# (the poll timeout includes its expiry).
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log
mkdir -m 700 -p "$TEST_TMP/run"

tui_start 80 24 env PULSE_SERVER="unix:$TEST_TMP/no-such-server" XDG_RUNTIME_DIR="$TEST_TMP/run" \
	"$BACKCOACH" -d "$R" --ready 0 --no-pain run long-test
tui_wait 'Long hold - LEFT side' 5; ok $? "the session runs without a sound server"
if ! tui_wait '^ Sound: ' 5 2>/dev/null; then
	skip "no sound notice here (this machine plays sound)"
	tui_stop
	done_testing
fi
tui_keys Space
tui_wait PAUSED 3; ok $? "paused: nothing else is due"
t0=$(date +%s)
tui_screen | grep -q '^ Sound: '; ok $? "the notice says what it is about"
! tui_screen | grep -q 'Not available\|no sound ('; ok $? "not the sound library's raw error text"
[ "$(tui_screen | grep -c 'Sound: ')" -eq 1 ]; ok $? "on one line"
sleep 5
tui_screen | grep -q '^ Sound: '; ok $? "still there after 5 s"
n=0; while [ "$n" -lt 120 ] && tui_screen | grep -q '^ Sound: '; do sleep 0.05; n=$((n + 1)); done
t1=$(date +%s)
! tui_screen | grep -q 'Sound: '; ok $? "gone by itself while paused ($((t1 - t0)) s after it showed)"
tui_screen | grep -q 'PAUSED'; ok $? "and the session is still paused"
tui_stop
done_testing
