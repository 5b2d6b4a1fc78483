#!/bin/sh
# The history screen (h): it says when lines of the log were skipped, and
# its list of sessions scrolls with the keys the key table gives it.
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

# On a terminal, `backcoach history`'s summary fits the terminal's width:
# 60 columns (-J joins what the terminal wrapped: a line the program wrote
# wider than 60 shows whole).
tui_start 60 60 "$BACKCOACH" history
tui_wait '^\[exit 0\]' 5
tui_screen -J | sed -n '/^This week:/,/^\[exit/p' | sed 's/ *$//' >"$TEST_TMP/sum60"
w=$(sed '$d' "$TEST_TMP/sum60" | wc -L)
ok $([ -s "$TEST_TMP/sum60" ] && [ "$w" -le 60 ]; echo $?) "history on a 60-column terminal: no summary line over 60 (longest $w)"
grep -qx 'Pain change per routine (after minus before, averaged over' "$TEST_TMP/sum60"
ok $? "... its prose wrapped between words at 60"
tui_stop

"$BACKCOACH" keys >"$TEST_TMP/keys.txt" 2>&1
for k in 'Up/Down/k/j' 'PgUp/PgDn' 'Home/End/g/G' 'q/Esc/h/Backspace'; do
	grep -q "^history	$k	" "$TEST_TMP/keys.txt"; ok $? "keys: $k on the history screen"
done

tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound
tui_wait 'where does it hurt' 5 && tui_keys h
tui_wait '^ History' 3; ok $? "h opens the history"
tui_screen | grep -q '1 line of the log was skipped (line 5): run backcoach history to see why'
ok $? "the screen says a line was skipped, which, and where to see why"
tui_screen | grep -q 'Recent sessions 1-[0-9]* of 30:'; ok $? "the list says which of the 30 it shows"
# (the sessions' list: the pain per routine above it names routines too)
recent() { tui_screen | sed -n '/Recent sessions/,$p'; }
recent | grep -q ' r-01$' && ! recent | grep -q ' r-30$'; ok $? "the newest first, the oldest below"
tui_keys Down
tui_wait 'Recent sessions 2-' 3 && ! recent | grep -q ' r-01$'; ok $? "Down scrolls a session"
tui_keys Up
tui_wait 'Recent sessions 1-' 3 && recent | grep -q ' r-01$'; ok $? "Up scrolls back"
page=$(tui_screen | sed -n 's/.*Recent sessions 1-\([0-9]*\) of 30.*/\1/p')
tui_keys NPage
tui_wait "Recent sessions $page-" 3; ok $? "PgDn scrolls a page less a line (page of ${page:-?})"
tui_keys PPage
tui_wait 'Recent sessions 1-' 3; ok $? "PgUp scrolls back"
tui_keys End
tui_wait 'Recent sessions [0-9]*-30 of 30' 3 && recent | grep -q ' r-30$'; ok $? "End shows the oldest"
tui_keys j j
sleep 0.2
tui_screen | grep -q 'Recent sessions [0-9]*-30 of 30'; ok $? "no scrolling past the end"
tui_keys k
tui_wait 'Recent sessions [0-9]*-29 of 30' 3; ok $? "and k comes back at once"
tui_keys Home
tui_wait 'Recent sessions 1-' 3; ok $? "Home shows the newest"
tui_keys '?'
tui_wait 'Keys: history' 3 && tui_screen | grep -q 'q/Esc/h/Backspace  close the history'; ok $? "? shows the history's keys"
tui_keys x
tui_wait 'Recent sessions 1-' 3 && ! tui_screen | grep -q 'Keys: history'; ok $? "any key closes the box"
tui_keys BSpace
tui_wait 'where does it hurt' 3; ok $? "Backspace closes the history"
tui_keys h
tui_wait '^ History' 3 && tui_keys Escape
tui_wait 'where does it hurt' 3; ok $? "Esc closes the history"
tui_keys h
tui_wait '^ History' 3 && tui_keys q
tui_wait 'where does it hurt' 3; ok $? "q closes the history"
tui_stop

# A short screen gives the sessions room (the chart and the weekly pain go
# first): at 40x12, with the warning's two rows, 3 sessions show and scroll,
# and the key line says how.
tui_start 40 12 "$BACKCOACH" -d "$R" --no-sound
tui_wait 'where does it hurt' 5 && tui_keys h
tui_wait '^ History' 3
n=$(tui_screen | sed -n 's/.*Recent sessions 1-\([0-9]*\) of 30.*/\1/p')
# (a row is cut at 40 columns: the sessions by their dates)
d1=$(date -d '1 day ago' +'%b %d') d30=$(date -d '30 days ago' +'%b %d')
ok $([ -n "$n" ] && [ "$n" -ge 3 ] && recent | sed -n 2p | grep -q "^ *$d1 08:00 .*completed"; echo $?) \
	"40x12: the list shows sessions 1-${n:-none} of 30, the newest first"
tui_screen | tail -1 | grep -q 'Up/Down scroll  q/Esc close'
ok $? "40x12: the key line says how to scroll and close ($(tui_screen | tail -1))"
tui_keys Down
tui_wait 'Recent sessions 2-' 3 && ! recent | grep -q "$d1 08:00"; ok $? "40x12: Down scrolls a session"
tui_keys End
tui_wait 'Recent sessions [0-9]*-30 of 30' 3 && recent | grep -q "$d30 08:00"; ok $? "40x12: End shows the oldest"
tui_keys q
tui_stop

# Routines by title; a session stopped in its first minute is listed as
# too short and counted apart.
printf 'v1\t%s\tshort-test\tneck\t60\t60\t1/1\tcompleted\t6\t4\t0.1.0\n' \
    "$(date -d "today 00:00" +%Y-%m-%dT%H:%M:%S%:z)" >>"$LOG"
printf 'v1\t%s\tlong-test\tneck\t600\t3\t0/2\tabandoned\t8\t1\t0.1.0\n' \
    "$(date -d "today 00:01" +%Y-%m-%dT%H:%M:%S%:z)" >>"$LOG"
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound
tui_wait 'where does it hurt' 5 && tui_keys h
tui_wait '^ History' 3
tui_screen | grep -q 'completed  6→4    Short test routine$'; ok $? "a routine is named by its title"
tui_screen | grep -q 'too short  8→1    Long test routine$'; ok $? "3 s then quit: listed as too short"
tui_screen | grep -q 'Too short: 1 (not counted)'; ok $? "... and counted apart in the summary"
tui_screen | grep -q ' r-01$'; ok $? "an id not in the library stays an id"
tui_keys q
tui_stop

# More bad lines: counted, the first ones named; a small screen still shows it.
printf 'v1\tnonsense\n' >>"$LOG"
printf 'v1\tnonsense\n' >>"$LOG"
printf 'v1\tnonsense\n' >>"$LOG"
tui_start 40 12 "$BACKCOACH" -d "$R" --no-sound
tui_wait 'where does it hurt' 5 && tui_keys h
tui_wait '^ History' 3
tui_screen | tr -s ' \n' '  ' | grep -q '4 lines of the log were skipped (lines 5, 34, 35 and 1 more): run backcoach history to see why'
ok $? "40x12: 4 lines skipped, the first three named, wrapped"
tui_keys q
tui_wait 'where does it hurt' 3; ok $? "40x12: q closes it"
tui_stop

# The pain per routine, as `backcoach history` gives it: Short test routine
# 6 sessions, pain before 8, 7, 6, 5, 4, 3 and after two less: -2.0, and a
# line through them falls 1 a session, 5 over the six: "falling 5.0"; Long
# test routine 2 sessions 5->4: -1.0, too few for a direction.  Between the
# weekly pain and the sessions, at 80x24, in English and in German.
: >"$LOG"
for i in 8 7 6 5 4 3; do
	printf 'v1\t%s\tshort-test\tneck\t60\t60\t3/3\tcompleted\t%d\t%d\t0.1.0\n' \
	    "$(date -d "$i days ago 08:00" +%Y-%m-%dT%H:%M:%S%:z)" $i $((i - 2)) >>"$LOG"
done
for i in 2 1; do
	printf 'v1\t%s\tlong-test\tmiddle-back\t600\t600\t2/2\tcompleted\t5\t4\t0.1.0\n' \
	    "$(date -d "$i days ago 09:00" +%Y-%m-%dT%H:%M:%S%:z)" >>"$LOG"
done
"$BACKCOACH" history >"$TEST_TMP/cli" 2>&1
# (the command reads the default routines: an id)
grep -qE '^ +-2\.0 +6  falling 5\.0 +short-test$' "$TEST_TMP/cli"; ok $? "history: short-test -2.0 over 6, falling 5.0"
for lang in en de; do
	if [ $lang = de ]; then
		locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$' || { skip "no de_DE.UTF-8 locale"; continue; }
		set -- env LC_ALL= LANG=de_DE.UTF-8 LANGUAGE=de
		head='Schmerzänderung je Übungsfolge' wk='Schmerz vorher und nachher' rec='Letzte Übungseinheiten'
		short='-2,0  6  fallend 5,0 +Short test routine' long='-1,0  2  zu wenige Einheiten +Long test routine'
	else
		set -- env
		head='Pain change per routine' wk='Pain before and after' rec='Recent sessions'
		short='-2\.0  6  falling 5\.0 +Short test routine' long='-1\.0  2  too few sessions +Long test routine'
	fi
	tui_start 80 24 "$@" "$BACKCOACH" -d "$R" --no-sound
	tui_wait 'where does it hurt|wo schmerzt es' 5 && tui_keys h
	tui_wait "^ $head" 3
	tui_screen >"$TEST_TMP/scr"
	y=$(grep -n "^ $head" "$TEST_TMP/scr" | cut -d: -f1)
	w=$(grep -n "^ $wk" "$TEST_TMP/scr" | cut -d: -f1)
	r=$(grep -n "^ $rec" "$TEST_TMP/scr" | cut -d: -f1)
	ok $([ -n "$y" ] && [ -n "$w" ] && [ -n "$r" ] && [ "$w" -lt "$y" ] && [ $((y + 3)) -lt "$r" ]; echo $?) \
	    "$lang 80x24: the pain per routine (row ${y:-?}) below the weeks (${w:-?}), above the sessions (${r:-?})"
	sed -n "$((${y:-1} + 1))p" "$TEST_TMP/scr" | grep -qE "^ +$short\$"; ok $? "$lang: the routine with more sessions first, falling 5"
	sed -n "$((${y:-1} + 2))p" "$TEST_TMP/scr" | grep -qE "^ +$long\$"; ok $? "$lang: then the other, too few sessions"
	sed -n "$((${y:-1} + 3))p" "$TEST_TMP/scr" | grep -qE '^ *$'; ok $? "$lang: a blank row before the sessions"
	sed -n "$((${r:-1} + 3)),23p" "$TEST_TMP/scr" | grep -qE ' [0-9]+→[0-9]+ +(Short|Long) test routine$'; ok $? "$lang: 3 sessions or more listed below it"
	tui_keys q
	tui_stop
done

# A log that cannot be read says so.
rm -f "$LOG"; mkdir "$LOG"
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound
tui_wait 'where does it hurt' 5 && tui_keys h
tui_wait '^ History' 3
tui_screen | grep -q "cannot read .*sessions.log"; ok $? "an unreadable log: the screen says it cannot read it"
tui_keys q q
tui_stop
done_testing
