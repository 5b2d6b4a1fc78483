/*
 * log-guard-main.c - backcoach-log-guard PATH: the log guard as a program
 * of its own, started by a session with the pipe on fd 3 (log-guard.h).
 * Linked with libc and the log's file code only, so that it costs little
 * memory for as long as the session runs.
 */
#include "config.h"

#include <signal.h>
#include <stdio.h>

#include "log-guard.h"

int
main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: backcoach-log-guard PATH (started by "
		    "backcoach, with the session's pipe on fd 3)\n");
		return 64;
	}
	/* a file size limit makes the write fail (EFBIG), not the guard die */
	signal(SIGXFSZ, SIG_IGN);
	return log_guard_run(3, argv[1]);
}
