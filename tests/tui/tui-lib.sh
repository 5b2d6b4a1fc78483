# tests/tui/tui-lib.sh - what the TUI tests share (sourced, not a test):
# the TAP and tmux helpers, two routines of short steps, a log that already
# exists (so the first-run safety note stays away), and a wrapper that runs
# the program and then records its status and `stty -a` in the same pane.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tmux-drive.sh"
trap 'tui_stop; rm -rf "$TEST_TMP"' EXIT
command -v tmux >/dev/null 2>&1 || { skip "tmux is not installed"; done_testing; }

R=$TEST_TMP/routines
LOG=$XDG_STATE_HOME/backcoach/sessions.log
mkdir -p "$R"
cat >"$R/short.yaml" <<'YAML'
id: short-test
title: Short test routine
summary: Three tiny steps for the tests.
areas: [neck, upper-back]
kind: stretch
caution: Stop if pain becomes sharp.
steps:
  - name: Shoulder rolls
    seconds: 2
    instructions: Roll both shoulders slowly backwards.
  - name: Side bend
    seconds: 2
    instructions: Lean gently to one side, then come back up.
    sides: left-right
    rest: 1
  - name: Chin tuck
    seconds: 1
    instructions: Draw the chin straight back.
YAML
cat >"$R/long.yaml" <<'YAML'
id: long-test
title: Long test routine
summary: Long enough steps to pause, skip and resize in.
areas: [middle-back]
kind: massage
caution: Stop if pain becomes sharp.
steps:
  - name: Long hold
    seconds: 40
    instructions: Hold the stretch and breathe slowly into the lower ribs while the shoulders stay soft.
    sides: left-right
    rest: 3
  - name: Second step
    seconds: 30
    instructions: Let the arms hang.
YAML

# The log exists: no safety note.
seen_log() {
	mkdir -p "$(dirname "$LOG")"
	: >"$LOG"
	chmod 600 "$LOG"
}

# wrap CMD...: run CMD, then save its status and the terminal's modes.
cat >"$TEST_TMP/wrap.sh" <<EOF
# Ctrl-C reaches this shell too: outlive it to record the program's status.
trap : INT
"\$@"
echo \$? >"$TEST_TMP/status"
stty -a >"$TEST_TMP/stty.txt" 2>&1
EOF
WRAP="sh $TEST_TMP/wrap.sh"

# The backcoach process in the pane (the child of the wrapper's shell).
bc_pid() { pgrep -P "$(tui_pid)" | head -1; }

# The seconds in the period's "MM:SS left" on the run screen (its first one).
secs_left() {
	tui_screen | sed -n 's/.* \([0-9][0-9]*\):\([0-9][0-9]\) left.*/\1 \2/p' | head -1 |
	    awk '{ print $1 * 60 + $2 }'
}

# Wait up to $1 seconds for the wrapper to record a status; print it.
wrap_status() {
	_ws_n=$(( ${1:-5} * 20 ))
	while [ "$_ws_n" -gt 0 ] && [ ! -s "$TEST_TMP/status" ]; do
		sleep 0.05; _ws_n=$((_ws_n - 1))
	done
	cat "$TEST_TMP/status" 2>/dev/null
}
