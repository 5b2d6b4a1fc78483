#!/bin/sh
# The area picker's side panel and the list behind it: the panel shows
# every muscle at 80x24 down to 40x12 (one line for the name, one for the
# referral, cut with an ellipsis) and says when suggestions are left out;
# routines the pain-source file suggests for an area are in that area's
# list (marked) even when their own areas leave it out.
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log

# long-test (middle back, massage) is suggested for the neck.
cat >"$R/pain-sources.yaml" <<'YAML'
areas:
  - area: neck
    note: Neck pain often comes from the muscles around it.
    muscles:
      - name: upper trapezius
        refers: side of the neck up to the temple
        routines: [long-test]
YAML

tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound
tui_wait 'where does it hurt' 5; ok $? "the picker"
tui_keys 1
tui_wait '1  neck  \(2 routines\)' 3; ok $? "the neck counts the suggested routine too"
tui_screen | grep -q 'Long test routine'; ok $? "the picker suggests the routine"
tui_keys Enter
tui_wait 'Routines for the neck' 3; ok $? "the list for the neck"
tui_screen | grep -q '★ Long test routine'; ok $? "the suggested routine is in it, marked"
tui_screen | grep -q '^ *Short test routine'; ok $? "the routine whose areas name the neck is in it, unmarked"
tui_keys Escape 4 Enter
tui_wait 'Routines for the middle back' 3; ok $? "the list for the middle back"
tui_screen | grep -q '^ *Long test routine'; ok $? "there the routine is listed by its own areas, unmarked"
tui_stop

tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --area neck
tui_wait 'Routines for the neck' 5; ok $? "--area neck opens the list"
tui_screen | grep -q '★ Long test routine'; ok $? "--area neck lists the suggested routine"
tui_stop

# Four muscles with long referrals and ten suggested routines.
R2=$TEST_TMP/r2
mkdir -p "$R2"
for i in 1 2 3 4 5 6 7 8 9 10; do
	printf 'id: sug-%d\ntitle: Suggested massage routine number %d with a long title\nsummary: S.\nareas: [neck]\nkind: massage\ncaution: C.\nsteps:\n  - name: Step\n    seconds: 5\n    instructions: Breathe.\n' \
	    $i $i >"$R2/sug-$i.yaml"
done
{
	printf 'areas:\n  - area: neck\n    note: A note long enough to wrap on every terminal size that the tests try out here.\n    muscles:\n'
	for m in alpha bravo charlie delta; do
		printf '      - name: muscle %s\n        refers: a referral for %s that is far too long for one line of the side panel at 80 columns\n        routines: [sug-1, sug-2, sug-3, sug-4, sug-5, sug-6, sug-7, sug-8, sug-9, sug-10]\n' $m $m
	done
} >"$R2/pain-sources.yaml"

for size in "80 24" "60 20" "40 12"; do
	set -- $size
	tui_start "$1" "$2" "$BACKCOACH" -d "$R2" --no-sound
	tui_wait 'where does it hurt' 5 && tui_keys 1
	tui_wait '1  neck' 3; ok $? "$1x$2: the neck"
	n=0
	for m in alpha bravo charlie delta; do
		tui_screen | grep -q "muscle $m" && n=$((n + 1))
	done
	[ "$n" = 4 ]; ok $? "$1x$2: all 4 muscles show (got $n)"
	tui_screen | grep -qE 'and [0-9]+ more|10 suggested'; ok $? "$1x$2: it says suggestions are left out"
	[ "$1" = 40 ] || {
		tui_screen | grep -q 'referral for delta'; ok $? "$1x$2: the last muscle's referral shows"
		tui_screen | grep -q 'referral for delta.*…$'; ok $? "$1x$2: a long referral is cut with an ellipsis"
	}
	tui_stop
done

# The list cuts a title too long for its column with an ellipsis.
tui_start 80 24 "$BACKCOACH" -d "$R2" --no-sound --area neck
tui_wait 'Routines for the neck' 5; ok $? "the list of the ten"
tui_screen | grep -qE 'Suggested massage routine n.*… +00:05'; ok $? "a long title is cut with an ellipsis"
tui_stop

# The shipped pain sources at 80x24: the four neck muscles.
tui_start 80 24 "$BACKCOACH" -d "$top_srcdir/routines" --no-sound
tui_wait 'where does it hurt' 5 && tui_keys 1
tui_wait '1  neck' 3; ok $? "shipped: the neck"
n=0
for m in 'upper trapezius' 'levator scapulae' 'suboccipitals' 'splenius'; do
	tui_screen | grep -q "$m" && n=$((n + 1))
done
[ "$n" = 4 ]; ok $? "shipped, 80x24: all 4 neck muscles show (got $n)"
tui_stop
done_testing
