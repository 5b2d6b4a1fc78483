/*
 * log-guard.h - the log guard (log-guard.c): a small process that a
 * session starts so that its record is still written when the session's
 * own process is killed outright (SIGKILL, the OOM killer, a crash).
 *
 * The session sends it, on a pipe, the record it would leave if it died
 * now, as the line the log would hold ('P'), and at a normal end 'E' (it
 * then writes its record itself).  When the pipe closes without 'E', the
 * guard appends the last line it was sent.  The guard is its own small
 * program, backcoach-log-guard (2.9 MiB less than running backcoach again
 * for it: it loads no curses, YAML or sound library).
 */
#ifndef BC_LOG_GUARD_H
#define BC_LOG_GUARD_H

#include <stddef.h>

#include "log-file.h"

/* One message: under PIPE_BUF, so written whole or not at all. */
struct log_guard_msg {
	char tag;			/* 'P' progress, 'E' end */
	unsigned short len;		/* bytes of line ('P') */
	char line[LOG_LINE_MAX + 2];	/* one log line, ending in '\n' */
};

/*
 * The guard's side: read messages from fd until the end, then append the
 * last line to path unless 'E' came.  Returns the exit status: 0, or 1
 * when the line could not be written (the reason on stderr).
 */
int log_guard_run(int fd, const char *path);

#endif
