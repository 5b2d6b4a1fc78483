#!/bin/sh
# Command-line behaviour: help, version, usage errors, list, show, validate,
# the search path (user routines override shipped ones), and exit codes.
. "$top_srcdir/tests/lib.sh"

R=$TEST_TMP/r
mkdir -p "$R"
cp "$top_srcdir/tests/cli/test-a.yaml" "$R/"
cat >"$R/test-b.yaml" <<'Y'
id: test-b
title: Beta roller test
summary: A long massage.
areas: [middle-back]
kind: massage
level: moderate
equipment: [foam-roller, mat]
caution: Stop if pain becomes sharp.
steps:
  - name: Roll
    seconds: 600
    instructions: Roll slowly.
    reps: 2
Y

# help, version, usage errors
out=$("$BACKCOACH" --help); st=$?
ok $st "--help exits 0"
echo "$out" | grep -q 'man backcoach'; ok $? "--help ends by pointing at man backcoach"
echo "$out" | grep -q 'libcanberra-pulse' && echo "$out" | grep -q 'sound server' &&
	echo "$out" | grep -q -- '--bell'; ok $? "--help says how to get sound (package, server, --bell)"
"$BACKCOACH" --version | grep -qE '^backcoach [0-9]+\.[0-9]+'; ok $? "--version prints the version"
long=$("$BACKCOACH" --help | awk 'length($0) > 79')
[ -z "$long" ]; ok $? "no line of --help is wider than 79 columns${long:+: $long}"

# options belong to commands: every option the table gives to no command C
# is refused by C (exit 64, one line naming it), whatever its place
bad=
"$BACKCOACH" --list-options '*' >"$TEST_TMP/all-opts"
for c in '' $("$BACKCOACH" --list-commands | cut -d' ' -f1); do
	"$BACKCOACH" --list-options "$c" >"$TEST_TMP/c-opts"
	while read -r o arg; do
		grep -qx -- "$o${arg:+ $arg}" "$TEST_TMP/c-opts" && continue
		case $arg in
		'') v= ;; AREA) v=neck ;; KIND) v=stretch ;; SECONDS | N) v=5 ;;
		YYYY-MM-DD) v=2026-01-01 ;; [a-z]*\|*) v=${arg%%|*} ;; *) v=x ;;
		esac
		case $o in --*) ;; *) continue ;; esac	# -a is --area
		# shellcheck disable=SC2086
		err=$("$BACKCOACH" $c "$o" ${arg:+"$v"} 2>&1 >/dev/null); st=$?
		[ $st -eq 64 ] && [ "$err" = "backcoach: $o is not an option of ${c:-the coach} (try backcoach --help)" ] ||
			bad="$bad [${c:-coach} $o: $st $err]"
	done <"$TEST_TMP/all-opts"
done
[ -z "$bad" ]; ok $? "each command refuses the options that are not its own${bad:+:$bad}"
for args in "--bogus" "frobnicate" "show" "run" "list extra" "--area elbow list" \
	"--kind yoga list" "--max-minutes x list" "--ready 99 run test-a" "--since 2026 list" \
	"-d" "keys --area neck" "history --ready 5" "list --voice" "list --routine x" \
	"--kind stretch run test-a" "history -d /tmp"; do
	# shellcheck disable=SC2086
	err=$("$BACKCOACH" -d "$R" $args 2>&1 >/dev/null); st=$?
	[ $st -eq 64 ]; ok $? "'$args' exits 64 (got $st)"
	[ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ]; ok $? "'$args' gives one line on stderr: $err"
done
"$BACKCOACH" -d "$R" show no-such-routine 2>/dev/null; [ $? -eq 64 ]; ok $? "show of an unknown id exits 64"
for v in ' 5' '5 ' '+5' '-0' ''; do
	"$BACKCOACH" -d "$R" --ready "$v" --plain run test-a >/dev/null 2>&1; st=$?
	[ $st -eq 64 ]; ok $? "--ready '$v' is refused with 64 (got $st)"
done
"$BACKCOACH" -d "$R" --plain run no-such 2>/dev/null; [ $? -eq 64 ]; ok $? "run of an unknown id exits 64"

# list: tab-separated when piped; lengths with sides, reps and rests expanded
out=$("$BACKCOACH" -d "$R" list)
ok $? "list exits 0"
want=$(printf 'test-a\t00:14\tstretch\tneck,upper-back\tAlpha neck test\ntest-b\t20:00\tmassage\tmiddle-back\tBeta roller test')
[ "$out" = "$want" ]; ok $? "list prints id, length, kind, areas, title"
[ -z "$out" ] || diag "$out"
[ "$("$BACKCOACH" -d "$R" list --area middle-back | cut -f1)" = test-b ]; ok $? "list --area filters"
[ "$("$BACKCOACH" -d "$R" list --kind stretch | cut -f1)" = test-a ]; ok $? "list --kind filters"
[ "$("$BACKCOACH" -d "$R" list --max-minutes 5 | cut -f1)" = test-a ]; ok $? "list --max-minutes filters"
[ "$("$BACKCOACH" -d "$R" list --max-minutes 20 | wc -l)" -eq 2 ]; ok $? "--max-minutes includes a routine of exactly that length"
[ -z "$("$BACKCOACH" -d "$R" list --area shoulders)" ]; ok $? "an area with no routine lists nothing"

# list on an 80-column terminal: the id and the title share the room, a
# title counting more (the shipped routines: ids up to 27, titles up to 51)
if command -v script >/dev/null 2>&1; then
	BACKCOACH_DATADIR=$top_srcdir LC_ALL=C.UTF-8 script -qec "stty cols 80 rows 40; '$BACKCOACH' list" \
		/dev/null 2>&1 | tr -d '\r' >"$TEST_TMP/list80"
	w=$(LC_ALL=C.UTF-8 wc -L <"$TEST_TMP/list80")
	tcol=$(sed -n 1p "$TEST_TMP/list80" | sed 's/TITLE.*//' | wc -c)
	[ "$w" -le 80 ] && [ "$tcol" -le 48 ] &&
		grep -q "^back-spasm-gentle .*Gentle care for a back in spasm\$" "$TEST_TMP/list80" &&
		grep -q "^neck-tension-relief .*Neck tension relief\$" "$TEST_TMP/list80" &&
		grep -q "^hands-neck-shoulder… .*Self-massage with your hands for…\$" "$TEST_TMP/list80"
	ok $? "list at 80 columns: titles get 32 or more, ids up to 20 whole, longer ones cut with the mark ($w wide, title at $tcol)"
else
	skip "script is not installed"
fi

# list sorts by id, not by title: a set where the two orders are opposite
S=$TEST_TMP/sort
mkdir -p "$S"
for r in "zz-neck:Apple neck" "mm-mid:middle Mango" "aa-back:Zebra back"; do
	cat >"$S/${r%%:*}.yaml" <<Y
id: ${r%%:*}
title: ${r#*:}
summary: Sort order test.
areas: [neck]
kind: stretch
caution: Stop if pain becomes sharp.
steps:
  - name: Hold
    seconds: 5
    instructions: Hold still.
Y
done
# by title (case aside) it would be zz-neck, mm-mid, aa-back
[ "$("$BACKCOACH" -d "$S" list | cut -f1 | tr '\n' ' ')" = "aa-back mm-mid zz-neck " ]
ok $? "list sorts by id: aa-back mm-mid zz-neck"

# show: the expanded timeline (worked out by hand from test-a)
out=$("$BACKCOACH" -d "$R" show test-a)
ok $? "show exits 0"
echo "$out" | grep -q '^Alpha neck test$'; ok $? "show prints the title"
echo "$out" | grep -q 'Caution: Stop if pain becomes sharp.'; ok $? "show prints the caution"
tl=$(echo "$out" | sed -n '/^Timeline:/,/^Total/p' | sed 's/^ *//')
# worked out by hand: L1 0-2, rest 2-3, R1 3-5, rest 5-6, L2 6-8, rest 8-9,
# R2 9-11, Breathe 11-14
want='Timeline:
00:00  Neck tilt, left side, rep 1/2 (2s)
00:02  rest 1s
00:03  Neck tilt, right side, rep 1/2 (2s)
00:05  rest 1s
00:06  Neck tilt, left side, rep 2/2 (2s)
00:08  rest 1s
00:09  Neck tilt, right side, rep 2/2 (2s)
00:11  Breathe (3s)
00:14  end

Total: 00:14'
[ "$tl" = "$want" ]; ok $? "show prints the expanded timeline"
[ "$tl" = "$want" ] || diag "$tl"

# a step with a prepare time: a "get into position" period before its work
mkdir -p "$TEST_TMP/p"
cat >"$TEST_TMP/p/test-p.yaml" <<'Y'
id: test-p
title: Prepare test
summary: One step with time to get into position.
areas: [neck]
kind: stretch
caution: Stop if pain becomes sharp.
steps:
  - name: On the floor
    seconds: 2
    prepare: 3
    instructions: Lie down.
Y
out=$("$BACKCOACH" -d "$TEST_TMP/p" show test-p)
echo "$out" | grep -q '^ 1\. On the floor (2s, 3s to get into position first)$'; ok $? "show names the prepare time"
echo "$out" | grep -q '^  00:00  get into position 3s$' && echo "$out" | grep -q '^  00:03  On the floor (2s)$' &&
	echo "$out" | grep -q '^Total: 00:05$'; ok $? "show: the prepare period comes first, and counts in the total (3 + 2 = 5 s)"
out=$("$BACKCOACH" -d "$TEST_TMP/p" --plain --no-sound --ready 0 run test-p 2>/dev/null)
echo "$out" | grep -q '^0\.0[0-9][0-9]	rest-start	1	On the floor	-	3s to get into position$'; ok $? "plain: a rest-start that says it is for getting into position"
echo "$out" | grep -q '^3\.0[0-9][0-9]	step-start	1	On the floor	-	2s$'; ok $? "plain: the step starts after it"

# validate
"$BACKCOACH" validate "$R/test-a.yaml" "$R/test-b.yaml" >"$TEST_TMP/v.out"; st=$?
[ $st -eq 0 ] && [ "$(cat "$TEST_TMP/v.out")" = "$R/test-a.yaml: ok
$R/test-b.yaml: ok" ]; ok $? "validate prints FILE: ok and exits 0 for good files"
printf 'id: bad\ntitle: Bad\nsummary: x\nareas: [neck]\nkind: stretch\ncaution: c\nsteps:\n  - name: n\n    seconds: ten\n    instructions: i\n' >"$TEST_TMP/bad.yaml"
err=$("$BACKCOACH" validate "$R/test-a.yaml" "$TEST_TMP/bad.yaml" 2>&1 >/dev/null); st=$?
[ $st -eq 65 ]; ok $? "validate exits 65 when a file is bad (got $st)"
echo "$err" | grep -qE "^$TEST_TMP/bad.yaml:9:[0-9]+: "; ok $? "the error names file:line:column: $err"
"$BACKCOACH" validate "$TEST_TMP/missing.yaml" 2>/dev/null; [ $? -eq 65 ]; ok $? "validate of a missing file exits 65"
# every error of a file, each at its place, in the file's order
printf 'id: two\ntitle: Two\nsummary: x\nareas: [neck, elbow]\nkind: stretch\ncaution: c\nsteps:\n  - name: n\n    seconds: ten\n    instructions: i\n' >"$TEST_TMP/two.yaml"
err=$("$BACKCOACH" validate "$TEST_TMP/two.yaml" 2>&1 >"$TEST_TMP/v.out"); st=$?
[ $st -eq 65 ] && [ ! -s "$TEST_TMP/v.out" ] && [ "$(echo "$err" | wc -l)" -eq 2 ] &&
	[ "$(echo "$err" | cut -d: -f2 | tr '\n' ' ')" = "4 9 " ] &&
	echo "$err" | head -1 | grep -q "'elbow'" && echo "$err" | tail -1 | grep -q "'ten'"
ok $? "validate names both errors of a file, line 4 (elbow) then line 9 (ten) ($st: $err)"
# the same id in two files given: the second is refused, where its id is
sed 's/^title: .*/title: Copy of alpha/' "$R/test-a.yaml" >"$TEST_TMP/copy-a.yaml"
"$BACKCOACH" validate "$R/test-a.yaml" "$TEST_TMP/copy-a.yaml" >"$TEST_TMP/v.out" 2>"$TEST_TMP/v.err"; st=$?
[ $st -eq 65 ] && [ "$(cat "$TEST_TMP/v.out")" = "$R/test-a.yaml: ok" ] &&
	[ "$(cat "$TEST_TMP/v.err")" = "$TEST_TMP/copy-a.yaml:3:5: duplicate id 'test-a' (also in $R/test-a.yaml)" ]
ok $? "validate refuses a second file with the same id ($st: $(cat "$TEST_TMP/v.err"))"

# a pain-source file is checked against the routines beside it
cat >"$R/pain-sources.yaml" <<'Y'
areas:
  - area: neck
    note: Neck pain often comes from the shoulders.
    muscles:
      - name: upper trapezius
        refers: the side of the neck
        routines: [test-a]
Y
"$BACKCOACH" validate "$R/pain-sources.yaml" >/dev/null 2>&1; ok $? "a pain-source file whose routines exist is ok"
cp "$R"/test-*.yaml "$TEST_TMP/"
sed 's/\[test-a\]/[test-a, no-such]/' "$R/pain-sources.yaml" >"$TEST_TMP/pain-sources.yaml"
err=$("$BACKCOACH" validate "$TEST_TMP/pain-sources.yaml" 2>&1 >/dev/null); st=$?
[ $st -eq 65 ] && echo "$err" | grep -q "routine 'no-such' (for upper trapezius, neck) is not in"
ok $? "a pain-source file naming a missing routine is refused ($st: $err)"
rm -f "$R/pain-sources.yaml" "$TEST_TMP"/test-*.yaml "$TEST_TMP/pain-sources.yaml"

# search path: a user routine overrides a shipped one by id; a bad file is skipped
U=$XDG_CONFIG_HOME/backcoach/routines
mkdir -p "$U"
sed 's/^title: Alpha neck test/title: My own alpha/' "$R/test-a.yaml" >"$U/mine.yaml"
cp "$TEST_TMP/bad.yaml" "$U/broken.yaml"
export BACKCOACH_DATADIR="$TEST_TMP/data"
mkdir -p "$BACKCOACH_DATADIR/routines"
cp "$R"/*.yaml "$BACKCOACH_DATADIR/routines/"
out=$("$BACKCOACH" list 2>"$TEST_TMP/warn")
ok $? "list exits 0 with a bad file in the search path"
echo "$out" | grep -q '	My own alpha$'; ok $? "a user routine overrides the shipped one with the same id"
[ "$(echo "$out" | wc -l)" -eq 2 ]; ok $? "each id listed once"
grep -q "broken.yaml:9:" "$TEST_TMP/warn"; ok $? "the bad file is named in a warning"
[ "$(wc -l <"$TEST_TMP/warn")" -eq 1 ]; ok $? "one line of warning"
unset BACKCOACH_DATADIR

# --routines-dir must name a directory that can be read: not an empty list
: >"$TEST_TMP/plain-file"
mkdir -p "$TEST_TMP/empty-dir"
for d in "$TEST_TMP/no-such-dir" "$TEST_TMP/plain-file"; do
	for cmd in list "show test-a" "--plain run test-a" ""; do
		# shellcheck disable=SC2086
		err=$(TERM=dumb "$BACKCOACH" -d "$R" -d "$d" $cmd 2>&1 </dev/null >"$TEST_TMP/out"); st=$?
		[ $st -eq 64 ] && [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] &&
			echo "$err" | grep -qF "backcoach: --routines-dir $d: " && [ ! -s "$TEST_TMP/out" ]
		ok $? "-d ${d##*/} ${cmd:-(the coach)}: exit 64, one line naming it, nothing on stdout ($st: $err)"
	done
done
echo "$err" | grep -q 'Not a directory$'; ok $? "a file given as -d: 'Not a directory' ($err)"
err=$("$BACKCOACH" -d "$TEST_TMP/no-such-dir" list 2>&1)
echo "$err" | grep -q 'No such file or directory$'; ok $? "a missing -d: 'No such file or directory' ($err)"
out=$("$BACKCOACH" -d "$TEST_TMP/empty-dir" list 2>&1); st=$?
[ $st -eq 0 ] && [ -z "$out" ]; ok $? "an empty directory lists nothing, exit 0 ($st)"
mkdir -p "$TEST_TMP/closed-dir"
cp "$R/test-a.yaml" "$TEST_TMP/closed-dir/"
chmod 000 "$TEST_TMP/closed-dir"
if ls "$TEST_TMP/closed-dir" >/dev/null 2>&1; then
	skip "a mode 000 directory can be read here (root): the unreadable case is not tested"
else
	err=$("$BACKCOACH" -d "$TEST_TMP/closed-dir" list 2>&1); st=$?
	[ $st -eq 64 ] && echo "$err" | grep -q 'Permission denied$'
	ok $? "an unreadable -d: exit 64, 'Permission denied' ($st: $err)"
fi
chmod 700 "$TEST_TMP/closed-dir"

# settings: the same errors whatever the command
for cmd in "-d $R list" "-d $R show test-a" history; do
	# shellcheck disable=SC2086
	"$BACKCOACH" --config "$TEST_TMP/nonexistent.yaml" $cmd >/dev/null 2>&1; st=$?
	[ $st -eq 64 ]; ok $? "$cmd with a missing --config file exits 64 (got $st)"
	printf 'ready-secs: 10\n' >"$TEST_TMP/typo.yaml"
	# shellcheck disable=SC2086
	err=$("$BACKCOACH" --config "$TEST_TMP/typo.yaml" $cmd 2>&1 >/dev/null); st=$?
	[ $st -eq 65 ] && echo "$err" | grep -q "^$TEST_TMP/typo.yaml:1:1: "
	ok $? "$cmd with a typo in the config exits 65 naming file:line:col (got $st: $err)"
done
err=$("$BACKCOACH" -d "$R" list --routine x 2>&1)
[ "$err" = "backcoach: --routine is not an option of list (try backcoach --help)" ]; ok $? "an option of another command is named: $err"

# the command line wins over the settings file, both ways
if command -v script >/dev/null 2>&1; then
	printf 'sound: false\n' >"$TEST_TMP/quiet.yaml"
	script -qec "'$BACKCOACH' -d '$R' --config '$TEST_TMP/quiet.yaml' --ready 0 --plain run test-a" \
		/dev/null >"$TEST_TMP/t1" 2>&1
	n=$(tr -cd '\a' <"$TEST_TMP/t1" | wc -c)
	[ "$n" -eq 0 ]; ok $? "sound: false in the settings: no bell ($n)"
	script -qec "'$BACKCOACH' -d '$R' --config '$TEST_TMP/quiet.yaml' --bell --ready 0 --plain run test-a" \
		/dev/null >"$TEST_TMP/t2" 2>&1
	n=$(tr -cd '\a' <"$TEST_TMP/t2" | wc -c)
	[ "$n" -gt 0 ]; ok $? "--bell wins over sound: false ($n bells)"
	printf 'bell: true\n' >"$TEST_TMP/bell.yaml"
	script -qec "'$BACKCOACH' -d '$R' --config '$TEST_TMP/bell.yaml' --no-sound --ready 0 --plain run test-a" \
		/dev/null >"$TEST_TMP/t3" 2>&1
	n=$(tr -cd '\a' <"$TEST_TMP/t3" | wc -c)
	[ "$n" -eq 0 ]; ok $? "--no-sound wins over bell: true ($n)"
else
	skip "script is not installed"; skip "script"; skip "script"
fi
err=$("$BACKCOACH" -d "$R" show nope 2>&1)
[ "$err" = "backcoach: no routine with id 'nope' (see backcoach list)" ]; ok $? "an unknown id gives one hint: $err"
# a near id, or a part of one, is suggested (as poses does)
err=$("$BACKCOACH" -d "$R" show test 2>&1); st=$?
[ $st -eq 64 ] && [ "$err" = "backcoach: no routine with id 'test' (did you mean 'test-a'?)" ]
ok $? "show of a part of an id: did you mean ($st: $err)"
err=$("$BACKCOACH" -d "$R" show tset-a 2>&1); st=$?
[ $st -eq 64 ] && [ "$err" = "backcoach: no routine with id 'tset-a' (did you mean 'test-a'?)" ]
ok $? "show of a typo: did you mean ($st: $err)"
err=$(TERM=dumb "$BACKCOACH" -d "$R" </dev/null 2>&1); st=$?
[ $st -eq 64 ] && echo "$err" | grep -q "needs a terminal"; ok $? "without a terminal, the coach says why and what to do ($st: $err)"

# in a terminal: a header, one line per routine, nothing wider than the terminal
if command -v tmux >/dev/null 2>&1; then
	. "$top_srcdir/tests/tmux-drive.sh"
	tui_start 60 20 "$BACKCOACH" -d "$R" list
	tui_wait '^\[exit 0\]' 5; ok $? "list runs in a terminal"
	tui_screen >"$TEST_TMP/screen"
	head -1 "$TEST_TMP/screen" | grep -q '^ID  *LENGTH  *KIND  *AREAS  *TITLE$'; ok $? "a header line"
	grep -q '^test-a  *00:14  *stretch  *N-U--  *Alpha neck test$' "$TEST_TMP/screen"; ok $? "test-a: id, length, kind, area map, title"
	grep -q '^test-b  *20:00  *massage  *---M-  *Beta roller test$' "$TEST_TMP/screen"; ok $? "test-b on one line"
	grep -q '^AREAS: N neck' "$TEST_TMP/screen"; ok $? "the area letters are explained"
	tui_stop
	tui_start 36 10 "$BACKCOACH" -d "$R" list
	tui_wait '^\[exit 0\]' 5
	line=$(tui_screen | grep '^test-a ')
	echo "$line" | grep -q '^test-a  *00:14  *stretch  *N-U--  *A[a-z ]*\(\.\.\.\|…\)$' &&
		[ "$(printf '%s' "$line" | wc -m)" -le 36 ]
	ok $? "a long title is cut to the terminal's width, with an ellipsis: '$line'"
	tui_stop
else
	skip "tmux is not installed"
fi

# a routine from the build tree's own routines/ is found uninstalled
n=$("$BACKCOACH" list 2>/dev/null | wc -l)
[ "$n" -ge 1 ]; ok $? "the build tree's routines are found when run uninstalled ($n)"

# validate knows the settings file by its name, as it knows a plan
mkdir -p "$TEST_TMP/cfg"
printf 'volume: 50\nremind:\n  every: 50m\n' >"$TEST_TMP/cfg/config.yaml"
out=$("$BACKCOACH" validate "$TEST_TMP/cfg/config.yaml" 2>&1); st=$?
[ $st -eq 0 ] && [ "$out" = "$TEST_TMP/cfg/config.yaml: ok" ]
ok $? "validate of a good config.yaml says ok ($st: $out)"
printf 'volume: 50\nsound: maybe\n' >"$TEST_TMP/cfg/config.yaml"
err=$("$BACKCOACH" validate "$TEST_TMP/cfg/config.yaml" 2>&1 >/dev/null); st=$?
[ $st -eq 65 ] && [ "$(echo "$err" | wc -l)" -eq 1 ] &&
echo "$err" | grep -q "config.yaml:2:8: 'maybe' for 'sound' is not true or false"
ok $? "a bad one gets one line with its place, not a routine's missing fields ($st: $err)"

# show wraps a step's long heading to 80 columns, the rest under the name
out=$("$BACKCOACH" show floor-release-session 2>/dev/null)
[ "$(printf '%s\n' "$out" | grep -v '^file: ' | wc -L)" -le 80 ]; ok $? "show floor-release-session fits 80 columns (but for its file's path)"
printf '%s\n' "$out" | grep -A1 '^ 2\. Roll the upper back (45s, each side, 2 reps, 15s rest between, 15s to get$' |
grep -q '^    into position first)$'; ok $? "a long step heading goes on under the name"

done_testing
