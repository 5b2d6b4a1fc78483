#!/bin/sh
# tests/man/man-coverage.sh - the manual cannot drift from the program:
# every option `backcoach --help` prints is in backcoach(1), so are every
# command of the command table (src/cmd.c) and the options of each, every key
# `backcoach keys` prints is in its KEYS section, and every field (and enum
# word) the loaders' schemas accept is in backcoach-routine(5).  The names
# come from the program and the schema source, so a new one that is not
# documented fails here.
. "$top_srcdir/tests/lib.sh"

page1="$top_builddir/man/backcoach.1"
page5="$top_builddir/man/backcoach-routine.5"

# Plain text of a page, formatting removed.
render() {
	if command -v mandoc >/dev/null 2>&1; then
		mandoc -Tascii "$1" | col -b 2>/dev/null || mandoc -Tascii "$1" | sed 's/.\x08//g'
	else
		groff -mandoc -Tascii -P-cbou "$1"
	fi
}
if ! command -v mandoc >/dev/null 2>&1 && ! command -v groff >/dev/null 2>&1; then
	skip "neither mandoc nor groff is installed: cannot render the pages"
	done_testing
fi
render "$page1" >"$TEST_TMP/p1.txt"
render "$page5" >"$TEST_TMP/p5.txt"
[ -s "$TEST_TMP/p1.txt" ] && [ -s "$TEST_TMP/p5.txt" ]
ok $? "both pages render"

# One token per line, for whole-word lookups: split on blanks, commas,
# semicolons and parentheses; drop a sentence's final dot.
tokens() {
	tr -s ' \t,;()' '\n\n\n\n\n\n' | sed -e 's/\([^.]\)\.$/\1/' -e '/^$/d'
}

### options
"$BACKCOACH" --help >"$TEST_TMP/help.txt" 2>&1
st=$?
ok $st "backcoach --help exits 0"
grep -q 'man backcoach' "$TEST_TMP/help.txt"
ok $? "--help points at man backcoach"
grep -o -- '--[a-z][a-z0-9-]*' "$TEST_TMP/help.txt" | sort -u >"$TEST_TMP/longopts"
[ -s "$TEST_TMP/longopts" ]
ok $? "--help lists long options ($(wc -l <"$TEST_TMP/longopts"))"
tokens <"$TEST_TMP/p1.txt" | sed 's/\[//g; s/\]//g' | sort -u >"$TEST_TMP/p1.tokens"
missing=
while read -r opt; do
	grep -qxF -- "$opt" "$TEST_TMP/p1.tokens" || missing="$missing $opt"
done <"$TEST_TMP/longopts"
[ -z "$missing" ]
ok $? "every long option of --help is in backcoach(1)${missing:+; missing:$missing}"
# short options: "-a, --area" in the help
sed -n 's/^ *\(-[A-Za-z]\), --.*/\1/p' "$TEST_TMP/help.txt" | sort -u >"$TEST_TMP/shortopts"
missing=
while read -r opt; do
	grep -qxF -- "$opt" "$TEST_TMP/p1.tokens" || missing="$missing $opt"
done <"$TEST_TMP/shortopts"
[ -z "$missing" ]
ok $? "every short option of --help is in backcoach(1)${missing:+; missing:$missing}"
# every command of the command table (the hidden --list-commands) is in
# the manual, and so is every option each takes (--list-options CMD)
"$BACKCOACH" --list-commands | cut -d' ' -f1 >"$TEST_TMP/cmds"
[ -s "$TEST_TMP/cmds" ] && grep -qx list "$TEST_TMP/cmds" && grep -qx run "$TEST_TMP/cmds"
ok $? "--list-commands names the commands ($(tr '\n' ' ' <"$TEST_TMP/cmds"))"
missing=
while read -r c; do
	grep -qxF -- "$c" "$TEST_TMP/p1.tokens" || missing="$missing $c"
done <"$TEST_TMP/cmds"
[ -z "$missing" ]
ok $? "every command of the table is in backcoach(1)${missing:+; missing:$missing}"
# the usage lines of --help name the same commands as the table
sed -n 's/^\(usage:\)\{0,1\} *backcoach \(\[OPTIONS\] \)\{0,1\}\([a-z][a-z]*\).*/\3/p' \
	"$TEST_TMP/help.txt" | sort -u >"$TEST_TMP/help-cmds"
sort -u "$TEST_TMP/cmds" | cmp -s - "$TEST_TMP/help-cmds"
ok $? "--help has a usage line for every command of the table"
missing=
for c in '' $(cat "$TEST_TMP/cmds"); do
	"$BACKCOACH" --list-options "$c" >"$TEST_TMP/opts" || missing="$missing (--list-options '$c' failed)"
	while read -r opt _; do
		grep -qxF -- "$opt" "$TEST_TMP/p1.tokens" || missing="$missing ${c:-coach}:$opt"
	done <"$TEST_TMP/opts"
done
[ -z "$missing" ]
ok $? "every option of every command is in backcoach(1)${missing:+; missing:$missing}"

### keys
# The KEYS section, from its heading to the next section heading.
awk '/^KEYS$/ { on = 1; next } on && /^[A-Z][A-Z -]*$/ { on = 0 } on' \
	"$TEST_TMP/p1.txt" >"$TEST_TMP/keys-section.txt"
[ -s "$TEST_TMP/keys-section.txt" ]
ok $? "backcoach(1) has a KEYS section"
tokens <"$TEST_TMP/keys-section.txt" | sort -u >"$TEST_TMP/keys.tokens"
if "$BACKCOACH" keys >"$TEST_TMP/keys.txt" 2>"$TEST_TMP/keys.err" &&
    [ -s "$TEST_TMP/keys.txt" ]; then
	ok 0 "backcoach keys prints the key table"
else
	ok 1 "backcoach keys prints the key table"
	diag "$(cat "$TEST_TMP/keys.err")"
fi
# The key column of each line: with tabs, the field before the description
# (SCREEN<TAB>KEYS<TAB>WHAT, or KEYS<TAB>WHAT); without, an indented line's
# text up to the first run of two blanks.  Unindented lines name screens.
awk -F '\t' '
	NF >= 3 { print $2; next }
	NF == 2 { print $1; next }
	/^[ \t]+[^ \t]/ { sub(/^[ \t]+/, ""); sub(/  .*/, ""); print }
' "$TEST_TMP/keys.txt" |
    sed -e 's/^[ \t]*//' -e 's/[ \t]*$//' -e 's|\([^ ]\)/|\1,|g' \
	-e 's/ or /, /g' |
    tr ',' '\n' | sed -e 's/^[ \t]*//' -e 's/[ \t]*$//' -e '/^$/d' |
    sort -u >"$TEST_TMP/keynames"
[ -s "$TEST_TMP/keynames" ]
ok $? "keys names some keys ($(wc -l <"$TEST_TMP/keynames"))"
missing=
while read -r k; do
	# a letter's case matters (q is not Q); a name's does not (Enter, ENTER)
	case $k in
	*" "*) grep -qiF -- "$k" "$TEST_TMP/keys-section.txt" ;;
	?) grep -qxF -- "$k" "$TEST_TMP/keys.tokens" ;;
	*) grep -qixF -- "$k" "$TEST_TMP/keys.tokens" ;;
	esac || missing="$missing '$k'"
done <"$TEST_TMP/keynames"
[ -z "$missing" ]
ok $? "every key of backcoach keys is in KEYS${missing:+; missing:$missing}"

### routine, pain-source and settings fields
# Every field of the schema sources: CYAML_FIELD_*("key", CYAML_FLAG_...),
# or a wrapper macro around it (routine.c has TEXT("id", CYAML_FLAG_...)):
# a string literal right after "(" and followed by a CYAML_FLAG.
for f in routine.c painsrc.c settings.c; do
	[ -r "$top_srcdir/src/$f" ] && tr '\n' ' ' <"$top_srcdir/src/$f"
	echo
done | grep -o '([[:space:]]*"[^"]*"[[:space:]]*,[[:space:]]*CYAML_FLAG' |
    sed 's/^([[:space:]]*"\([^"]*\)".*/\1/' | sort -u >"$TEST_TMP/fields"
[ -s "$TEST_TMP/fields" ]
ok $? "the schemas in src/routine.c, painsrc.c, settings.c name fields ($(wc -l <"$TEST_TMP/fields"))"
# A field is documented as "name:" (".It Cm name : Ar type").
tokens <"$TEST_TMP/p5.txt" | sort -u >"$TEST_TMP/p5.tokens"
missing=
while read -r fld; do
	grep -qxF -- "$fld:" "$TEST_TMP/p5.tokens" || missing="$missing $fld"
done <"$TEST_TMP/fields"
[ -z "$missing" ]
ok $? "every schema field is in backcoach-routine(5)${missing:+; missing:$missing}"
# The words of the enum and flag tables ({ "upper-back", AREA_UPPER_BACK }).
for f in routine.c painsrc.c settings.c; do
	[ -r "$top_srcdir/src/$f" ] && cat "$top_srcdir/src/$f"
done | grep -o '{[[:space:]]*"[a-z][a-z0-9-]*"[[:space:]]*,[[:space:]]*[A-Z][A-Z0-9_]*[[:space:]]*}' |
    sed 's/^{[[:space:]]*"\([^"]*\)".*/\1/' | sort -u >"$TEST_TMP/words"
if [ -s "$TEST_TMP/words" ]; then
	missing=
	while read -r w; do
		grep -qxF -- "$w" "$TEST_TMP/p5.tokens" || missing="$missing $w"
	done <"$TEST_TMP/words"
	[ -z "$missing" ]
	ok $? "every enum word of the schemas ($(wc -l <"$TEST_TMP/words")) is in backcoach-routine(5)${missing:+; missing:$missing}"
else
	ok 1 "the schemas have enum tables ({ \"word\", VALUE })"
fi
done_testing
