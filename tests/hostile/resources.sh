#!/bin/sh
# Hostile files against the loader's limits: an alias bomb, a 20 MiB file,
# 20 000-level nesting of lists and of mappings, NUL bytes, random bytes, a
# FIFO, a directory and /dev/zero behind a .yaml name.  Each must give one
# error line naming the file and exit 65 from validate, under a 256 MiB
# address-space limit and a 10 s timeout (so that a regression fails here, not
# the machine); `list` over a directory of all of them must skip each one.
# Elapsed time and peak memory go to diag lines only: the 1 s / 50 MiB budget
# is reported by `make bench`, not asserted here.
. "$top_srcdir/tests/lib.sh"

D=$TEST_TMP/h
mkdir -p "$D"
T=$TEST_TMP/time

# ASan reserves terabytes of address space: no ulimit -v under it.
vlimit=262144
if LC_ALL=C grep -qa __asan_init "$BACKCOACH"; then
	vlimit=unlimited
	diag "sanitizer build: no address-space limit"
fi
have_time=0
[ -x /usr/bin/time ] && have_time=1

# limited OUT ERR COMMAND...: run under the limits; prints the exit status.
limited() {
	_out=$1 _err=$2; shift 2
	rm -f "$T"
	(
		ulimit -v "$vlimit" 2>/dev/null
		if [ $have_time -eq 1 ]; then
			exec timeout -k 2 10 /usr/bin/time -f '%e %M' -o "$T" "$@"
		else
			exec timeout -k 2 10 "$@"
		fi
	) >"$_out" 2>"$_err" </dev/null
	echo $?
}

# refused NAME FILE: validate FILE must exit 65 with one line naming FILE.
refused() {
	_name=$1 _f=$2
	_t0=$(date +%s.%N)
	r_st=$(limited "$TEST_TMP/o" "$TEST_TMP/e" "$BACKCOACH" validate "$_f")
	_t1=$(date +%s.%N)
	[ "$r_st" -eq 65 ]; ok $? "$_name: validate exits 65 (got $r_st)"
	h_n=$(wc -l <"$TEST_TMP/e")
	_line=$(head -1 "$TEST_TMP/e" | cut -c1-200)
	[ "$h_n" -eq 1 ] && case $_line in "$_f:"?*) true ;; *) false ;; esac
	ok $? "$_name: one error line naming the file ($h_n lines)"
	[ ! -s "$TEST_TMP/o" ]; ok $? "$_name: nothing on stdout"
	diag "$_name: $(printf '%s' "$_line" | LC_ALL=C tr -c '[:print:]' '?' | sed "s|^$TEST_TMP/||")"
	if [ $have_time -eq 1 ] && [ -s "$T" ]; then
		# the last line: /usr/bin/time also reports a signal above it
		set -- $(tail -1 "$T")
		diag "$_name: ${1}s elapsed, max RSS ${2} KiB"
	else
		diag "$_name: $(awk -v a="$_t0" -v b="$_t1" 'BEGIN { printf "%.3f", b - a }')s elapsed"
	fi
}

# A routine head, valid up to the point where the hostile part comes.
head_ok() {
	printf 'id: hostile\ntitle: Hostile\nsummary: S.\nareas: [neck]\nkind: stretch\ncaution: C.\n'
}

# 1. alias bombs: the billion laughs, and a small file replaying one step.
{
	head_ok
	printf 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n'
	i=1
	while [ $i -le 9 ]; do
		p=$((i - 1))
		printf 'a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n' \
			$i $i $p $p $p $p $p $p $p $p $p $p
		i=$((i + 1))
	done
} >"$D/bomb-laughs.yaml"
refused "alias bomb (billion laughs)" "$D/bomb-laughs.yaml"
{
	head_ok
	printf 'steps:\n  - &s\n    name: S\n    seconds: 1\n    instructions: &t "'
	head -c 65536 /dev/zero | tr '\0' x
	printf '"\n'
	awk 'BEGIN { for (i = 0; i < 20000; i++) print "  - *s" }'
} >"$D/bomb-steps.yaml"
refused "alias bomb (20000 copies of a 64 KiB step)" "$D/bomb-steps.yaml"

# 2. a 20 MiB file: one huge instructions string.
{
	head_ok
	printf 'steps:\n  - name: S\n    seconds: 1\n    instructions: '
	head -c 20971520 /dev/zero | tr '\0' a
	printf '\n'
} >"$D/big.yaml"
refused "20 MiB file" "$D/big.yaml"

# 3. 20 000-level nesting: flow lists, flow mappings, block mappings is too big
#    (its indentation alone is 400 MB), so a mix, and an unclosed one.
awk 'BEGIN { printf "title: "; for (i = 0; i < 20000; i++) printf "[";
	for (i = 0; i < 20000; i++) printf "]"; print "" }' >"$D/nest-list.yaml"
refused "20000 nested lists" "$D/nest-list.yaml"
awk 'BEGIN { printf "title: "; for (i = 0; i < 20000; i++) printf "{a: ";
	printf "1"; for (i = 0; i < 20000; i++) printf "}"; print "" }' >"$D/nest-map.yaml"
refused "20000 nested mappings" "$D/nest-map.yaml"
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "- "; print "x" }' >"$D/nest-block.yaml"
refused "20000 nested block lists on one line" "$D/nest-block.yaml"
awk 'BEGIN { printf "steps: "; for (i = 0; i < 20000; i++) printf "[{a: "; print "" }' \
	>"$D/nest-open.yaml"
refused "20000 unclosed nested lists and mappings" "$D/nest-open.yaml"

# 4. NUL bytes: inside a value, and a file of nothing else.
{ head_ok; printf 'steps:\n  - name: S\0hidden\n    seconds: 1\n    instructions: I.\n'; } \
	>"$D/nul-inside.yaml"
refused "a NUL byte inside a value" "$D/nul-inside.yaml"
head -c 4096 /dev/zero >"$D/nul-only.yaml"
refused "4096 NUL bytes" "$D/nul-only.yaml"

# 5. random bytes, the same every run: a Park-Miller generator in awk (exact
#    in double arithmetic, so every awk gives the same bytes) written as
#    octal escapes for printf.
rand_bytes() {	# rand_bytes SEED COUNT
	# shellcheck disable=SC2059
	printf "$(awk -v seed="$1" -v n="$2" 'BEGIN { x = seed;
		for (i = 0; i < n; i++) { x = (x * 16807) % 2147483647;
			printf "\\%03o", int(x / 65536) % 256 } }')"
}
rand_bytes 42 4096 >"$D/random.yaml"
[ "$(wc -c <"$D/random.yaml")" -eq 4096 ]; ok $? "the random file has 4096 bytes"
refused "4096 random bytes (seed 42)" "$D/random.yaml"
{ head_ok; printf 'steps:\n  - name: '; rand_bytes 7 4096; printf '\n'; } >"$D/random-value.yaml"
refused "4096 random bytes in a value (seed 7)" "$D/random-value.yaml"

# 6. not a regular file: a FIFO nobody writes to, a directory, /dev/zero.
mkfifo "$D/fifo.yaml"
refused "a FIFO named fifo.yaml" "$D/fifo.yaml"
mkdir "$D/dir.yaml"
refused "a directory named dir.yaml" "$D/dir.yaml"
ln -s /dev/zero "$D/zero.yaml"
refused "/dev/zero through a symlink" "$D/zero.yaml"
ln -s "$D/no-such-target" "$D/dangling.yaml"
refused "a dangling symlink" "$D/dangling.yaml"

# list over the whole directory and a good routine: each hostile file skipped
# with one warning, the good one listed.
cat >"$D/good.yaml" <<'Y'
id: good-x
title: Good
summary: S.
areas: [neck]
kind: stretch
caution: C.
steps:
  - name: S
    seconds: 1
    instructions: I.
Y
nfiles=$(ls "$D" | grep -c '\.yaml$')
st=$(limited "$TEST_TMP/o" "$TEST_TMP/e" "$BACKCOACH" -d "$D" list)
[ "$st" -eq 0 ]; ok $? "list over all the hostile files exits 0 (got $st)"
grep -q '^good-x' "$TEST_TMP/o"; ok $? "list still shows the good routine"
nw=$(wc -l <"$TEST_TMP/e")
[ "$nw" -eq $((nfiles - 1)) ]; ok $? "list: one warning per hostile file ($nw of $((nfiles - 1)))"
[ $have_time -eq 1 ] && [ -s "$T" ] && diag "list over all of them: $(tail -1 "$T" | awk '{ print $1 "s elapsed, max RSS " $2 " KiB" }')"

done_testing
