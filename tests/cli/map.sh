#!/bin/sh
# backcoach map: the body map on stdout from the shipped pain sources, in
# braille and in ASCII, one view or both, at a size; every muscle on the map
# drawn with its trigger point; usage and data errors with their statuses.
. "$top_srcdir/tests/lib.sh"
S=$top_srcdir/routines
out=$TEST_TMP/out err=$TEST_TMP/err

# Lines with braille (U+2800..U+28FF: E2 A0-A3 xx).
braille() { LC_ALL=C grep "$(printf '\342[\240-\243]')" "$@"; }

"$BACKCOACH" map -d "$S" >"$out" 2>"$err"; st=$?
[ "$st" = 0 ]; ok $? "map: exit 0 (got $st)"
[ ! -s "$err" ]; ok $? "map: nothing on stderr"
[ "$(braille -c <"$out")" -ge 20 ]; ok $? "map: a braille figure of 24 rows in UTF-8"
for d in 1 2 3 4 5; do
	braille <"$out" | grep -q "$d"; ok $? "map: area $d is numbered on the figure"
done
grep -q '^  infraspinatus$' "$out"; ok $? "map: the muscles on the map are listed"

"$BACKCOACH" map -d "$S" infraspinatus >"$out" 2>"$err"; st=$?
[ "$st" = 0 ]; ok $? "map infraspinatus: exit 0"
grep -q '^infraspinatus: its knot (trigger point) lies on the broad part of the shoulder' "$out"; ok $? "map infraspinatus: where its knot lies"
grep -q 'seen from the back *seen from the front$' "$out"; ok $? "map infraspinatus: both views, the knot behind and the zone in front"
[ "$(braille <"$out" | grep -v 'marks the knot' | grep -o X | wc -l)" = 3 ]; ok $? "map infraspinatus: its three knots, an X each, on the figures"
grep -q 'deep in the front of the shoulder' "$out"; ok $? "map infraspinatus: where its pain is felt, in words"
grep -q 'ball-wall-trigger-tour (Ball-on-the-wall trigger point tour)' "$out"; ok $? "map infraspinatus: its routines"

# Case and a unique start of a name.
"$BACKCOACH" map -d "$S" LATISS >"$out" 2>&1; st=$?
[ "$st" = 0 ] && grep -q '^latissimus dorsi: its knot' "$out"; ok $? "map LATISS: the start of a name, any case"

# ASCII: with --ascii, and in the C locale.
for how in "--ascii" "LC_ALL=C"; do
	if [ "$how" = --ascii ]; then
		"$BACKCOACH" map -d "$S" --ascii infraspinatus >"$out" 2>"$err"
	else
		LC_ALL=C "$BACKCOACH" map -d "$S" infraspinatus >"$out" 2>"$err"
	fi
	st=$?
	[ "$st" = 0 ]; ok $? "$how: exit 0"
	! braille -q <"$out"; ok $? "$how: no braille"
	[ "$(grep -c '####' "$out")" -ge 10 ]; ok $? "$how: an ASCII figure"
	grep '#' "$out" | grep -q X; ok $? "$how: the knot marked X on it"
	[ "$(grep '#' "$out" | grep -o ':' | wc -l)" -ge 6 ]; ok $? "$how: the zone shaded with ':'"
	! LC_ALL=C grep -q "$(printf '[\200-\377]')" "$out"; ok $? "$how: plain ASCII throughout"
done

# One view; the size.
"$BACKCOACH" map -d "$S" --view front --ascii infraspinatus >"$out" 2>&1
grep -q 'seen from the front$' "$out" && ! grep -q 'seen from the back' "$out"; ok $? "--view front: that view only"
! grep '#' "$out" | grep -q X; ok $? "--view front: no X there (the knot is behind)"
"$BACKCOACH" map -d "$S" --size 40x12 thoracic >"$err" 2>&1; st=$?
[ "$st" = 64 ] && grep -qx "backcoach: 'thoracic' could be: thoracic paraspinals, thoracic erector spinae" "$err"; ok $? "a start of two names: 64, both named to retype (got $st: $(cat "$err"))"
"$BACKCOACH" map -d "$S" t >"$out" 2>"$err"; st=$?
[ "$st" = 64 ] && [ "$(wc -l <"$err")" = 1 ] && grep -q "^backcoach: 't' could be: teres major, thoracic paraspinals, thoracic" "$err"; ok $? "map t: 64, the names it may start, in one line (got $st: $(cat "$err"))"
[ "$(LC_ALL=C.UTF-8 wc -m <"$err")" -le 80 ] && grep -q '…$' "$err"; ok $? "map t: the names cut with the mark to 79 columns"
[ ! -s "$out" ]; ok $? "map t: nothing on stdout"
"$BACKCOACH" map -d "$S" --size 40x12 --view back --ascii 'upper trapezius' >"$out" 2>&1
# the figure: the rows from its title to the blank line after it
awk '/^seen from/ { on = 1; next } on && /^$/ { exit } on' "$out" >"$TEST_TMP/fig"
n=$(wc -l <"$TEST_TMP/fig")
[ "$n" -ge 10 ] && [ "$n" -le 12 ]; ok $? "--size 40x12: 12 rows of figure at most (got $n)"
w=$(awk '{ if (length > m) m = length } END { print m }' "$TEST_TMP/fig")
[ "$w" -le 40 ]; ok $? "--size 40x12: no wider than 40 ($w)"
"$BACKCOACH" map -d "$S" --size 200x60 --view back rhomboids >"$out" 2>&1
[ "$(braille -c <"$out")" -ge 55 ]; ok $? "--size 200x60: a figure about 60 rows tall"

# Every muscle on the map: its knot drawn, its zone shaded.
bad=""
"$BACKCOACH" map -d "$S" | sed -n '/^Muscles on the map/,$p' | sed -n 's/^  //p' >"$TEST_TMP/list"
n=0
while read -r m; do
	n=$((n + 1))
	"$BACKCOACH" map -d "$S" --ascii "$m" >"$out" 2>&1 || bad="$bad [$m: status]"
	grep '#' "$out" | grep -q X || bad="$bad [$m: no X]"
	grep '#' "$out" | grep -q ':' || bad="$bad [$m: no zone]"
done <"$TEST_TMP/list"
[ "$n" -ge 10 ] && [ -z "$bad" ]; ok $? "each of the $n muscles is drawn with its knot and zone$bad"

# Errors.
"$BACKCOACH" map -d "$S" nosuchmuscle >"$out" 2>"$err"; st=$?
[ "$st" = 64 ] && grep -q "no muscle named 'nosuchmuscle' on the map" "$err"; ok $? "an unknown muscle: 64, said (got $st)"
"$BACKCOACH" map -d "$S" --view side >"$out" 2>"$err"; st=$?
[ "$st" = 64 ] && grep -q "back or front" "$err"; ok $? "--view side: 64 (got $st)"
for s in 40 x12 40x 3x3 40x12x 0x0 99999x10; do
	"$BACKCOACH" map -d "$S" --size "$s" >"$out" 2>"$err"; st=$?
	[ "$st" = 64 ]; ok $? "--size '$s': 64 (got $st)"
done
"$BACKCOACH" map -d "$S" a b >"$out" 2>"$err"; st=$?
[ "$st" = 64 ]; ok $? "two muscles: 64 (got $st)"
"$BACKCOACH" list --view back >"$out" 2>"$err"; st=$?
[ "$st" = 64 ]; ok $? "--view belongs to map only (got $st)"

D=$TEST_TMP/d
mkdir -p "$D"
cp "$S"/*.yaml "$D"/
sed 's/at: \[0.52, 1.3\]/at: [0.52, 9]/' "$S/pain-sources.yaml" >"$D/pain-sources.yaml"
"$BACKCOACH" map -d "$D" >"$out" 2>"$err"; st=$?
[ "$st" = 65 ] && grep -qE 'pain-sources.yaml:[0-9]+:[0-9]+: \(0.52, 9\) is outside the figure' "$err"; ok $? "a point outside the figure: 65 with FILE:LINE:COL (got $st)"
"$BACKCOACH" validate "$D/pain-sources.yaml" >"$out" 2>"$err"; st=$?
[ "$st" = 65 ] && grep -q 'is outside the figure' "$err"; ok $? "validate says the same (got $st)"
sed -n '/^muscles:/q;p' "$S/pain-sources.yaml" >"$D/pain-sources.yaml"
"$BACKCOACH" map -d "$D" >"$out" 2>"$err"; st=$?
[ "$st" = 65 ] && grep -q 'has no body map' "$err"; ok $? "a file without a map: 65 (got $st)"
rm "$D/pain-sources.yaml"
"$BACKCOACH" map -d "$D" >"$out" 2>"$err"; st=$?
[ "$st" = 65 ] && grep -q 'no pain-sources.yaml' "$err"; ok $? "no file: 65 (got $st)"
# The arguments' words in --help and usage errors are the person's
# language; the completion's lists keep the English words.
if LC_ALL=de_DE.UTF-8 locale charmap 2>/dev/null | grep -q UTF-8; then
	de() { LANGUAGE=de LC_ALL=de_DE.UTF-8 "$BACKCOACH" "$@"; }
	de --help >"$out" 2>&1
	grep -q 'backcoach \[OPTIONEN\] map \[MUSKEL\] ' "$out"; ok $? "German --help: map [MUSKEL]"
	grep -q 'backcoach validate DATEI\.\.\. ' "$out"; ok $? "German --help: validate DATEI..."
	grep -q -- '--area BEREICH ' "$out" && grep -q -- '--config DATEI ' "$out"; ok $? "German --help: --area BEREICH, --config DATEI"
	! grep -qE '\b(FILE|MUSCLE|AREA|DIR)\b' "$out"; ok $? "German --help: no English argument word left ($(grep -oE '\b(FILE|MUSCLE|AREA|DIR)\b' "$out" | head -3 | tr '\n' ' '))"
	de validate >"$out" 2>&1
	grep -q 'mindestens eine DATEI' "$out"; ok $? "German usage error: validate's DATEI ($(cat "$out"))"
	de --list-commands >"$out" 2>&1
	grep -qx 'map \[MUSCLE\]' "$out" && grep -qx 'validate FILE\.\.\.' "$out"; ok $? "German --list-commands: the English words for the completion"
	de --list-options '' >"$out" 2>&1
	grep -qx -- '--area AREA' "$out"; ok $? "German --list-options: --area AREA"
else
	skip "the de_DE.UTF-8 locale is not installed"
fi
done_testing
