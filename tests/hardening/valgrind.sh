#!/bin/sh
# tests/hardening/valgrind.sh PROGRAM...: the unit test binaries given (those
# named tests/unit/test-*) and the main commands (list, show, validate on good
# and bad files, history, keys, a short plain run) under valgrind memcheck.  A
# run fails on any memory error or definitely lost block (exit 99 from
# valgrind) or on an exit status other than the expected one.  TAP, one line
# per run; the valgrind log of a failed run is shown in diag lines.
# Run by `make check-valgrind` (needs top_srcdir, top_builddir, BACKCOACH).
. "$top_srcdir/tests/lib.sh"
command -v valgrind >/dev/null 2>&1 || bail "valgrind is not installed"

VG="valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99"
V=$TEST_TMP/vg.log

# vg DESCRIPTION EXPECTED-STATUS COMMAND...
vg() {
	v_d=$1 v_want=$2; shift 2
	# shellcheck disable=SC2086
	$VG --log-file="$V" "$@" >"$TEST_TMP/out" 2>&1 </dev/null
	v_st=$?
	if [ "$v_st" -eq "$v_want" ]; then
		ok 0 "$v_d (exit $v_st, memcheck clean)"
	else
		ok 1 "$v_d (exit $v_st, want $v_want)"
		[ "$v_st" -eq 99 ] && diag "valgrind found errors:"
		diag "$(head -60 "$V")" "$(tail -5 "$TEST_TMP/out")"
	fi
}

for p in "$@"; do
	case $p in
	tests/unit/test-*|*/tests/unit/test-*) ;;
	*) continue ;;
	esac
	vg "unit test $p" 0 "$top_builddir/${p#"$top_builddir"/}"
done

R=$TEST_TMP/r
mkdir -p "$R" "$TEST_TMP/bad"
cat >"$R/vg-a.yaml" <<'Y'
id: vg-a
title: Valgrind routine
summary: A short routine.
areas: [neck, upper-back]
kind: stretch
equipment: [chair]
caution: Stop if pain becomes sharp.
steps:
  - name: Tilt
    seconds: 1
    instructions: Tilt your head.
    sides: left-right
  - name: Breathe
    seconds: 1
    instructions: Breathe.
Y
printf 'id: vg-bad\ntitle: [unclosed\n' >"$TEST_TMP/bad/syntax.yaml"
sed 's/seconds: 1$/seconds: ten/' "$R/vg-a.yaml" >"$TEST_TMP/bad/type.yaml"
sed 's/^kind: .*/kind: yoga/' "$R/vg-a.yaml" >"$TEST_TMP/bad/enum.yaml"
printf 'id: vg-alias\ntitle: &t T\nsummary: *t\n' >"$TEST_TMP/bad/alias.yaml"
: >"$TEST_TMP/bad/empty.yaml"
cp "$TEST_TMP/bad/syntax.yaml" "$R/broken.yaml"	# list and show skip it

vg "list" 0 "$BACKCOACH" -d "$R" list
vg "list --area neck --max-minutes 5" 0 "$BACKCOACH" -d "$R" list --area neck --max-minutes 5
vg "list of the shipped routines" 0 "$BACKCOACH" -d "$top_srcdir/routines" list
vg "show" 0 "$BACKCOACH" -d "$R" show vg-a
vg "show of an unknown id" 64 "$BACKCOACH" -d "$R" show nope
vg "validate a good file" 0 "$BACKCOACH" validate "$R/vg-a.yaml"
vg "validate the shipped routines" 0 "$BACKCOACH" validate "$top_srcdir"/routines/*.yaml
for f in "$TEST_TMP"/bad/*.yaml; do
	vg "validate a bad file ($(basename "$f"))" 65 "$BACKCOACH" validate "$f"
done
# the loader's own fixtures, each directory in one run
[ -d "$top_srcdir/tests/fixtures/good" ] &&
	vg "validate the good fixtures" 0 "$BACKCOACH" validate "$top_srcdir"/tests/fixtures/good/*.yaml
[ -d "$top_srcdir/tests/fixtures/bad" ] &&
	vg "validate the bad fixtures" 65 "$BACKCOACH" validate "$top_srcdir"/tests/fixtures/bad/*.yaml
vg "validate good and bad together" 65 "$BACKCOACH" validate "$R/vg-a.yaml" "$TEST_TMP/bad/type.yaml"
vg "plain run" 0 "$BACKCOACH" -d "$R" --plain --no-sound --no-pain --ready 0 run vg-a
vg "history (after the run)" 0 "$BACKCOACH" history
vg "history --routine vg-a --since 2020-01-01" 0 "$BACKCOACH" history --routine vg-a --since 2020-01-01
printf 'garbage line\n' >>"$XDG_STATE_HOME/backcoach/sessions.log"
vg "history over a bad line" 0 "$BACKCOACH" history
vg "keys" 0 "$BACKCOACH" keys
vg "usage error" 64 "$BACKCOACH" --bogus

done_testing
