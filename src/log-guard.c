/*
 * log-guard.c - the log guard's side (see log-guard.h): the loop that
 * keeps the last record a session sent and appends it if the session dies
 * without saying it ended.  Shared by backcoach-log-guard and the hidden
 * `backcoach log-guard` command.
 */
#include "config.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "log-guard.h"

int
log_guard_run(int fd, const char *path)
{
	static struct log_guard_msg m, last;
	bool have = false;
	char err[512];
	ssize_t n;

	for (;;) {
		n = read(fd, &m, sizeof m);
		if (n < 0 && errno == EINTR)
			continue;
		if (n != (ssize_t)sizeof m)
			break;	/* EOF (the session is gone) or garbage */
		if (m.tag == 'E')
			return 0;
		if (m.tag == 'P' && m.len > 0 && m.len <= LOG_LINE_MAX + 1 &&
		    m.line[m.len - 1] == '\n') {
			last = m;
			have = true;
		}
	}
	if (!have)
		return 0;
	if (log_append_line(path, last.line, last.len, err, sizeof err) != 0) {
		fprintf(stderr, "backcoach: %s\n", err);
		return 1;
	}
	return 0;
}
