#!/bin/sh
# tests/remind/plan-cli.sh - `today`, `history` and `validate` with a plan,
# against a log written here.  Every figure below was worked out by hand
# from the log and the plan (TZ=Europe/Berlin; "now" is Thursday
# 2026-12-03 12:00 CET), not copied from the program's output.
. "$top_srcdir/tests/lib.sh"
export TZ=Europe/Berlin
cfg=$XDG_CONFIG_HOME/backcoach
log=$XDG_STATE_HOME/backcoach/sessions.log
mkdir -p "$cfg" "$(dirname "$log")"

# no plan yet
out=$("$BACKCOACH" today 2>&1); st=$?
ok $st "today without a plan: exit 0"
case $out in *"No plan"*plan.yaml*) ok 0 "today without a plan says where to write one" ;;
*) ok 1 "today without a plan says where to write one"; diag "$out" ;; esac
"$BACKCOACH" today --plan "$TEST_TMP/none.yaml" >/dev/null 2>&1
ok $([ $? -eq 64 ]; echo $?) "today --plan with no such file: exit 64"

cp "$top_srcdir/tests/plan/plan.yaml" "$cfg/plan.yaml"
T=$(printf '\t')
# v1 records: start, routine, areas, planned, done, steps, outcome, pains, version
rec() { printf 'v1%s%s%s%s%sneck%s300%s%s%s5/5%s%s%s%s%s0.1.0\n' "$T" "$1" "$T" "$2" "$T" "$T" "$T" "$3" "$T" "$T" "$4" "$T" "$T" "$T"; }
{
	rec 2026-12-01T09:00:00+01:00 desk-reset 300 completed		# Tue
	rec 2026-12-01T13:00:00+01:00 desk-reset 300 completed		# Tue
	rec 2026-12-02T10:00:00+01:00 desk-reset 120 abandoned		# Wed: does not count
	rec 2026-12-03T08:30:00+01:00 desk-reset 300 completed		# Thu
	rec 2026-12-03T09:15:00+01:00 floor-upper-back-session 300 completed
	rec 2026-11-30T10:00:00+01:00 desk-reset 300 completed		# Mon: before the plan
} >"$log"
# the reminder's break records (done 0, steps 0/0)
printf 'v1\t2026-12-03T11:00:00+01:00\tdesk-reset\tneck\t160\t0\t0/0\tskipped\t\t\t0.1.0\n' >>"$log"
printf 'v1\t2026-12-03T11:05:00+01:00\tdesk-reset\tneck\t160\t0\t0/0\tsnoozed\t\t\t0.1.0\n' >>"$log"
chmod 600 "$log"
export BACKCOACH_NOW=1796295600	# 2026-12-03T12:00:00+01:00

"$BACKCOACH" today >"$TEST_TMP/today" 2>"$TEST_TMP/today.err"
ok $? "today: exit 0"
ok $([ ! -s "$TEST_TMP/today.err" ]; echo $?) "today: nothing on stderr (break records are not bad lines)"
grep -q "day 3 of 14" "$TEST_TMP/today"
ok $? "today: day 3 of 14 (Dec 1 is day 1)"
# today's section ends at the blank line before "This week"
sed -n '/^Today/,/^$/p' "$TEST_TMP/today" >"$TEST_TMP/day"
sed -n '/^This week/,$p' "$TEST_TMP/today" >"$TEST_TMP/week"
grep -Eq '^ +desk-reset +1/3 +2 to go$' "$TEST_TMP/day"
ok $? "today: desk-reset 1/3 (Thursday 08:30 only), 2 to go"
grep -Eq '^ +floor-upper-back-session +1 today; 3 a week$' "$TEST_TMP/day"
ok $? "today: floor-upper-back-session 1 today, 3 a week"
# week from Mon Nov 30: the plan covers Tue..Sun; desk-reset mon-fri: Tue..Fri = 4 days x 3
# left is what can still be done: Thursday's 2 and Friday's 3; Tuesday's 1
# and Wednesday's 3 are gone
grep -Eq '^ +desk-reset +3/12 +5 left, 4 missed$' "$TEST_TMP/week"
ok $? "this week: desk-reset 3/12 (Tue 2 + Thu 1; Wed abandoned, Nov 30 before the plan), 5 left, 4 missed"
# 3 a week x 6 of 7 days = 2.57, rounded to 3
grep -Eq '^ +floor-upper-back-session +1/3 +2 left$' "$TEST_TMP/week"
ok $? "this week: floor-upper-back-session 1/3, 2 left"
if [ $_failed -gt 0 ]; then diag "$(cat "$TEST_TMP/today")"; fi

"$BACKCOACH" history >"$TEST_TMP/hist" 2>"$TEST_TMP/hist.err"
ok $? "history: exit 0"
# 4 + 1 done (capped per day) of 12 + 3 planned: 4/15 = 26 %
grep -q "Week of 2026-11-30:  4 of 15 planned (26%) - desk-reset 3/12,$" "$TEST_TMP/hist" &&
	grep -q "^    floor-upper-back-session 1/3$" "$TEST_TMP/hist"
ok $? "history: adherence week of Nov 30, 4 of 15 (26%), per item, wrapped at 80"
ok $(sed -n '/^Plan:/,$p' "$TEST_TMP/hist" | awk 'length > 80 { bad = 1 } END { exit bad }'; echo $?) \
    "history: no line of the plan's block over 80 columns"
grep -q "^Plan: .* (2026-12-01 to 2026-12-14)$" "$TEST_TMP/hist"
ok $? "history: the plan's dates"
grep -q "Week of 2026-11-30:  1 skipped, 1 snoozed" "$TEST_TMP/hist"
ok $? "history: 1 skipped and 1 snoozed break that week"
grep -Eq 'skipped|snoozed' "$TEST_TMP/hist.err"
ok $([ $? -ne 0 ]; echo $?) "history: break records are not warned about"
# the session list is the lines before the first blank one
sed -n '1,/^$/p' "$TEST_TMP/hist" >"$TEST_TMP/list"
n=$(grep -c 'Quick desk reset' "$TEST_TMP/list")
# 3 completed in the plan + Nov 30 + the abandoned one = 5; the breaks are not sessions
ok $([ "$n" -eq 5 ]; echo $?) "history lists the 5 desk-reset sessions ($n)"
grep -Eq 'skipped|snoozed' "$TEST_TMP/list"
ok $([ $? -ne 0 ]; echo $?) "history does not list the breaks as sessions"
if [ $_failed -gt 0 ]; then diag "$(cat "$TEST_TMP/hist" "$TEST_TMP/hist.err")"; fi
# German: the plan's dates as history writes dates there (30.11.2026)
if locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
	LC_ALL= LANG=de_DE.UTF-8 LANGUAGE=de "$BACKCOACH" today >"$TEST_TMP/de" 2>&1
	grep -q "^01\.12\.2026 bis 14\.12\.2026, Tag 3 von 14$" "$TEST_TMP/de" &&
		grep -q "^Heute (Do, 03\.12\.2026):$" "$TEST_TMP/de" &&
		grep -Eq "^ +desk-reset +3/12 +noch 5 möglich, 4 verpasst$" "$TEST_TMP/de"
	ok $? "today in German: the locale's dates, left and missed ($(cat "$TEST_TMP/de"))"
	LC_ALL= LANG=de_DE.UTF-8 LANGUAGE=de "$BACKCOACH" history >"$TEST_TMP/de" 2>&1
	grep -q "^Plan: .* (01\.12\.2026 bis 14\.12\.2026)$" "$TEST_TMP/de" &&
		grep -q "^  Woche ab 30\.11\.2026:  4 von 15 geplanten (26%) - desk-reset 3/12,$" "$TEST_TMP/de" &&
		grep -q "^    floor-upper-back-session 1/3$" "$TEST_TMP/de"
	ok $? "history in German: the plan's dates, a week wrapped at 80"
else
	skip "no de_DE.UTF-8 locale"
	skip "no de_DE.UTF-8 locale"
fi
"$BACKCOACH" history --format tsv >"$TEST_TMP/tsv" 2>&1
grep -q "Plan:" "$TEST_TMP/tsv"
ok $([ $? -ne 0 ]; echo $?) "history --format tsv: no adherence block in machine output"

# a bad plan: history still prints, says why in one line, exit 65
cp "$top_srcdir/tests/plan/bad-day.yaml" "$cfg/plan.yaml"
"$BACKCOACH" history >"$TEST_TMP/hist" 2>"$TEST_TMP/hist.err"
ok $([ $? -eq 65 ]; echo $?) "history with a bad plan: exit 65"
grep -q "plan.yaml:7:22: unknown day 'wdn'" "$TEST_TMP/hist.err"
ok $? "history with a bad plan: FILE:LINE:COL on stderr"
"$BACKCOACH" today >/dev/null 2>"$TEST_TMP/today.err"
ok $([ $? -eq 65 ]; echo $?) "today with a bad plan: exit 65"
ok $([ "$(wc -l <"$TEST_TMP/today.err")" -eq 1 ]; echo $?) "today with a bad plan: one line"

# validate knows plans by name and by content; bad ones are FILE:LINE:COL
p=$top_srcdir/tests/plan
"$BACKCOACH" validate "$p/plan.yaml" "$p/weekly.yaml" >"$TEST_TMP/v" 2>&1
ok $? "validate: the plan of issue 16 and a plan by content are ok"
for f in bad-routine:7:14:"did you mean 'floor-upper-back-session'" \
    bad-both:7:19:"not both" bad-range:3:8:"before it starts" \
    bad-day:7:22:"unknown day 'wdn'"; do
	name=${f%%:*}; rest=${f#*:}; where=${rest%:*}; want=${rest##*:}
	"$BACKCOACH" validate "$p/$name.yaml" >/dev/null 2>"$TEST_TMP/v.err"
	st=$?
	grep -q "$name.yaml:$where: .*$want" "$TEST_TMP/v.err"
	ok $([ $st -eq 65 ] && grep -q "$name.yaml:$where: .*$want" "$TEST_TMP/v.err"; echo $?) \
	    "validate $name.yaml: exit 65 at $where"
done

# the remind: settings are checked where they are written
printf 'sound: false\nremind:\n  every: 45\n' >"$cfg/config.yaml"
"$BACKCOACH" remind </dev/null >/dev/null 2>"$TEST_TMP/err"
st=$?
ok $([ $st -eq 65 ] && grep -q "config.yaml:3:10: '45': want a duration like 45m, 1h30m or 90s" "$TEST_TMP/err"; echo $?) \
    "remind.every: 45 in config.yaml: FILE:LINE:COL, exit 65 ($st)"
printf 'remind:\n  days: mon-fry\n' >"$cfg/config.yaml"
"$BACKCOACH" remind </dev/null >/dev/null 2>"$TEST_TMP/err"
ok $([ $? -eq 65 ] && grep -q "config.yaml:2:9: 'mon-fry' is not a set of days" "$TEST_TMP/err"; echo $?) \
    "remind.days: mon-fry: FILE:LINE:COL, exit 65"
printf 'remind:\n  every: 50m\n  hours: 09:00-17:30\n  days: mon-fri\n  offer: desk-reset\n  notify: false\n' >"$cfg/config.yaml"
"$BACKCOACH" remind </dev/null >/dev/null 2>"$TEST_TMP/err"
ok $([ $? -eq 64 ] && grep -q "needs a terminal" "$TEST_TMP/err"; echo $?) \
    "good remind: settings are taken (it gets as far as the terminal check)"
[ $_failed -gt 0 ] && diag "$(cat "$TEST_TMP/err")"
done_testing
