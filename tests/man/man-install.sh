#!/bin/sh
# tests/man/man-install.sh - `make install` puts both pages under $(mandir),
# and man(1) finds and renders them there, as a user would read them.
. "$top_srcdir/tests/lib.sh"

dest="$TEST_TMP/d"
prefix=$(sed -n 's/^prefix = //p' "$top_builddir/Makefile")
[ -n "$prefix" ] || bail "no prefix in $top_builddir/Makefile"
manroot="$dest$prefix/share/man"

# A make of our own, not a sub-make of the `make check` running this test.
if env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$top_builddir" install \
    DESTDIR="$dest" >"$TEST_TMP/install.log" 2>&1; then
	ok 0 "make install DESTDIR=... succeeds"
else
	ok 1 "make install DESTDIR=... succeeds"
	diag "$(tail -n 20 "$TEST_TMP/install.log")"
fi
# What else make install puts in place, and what it must not carry.
bin="$dest$prefix/bin/backcoach"
check "the README is installed in the doc dir" -- \
	test -s "$dest$prefix/share/doc/backcoach/README"
if [ -x "$bin" ]; then
	# no absolute path of the build in the binary (reproducible builds)
	n=$(strings -a "$bin" | grep -c -F -e "$top_builddir" -e "$top_srcdir")
	[ "$n" -eq 0 ]; ok $? "the installed binary holds no path of the build tree ($n found)"
	# the installed binary reads its installed data, never the build tree's
	if command -v strace >/dev/null 2>&1; then
		strace -f -e trace=open,openat,stat,newfstatat -o "$TEST_TMP/trace" \
		    "$bin" list >/dev/null 2>&1
		n=$(grep -c -F "\"$top_srcdir/" "$TEST_TMP/trace")
		m=$(grep -c 'openat\|open(' "$TEST_TMP/trace")
		[ "$n" -eq 0 ] && [ "$m" -gt 0 ]
		ok $? "the installed binary looks at nothing in the source tree ($n of $m calls)"
	else
		skip "strace is not installed"
	fi
else
	ok 1 "the binary is installed in $prefix/bin"
fi
check "backcoach.1 is installed in $prefix/share/man/man1" -- \
	test -s "$manroot/man1/backcoach.1"
check "backcoach-routine.5 is installed in $prefix/share/man/man5" -- \
	test -s "$manroot/man5/backcoach-routine.5"
if [ -s "$manroot/man1/backcoach.1" ]; then
	grep -q '@[A-Za-z_]*@' "$manroot/man1/backcoach.1"
	[ $? -ne 0 ]; ok $? "the installed backcoach.1 has no @VARIABLE@ left"
	grep -q "$prefix/share/backcoach" "$manroot/man1/backcoach.1"
	ok $? "the installed backcoach.1 names the data dir $prefix/share/backcoach"
fi

if ! command -v man >/dev/null 2>&1; then
	skip "man is not installed (apt-get install man-db): rendering not checked"
	done_testing
fi
# man-db wants somewhere to put its cache and a locale it knows.
export MANPATH="$manroot" MANWIDTH=80 MANPAGER=cat PAGER=cat
man -P cat backcoach >"$TEST_TMP/man1.txt" 2>"$TEST_TMP/man1.err"
ok $? "MANPATH=.../share/man man backcoach renders"
[ -s "$TEST_TMP/man1.err" ] && diag "$(cat "$TEST_TMP/man1.err")"
for s in NAME SYNOPSIS COMMANDS OPTIONS KEYS FILES ENVIRONMENT "EXIT STATUS" SAFETY EXAMPLES "SEE ALSO"; do
	grep -q "^$s\$" "$TEST_TMP/man1.txt"
	ok $? "man backcoach has the section $s"
done
grep -q 'backcoach-routine(5)' "$TEST_TMP/man1.txt"
ok $? "man backcoach refers to backcoach-routine(5)"

man -P cat 5 backcoach-routine >"$TEST_TMP/man5.txt" 2>"$TEST_TMP/man5.err"
ok $? "MANPATH=.../share/man man 5 backcoach-routine renders"
[ -s "$TEST_TMP/man5.err" ] && diag "$(cat "$TEST_TMP/man5.err")"
for s in "PAIN-SOURCE FILE" VALIDATION EXAMPLES; do
	grep -q "^$s\$" "$TEST_TMP/man5.txt"
	ok $? "man backcoach-routine has the section $s"
done
grep -q 'steps:' "$TEST_TMP/man5.txt"
ok $? "man backcoach-routine documents steps:"
done_testing
