#!/bin/sh
# The history screen (h) says when lines of the log were skipped.
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log

# 30 sessions, one a day, the newest yesterday (r-01) and the oldest 30 days
# ago (r-30); line 5 of the log is not a record.
i=30
while [ $i -ge 1 ]; do
	printf 'v1\t%s\tr-%02d\tneck\t600\t300\t2/4\tcompleted\t5\t3\t0.1.0\n' \
	    "$(date -d "$i days ago 08:00" +%Y-%m-%dT%H:%M:%S%:z)" $i >>"$LOG"
	[ $i = 27 ] && printf 'not a record\n' >>"$LOG"
	i=$((i - 1))
done
"$BACKCOACH" history >/dev/null 2>"$TEST_TMP/err"
grep -q 'sessions.log:5: skipped: ' "$TEST_TMP/err"; ok $? "backcoach history names line 5"

tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound
tui_wait 'where does it hurt' 5 && tui_keys h
tui_wait '^ History' 3; ok $? "h opens the history"
tui_screen | grep -q '1 line of the log was skipped (line 5): run backcoach history to see why'
ok $? "the screen says a line was skipped, which, and where to see why"
tui_keys BSpace
tui_wait 'where does it hurt' 3; ok $? "Backspace closes the history"
tui_keys h
tui_wait '^ History' 3 && tui_keys Escape
tui_wait 'where does it hurt' 3; ok $? "Esc closes the history"
tui_keys h
tui_wait '^ History' 3 && tui_keys q
tui_wait 'where does it hurt' 3; ok $? "q closes the history"
tui_stop

# More bad lines: counted, the first ones named; a small screen still shows it.
printf 'v1\tnonsense\n' >>"$LOG"
printf 'v1\tnonsense\n' >>"$LOG"
printf 'v1\tnonsense\n' >>"$LOG"
tui_start 40 12 "$BACKCOACH" -d "$R" --no-sound
tui_wait 'where does it hurt' 5 && tui_keys h
tui_wait '^ History' 3
tui_screen | tr -s ' \n' '  ' | grep -q '4 lines of the log were skipped (lines 5, 32, 33 and 1 more): run backcoach history to see why'
ok $? "40x12: 4 lines skipped, the first three named, wrapped"
tui_keys q
tui_wait 'where does it hurt' 3; ok $? "40x12: q closes it"
tui_stop

# A log that cannot be read says so.
rm -f "$LOG"; mkdir "$LOG"
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound
tui_wait 'where does it hurt' 5 && tui_keys h
tui_wait '^ History' 3
tui_screen | grep -q "cannot read .*sessions.log"; ok $? "an unreadable log: the screen says it cannot read it"
tui_keys q q
tui_stop
done_testing
