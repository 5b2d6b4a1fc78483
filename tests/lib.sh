# tests/lib.sh - shared helpers for the shell tests (TAP output).
# Source it:  . "$top_srcdir/tests/lib.sh"
# It needs top_srcdir, top_builddir and BACKCOACH (set by make check).
set -u
: "${top_srcdir:?run through make check}" "${top_builddir:?}" "${BACKCOACH:?}"
_n=0 _failed=0
ok() {	# ok CONDITION-STATUS DESCRIPTION...
	_st=$1; shift
	_n=$((_n + 1))
	if [ "$_st" -eq 0 ]; then echo "ok $_n - $*"; else echo "not ok $_n - $*"; _failed=$((_failed + 1)); fi
}
# check DESCRIPTION -- COMMAND...: ok if the command succeeds
check() {
	_d=$1; shift; [ "$1" = -- ] && shift
	if "$@"; then ok 0 "$_d"; else ok 1 "$_d"; fi
}
skip() { _n=$((_n + 1)); echo "ok $_n # SKIP $*"; }
diag() { printf '%s\n' "$@" | sed 's/^/# /'; }
done_testing() { echo "1..$_n"; [ "$_failed" -eq 0 ]; exit $?; }
bail() { echo "Bail out! $*"; exit 1; }
# A private home for every test: nothing touches the user's files.
TEST_TMP=$(mktemp -d "${TMPDIR:-/tmp}/bc-test.XXXXXX")
trap 'rm -rf "$TEST_TMP"' EXIT
export HOME="$TEST_TMP/home" XDG_CONFIG_HOME="$TEST_TMP/home/.config" \
	XDG_STATE_HOME="$TEST_TMP/home/.local/state" XDG_DATA_HOME="$TEST_TMP/home/.local/share"
mkdir -p "$HOME"
unset NO_COLOR BACKCOACH_DATADIR LANGUAGE
