# history.sh - `backcoach history` on a known log: lines, summary, what the
# figures leave out, filters, formats, several logs, bad lines skipped with
# their line numbers, what is not a regular file, exit statuses.
# The clock is fixed with BACKCOACH_NOW (and TZ=UTC): Wednesday 2026-11-25
# 12:00 UTC.  Every expected figure below is worked out by hand.
. "$top_srcdir/tests/lib.sh"
export TZ=UTC BACKCOACH_NOW=1795608000 LC_ALL=C.UTF-8
LOG="$XDG_STATE_HOME/backcoach/sessions.log"
H() { "$BACKCOACH" history "$@" >"$TEST_TMP/out" 2>"$TEST_TMP/err"; }
has() { grep -qF -- "$1" "$TEST_TMP/out"; }
NECK="Neck stretches at your desk"	# neck-desk-stretch's title

# No log yet.
H
ok $? "no log: exit 0"
check "no log: says so" -- has "No sessions yet."
ok $([ ! -e "$LOG" ]; echo $?) "reading creates no file"

# The log:
#  1 Oct 16 (40 days ago)  neck-desk-stretch  10.0 min completed 7->4
#  2 Tue Nov 24 08:00      ball-wall-trigger-tour 7.5 min abandoned 6->-
#  3 not a record; 4 a newer format; 5 a record of another kind (silent)
#  6 Wed Nov 25 08:00      neck-desk-stretch   9.0 min completed 5->3
#  7 Wed Nov 25 08:30      neck-desk-stretch   2 s abandoned 8->1: too short
#  8 Fri Nov 27 08:00      old-routine (no longer in the library), later than now
#  9 torn: no newline
mkdir -p "$(dirname "$LOG")"
{
	printf 'v1\t2026-10-16T08:00:00+00:00\tneck-desk-stretch\tneck\t600\t600\t4/4\tcompleted\t7\t4\t0.1.0\n'
	printf 'v1\t2026-11-24T08:00:00+00:00\tball-wall-trigger-tour\tupper-back,middle-back\t900\t450\t2/5\tabandoned\t6\t\t0.1.0\n'
	printf 'this line is not a record\n'
	printf 'v2\t2026-11-25T08:00:00+00:00\tfuture\tneck\t60\t60\t1/1\tcompleted\t\t\t9.0\n'
	printf 'break\t2026-11-25T08:10:00+00:00\tkept\n'
	printf 'v1\t2026-11-25T08:00:00+00:00\tneck-desk-stretch\tneck\t600\t540\t4/4\tcompleted\t5\t3\t0.1.0\n'
	printf 'v1\t2026-11-25T08:30:00+00:00\tneck-desk-stretch\tneck\t600\t2\t0/4\tabandoned\t8\t1\t0.1.0\n'
	printf 'v1\t2026-11-27T08:00:00+00:00\told-routine\tneck\t300\t300\t1/1\tcompleted\t4\t2\t0.1.0\n'
	printf 'v1\t2026-11-25T09:00:00+00:00\tneck-desk-stretch\tneck\t600\t5'
} >"$LOG"
chmod 600 "$LOG"
cp "$LOG" "$TEST_TMP/copy"
H
ok $? "history exits 0 with bad lines in the log"
check "line 3 skipped with its number" -- grep -q "sessions.log:3: skipped: " "$TEST_TMP/err"
check "line 4 (v2) skipped as newer" -- grep -q "sessions.log:4: skipped: written by a newer" "$TEST_TMP/err"
check "torn last line 9 skipped" -- grep -q "sessions.log:9: skipped: incomplete last line" "$TEST_TMP/err"
ok $([ "$(wc -l <"$TEST_TMP/err")" -eq 3 ]; echo $?) "exactly three warnings (the other kind on line 5 is silent)"
check "the log is not rewritten" -- cmp -s "$LOG" "$TEST_TMP/copy"
check "heading" -- has "Date              Minutes  Outcome    Pain   Routine"
check "today's session by title: minutes and pain" -- has "2026-11-25 08:00      9.0  completed  5→3    $NECK"
check "yesterday's: abandoned, pain before only" -- has "2026-11-24 08:00      7.5  abandoned  6→-    Ball-on-the-wall trigger point tour"
check "the 2 s one: too short" -- has "2026-11-25 08:30      0.0  too short  8→1    $NECK"
check "an id no longer in the library: the id" -- has "2026-11-27 08:00      5.0  completed  4→2    old-routine"
ok $(sed -n 2p "$TEST_TMP/out" | grep -q "^2026-10-16 08:00     10.0"; echo $?) "oldest first"
# This week (Mon Nov 23 on): sessions 2 and 6 = 7.5 + 9.0; 7 too short, 8 later than now.
check "this week: 2 sessions, 16.5 minutes" -- has "This week:     2 sessions, 16.5 minutes"
check "last 28 days (from Oct 29): the same two" -- has "Last 28 days:  2 sessions, 16.5 minutes"
check "streak: Nov 24 and 25" -- has "Streak:        2 days"
check "abandoned: 1, counted" -- has "Abandoned:     1 session, counted in these figures"
# (lines past 80 columns wrap under their figures: read them joined)
tr -s ' \n' '  ' <"$TEST_TMP/out" >"$TEST_TMP/joined"
check "too short: 1, left out" -- grep -qF "Too short: 1 session abandoned within the first minute, left out of every figure" "$TEST_TMP/joined"
check "later than now: 1, left out" -- has "Later than now: 1 session dated after this moment"
# Pain change of neck-desk-stretch: sessions 1 (-3) and 6 (-2), not 7's -7: -2.5.
check "pain change -2.5 over 2 (not the 2 s session's -7)" -- has "    -2.5         2  too few sessions  $NECK"
ok $(! grep -q "^ .*Ball-on-the-wall" "$TEST_TMP/out" && ! grep -q "^ .*old-routine" "$TEST_TMP/out"; echo $?) \
	"no pain change for a routine without both ratings, nor for a later one"

# The summary fits 80 columns when standard output is not a terminal, in
# English and in German: its prose wraps between words (the words are all
# there, in order, and each continuation is indented under its figures),
# and a long title is cut with the mark.
mkdir -p "$XDG_CONFIG_HOME/backcoach/routines"
cat >"$XDG_CONFIG_HOME/backcoach/routines/wide.yaml" <<'YAML'
id: wide-title
title: A routine whose title is much longer than the column left for it in the table
summary: For the width test.
areas: [neck]
kind: stretch
caution: Stop if pain becomes sharp.
steps:
  - name: One
    seconds: 60
    instructions: Breathe.
YAML
cp "$LOG" "$TEST_TMP/before-wide"
# (the log's last line is torn: end it first)
printf '\nv1\t2026-11-25T07:00:00+00:00\twide-title\tneck\t60\t60\t1/1\tcompleted\t6\t4\t0.1.0\n' >>"$LOG"
# wider than the summary: the table's rows (history_text_row) are not its business
summary() { sed -n '/^$/,$p' "$TEST_TMP/out"; }
H
w=$(summary | wc -L)
ok $([ "$w" -le 80 ]; echo $?) "not a terminal: no summary line over 80 columns (longest $w)"
check "prose wrapped at a space, every word kept" -- sh -c "tr -s ' \n' '  ' <'$TEST_TMP/out' | grep -qF 'Pain change per routine (after minus before, averaged over the sessions with both ratings) and how the pain before moved over them:'"
check "a continuation starts under the figures (col 15)" -- sh -c "grep -A1 '^Too short:' '$TEST_TMP/out' | tail -1 | grep -qE '^ {15}[^ ]'"
check "the long title: cut at 80 with the mark" -- sh -c "grep -q '  too few sessions  A routine whose title is much longer than…\$' '$TEST_TMP/out' && [ \$(grep 'A routine whose' '$TEST_TMP/out' | tail -1 | wc -L) -eq 80 ]"
w=$(wc -L <"$TEST_TMP/out")
ok $([ "$w" -le 80 ]; echo $?) "not a terminal: the list's rows fit 80 columns too (longest $w)"
check "the list's row of the long title: cut with the mark" -- grep -q '^2026-11-25 07:00 .*  A routine whose title is much .*…$' "$TEST_TMP/out"
check "--format tsv keeps the title whole" -- sh -c "'$BACKCOACH' history --format tsv | grep -qF 'A routine whose title is much longer than the column left for it in the table'"
if locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
	LC_ALL= LANG=de_DE.UTF-8 LANGUAGE=de "$BACKCOACH" history >"$TEST_TMP/out" 2>/dev/null
	w=$(summary | LC_ALL=C.UTF-8 wc -L)
	ok $([ "$w" -le 80 ] && grep -q '^Zu kurz:' "$TEST_TMP/out"; echo $?) "German: no summary line over 80 columns (longest $w)"
	w=$(LC_ALL=C.UTF-8 wc -L <"$TEST_TMP/out")
	ok $([ "$w" -le 80 ]; echo $?) "German: no line of the list over 80 columns either (longest $w)"
	check "German: the prose whole, wrapped" -- sh -c "tr -s ' \n' '  ' <'$TEST_TMP/out' | grep -qF 'Schmerzänderung je Übungsfolge (nachher minus vorher,'"
else
	skip "no de_DE.UTF-8 locale for the German width"
	skip "no de_DE.UTF-8 locale for the German width"
	skip "no de_DE.UTF-8 locale for the German width"
fi
cp "$TEST_TMP/before-wide" "$LOG"
rm "$XDG_CONFIG_HOME/backcoach/routines/wide.yaml"
H

# Filters.
H --routine ball-wall-trigger-tour
ok $([ $? -eq 0 ] && ! has "$NECK" && has "Streak:        1 day"; echo $?) "--routine: only it; its streak ends yesterday"
H --area neck --since 2026-11-25
ok $([ $? -eq 0 ] && [ "$(grep -c "$NECK" "$TEST_TMP/out")" -eq 3 ] && ! has Ball-on; echo $?) \
	"--area neck --since 2026-11-25: sessions 6, 7 and the change line"
check "... change of session 6 only: -2.0" -- has "    -2.0         1  too few sessions  $NECK"
H --routine neck-desk-stretch --since 2026-11-26
ok $([ $? -eq 0 ] && has "No sessions match."; echo $?) "no match: says so, exit 0"
# an id in neither the library nor the log is a usage error, said once
H --routine nothing-like-it; st=$?
ok $([ $st -eq 64 ] && [ ! -s "$TEST_TMP/out" ] &&
	[ "$(cat "$TEST_TMP/err")" = "backcoach: --routine nothing-like-it: no such routine in the library or the log (see backcoach list)" ]; echo $?) \
	"an unknown id: one line on stderr, exit 64 ($st: $(cat "$TEST_TMP/err"))"
H --routine neck-dsk-stretch; st=$?
ok $([ $st -eq 64 ] && grep -qF "(did you mean 'neck-desk-stretch'?)" "$TEST_TMP/err"; echo $?) \
	"a typo of an id: did you mean ($st: $(cat "$TEST_TMP/err"))"
# an id only the log knows (a routine since removed) is shown as before
H --routine old-routine; st=$?
ok $([ $st -eq 0 ] && ! grep -q -- --routine "$TEST_TMP/err" && has "completed  4→2    old-routine"; echo $?) \
	"an id only in the log: its sessions, exit 0 ($st)"
H --since 2026-02-30
ok $([ $? -eq 64 ]; echo $?) "--since with a date that does not exist: exit 64"
H --since yesterday
ok $([ $? -eq 64 ]; echo $?) "--since with words: exit 64"
H --area hips
ok $([ $? -eq 64 ]; echo $?) "--area unknown: exit 64"
H --format xml
ok $([ $? -eq 64 ] && grep -q "format wants text, tsv, csv or json" "$TEST_TMP/err"; echo $?) "--format xml: exit 64"

# ASCII arrow outside UTF-8.
LC_ALL=C "$BACKCOACH" history >"$TEST_TMP/out" 2>/dev/null
check "C locale: ASCII arrow" -- has "completed  5->3"

# Formats: the five records, no summary.
H --format json
ok $([ $? -eq 0 ] && [ "$(wc -l <"$TEST_TMP/out")" -eq 5 ]; echo $?) "json: one line per session (5)"
check "json: the too short session, every field" -- has "{\"start\":\"2026-11-25T08:30:00+00:00\",\"routine\":\"neck-desk-stretch\",\"title\":\"$NECK\",\"areas\":[\"neck\"],\"planned_seconds\":600,\"done_seconds\":2,\"steps_done\":0,\"steps_total\":4,\"outcome\":\"abandoned\",\"pain_before\":8,\"pain_after\":1,\"too_short\":true,\"log\":\"$LOG\"}"
if command -v python3 >/dev/null 2>&1; then
	python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$TEST_TMP/out"
	ok $? "json: every line parses as JSON"
else
	skip "no python3 to parse the JSON"
fi
H --format csv
ok $([ $? -eq 0 ] && [ "$(wc -l <"$TEST_TMP/out")" -eq 6 ]; echo $?) "csv: a header and 5 rows"
check "csv: areas quoted, a missing rating empty" -- has "2026-11-24T08:00:00+00:00,ball-wall-trigger-tour,Ball-on-the-wall trigger point tour,\"upper-back,middle-back\",900,450,2,5,abandoned,6,,false,$LOG"
H --format tsv
check "tsv: header" -- has "start	routine	title	areas	planned_seconds	done_seconds	steps_done	steps_total	outcome	pain_before	pain_after	too_short	log"
check "tsv: old-routine has no title" -- has "2026-11-27T08:00:00+00:00	old-routine		neck	300	300	1	1	completed	4	2	false	$LOG"

# Several logs: --log replaces the default; given twice, read together.
printf 'v1\t2026-11-23T10:00:00+00:00\tdesk-reset\tneck\t160\t160\t3/3\tcompleted\t4\t2\t0.1.0\n' >"$TEST_TMP/laptop.log"
H --log "$TEST_TMP/laptop.log"
ok $([ $? -eq 0 ] && has "Quick desk reset" && ! has "$NECK"; echo $?) "--log FILE reads that log only"
H --log "$LOG" --log "$TEST_TMP/laptop.log"
ok $? "two --log: exit 0"
check "merged by start time: Monday's desk reset between Oct 16 and Nov 24" -- \
	sh -c "sed -n '2,4p' '$TEST_TMP/out' | cut -c1-16 | tr '\n' ' ' | grep -qx '2026-10-16 08:00 2026-11-23 10:00 2026-11-24 08:00 '"
check "this week counts both: 3 sessions, 16.5 + 2.7 = 19.2 minutes" -- has "This week:     3 sessions, 19.2 minutes"
check "nothing is written to either log" -- cmp -s "$LOG" "$TEST_TMP/copy"

# A FIFO is refused at once; a link is not followed; neither is waited on.
mkfifo "$TEST_TMP/fifo.log"
timeout 20 "$BACKCOACH" history --log "$TEST_TMP/fifo.log" >"$TEST_TMP/out" 2>"$TEST_TMP/err"
ok $([ $? -eq 74 ]; echo $?) "a FIFO as log: exit 74, no wait"
check "... not a regular file" -- grep -q "cannot read $TEST_TMP/fifo.log: not a regular file (a FIFO)" "$TEST_TMP/err"
mv "$LOG" "$TEST_TMP/real.log"
ln -s "$TEST_TMP/real.log" "$LOG"
H
ok $([ $? -eq 74 ]; echo $?) "a symbolic link as log: exit 74"
check "... saying it is a link" -- grep -q "cannot read $LOG: it is a symbolic link" "$TEST_TMP/err"
rm "$LOG"; mv "$TEST_TMP/real.log" "$LOG"

# Over-wide modes on the person's own log are narrowed, and said.
chmod 666 "$LOG"; chmod 777 "$(dirname "$LOG")"
H
ok $? "a 0666 log in a 0777 directory: read"
ok $([ "$(stat -c %a "$LOG")" = 600 ] && [ "$(stat -c %a "$(dirname "$LOG")")" = 700 ]; echo $?) "... made 0600 and 0700"
check "... and said" -- grep -q "sessions.log had mode 0666 (others could read it); changed it to 0600" "$TEST_TMP/err"
chmod 644 "$TEST_TMP/laptop.log"
H --log "$TEST_TMP/laptop.log"
ok $([ "$(stat -c %a "$TEST_TMP/laptop.log")" = 644 ]; echo $?) "another --log file's mode is left alone"

# A line of 40 MB (it continues the torn line 9): skipped with the usual warning, the record after it read,
# and no more memory than for a small log (the line is never held whole).
cp "$LOG" "$TEST_TMP/small.log"
{
	printf 'v1\t'
	head -c 41943040 /dev/zero | tr '\0' x
	printf '\n'
	printf 'v1\t2026-11-25T11:00:00+00:00\tdesk-reset\tneck\t160\t160\t3/3\tcompleted\t4\t2\t0.1.0\n'
} >>"$LOG"
H
ok $? "a 40 MB line: exit 0"
check "... skipped as too long, with its line number" -- grep -q "sessions.log:9: skipped: line too long (over 1024 bytes)" "$TEST_TMP/err"
check "... the record after it is read" -- has "2026-11-25 11:00      2.7  completed  4→2    Quick desk reset"
if [ -x /usr/bin/time ]; then
	/usr/bin/time -f %M -o "$TEST_TMP/rss-small" "$BACKCOACH" history --log "$TEST_TMP/small.log" >/dev/null 2>&1
	/usr/bin/time -f %M -o "$TEST_TMP/rss-big" "$BACKCOACH" history >/dev/null 2>&1
	small=$(tail -1 "$TEST_TMP/rss-small") big=$(tail -1 "$TEST_TMP/rss-big")
	ok $([ "$big" -lt $((small + 8192)) ]; echo $?) "peak memory with the 40 MB line within 8 MiB of a small log's (${big} vs ${small} KiB)"
else
	skip "no /usr/bin/time to measure peak memory"
fi

# An unreadable log.
rm "$LOG"; mkdir "$LOG"
H
ok $([ $? -eq 74 ]; echo $?) "a directory as log: exit 74"
check "... with a reason" -- grep -q "cannot read $LOG: not a regular file (a directory)" "$TEST_TMP/err"

# A --log file that is not there is a usage error, not "No sessions yet."
"$BACKCOACH" history --log "$TEST_TMP/no-such.log" >"$TEST_TMP/out" 2>"$TEST_TMP/err"
ok $([ $? -eq 64 ]; echo $?) "a missing --log file: exit 64"
check "... one line naming it" -- [ "$(cat "$TEST_TMP/err")" = "backcoach: --log $TEST_TMP/no-such.log: No such file or directory" ]
check "... and nothing on stdout" -- [ ! -s "$TEST_TMP/out" ]
done_testing
