#!/bin/sh
# Hostile text: escape sequences, C1 controls, BEL and CR in every text field
# of a routine (as YAML escapes and as raw bytes), in the pain-source file,
# the settings file, the session log and file names, must never reach the
# terminal: validate, list, show, plain mode and history are byte-scanned
# (stdout and stderr) for ESC, BEL, CR and the two-byte C1 CSI (c2 9b).
. "$top_srcdir/tests/lib.sh"

R=$TEST_TMP/r
O=$TEST_TMP/out
mkdir -p "$R" "$TEST_TMP/bad"

# 0 if file $1 holds a byte that a terminal would act on.
has_ctl() {
	LC_ALL=C grep -qa "$(printf '[\033\007\015]')" "$1" && return 0
	LC_ALL=C grep -qaF "$(printf '\302\233')" "$1"
}
# Show the offending lines of $1, made visible, in diag lines.
show_ctl() {
	diag "offending output (cat -v):" "$(LC_ALL=C grep -a -e "$(printf '[\033\007\015]')" \
		-e "$(printf '\302\233')" "$1" | head -3 | cut -c1-200 | cat -v)"
}

# The payload, written as a YAML double-quoted scalar: an OSC that sets the
# window title, clear screen, a colour, CSI as C1 (both ways), BEL, CR.
P='"x \e]2;PWNED\a \e[2J \e[31m \x9b31m \u009b \r \a \x1b[0m y"'

# mkroutine FILE FIELD VALUE: a good routine with one field replaced.
mkroutine() {
	f_id=good-x f_title="Good title" f_summary="A summary." f_area=neck
	f_kind=stretch f_level=gentle f_equip=chair f_caution="Stop if it hurts."
	f_name="Step one" f_seconds=1 f_instr="Do it." f_sides=none f_key=note
	eval "f_$2=\$3"
	cat >"$1" <<Y
id: $f_id
title: $f_title
summary: $f_summary
areas: [$f_area]
kind: $f_kind
level: $f_level
equipment: [$f_equip]
caution: $f_caution
steps:
  - name: $f_name
    seconds: $f_seconds
    instructions: $f_instr
    sides: $f_sides
Y
	[ "$2" = key ] && printf '%s: x\n' "$3" >>"$1"
	return 0
}

# run_scan DESCRIPTION EXPECTED-STATUS COMMAND...: status and no control bytes.
run_scan() {
	h_d=$1 h_want=$2; shift 2
	"$@" >"$O" 2>&1 </dev/null
	h_st=$?
	[ "$h_st" -eq "$h_want" ]; ok $? "$h_d: exit $h_want (got $h_st)"
	if has_ctl "$O"; then ok 1 "$h_d: no control bytes on the terminal"; show_ctl "$O"
	else ok 0 "$h_d: no control bytes on the terminal"; fi
}

fields="id title summary area kind level equip caution name seconds instr sides key"
for fld in $fields; do
	mkroutine "$TEST_TMP/bad/esc-$fld.yaml" "$fld" "$P"
	run_scan "validate, escapes in $fld" 65 "$BACKCOACH" validate "$TEST_TMP/bad/esc-$fld.yaml"
	n=$(wc -l <"$O")
	[ "$n" -eq 1 ]; ok $? "validate, escapes in $fld: one error line (got $n)"
done

# Raw bytes in the file rather than YAML escapes: in a quoted scalar, a plain
# scalar, a block scalar and a comment.
raw=$(printf 'a\033]2;PWNED\007b\033[2Jc\302\233d')
i=0
for form in "\"$raw\"" "$raw" "|
    $raw" "ok # $raw"; do
	i=$((i + 1))
	mkroutine "$TEST_TMP/bad/raw-$i.yaml" title "$form"
	run_scan "validate, raw control bytes (form $i)" 65 "$BACKCOACH" validate "$TEST_TMP/bad/raw-$i.yaml"
done
# A lone CR inside a quoted title, and a CR line ending.
printf 'id: cr-x\ntitle: "a\rb"\n' >"$TEST_TMP/bad/cr.yaml"
run_scan "validate, raw CR in a quoted title" 65 "$BACKCOACH" validate "$TEST_TMP/bad/cr.yaml"

# list, show and plain mode over a directory of all of them plus one good routine.
cp "$TEST_TMP"/bad/*.yaml "$R"/
mkroutine "$R/good.yaml" id good-x
run_scan "list over hostile files" 0 "$BACKCOACH" -d "$R" list
grep -q '^good-x' "$O"; ok $? "list still shows the good routine"
nbad=$(ls "$TEST_TMP"/bad/*.yaml | wc -l)
nwarn=$(grep -c . "$O"); nwarn=$((nwarn - 1))
[ "$nwarn" -eq "$nbad" ]; ok $? "list: one warning line per hostile file ($nwarn of $nbad)"
run_scan "show beside hostile files" 0 "$BACKCOACH" -d "$R" show good-x
run_scan "plain run beside hostile files" 0 "$BACKCOACH" -d "$R" --plain --no-sound \
	--no-pain --ready 0 run good-x
grep -q 'finished' "$O"; ok $? "plain run finished"
run_scan "show of a hostile id given on the command line" 64 "$BACKCOACH" -d "$R" \
	show "$(printf 'a\033]2;PWNED\007')"

# The pain-source file: read by the coach and plain mode.
cat >"$R/pain-sources.yaml" <<Y
areas:
  - area: neck
    note: $P
    muscles:
      - name: $P
        refers: $P
        routines: [good-x]
Y
run_scan "validate, hostile pain-sources.yaml" 65 "$BACKCOACH" validate "$R/pain-sources.yaml"
run_scan "plain run with a hostile pain-sources.yaml" 0 "$BACKCOACH" -d "$R" --plain \
	--no-sound --no-pain --ready 0 run good-x
rm -f "$R/pain-sources.yaml"

# The settings file.
printf 'ready: %s\n' "$P" >"$TEST_TMP/c1.yaml"
printf '%s: 3\n' "$P" >"$TEST_TMP/c2.yaml"
run_scan "hostile value in --config" 65 "$BACKCOACH" -d "$R" --config "$TEST_TMP/c1.yaml" \
	--plain --no-sound --no-pain run good-x
run_scan "hostile key in --config" 65 "$BACKCOACH" -d "$R" --config "$TEST_TMP/c2.yaml" \
	--plain --no-sound --no-pain run good-x

# A session log with hostile lines (someone edited it): history warns and skips.
L=$XDG_STATE_HOME/backcoach
mkdir -p "$L"
{
	printf 'v1\t2026-01-01T10:00:00+00:00\tgood-x\tneck\t60\t60\t1/1\tcompleted\t\t\tbackcoach 0.1\n'
	printf 'v1\t2026-01-02T10:00:00+00:00\tev\033[2J\033]2;PWNED\007il\tneck\t60\t60\t1/1\tcompleted\t\t\tbackcoach 0.1\n'
	printf 'v1\t2026-01-03T10:00:00+00:00\tgood-x\tneck\t60\t60\t1/1\tcompleted\t\t\t\033[31m\302\233x\r\n'
	printf '\033[31m\302\233garbage\r\n'
} >"$L/sessions.log"
run_scan "history over a hostile log" 0 "$BACKCOACH" history

# File names: a routine file whose name holds an escape sequence.
evil=$(printf 'evil\033]2;PWNED\007')
mkroutine "$R/$evil.yaml" id evil-name
run_scan "list with an escape sequence in a file name" 0 "$BACKCOACH" -d "$R" list
run_scan "show of a routine whose file name holds an escape sequence" 0 "$BACKCOACH" \
	-d "$R" show evil-name
run_scan "validate of a file whose name holds an escape sequence" 0 "$BACKCOACH" \
	validate "$R/$evil.yaml"
printf 'id: [\n' >"$TEST_TMP/bad/$evil.yaml"
run_scan "validate error for a file whose name holds an escape sequence" 65 "$BACKCOACH" \
	validate "$TEST_TMP/bad/$evil.yaml"

# A huge argument is not echoed whole: one short line, cut with a mark.
long=$(head -c 100000 /dev/zero | tr '\0' x)
for args in "show $long" "run $long" "--area $long list" "$long"; do
	# shellcheck disable=SC2086
	err=$("$BACKCOACH" $args 2>&1 >/dev/null); st=$?
	n=$(printf '%s' "$err" | wc -c)
	[ "$st" -eq 64 ] && [ "$n" -lt 300 ] && [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ]
	ok $? "a 100 000-character '${args%% *}' argument: exit 64, one line of $n bytes"
	printf '%s' "$err" | grep -q 'xxxx…'; ok $? "the echo ends in an ellipsis"
done

done_testing
