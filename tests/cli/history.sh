# history.sh - `backcoach history` on a known log: lines, summary, filters,
# bad lines skipped with their line numbers, exit statuses.
. "$top_srcdir/tests/lib.sh"
LOG="$XDG_STATE_HOME/backcoach/sessions.log"
H() { "$BACKCOACH" history "$@" >"$TEST_TMP/out" 2>"$TEST_TMP/err"; }
has() { grep -qF -- "$1" "$TEST_TMP/out"; }

# No log yet.
H
ok $? "no log: exit 0"
check "no log: says so" -- has "No sessions yet."
ok $([ ! -e "$LOG" ]; echo $?) "reading creates no file"

# A known log, around the real today (history uses the clock): sessions
# today at 08:00 and yesterday at 08:00 local time, one 40 days ago.
iso() { date -d "$1" +%Y-%m-%dT%H:%M:%S%:z; }
today=$(iso "today 08:00") yday=$(iso "yesterday 08:00") old=$(iso "40 days ago 08:00")
mkdir -p "$(dirname "$LOG")"
{
	printf 'v1\t%s\tneck-release\tneck\t600\t600\t4/4\tcompleted\t7\t4\t0.1.0\n' "$old"
	printf 'v1\t%s\tball-wall\tupper-back,middle-back\t900\t450\t2/5\tabandoned\t6\t\t0.1.0\n' "$yday"
	printf 'this line is not a record\n'
	printf 'v2\t%s\tfuture\tneck\t60\t60\t1/1\tcompleted\t\t\t9.0\n' "$today"
	printf 'v1\t%s\tneck-release\tneck\t600\t540\t4/4\tcompleted\t5\t3\t0.1.0\n' "$today"
	printf 'v1\t%s\tneck-release\tneck\t600\t5' "$today"
} >"$LOG"
cp "$LOG" "$TEST_TMP/copy"
H
ok $? "history exits 0 with bad lines in the log"
check "line 3 skipped with its number" -- grep -q "sessions.log:3: skipped: " "$TEST_TMP/err"
check "line 4 (v2) skipped as newer" -- grep -q "sessions.log:4: skipped: written by a newer" "$TEST_TMP/err"
check "torn last line 6 skipped" -- grep -q "sessions.log:6: skipped: incomplete last line" "$TEST_TMP/err"
ok $([ "$(wc -l <"$TEST_TMP/err")" -eq 3 ]; echo $?) "exactly three warnings"
check "the log is not rewritten" -- cmp -s "$LOG" "$TEST_TMP/copy"
check "today's session: minutes and pain" -- has "$(date +%Y-%m-%d) 08:00  neck-release      9.0  completed  5→3"
check "yesterday's: abandoned, pain before only" -- has "ball-wall         7.5  abandoned  6→-"
if [ "$(date +%u)" -eq 1 ]; then week="1 session, 9.0 minutes"; else week="2 sessions, 16.5 minutes"; fi
check "this week: $week" -- has "This week:     $week"
check "last 28 days: 2 sessions" -- has "Last 28 days:  2 sessions, 16.5 minutes"
check "streak: 2 days" -- has "Streak:        2 days"
check "pain change per routine" -- has "  neck-release  -2.5  (2 sessions)"
ok $(has "ball-wall     " && ! grep -q "^  ball-wall" "$TEST_TMP/out"; echo $?) "no pain change for a routine without both ratings"

# Filters.
H --routine ball-wall
ok $([ $? -eq 0 ] && ! has neck-release && has "Streak:        1 day"; echo $?) "--routine ball-wall"
H --area neck --since "$(date -d yesterday +%Y-%m-%d)"
ok $([ $? -eq 0 ] && [ "$(grep -c neck-release "$TEST_TMP/out")" -eq 2 ] && ! has ball-wall && has "(1 session)"; echo $?) \
	"--area neck --since yesterday: today's session only"
H --routine nothing-like-it
ok $([ $? -eq 0 ] && has "No sessions match."; echo $?) "no match: says so, exit 0"
H --since 2026-02-30
ok $([ $? -eq 64 ]; echo $?) "--since with a date that does not exist: exit 64"
H --since yesterday
ok $([ $? -eq 64 ]; echo $?) "--since with words: exit 64"
H --area hips
ok $([ $? -eq 64 ]; echo $?) "--area unknown: exit 64"

# ASCII arrow outside UTF-8.
LC_ALL=C "$BACKCOACH" history >"$TEST_TMP/out" 2>/dev/null
check "C locale: ASCII arrow" -- has "completed  5->3"

# An unreadable log.
rm "$LOG"; mkdir "$LOG"
H
ok $([ $? -eq 74 ]; echo $?) "unreadable log: exit 74"
check "... with a reason" -- grep -q "cannot read $LOG" "$TEST_TMP/err"
done_testing
