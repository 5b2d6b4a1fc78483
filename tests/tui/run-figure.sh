#!/bin/sh
# The figure of a step on the run screen: a moving one changes over two
# seconds, a hold does not change between countdown seconds, the right side
# of a left-right step is the mirror of the left (every row's ink spans
# mirror about one column); `backcoach poses` draws every pose in the file.
# (perl reads the braille: sed's ranges do not take multibyte characters.)
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log

cat >"$R/fig.yaml" <<'YAML'
id: fig-test
title: Figure test
summary: A movement and a left-right hold.
areas: [neck]
kind: stretch
caution: Stop if pain becomes sharp.
steps:
  - name: Rolls
    seconds: 60
    instructions: Roll the shoulders up, back and down.
    figure: standing-shoulder-rolls
  - name: Tilt
    seconds: 60
    sides: left-right
    rest: 1
    instructions: Tilt the head toward the other shoulder.
    figure: seated-neck-tilt
YAML

# The figure: the braille of the screen, everything else blank.
figure() { tui_screen | perl -CSD -pe 's/[^\x{2801}-\x{28FF}\n]/ /g'; }
# Each row's first and last column of ink, "row a b" (the figure's rows only).
spans() {
	tui_screen | perl -CSD -pe 's/[\x{2801}-\x{28FF}]/#/g; s/[^ -~\n]/./g' |
	    awk '{ a = index($0, "#"); if (a) { b = length($0); while (substr($0, b, 1) != "#") b--; print NR, a, b } }'
}

for size in "80 24" "120 40"; do
	set -- $size
	rm -f "$TEST_TMP/status"
	tui_start "$1" "$2" $WRAP "$BACKCOACH" -d "$R" --no-sound --ready 0 --no-pain run fig-test
	tui_wait 'Rolls' 5; ok $? "$1x$2: the moving step"
	n=0; while [ "$n" -lt 40 ] && [ -z "$(figure | tr -d ' \n')" ]; do sleep 0.05; n=$((n + 1)); done
	f1=$(figure)
	[ -n "$(echo "$f1" | tr -d ' \n')" ]; ok $? "$1x$2: a figure is drawn beside the countdown"
	sleep 2
	f2=$(figure)
	[ "$f1" != "$f2" ]; ok $? "$1x$2: the moving figure changed over two seconds"

	tui_keys N
	tui_wait 'Tilt - LEFT side' 5; ok $? "$1x$2: the left-right step"
	sleep 0.3
	h1=$(figure)
	sleep 1.5
	h2=$(figure)
	[ -n "$(echo "$h1" | tr -d ' \n')" ] && [ "$h1" = "$h2" ]
	ok $? "$1x$2: a hold is the same a second and a half later"
	spans >"$TEST_TMP/left"
	tui_keys n
	tui_wait 'Tilt - RIGHT side' 5; ok $? "$1x$2: the right side"
	sleep 0.3
	spans >"$TEST_TMP/right"
	[ "$(figure)" != "$h1" ]; ok $? "$1x$2: the right side's figure is not the left's"
	# mirrored about the box's middle: a_R + b_L and b_R + a_L are one
	# number for every row
	sums=$(join "$TEST_TMP/left" "$TEST_TMP/right" |
	    awk '{ print $2 + $5; print $3 + $4 }' | sort -u)
	[ -n "$sums" ] && [ "$(echo "$sums" | wc -l)" -eq 1 ] &&
	    [ "$(wc -l <"$TEST_TMP/left")" -eq "$(wc -l <"$TEST_TMP/right")" ]
	ok $? "$1x$2: the right side is the left mirrored (sums: $(echo $sums))"
	tui_keys q
	tui_keys y
	wrap_status 5 >/dev/null
	tui_stop
done

# the gallery: every pose of the file, each under its name
"$BACKCOACH" poses >"$TEST_TMP/gallery"
ok $? "backcoach poses exits 0"
names=$(sed -n 's/^  - name: //p' "$top_srcdir/routines/poses.yaml")
missing=0
for n in $names; do
	grep -q "^$n: " "$TEST_TMP/gallery" || { missing=$((missing + 1)); echo "# not shown: $n"; }
done
[ -n "$names" ] && [ "$missing" -eq 0 ]; ok $? "every pose of poses.yaml is drawn with its name ($(echo $names | wc -w))"
[ "$(grep -c '^[a-z0-9-]*: ' "$TEST_TMP/gallery")" -eq "$(echo $names | wc -w)" ]
ok $? "and nothing else is"
perl -CSD -ne '$f = 1 if /[\x{2801}-\x{28FF}]/; END { exit !$f }' "$TEST_TMP/gallery"
ok $? "drawn in braille in a UTF-8 locale"
LC_ALL=C "$BACKCOACH" poses cat-cow >"$TEST_TMP/ascii"
! grep -q '[^ -~]' "$TEST_TMP/ascii" && [ "$(tr -d ' \n' <"$TEST_TMP/ascii" | wc -c)" -gt 50 ]
ok $? "and in ASCII in the C locale"
# show: a still figure under each step's instructions
"$BACKCOACH" show desk-reset >"$TEST_TMP/show"
steps=$(grep -cE '^ ?[0-9]+\. ' "$TEST_TMP/show")
figs=$(perl -CSD -ne 'if (/^ ?\d+\. /) { $s = 1 } elsif ($s && /[\x{2801}-\x{28FF}]/) { $n++; $s = 0 } END { print $n + 0 }' "$TEST_TMP/show")
[ "$steps" -gt 0 ] && [ "$figs" -eq "$steps" ]
ok $? "show: a figure for each of the $steps steps ($figs)"
"$BACKCOACH" poses cat-cwo 2>"$TEST_TMP/err"
[ $? -eq 64 ] && grep -q "did you mean 'cat-cow'" "$TEST_TMP/err"
ok $? "an unknown pose name: exit 64 and the nearest name"
done_testing
