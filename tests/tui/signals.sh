#!/bin/sh
# Ending by a signal: the terminal is restored (stty in the same pane, the
# alternate screen off, the cursor shown), the session is logged as
# abandoned, the status is 128+N.  SIGQUIT (Ctrl-\\) is one of them.
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log

modes_ok() {
	grep -qE '(^|[ ;])icanon([ ;]|$)' "$TEST_TMP/stty.txt" &&
	    grep -qE '(^|[ ;])echo([ ;]|$)' "$TEST_TMP/stty.txt"
}

for sig in TERM HUP INT QUIT; do
	rm -f "$TEST_TMP/status" "$TEST_TMP/stty.txt"
	: >"$LOG"
	tui_start 80 24 $WRAP "$BACKCOACH" -d "$R" --no-sound --ready 1 --no-pain run long-test
	tui_wait 'Long hold - LEFT side' 5; ok $? "SIG$sig: running"
	pid=$(bc_pid)
	[ -n "$pid" ] && kill -s "$sig" "$pid"
	st=$(wrap_status 5)
	case $sig in TERM) want=143 ;; HUP) want=129 ;; INT) want=130 ;; QUIT) want=131 ;; esac
	[ "$st" = "$want" ]; ok $? "SIG$sig: exit status $want (got '$st')"
	modes_ok; ok $? "SIG$sig: the terminal is back in echo and icanon mode"
	[ "$(tmux -S "$TUI_SOCK" display-message -p -t t '#{alternate_on}')" = 0 ]
	ok $? "SIG$sig: the alternate screen is off"
	[ "$(tmux -S "$TUI_SOCK" display-message -p -t t '#{cursor_flag}')" = 1 ]
	ok $? "SIG$sig: the cursor is shown"
	grep -q '	long-test	.*	abandoned	' "$LOG"; ok $? "SIG$sig: logged as abandoned"
	tui_stop
done

# Ctrl-C typed at the keyboard is SIGINT too.
rm -f "$TEST_TMP/status" "$TEST_TMP/stty.txt"
: >"$LOG"
tui_start 80 24 $WRAP "$BACKCOACH" -d "$R" --no-sound --ready 1 --no-pain run long-test
tui_wait 'Long hold - LEFT side' 5
tui_keys C-c
st=$(wrap_status 5)
[ "$st" = 130 ]; ok $? "Ctrl-C: exit 130 (got '$st')"
modes_ok; ok $? "Ctrl-C: terminal restored"
tui_stop

# q y: abandoned, status 0, terminal restored.
rm -f "$TEST_TMP/status" "$TEST_TMP/stty.txt"
: >"$LOG"
tui_start 80 24 $WRAP "$BACKCOACH" -d "$R" --no-sound --ready 1 --no-pain run long-test
tui_wait 'Long hold - LEFT side' 5
tui_keys q
tui_wait 'End this session' 3
tui_keys y
tui_wait 'Session ended early' 3
tui_keys q
st=$(wrap_status 5)
[ "$st" = 0 ]; ok $? "q y q: exit 0 (got '$st')"
modes_ok; ok $? "q: terminal restored"
grep -q '	abandoned	' "$LOG"; ok $? "q y: logged as abandoned"

# Ctrl-Z: suspended time does not count, and it comes back paused.
rm -f "$TEST_TMP/status" "$TEST_TMP/stty.txt"
tui_stop
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 1 --no-pain run long-test
tui_wait 'Long hold - LEFT side' 5
pid=$(tui_pid)
kill -s TSTP "$pid"
sleep 0.5
kill -s CONT "$pid"
tui_wait 'PAUSED' 3; ok $? "after Ctrl-Z and fg the session is paused"
tui_stop
done_testing
