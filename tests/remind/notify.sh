#!/bin/sh
# tests/remind/notify.sh - the desktop notification against a real
# notification server: a private D-Bus session bus, a virtual display and
# dunst (tests/notify-sandbox.sh), dbus-monitor recording every Notify call.
# The reminder runs in tmux inside it with a fast clock; when the break
# falls due, one Notify call must reach the bus with its summary and body.
. "$top_srcdir/tests/tui/tui-lib.sh"
for c in dbus-run-session Xvfb dunst dbus-monitor notify-send; do
	if ! command -v "$c" >/dev/null 2>&1; then
		skip "$c is not installed (build-aux/install-deps)"
		done_testing
	fi
done
export XDG_RUNTIME_DIR=$TEST_TMP/run
mkdir -p "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
seen_log

cat >"$TEST_TMP/inner.sh" <<EOT
. "$top_srcdir/tests/tmux-drive.sh"
TUI_SOCK="$TEST_TMP/tmux.sock"
tui_start 80 24 env BACKCOACH_CLOCK_SCALE=60 $WRAP "$BACKCOACH" remind \
    -d "$R" --offer short-test --every 3m --no-sound
tui_wait 'Break due: Short test routine' 15 || { tui_stop; exit 1; }
# the notifier runs in a child of its own: wait for its call on the bus
n=0
while [ \$n -lt 100 ] && ! grep -q 'member=Notify' "$TEST_TMP/dbus.log"; do
	sleep 0.1; n=\$((n + 1))
done
tui_keys q
n=0
while [ \$n -lt 100 ] && [ ! -s "$TEST_TMP/status" ]; do
	sleep 0.05; n=\$((n + 1))
done
tui_stop
EOT
bash "$top_srcdir/tests/notify-sandbox.sh" "$TEST_TMP/dbus.log" sh "$TEST_TMP/inner.sh" \
    2>"$TEST_TMP/sandbox.err"
ok $? "the reminder rang inside the sandbox"
n=$(grep -c 'member=Notify' "$TEST_TMP/dbus.log")
ok $([ "$n" -eq 1 ]; echo $?) "exactly one Notify call reached the bus ($n)"
grep -q 'string "backcoach"' "$TEST_TMP/dbus.log"
ok $? "its app name is backcoach"
grep -q 'string "Break due"' "$TEST_TMP/dbus.log"
ok $? "its summary is 'Break due'"
grep -q 'string "Short test routine (00:' "$TEST_TMP/dbus.log"
ok $? "its body names the routine and its length"
st=$(cat "$TEST_TMP/status" 2>/dev/null)
ok $([ "$st" = 0 ]; echo $?) "the reminder ended cleanly after it (exit $st)"
[ $_failed -gt 0 ] && diag "$(cat "$TEST_TMP/dbus.log" "$TEST_TMP/sandbox.err")"

# no graphical session: nothing is sent, and the screen says nothing of it
unset DISPLAY WAYLAND_DISPLAY
rm -f "$TEST_TMP/status"
tui_start 80 24 env BACKCOACH_CLOCK_SCALE=60 $WRAP "$BACKCOACH" remind \
    -d "$R" --offer short-test --every 3m --no-sound
tui_wait 'Break due: Short test routine' 15
ok $? "without a display the break still falls due"
tui_screen | grep -qiE 'notif|dbus|display|error'
ok $([ $? -ne 0 ]; echo $?) "and nothing about notifications is on the screen"
tui_keys q
st=$(wrap_status 5)
ok $([ "$st" = 0 ]; echo $?) "exit 0 ($st)"
done_testing
