#!/bin/sh
# tests/man/man-lint.sh - both manual pages are clean for mandoc -Tlint and
# groff -ww, and carry the version configure gave them.
. "$top_srcdir/tests/lib.sh"

version=$(sed -n 's/^PACKAGE_VERSION = //p' "$top_builddir/Makefile")

for page in man/backcoach.1 man/backcoach-routine.5; do
	f="$top_builddir/$page"
	if [ ! -r "$f" ]; then
		ok 1 "$page was generated"
		continue
	fi
	ok 0 "$page was generated"
	if grep -q '@[A-Za-z_]*@' "$f"; then
		ok 1 "$page: every @VARIABLE@ substituted"
		diag "$(grep -n '@[A-Za-z_]*@' "$f")"
	else
		ok 0 "$page: every @VARIABLE@ substituted"
	fi
	check "$page: .Os names version $version" -- \
		grep -qx ".Os backcoach $version" "$f"
	if command -v mandoc >/dev/null 2>&1; then
		out=$(mandoc -Tlint -W warning "$f" 2>&1)
		st=$?
		[ -n "$out" ] && diag "$out"
		[ "$st" -eq 0 ] && [ -z "$out" ]; ok $? "$page: mandoc -Tlint -W warning is silent"
	else
		skip "$page: mandoc is not installed (apt-get install mandoc)"
	fi
	if command -v groff >/dev/null 2>&1; then
		# Whether a line can be filled depends on how long the configured
		# data dir is (distcheck's is long), so the built page is checked
		# without the "break" warnings, and the page as it reads with the
		# default prefix is checked with all of them.
		out=$(groff -ww -Wbreak -z -mandoc "$f" 2>&1)
		st=$?
		[ -n "$out" ] && diag "$out"
		[ "$st" -eq 0 ] && [ -z "$out" ]; ok $? "$page: groff -ww -Wbreak -z -mandoc is silent"
		sed -e "s|@PACKAGE_VERSION@|$version|g" \
		    -e 's|@pkgdatadir@|/usr/local/share/backcoach|g' \
		    "$top_srcdir/$page.in" >"$TEST_TMP/default-prefix"
		out=$(groff -ww -z -mandoc "$TEST_TMP/default-prefix" 2>&1)
		st=$?
		[ -n "$out" ] && diag "$out"
		[ "$st" -eq 0 ] && [ -z "$out" ]; ok $? "$page: groff -ww -z -mandoc is silent (prefix /usr/local)"
	else
		skip "$page: groff is not installed"
	fi
done
done_testing
