# bash completion for backcoach (installed as "backcoach" in bash-completion's
# completions directory).  It knows nothing by heart: the commands, the
# options of each and the words an option takes come from the program's
# command table (the hidden --list-commands, --list-options CMD and
# --list-words ARG), the routine ids from `backcoach list` with the same
# --routines-dir and --config as the line being completed.

_backcoach()
{
	local cur prev words cword split=false
	if declare -F _init_completion >/dev/null 2>&1; then
		_init_completion -s || return
	else
		# without bash-completion: words as bash split them, "=" apart
		words=("${COMP_WORDS[@]}")
		cword=$COMP_CWORD
		cur=${COMP_WORDS[COMP_CWORD]}
		prev=${COMP_WORDS[COMP_CWORD - 1]}
		if [[ $cur == = ]]; then
			cur= split=true
		elif [[ $prev == = ]] && ((cword >= 2)); then
			prev=${COMP_WORDS[COMP_CWORD - 2]} split=true
		fi
	fi

	local prog=${words[0]} i w cmd= cmdi=0 arg
	local -a opts=() dirs=() run=()
	[[ $prog == \~/* ]] && prog=$HOME/${prog#\~/}

	# options with an argument, for every command ("*"): "--area AREA"
	local -A takes=()
	while read -r w arg; do
		[[ -n $arg ]] && takes[$w]=$arg
	done < <("$prog" --list-options '*' 2>/dev/null)

	# the command word: the first word that is neither an option nor an
	# option's argument; -d and --config kept for `list`
	for ((i = 1; i < cword; i++)); do
		w=${words[i]}
		[[ $w == = ]] && continue
		if [[ $w == -* ]]; then
			[[ $w == *=* ]] && arg=${w#*=} w=${w%%=*} || arg=
			if [[ -n ${takes[$w]} && -z $arg ]]; then
				((i++))
				arg=${words[i]}
				[[ $arg == = ]] && ((i++)) && arg=${words[i]}
			fi
			case $w in
			-d | --routines-dir | --config)
				[[ $arg == \~/* ]] && arg=$HOME/${arg#\~/}
				dirs+=("$w" "$arg") ;;
			esac
		elif [[ -z $cmd ]]; then
			cmd=$w cmdi=$i
		fi
	done

	# an option's argument
	local want=${takes[$prev]}
	[[ $cur == -* ]] && ! $split && want=
	if [[ -n $want ]]; then
		_backcoach_word "$want"
		return
	fi

	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "$("$prog" --list-options "${cmd:-*}" 2>/dev/null |
		    while read -r w arg; do echo "$w"; done)" -- "$cur"))
		return
	fi
	local -A cmdargs=()
	while read -r w arg; do
		cmdargs[$w]=$arg
	done < <("$prog" --list-commands 2>/dev/null)
	if [[ -z $cmd ]]; then
		COMPREPLY=($(compgen -W "${!cmdargs[*]}" -- "$cur"))
		return
	fi

	# the command's arguments: how many come before this one
	local n=0
	for ((i = cmdi + 1; i < cword; i++)); do
		w=${words[i]}
		if [[ $w == = ]]; then
			((i++))		# "--opt = value" as bash splits it
		elif [[ $w == -* ]]; then
			[[ $w != *=* && -n ${takes[$w]} &&
			    ${words[i + 1]} != = ]] && ((i++))
		else
			((n++))
		fi
	done
	# the synopsis of its arguments ("ID", "FILE...") says what comes
	local -a syn=(${cmdargs[$cmd]})
	if ((n < ${#syn[@]})); then
		want=${syn[n]}
	elif ((${#syn[@]} > 0)) && [[ ${syn[-1]} == *... ]]; then
		want=${syn[-1]}
	else
		return
	fi
	want=${want#[}		# "[NAME]": optional, the same word
	want=${want%]}
	_backcoach_word "${want%...}"
}

# COMPREPLY for a word of the kind ARG (AREA, KIND, ID, DIR, FILE, or
# alternatives as in "ID|plan": a word in lower case is offered as it is)
# of the line in prog, dirs and cur.
_backcoach_word()
{
	local kind words=
	COMPREPLY=()
	for kind in ${1//|/ }; do
		case $kind in
		AREA | KIND)
			words+=" $("$prog" --list-words "$kind" 2>/dev/null)" ;;
		ID)
			words+=" $("$prog" "${dirs[@]}" list 2>/dev/null | cut -f1)" ;;
		DIR)
			compopt -o filenames 2>/dev/null
			mapfile -t COMPREPLY < <(compgen -d -- "$cur")
			return ;;
		FILE)
			compopt -o filenames 2>/dev/null
			mapfile -t COMPREPLY < <(compgen -f -- "$cur")
			return ;;
		*[A-Z]*) ;;
		*)
			words+=" $kind" ;;
		esac
	done
	[[ -n $words ]] && COMPREPLY=($(compgen -W "$words" -- "$cur"))
} &&
	complete -F _backcoach backcoach
