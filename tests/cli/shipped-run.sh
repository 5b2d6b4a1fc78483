#!/bin/sh
# Every shipped routine runs end to end: plain mode with time running 500
# times faster (BACKCOACH_CLOCK_SCALE), each to "finished N/N steps" at its
# planned length, each leaving a completed record with that length.
#
# The finished line's offset is on the program's own (scaled) clock.  It is
# never before the planned length: the deadlines are the routine's, so a
# timeline or clock that ran short fails.  It may be after it by the real
# time a loaded machine takes to wake the program, times the scale: 250 ms
# of real time is 125 s of session time at 500x.
. "$top_srcdir/tests/lib.sh"
D=$top_srcdir/routines
SCALE=500
LATE=$(awk -v s=$SCALE 'BEGIN { print 0.25 * s }')
LOG=$XDG_STATE_HOME/backcoach/sessions.log
"$BACKCOACH" -d "$D" list >"$TEST_TMP/list" 2>&1
n=$(wc -l <"$TEST_TMP/list")
[ "$n" -ge 12 ]; ok $? "at least 12 shipped routines ($n)"
while IFS='	' read -r id len kind areas title; do
	BACKCOACH_CLOCK_SCALE=$SCALE "$BACKCOACH" -d "$D" --no-sound --ready 0 --plain run "$id" \
		>"$TEST_TMP/out" 2>"$TEST_TMP/err"
	st=$?
	steps=$("$BACKCOACH" -d "$D" show "$id" | grep -c '^ *[0-9][0-9]*\. ')
	secs=$(echo "$len" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
	last=$(tail -1 "$TEST_TMP/out")
	at=$(echo "$last" | cut -f1)
	echo "$last" | grep -q "	finished	.*	$steps/$steps steps$" && [ $st -eq 0 ] &&
		awk -v a="$at" -v s="$secs" -v l="$LATE" 'BEGIN { d = a - s; exit !(d >= 0 && d <= l) }'
	ok $? "$id runs to its end: $steps/$steps steps at ${at}s of ${secs}s, never before, at most ${LATE}s after (exit $st)"
	rec=$(tail -1 "$LOG" | cut -f3,5,6,7,8)
	[ "$rec" = "$(printf '%s\t%s\t%s\t%s/%s\tcompleted' "$id" "$secs" "$secs" "$steps" "$steps")" ]
	ok $? "$id leaves a completed record of $secs s ($rec)"
done <"$TEST_TMP/list"
done_testing
