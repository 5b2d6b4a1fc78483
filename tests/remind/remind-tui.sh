#!/bin/sh
# tests/remind/remind-tui.sh - the reminder as a person uses it, in tmux,
# with the clock run 60 times faster (BACKCOACH_CLOCK_SCALE): a 2-minute
# interval rings, s snoozes (logged), x skips (logged), Enter runs the
# offered routine on the run screen and comes back; remind --status while
# it runs and when it does not; a second reminder is refused and names the
# first; a reminder killed with -9 leaves no stale "running".
. "$top_srcdir/tests/tui/tui-lib.sh"
export XDG_RUNTIME_DIR=$TEST_TMP/run
mkdir -p "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
seen_log
unset DISPLAY WAYLAND_DISPLAY

# tmux messages: a tmux earlier in PATH that notes its arguments, then runs
# the real one (the pane's own $TMUX server)
real_tmux=$(command -v tmux)
mkdir -p "$TEST_TMP/bin"
cat >"$TEST_TMP/bin/tmux" <<EOT
#!/bin/sh
printf '%s\n' "\$*" >>"$TEST_TMP/tmux-calls"
exec "$real_tmux" "\$@"
EOT
chmod +x "$TEST_TMP/bin/tmux"

st=$("$BACKCOACH" remind --status)
ok $([ "$st" = "no reminder running" ]; echo $?) "--status with no reminder: '$st'"

tui_start 80 24 env PATH="$TEST_TMP/bin:$PATH" BACKCOACH_CLOCK_SCALE=60 \
    $WRAP "$BACKCOACH" remind -d "$R" --offer short-test --every 4m \
    --snooze 3m --no-sound --no-pain --ready 0
tui_wait 'Next break in' 5
ok $? "the reminder shows the time to the next break"
tui_screen | grep -q 'It will offer: Short test routine'
ok $? "and the routine it will offer"
st=$("$BACKCOACH" remind --status)
case $st in "short-test in "*) ok 0 "--status while waiting: '$st'" ;;
*) ok 1 "--status while waiting: '$st'" ;; esac

# a second reminder: refused, naming the first
"$BACKCOACH" remind -d "$R" >"$TEST_TMP/second.out" 2>"$TEST_TMP/second.err" </dev/null
st=$?
ok $([ $st -eq 75 ]; echo $?) "a second reminder exits 75 ($st)"
pid=$(bc_pid)
grep -q "already running (pid $pid on /dev/pts/" "$TEST_TMP/second.err"
ok $? "and says the first one's pid ($pid) and terminal"
[ $_failed -gt 0 ] && diag "$(cat "$TEST_TMP/second.err")"

tui_wait 'Break due: Short test routine' 10
ok $? "the break falls due: 'Break due: Short test routine'"
st=$("$BACKCOACH" remind --status)
ok $([ "$st" = "break due: short-test" ]; echo $?) "--status when due: '$st'"
n=0; while [ $n -lt 40 ] && ! grep -q 'display-message' "$TEST_TMP/tmux-calls" 2>/dev/null; do sleep 0.05; n=$((n + 1)); done
grep -q 'display-message .*Break due: Short test routine' "$TEST_TMP/tmux-calls"
ok $? "inside tmux it sends a tmux message"

# a break left waiting stays due: with the clock 60 times faster, 6 s are
# 6 minutes, longer than the time-away rule's 5, so this fails if the
# reminder sleeps through them and then takes them for a suspend
sleep 6
tui_keys z
sleep 0.5
tui_screen | grep -q 'Break due: Short test routine'
ok $? "a due break left for 6 (fast) minutes is still due"
tui_keys s
tui_wait 'Snoozed: the break in' 3
ok $? "s snoozes"
grep -q "	short-test	.*	snoozed	" "$LOG"
ok $? "the snooze is in the log"
tui_wait 'Break due: Short test routine' 10
ok $? "the snoozed break falls due again"
tui_keys x
tui_wait 'Next break in' 3
ok $? "x skips: a new interval"
grep -q "	short-test	.*	skipped	" "$LOG"
ok $? "the skip is in the log"

tui_wait 'Break due: Short test routine' 10
# At 60 times the pace the run screen lasts a tenth of a second, less than a loaded machine
# takes between two screen reads: what the pane is sent from the Enter on is kept, and the
# run screen's step names must be among it.
_tm pipe-pane -o -t t "cat >>'$TEST_TMP/raw'"
tui_keys Enter
n=0
while [ "$n" -lt 200 ] && ! LC_ALL=C grep -aqE 'Shoulder rolls|Side bend|Chin tuck' "$TEST_TMP/raw" 2>/dev/null; do
	sleep 0.05; n=$((n + 1))
done
LC_ALL=C grep -aqE 'Shoulder rolls|Side bend|Chin tuck' "$TEST_TMP/raw"
ok $? "Enter starts the routine on the run screen"
_tm pipe-pane -t t
st=$("$BACKCOACH" remind --status)
ok $([ "$st" = "short-test running" ]; echo $?) "--status during the routine: '$st'"
tui_wait 'routine complete' 20
ok $? "the routine runs to its end"
tui_keys Enter
tui_wait 'backcoach remind' 5
ok $? "Enter on the summary comes back to the reminder"
grep -q "	short-test	.*	completed	" "$LOG"
ok $? "the session is in the log as completed"
tui_wait 'Next break in|Break due' 5
ok $? "the reminder counts on"

tui_keys q
st=$(wrap_status 5)
ok $([ "$st" = 0 ]; echo $?) "q stops the reminder, exit 0 ($st)"
st=$("$BACKCOACH" remind --status)
ok $([ "$st" = "no reminder running" ]; echo $?) "--status after it stopped: '$st'"
ok $([ ! -e "$XDG_RUNTIME_DIR/backcoach/remind.state" ]; echo $?) "its state file is gone"
grep -q '^intr' "$TEST_TMP/stty.txt" && grep -q ' icanon' "$TEST_TMP/stty.txt" &&
    grep -q ' echo ' "$TEST_TMP/stty.txt"
ok $? "the terminal is restored (icanon, echo)"

# killed with -9: the lock goes with the process, --status does not lie
tui_stop
rm -f "$TEST_TMP/status"
tui_start 80 24 $WRAP "$BACKCOACH" remind -d "$R" --offer short-test --no-sound
tui_wait 'Next break in' 5
pid=$(bc_pid)
kill -9 "$pid"
wrap_status 5 >/dev/null
st=$("$BACKCOACH" remind --status)
ok $([ "$st" = "no reminder running" ]; echo $?) "after kill -9: '$st'"

# options are checked before anything starts
"$BACKCOACH" remind --every 45 </dev/null >/dev/null 2>"$TEST_TMP/err"
st=$?
ok $([ $st -eq 64 ] && grep -q "45m, 1h30m" "$TEST_TMP/err"; echo $?) "--every 45 is refused with the format (exit $st)"
"$BACKCOACH" remind --hours 17-9 </dev/null >/dev/null 2>&1
ok $([ $? -eq 64 ]; echo $?) "--hours 17-9 is refused"
"$BACKCOACH" remind --offer no-such -d "$R" </dev/null >/dev/null 2>&1
ok $([ $? -eq 64 ]; echo $?) "--offer of an unknown routine is refused"
"$BACKCOACH" remind -d "$R" </dev/null >/dev/null 2>"$TEST_TMP/err"
ok $([ $? -eq 64 ] && grep -q "needs a terminal" "$TEST_TMP/err"; echo $?) \
    "without a terminal: says so, exit 64"
done_testing
