#!/bin/sh
# The message catalogs: every catalog passes msgfmt -c, is complete (no
# untranslated or fuzzy message) against the strings marked in the sources
# today, and po/POTFILES.in names every source file that marks one; and a
# German message reaches the screen through the catalog.
. "$top_srcdir/tests/lib.sh"

for t in msgfmt xgettext msgmerge; do
	command -v $t >/dev/null 2>&1 || { skip "$t is not installed (package gettext)"; done_testing; }
done
po=$top_srcdir/po

# every file that marks a string is in POTFILES.in, and every file there exists
missing=
for f in $(cd "$top_srcdir" && grep -l -E '\b(_|N_|P_)\("' src/*.c src/*.h 2>/dev/null); do
	[ "$f" = src/i18n.h ] && continue
	grep -qx "$f" "$po/POTFILES.in" || missing="$missing $f"
done
[ -z "$missing" ]; ok $? "po/POTFILES.in names every file with marked strings (missing:$missing)"
gone=
for f in $(grep -v '^#' "$po/POTFILES.in"); do
	[ -f "$top_srcdir/$f" ] || gone="$gone $f"
done
[ -z "$gone" ]; ok $? "every file in po/POTFILES.in exists (gone:$gone)"

# a fresh template from the sources, as make update-po would make it
(cd "$top_srcdir" && xgettext --default-domain=backcoach --keyword=_ --keyword=N_ \
	--keyword=P_:1,2 --from-code=UTF-8 --add-comments=TRANSLATORS: \
	--files-from=po/POTFILES.in -o "$TEST_TMP/backcoach.pot") 2>"$TEST_TMP/xg.err"
ok $? "xgettext reads the marked strings ($(head -c 200 "$TEST_TMP/xg.err"))"
n=$(grep -c '^msgid "' "$TEST_TMP/backcoach.pot")
[ "$n" -gt 1 ]; ok $? "the template holds $((n - 1)) messages"

for lang in $(grep -v '^#' "$po/LINGUAS"); do
	f=$po/$lang.po
	[ -f "$f" ]; ok $? "po/$lang.po exists (LINGUAS names $lang)"
	[ -f "$f" ] || continue
	msgfmt -c -o /dev/null "$f" 2>"$TEST_TMP/err"
	ok $? "msgfmt -c po/$lang.po ($(head -c 300 "$TEST_TMP/err"))"
	# merged with today's template: nothing new left untranslated
	msgmerge -q --no-fuzzy-matching -o "$TEST_TMP/$lang.po" "$f" "$TEST_TMP/backcoach.pot" 2>/dev/null
	stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$TEST_TMP/$lang.po" 2>&1)
	case $stats in
	*untranslated*|*fuzzy*) ok 1 "po/$lang.po is complete against the sources: $stats" ;;
	*) ok 0 "po/$lang.po is complete against the sources: $stats" ;;
	esac
done
done_testing
