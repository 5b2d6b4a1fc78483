#!/bin/sh
# The run screen's keys: pause stops the countdown, skip and back, +10 s,
# mute, help, and q asking before it ends the session.
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 1 --no-pain run long-test
tui_wait 'Long hold - LEFT side' 5; ok $? "run ID starts the routine"
tui_screen | grep -q 'next: Long hold - RIGHT side'; ok $? "it says what comes next"
tui_screen | grep -q '██████'; ok $? "the countdown is drawn in big digits"

tui_keys Space
tui_wait 'PAUSED' 3; ok $? "Space shows PAUSED"
a=$(tui_screen); sleep 1.5; b=$(tui_screen)
[ "$a" = "$b" ]; ok $? "nothing moves for 1.5 s while paused"
left=$(secs_left)
tui_keys Space
n=0
while [ "$n" -lt 60 ] && [ "$(secs_left)" = "$left" ]; do sleep 0.05; n=$((n + 1)); done
[ "$(secs_left)" != "$left" ] && ! tui_screen | grep -q PAUSED
ok $? "Space again resumes and the countdown goes on (was ${left}s, now $(secs_left)s)"

tui_keys n
tui_wait 'Long hold - RIGHT side' 3; ok $? "n skips to the right side"
tui_keys Right
tui_wait '^  Second step' 3; ok $? "Right skips to the next step"
tui_keys p
tui_wait 'Long hold - RIGHT side' 3; ok $? "p goes back"
tui_keys Left
tui_wait 'Long hold - LEFT side' 3; ok $? "Left goes back again"

# + and = while paused: the countdown stands still, so the time added is exact
# however late a loaded machine draws it
tui_keys Space
tui_wait 'PAUSED' 3
before=$(secs_left)
tui_keys +
n=0
while [ "$n" -lt 100 ] && [ "$(secs_left)" -le "$before" ]; do sleep 0.05; n=$((n + 1)); done
after=$(secs_left)
[ "$after" -eq $((before + 10)) ]; ok $? "+ adds 10 s (${before}s -> ${after}s)"
# over a minute it reads "01:00 left", in the same format as below it
mmss_left() { secs_left; }
before=$(mmss_left)
tui_keys =
n=0
while [ "$n" -lt 100 ] && [ "$(mmss_left)" -le "$before" ]; do sleep 0.05; n=$((n + 1)); done
after=$(mmss_left)
[ "$after" -eq $((before + 10)) ]; ok $? "= (+ without Shift) adds 10 s too (${before}s -> ${after}s)"
tui_keys Space
n=0; while [ "$n" -lt 100 ] && tui_screen | grep -q PAUSED; do sleep 0.05; n=$((n + 1)); done
# p restarts the step
tui_keys p
n=0; while [ "$n" -lt 40 ] && [ -z "$(secs_left)" ]; do sleep 0.05; n=$((n + 1)); done
[ "$(secs_left)" -le 40 ]; ok $? "p restarts the first step ($(secs_left)s left)"

tui_keys m
tui_wait 'muted' 3; ok $? "m shows muted"
tui_keys m
n=0; while [ "$n" -lt 40 ] && tui_screen | grep -q 'muted'; do sleep 0.05; n=$((n + 1)); done
! tui_screen | grep -q 'muted'; ok $? "m again unmutes"

tui_keys '?'
tui_wait 'Keys: run' 3; ok $? "? shows the run keys"
tui_screen | grep -q 'pause or resume'; ok $? "the help comes from the key table"
# Under the help the countdown stands still for 3 s; after it closes, the time goes
# on from there: it has lost no more than the real time since the key (a loaded
# machine may take a while to show it), where a clock that ran on under the help
# would have lost those 3 s too.
a=$(secs_left); sleep 3; b=$(secs_left)
tui_screen | grep -q 'Keys: run' && [ -n "$a" ] && [ "$a" = "$b" ]
ok $? "the time stood still under the help ($a -> $b over 3 s)"
t1=$(now_ms)
tui_keys x
n=0; while [ "$n" -lt 100 ] && tui_screen | grep -q 'Keys: run'; do sleep 0.05; n=$((n + 1)); done
c=$(secs_left); t2=$(now_ms)
[ -n "$c" ] && [ "$c" -le "$b" ] && [ $(( (b - c - 1) * 1000 )) -le $((t2 - t1)) ]
ok $? "it goes on from there after the help ($b -> $c in $((t2 - t1)) ms)"

tui_keys q
tui_wait 'End this session now\? y/n' 3; ok $? "q asks first"
tui_keys n
n=0; while [ "$n" -lt 40 ] && tui_screen | grep -q 'End this session'; do sleep 0.05; n=$((n + 1)); done
! tui_screen | grep -q 'End this session' && tui_screen | grep -q 'Long hold'
ok $? "n goes on with the session"
for k in Escape q; do
	tui_keys q
	tui_wait 'End this session now\? y/n' 3
	tui_keys $k
	n=0; while [ "$n" -lt 40 ] && tui_screen | grep -q 'End this session'; do sleep 0.05; n=$((n + 1)); done
	! tui_screen | grep -q 'End this session' && tui_screen | grep -q 'Long hold'
	ok $? "$k on the question goes on with the session"
done
[ ! -s "$LOG" ]; ok $? "nothing logged yet"
tui_keys q
tui_wait 'End this session' 3
tui_keys y
tui_wait 'Session ended early' 3; ok $? "y ends it with a summary"
tui_screen | grep -q 'Outcome:     abandoned'; ok $? "the summary says abandoned"
grep -q '	long-test	.*	abandoned	' "$LOG"; ok $? "the log has an abandoned record"
[ "$(wc -l <"$LOG")" -eq 1 ]; ok $? "exactly one record"
tui_keys q
st=$(tui_exit 5); [ "$st" = 0 ]; ok $? "q on the summary exits 0 (got '$st')"
tui_stop

# Space on the summary, as Enter, goes back to the areas.
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 0 --no-pain run short-test
tui_wait 'Shoulder rolls' 5 && tui_keys q y
tui_wait 'Session ended early' 3
tui_keys Space
tui_wait 'where does it hurt' 3; ok $? "Space on the summary goes back to the areas"
tui_stop

# Every key these screens take is in the key table, under the name the
# manual gives it.
"$BACKCOACH" keys >"$TEST_TMP/keys.txt" 2>&1
for line in 'run	+/=	' 'summary	Enter/Space	' 'confirm	y/Y	' 'confirm	n/N/Esc/q	' \
    'safety	any other key	' 'safety	PgUp/PgDn/Space	' 'pain	t/T	' 'pain	q	' 'pain	g	' 'help	any key	' \
    'run	N	' 'picker	!	'; do
	grep -q "^$line" "$TEST_TMP/keys.txt"; ok $? "keys: '$line'"
done
done_testing
