# log-failures.sh - when the log cannot be written (read-only directory and
# file, a path under a file, a file size limit, a dangling link, a FIFO, a
# full disk), the append fails with a clear error, the earlier records stay
# byte for byte as they were, and the program exits 74.
. "$top_srcdir/tests/lib.sh"
STRESS="$top_builddir/tests/unit/log-stress"
DIR="$XDG_STATE_HOME/backcoach"
LOG="$DIR/sessions.log"

"$STRESS" append "$LOG" 20 earlier || bail "cannot seed the log"
cp "$LOG" "$TEST_TMP/copy"
unchanged() { cmp -s "$LOG" "$TEST_TMP/copy"; }

# 1. Read-only directory and file.  Root ignores permissions: write as nobody.
if [ "$(id -u)" -eq 0 ]; then
	if setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
		# nobody must be able to reach the files, and own them, for the
		# permission bits (not ownership) to be what refuses the write.
		chmod 755 "$TEST_TMP" "$HOME" "$HOME/.local" "$XDG_STATE_HOME"
		chown -R nobody:nogroup "$DIR"
		AS="setpriv --reuid=nobody --regid=nogroup --clear-groups"
	else
		AS=
	fi
else
	AS=env
fi
if [ -n "$AS" ]; then
	# Sanity: with write permission, this user can append (so a refusal below is the mode's doing).
	$AS "$STRESS" append "$DIR/probe.log" 1 probe 2>"$TEST_TMP/err"
	ok $? "the writing user can append when allowed"
	rm -f "$DIR/probe.log"
	chmod 400 "$LOG"; chmod 500 "$DIR"
	$AS "$STRESS" append "$LOG" 1 later 2>"$TEST_TMP/err"
	ok $([ $? -eq 1 ]; echo $?) "read-only file in read-only dir: append fails"
	check "the error names the file and says why" -- \
		grep -q "cannot write $LOG: Permission denied" "$TEST_TMP/err"
	check "earlier records untouched" -- unchanged
	$AS "$STRESS" append "$DIR/new.log" 1 later 2>"$TEST_TMP/err"
	ok $([ $? -eq 1 ] && [ ! -e "$DIR/new.log" ]; echo $?) "read-only dir: no new log file created"
	chmod 700 "$DIR"; chmod 600 "$LOG"
	[ "$(id -u)" -eq 0 ] && chown -R root:root "$DIR"
else
	skip "setpriv cannot switch to nobody here (read-only directory case)"
fi

# 2. The state dir's parent is a file: mkdir fails with ENOTDIR, as root too.
touch "$TEST_TMP/afile"
"$STRESS" append "$TEST_TMP/afile/backcoach/sessions.log" 1 later 2>"$TEST_TMP/err"
ok $([ $? -eq 1 ]; echo $?) "state dir under a file: append fails"
check "... with Not a directory" -- \
	grep -q "cannot write $TEST_TMP/afile/backcoach/sessions.log: Not a directory" "$TEST_TMP/err"

# 3. A file size limit below the file's size (ulimit -f, with SIGXFSZ ignored by the writer).
size=$(stat -c %s "$LOG")
(ulimit -f 1 && exec "$STRESS" append "$LOG" 1 later) 2>"$TEST_TMP/err"
ok $([ $? -eq 1 ]; echo $?) "ulimit -f 1 ($size-byte log): append fails, not killed by SIGXFSZ"
check "... with File too large" -- grep -q "cannot write $LOG: File too large" "$TEST_TMP/err"
check "earlier records untouched" -- unchanged

# 4. A limit just above the size: the line would be cut, so nothing is written.
"$STRESS" append "$LOG" 1 later $((size + 10)) 2>"$TEST_TMP/err"
ok $([ $? -eq 1 ]; echo $?) "limit 10 bytes past the end: append fails"
check "no partial line written" -- unchanged

# 5. Afterwards, all is well.
"$STRESS" append "$LOG" 1 later 2>"$TEST_TMP/err"
ok $? "append works again without the limit"
n=$("$STRESS" read "$LOG" 2>"$TEST_TMP/warn")
ok $([ "$n" -eq 21 ] && [ ! -s "$TEST_TMP/warn" ]; echo $?) "21 good records, no warnings ($n)"
check "the first 20 records are still the same bytes" -- \
	cmp -s -n "$(stat -c %s "$TEST_TMP/copy")" "$LOG" "$TEST_TMP/copy"

# 6. The real program: the session still finishes, the person is told, the
# record goes to stderr, the log keeps its bytes, and the exit status is 74.
R="$TEST_TMP/routines"
mkdir -p "$R"
cat >"$R/tiny.yaml" <<'Y'
id: fail-tiny
title: Tiny routine for the failure tests
summary: One short step.
areas: [middle-back]
kind: stretch
caution: Stop if it hurts.
steps:
  - name: One
    seconds: 1
    instructions: Do one.
Y
cp "$LOG" "$TEST_TMP/copy"
(ulimit -f 1 && exec "$BACKCOACH" --plain --no-sound --ready 0 --no-pain -d "$R" run fail-tiny) \
	>/dev/null 2>"$TEST_TMP/err" </dev/null
ok $([ $? -eq 74 ]; echo $?) "backcoach under ulimit -f 1: the session finishes, then exit 74"
check "... tells the person the log cannot be written" -- grep -q "cannot write $LOG: File too large" "$TEST_TMP/err"
check "... and prints the record on stderr" -- grep -q "^v1	.*	fail-tiny	middle-back	1	1	1/1	completed	" "$TEST_TMP/err"
check "... and the log is untouched" -- unchanged
XDG_STATE_HOME="$TEST_TMP/afile" "$BACKCOACH" --plain --no-sound --ready 0 --no-pain -d "$R" run fail-tiny \
	>/dev/null 2>"$TEST_TMP/err" </dev/null
ok $([ $? -eq 74 ]; echo $?) "backcoach with the state dir under a file: exit 74"
check "... says Not a directory, once" -- \
	test "$(grep -c "cannot write $TEST_TMP/afile/backcoach/sessions.log: Not a directory" "$TEST_TMP/err")" -eq 1

# 7. A dangling link where the log should be: not followed, nothing created.
mkdir -p "$TEST_TMP/dl/backcoach"
ln -s "$TEST_TMP/nowhere/sessions.log" "$TEST_TMP/dl/backcoach/sessions.log"
XDG_STATE_HOME="$TEST_TMP/dl" "$BACKCOACH" --plain --no-sound --ready 0 --no-pain -d "$R" run fail-tiny \
	>/dev/null 2>"$TEST_TMP/err" </dev/null
ok $([ $? -eq 74 ]; echo $?) "a dangling link as the log: exit 74"
check "... says it is a link" -- grep -q "cannot write $TEST_TMP/dl/backcoach/sessions.log: it is a symbolic link" "$TEST_TMP/err"
check "... the record is on stderr" -- grep -q "^v1	.*	fail-tiny	" "$TEST_TMP/err"
ok $([ ! -e "$TEST_TMP/nowhere" ]; echo $?) "... and nothing was created at its target"

# 8. A FIFO where the log should be: refused at once, not written to.
mkdir -p "$TEST_TMP/ff/backcoach"
mkfifo "$TEST_TMP/ff/backcoach/sessions.log"
XDG_STATE_HOME="$TEST_TMP/ff" timeout 30 "$BACKCOACH" --plain --no-sound --ready 0 --no-pain -d "$R" run fail-tiny \
	>/dev/null 2>"$TEST_TMP/err" </dev/null
ok $([ $? -eq 74 ]; echo $?) "a FIFO as the log: exit 74, no wait"
check "... not a regular file" -- grep -q "sessions.log: not a regular file (a FIFO)" "$TEST_TMP/err"

# 9. A full disk: a tmpfs of 12 KiB filled up (needs the right to mount).
mkdir -p "$TEST_TMP/full"
if mount -t tmpfs -o size=12k,mode=0700 tmpfs "$TEST_TMP/full" 2>/dev/null; then
	trap 'umount "$TEST_TMP/full" 2>/dev/null; rm -rf "$TEST_TMP"' EXIT
	mkdir -p "$TEST_TMP/full/backcoach"
	head -c 65536 /dev/zero >"$TEST_TMP/full/filler" 2>/dev/null
	XDG_STATE_HOME="$TEST_TMP/full" "$BACKCOACH" --plain --no-sound --ready 0 --no-pain -d "$R" run fail-tiny \
		>/dev/null 2>"$TEST_TMP/err" </dev/null
	ok $([ $? -eq 74 ]; echo $?) "a full disk: the session finishes, then exit 74"
	check "... No space left on device, and the record on stderr" -- \
		sh -c "grep -q 'sessions.log: No space left on device' '$TEST_TMP/err' && grep -q '^v1	.*	fail-tiny	' '$TEST_TMP/err'"
	umount "$TEST_TMP/full"
else
	skip "cannot mount a small tmpfs here (the full-disk case)"
fi
done_testing
