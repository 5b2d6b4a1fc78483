#!/bin/sh
# tests/cli/completion.sh - the bash completion (src/backcoach.bash) in a
# real bash: a line is split into COMP_WORDS as bash splits it (with "="
# apart), the cursor at its end, _backcoach is called and COMPREPLY is
# compared with what it should be, written out by hand.  Every line is
# tried with bash-completion loaded (as a user has it) and without.
. "$top_srcdir/tests/lib.sh"

if ! command -v bash >/dev/null 2>&1; then
	skip "bash is not installed"
	done_testing
fi
bc=
for f in /usr/share/bash-completion/bash_completion /etc/bash_completion; do
	[ -r "$f" ] && { bc=$f; break; }
done

# routines in a directory for -d, one of the person's own (in the default
# search path, not in that directory), and files and a sub-directory
R=$TEST_TMP/r
mkdir -p "$R" "$TEST_TMP/w/sub-dir" "$XDG_CONFIG_HOME/backcoach/routines"
cp "$top_srcdir/tests/cli/test-a.yaml" "$R/"
sed -e 's/^id: test-a/id: test-b/' "$R/test-a.yaml" >"$R/test-b.yaml"
sed -e 's/^id: test-a/id: test-mine/' "$R/test-a.yaml" \
	>"$XDG_CONFIG_HOME/backcoach/routines/mine.yaml"
: >"$TEST_TMP/w/x.yaml"
: >"$TEST_TMP/w/y.yaml"

# The completions of LINE (cursor at its end), sorted, on one line.
# $1: "bc" to load bash-completion first, "plain" not to.
complete_line() {
	(cd "$TEST_TMP/w" && PATH="$(dirname "$BACKCOACH"):$PATH" \
	    bash --norc --noprofile -c '
		[ "$1" = bc ] && . "$3"
		. "$4" || exit 1
		line=$2
		COMP_LINE=$line
		COMP_POINT=${#line}
		read -ra COMP_WORDS <<<"${line//=/ = }"
		[[ $line == *" " || $line == *= ]] && COMP_WORDS+=("")
		COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
		_backcoach backcoach "${COMP_WORDS[COMP_CWORD]}" \
		    "${COMP_WORDS[COMP_CWORD - 1]}"
		printf "%s\n" "${COMPREPLY[@]}" | sed "/^$/d" | LC_ALL=C sort |
		    tr "\n" " " | sed "s/ $//"
	' _ "$1" "$2" "$bc" "$top_srcdir/src/backcoach.bash")
}

# With nothing typed: every command of the table, the usual ones among them.
want=$("$BACKCOACH" --list-commands | cut -d' ' -f1 | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')
for mode in bc plain; do
	if [ $mode = bc ] && [ -z "$bc" ]; then
		skip "bash-completion is not installed"
		continue
	fi
	got=$(complete_line $mode "backcoach " 2>&1)
	st=0
	[ "$got" = "$want" ] || st=1
	for c in history keys list run show validate; do
		case " $got " in *" $c "*) ;; *) st=1 ;; esac
	done
	[ $st -eq 0 ]
	ok $? "$mode: 'backcoach ' completes to the commands of the table ($got)"
done

# LINE|WHAT IT COMPLETES TO
while IFS='|' read -r line want; do
	line=$(printf '%s' "$line" | sed "s|@R|$R|g")
	for mode in bc plain; do
		if [ $mode = bc ] && [ -z "$bc" ]; then
			skip "bash-completion is not installed: '$line' with it"
			continue
		fi
		got=$(complete_line $mode "$line" 2>&1)
		[ "$got" = "$want" ]
		ok $? "$mode: '$line' completes to '$want'${got:+ (got '$got')}"
	done
done <<'EOF'
backcoach li|list
backcoach va|validate
backcoach hi|history
backcoach list --|--area --config --help --kind --max-minutes --routines-dir --version
backcoach keys -|--help --version -V -h
backcoach --no-s|--no-sound
backcoach run --no-|--no-color --no-pain --no-sound --no-voice
backcoach list --area |lower-back middle-back neck shoulders upper-back
backcoach --area up|upper-back
backcoach --area=mid|middle-back
backcoach list --kind m|massage mixed
backcoach --area neck li|list
backcoach --kind stretch l|list
backcoach -d @R show |test-a test-b
backcoach -d @R run test-|test-a test-b
backcoach run --routines-dir=@R test-|test-a test-b
backcoach -d @R show test-a |
backcoach history --routine test-|test-mine
backcoach --ready |
backcoach history --format |csv json text tsv
backcoach history --format=t|text tsv
backcoach -d @R remind --offer |plan test-a test-b
backcoach -d @R remind --offer p|plan
backcoach validate |sub-dir x.yaml y.yaml
backcoach validate x.yaml |sub-dir x.yaml y.yaml
backcoach -d |sub-dir
backcoach --config x|x.yaml
EOF

# make install puts it where bash-completion's loader finds it by the
# command's name (XDG_DATA_DIRS points the loader at the staged prefix)
dest=$TEST_TMP/dest
if ! grep -q '^bashcompletiondir = ' "$top_builddir/Makefile"; then
	skip "configured --without-bash-completion-dir: nothing to install"
elif [ -z "$bc" ]; then
	skip "bash-completion is not installed: its loader cannot be tried"
elif env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$top_builddir" \
    install-bashcompletionDATA DESTDIR="$dest" >"$TEST_TMP/install.log" 2>&1; then
	dir=$(sed -n 's/^BASH_COMPLETION_DIR = //p' "$top_builddir/Makefile")
	prefix=$(sed -n 's/^prefix = //p' "$top_builddir/Makefile")
	datadir=$(sed -n 's/^datadir = //p' "$top_builddir/Makefile")
	datadir=$(printf '%s' "$datadir" | sed "s|\${datarootdir}|$prefix/share|; s|\${prefix}|$prefix|")
	dir=$(printf '%s' "$dir" | sed "s|\${datadir}|$datadir|; s|\${prefix}|$prefix|")
	got=$(XDG_DATA_DIRS="$dest$prefix/share" bash --norc --noprofile -c '
		. "$1"
		__load_completion backcoach && complete -p backcoach' _ "$bc" 2>&1)
	[ -f "$dest$dir/backcoach" ] && [ "$got" = "complete -F _backcoach backcoach" ]
	ok $? "installed as $dir/backcoach, bash-completion's loader finds it ($got)"
else
	ok 1 "make install-bashcompletionDATA DESTDIR=... succeeds"
	diag "$(tail -n 20 "$TEST_TMP/install.log")"
fi

done_testing
