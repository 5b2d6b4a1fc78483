#!/bin/sh
# backcoach validate reports every error of a file, each at FILE:LINE:COL,
# in the file's order, for each kind of file it knows: a routine, a
# pain-source file, a pose file and a plan; a list left blank is "empty".
# The exit status is 65 when any file has an error, and stdout stays empty.
. "$top_srcdir/tests/lib.sh"
D=$TEST_TMP/v
mkdir -p "$D"
# the shipped routines, for the plan's and the pain sources' ids
export BACKCOACH_DATADIR="$top_srcdir"

# errs FILE: run validate on it; sets st, out, err and places (LINE:COL ...)
errs() {
	"$BACKCOACH" validate "$1" >"$TEST_TMP/out" 2>"$TEST_TMP/err"; st=$?
	out=$(cat "$TEST_TMP/out") err=$(cat "$TEST_TMP/err")
	places=$(sed -n "s|^$1:\([0-9]*\):\([0-9]*\): .*|\1:\2|p" "$TEST_TMP/err" | tr '\n' ' ')
}

# a routine whose steps were left blank: said as an empty list, at the key
printf 'id: blank\ntitle: Blank\nsummary: s\nareas: [neck]\nkind: stretch\ncaution: c\nsteps:\n' >"$D/blank.yaml"
errs "$D/blank.yaml"
[ $st -eq 65 ] && [ -z "$out" ] &&
	[ "$err" = "$D/blank.yaml:7:1: 'steps' is empty: a routine needs at least one step" ]
ok $? "steps left blank: empty, at the key's line and column ($st: $err)"
printf 'id: blank\ntitle: Blank\nsummary: s\nareas: ~\nkind: stretch\ncaution: c\nsteps: []\n' >"$D/blank.yaml"
errs "$D/blank.yaml"
[ $st -eq 65 ] && [ "$err" = "$D/blank.yaml:4:1: 'areas' is empty: name at least one area
$D/blank.yaml:7:8: 'steps' is empty: a routine needs at least one step" ]
ok $? "areas: ~ is empty too, at its key, and steps: [] in the same pass ($st: $err)"

# a pain-source file: its structure's errors all, then its own rules' all
mkdir -p "$D/ps1" "$D/ps2"
cat >"$D/ps1/pain-sources.yaml" <<'Y'
areas:
  - area: knee
    note: Knees are not backs.
    muscles:
      - name: quads
        refers: the knee
        routins: [desk-reset]
  - area: neck
    nte: typo
Y
errs "$D/ps1/pain-sources.yaml"
[ $st -eq 65 ] && [ -z "$out" ] && [ "$places" = "2:11 7:9 8:5 9:5 " ] &&
	echo "$err" | sed -n 1p | grep -q "'knee' is not a valid area" &&
	echo "$err" | sed -n 2p | grep -q "unknown field 'routins' (did you mean 'routines'?)" &&
	echo "$err" | sed -n 4p | grep -q "unknown field 'nte' (did you mean 'note'?)"
ok $? "pain sources: every structural error, in file order ($st: $err)"
cat >"$D/ps2/pain-sources.yaml" <<'Y'
areas:
  - area: neck
    note: ""
    muscles:
      - name: upper trapezius
        refers: the side of the neck
        routines: [desk-reset, no-such-routine]
  - area: neck
    note: Twice.
    muscles:
      - name: levator scapulae
        refers: the neck
        routines: []
Y
cp "$top_srcdir/routines/desk-reset.yaml" "$D/ps2/"
errs "$D/ps2/pain-sources.yaml"
[ $st -eq 65 ] && [ -z "$out" ] && [ "$places" = "3:11 7:32 8:11 13:19 " ] &&
	echo "$err" | sed -n 2p | grep -q "routine 'no-such-routine' (for upper trapezius, neck) is not in $D/ps2" &&
	echo "$err" | sed -n 3p | grep -q "area 'neck' is listed twice"
ok $? "pain sources: every error of its own rules, a missing routine at its place ($st: $err)"

# a pose file
cat >"$D/poses.yaml" <<'Y'
poses:
  - name: Bad Name
    title: ""
    view: front
    frames:
      - {head: [0, 8]}
  - name: fine
    title: Fine
    view: front
    floor: 999
    frames:
      - {head: [0, 8], neck: [0, 14], pelvis: [0, 40], l-elbow: [5, 25], l-hand: [8, 35], l-knee: [2, 60], l-foot: [2, 85]}
Y
errs "$D/poses.yaml"
[ $st -eq 65 ] && [ -z "$out" ] && [ "$places" = "2:11 3:12 6:9 10:12 " ] &&
	echo "$err" | sed -n 3p | grep -q "the first frame of 'Bad Name' needs 'neck'" &&
	echo "$err" | sed -n 4p | grep -q "'floor' is -200 to 200"
ok $? "poses: every error, in file order ($st: $err)"

# a plan: its structure, then its own rules, each error at its place
cat >"$D/plan.yaml" <<'Y'
title: Two weeks
from: 2026-12-01
until: 2026-12-14
items:
  - routine: desk-reset
    times-a-dya: 2
  - routine: desk-reset
    times-a-week: many
Y
errs "$D/plan.yaml"
[ $st -eq 65 ] && [ -z "$out" ] && [ "$places" = "6:5 7:14 8:19 " ] &&
	echo "$err" | sed -n 2p | grep -q "in the plan twice"
ok $? "plan: every structural error, and its own rules' in the same pass ($st: $err)"
cat >"$D/plan.yaml" <<'Y'
title: ""
from: 2026-02-30
until: 2026-12-14
items:
  - routine: desk-rest
    times-a-day: 2
    times-a-week: 3
  - routine: neck-desk-stretch
    times-a-day: 1
    days: [mon, wdn]
  - routine: desk-rest
Y
errs "$D/plan.yaml"
[ $st -eq 65 ] && [ -z "$out" ] && [ "$places" = "1:8 2:7 5:14 7:19 10:17 11:5 11:14 " ] &&
	echo "$err" | sed -n 3p | grep -q "no routine 'desk-rest' (did you mean 'desk-reset'?)" &&
	echo "$err" | sed -n 5p | grep -q "unknown day 'wdn'" &&
	echo "$err" | sed -n 6p | grep -q "needs times-a-day or times-a-week" &&
	echo "$err" | sed -n 7p | grep -q "in the plan twice"
ok $? "plan: every error of its own rules, in file order ($st: $err)"

# a structure error does not hide the file's own rules (one pass): a
# number out of range and an unknown day; a settings file the same
cat >"$D/plan.yaml" <<'Y'
title: Weekdays
from: 2026-12-01
until: 2026-12-14
items:
  - routine: desk-reset
    times-a-day: 30
    days: [mon, funday]
Y
errs "$D/plan.yaml"
[ $st -eq 65 ] && [ "$places" = "6:18 7:17 " ] &&
	echo "$err" | sed -n 1p | grep -q "'30' is out of range for times-a-day" &&
	echo "$err" | sed -n 2p | grep -q "unknown day 'funday'"
ok $? "plan: a range error and an unknown day, together ($st: $err)"
mkdir -p "$D/cfg"
cat >"$D/cfg/config.yaml" <<'Y'
volum: 50
ready-seconds: 90
sound: maybe
remind:
  every: 5x
  days: funday
  notify: perhaps
Y
errs "$D/cfg/config.yaml"
[ $st -eq 65 ] && [ -z "$out" ] && [ "$places" = "1:1 2:16 3:8 5:10 6:9 7:11 " ] &&
	echo "$err" | sed -n 1p | grep -q "unknown field 'volum' (did you mean 'volume'?)" &&
	echo "$err" | sed -n 2p | grep -q "'90' is out of range for ready-seconds" &&
	echo "$err" | sed -n 3p | grep -q "'maybe' for 'sound' is not true or false" &&
	echo "$err" | sed -n 4p | grep -q "'5x': " &&
	echo "$err" | sed -n 5p | grep -q "'funday' is not a set of days"
ok $? "settings: every error, structure and the reminder's, in file order ($st: $err)"
printf 'remind:\n  every: 30m\n' >"$D/cfg/config.yaml"
errs "$D/cfg/config.yaml"
[ $st -eq 0 ] && [ "$out" = "$D/cfg/config.yaml: ok" ] && [ -z "$err" ]
ok $? "settings: a good file is ok ($st: $out $err)"

# a routine: empty text is found with the structure's errors (one pass)
cat >"$D/empty-text.yaml" <<'Y'
id: empty-text
title: Empty text
summary: s
areas: [neck]
kind: stretch
caution: c
steps:
  - name: a
    seconds: 5000
    instructions: ""
Y
errs "$D/empty-text.yaml"
[ $st -eq 65 ] && [ "$places" = "9:14 10:19 " ] &&
	echo "$err" | sed -n 2p | grep -q "'instructions' is empty"
ok $? "routine: an empty field with a range error, in one run ($st: $err)"

# good files say ok, one line each, and the status is 0; with a bad one, 65
"$BACKCOACH" validate "$top_srcdir/routines/pain-sources.yaml" \
	"$top_srcdir/routines/poses.yaml" >"$TEST_TMP/out" 2>"$TEST_TMP/err"; st=$?
[ $st -eq 0 ] && [ ! -s "$TEST_TMP/err" ] && [ "$(wc -l <"$TEST_TMP/out")" -eq 2 ]
ok $? "the shipped pain sources and poses are ok ($st: $(cat "$TEST_TMP/err"))"
"$BACKCOACH" validate "$top_srcdir/routines/poses.yaml" "$D/poses.yaml" \
	>"$TEST_TMP/out" 2>"$TEST_TMP/err"; st=$?
[ $st -eq 65 ] && [ "$(cat "$TEST_TMP/out")" = "$top_srcdir/routines/poses.yaml: ok" ] &&
	[ "$(wc -l <"$TEST_TMP/err")" -eq 4 ]
ok $? "a good file and a bad one: ok for the first, four errors, 65 ($st)"
done_testing
