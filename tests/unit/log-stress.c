/*
 * log-stress.c - a helper for the log's shell tests (not a test itself).
 *
 *   log-stress append PATH N TAG [FSIZE]   append N records with routine id
 *       TAG and seconds done 1..N (in order); with FSIZE, first set
 *       RLIMIT_FSIZE to FSIZE bytes.  Exit 0, or 1 with the error on stderr.
 *   log-stress read PATH                   print the number of good records
 *       (bad lines are reported on stderr).  Exit 0, or 1 if unreadable.
 *   log-stress check PATH                  exit 0 if every TAG's seconds run
 *       1, 2, 3, ... in file order (no record lost, duplicated or reordered).
 *
 * SIGXFSZ is ignored, as backcoach itself must, so that crossing a file
 * size limit is an EFBIG error and not a killed process.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "log.h"
#include "routine.h"

static int
do_append(const char *path, long n, const char *tag, const char *fsize)
{
	struct log_record r;
	char err[1024];

	if (fsize != NULL) {
		struct rlimit rl;

		rl.rlim_cur = rl.rlim_max = strtoull(fsize, NULL, 10);
		if (setrlimit(RLIMIT_FSIZE, &rl) != 0) {
			perror("setrlimit");
			return 2;
		}
	}
	memset(&r, 0, sizeof r);
	r.version = LOG_VERSION;
	r.start = 1795595400;	/* 2026-11-25T08:30:00Z */
	r.utc_offset = 3600;
	snprintf(r.routine, sizeof r.routine, "%s", tag);
	r.areas = 1U << AREA_UPPER_BACK;
	r.planned = 1000000;
	r.steps_done = 1;
	r.steps_total = 2;
	r.outcome = LOG_ABANDONED;
	r.pain_before = 5;
	r.pain_after = -1;
	snprintf(r.progver, sizeof r.progver, "stress");
	for (long i = 1; i <= n; i++) {
		r.done = (unsigned)i;
		if (log_append(path, &r, err, sizeof err) != 0) {
			fprintf(stderr, "log-stress: %s\n", err);
			return 1;
		}
	}
	return 0;
}

struct seen {
	char tag[65];
	unsigned last;
};

static int
do_check(const char *path)
{
	struct log_record *recs;
	struct seen *seen;
	long n = log_read(path, &recs, stderr);
	size_t ns = 0;
	int bad = 0;

	if (n < 0) {
		perror(path);
		return 1;
	}
	seen = calloc((size_t)n + 1, sizeof *seen);
	for (long i = 0; i < n; i++) {
		size_t s;

		for (s = 0; s < ns; s++)
			if (strcmp(seen[s].tag, recs[i].routine) == 0)
				break;
		if (s == ns)
			strcpy(seen[ns++].tag, recs[i].routine);
		if (recs[i].done != seen[s].last + 1) {
			fprintf(stderr, "%s: record %ld: %s done %u after %u\n", path,
			    i + 1, recs[i].routine, recs[i].done, seen[s].last);
			bad = 1;
		}
		seen[s].last = recs[i].done;
	}
	for (size_t s = 0; s < ns; s++)
		printf("%s %u\n", seen[s].tag, seen[s].last);
	free(seen);
	free(recs);
	return bad;
}

int
main(int argc, char **argv)
{
	signal(SIGXFSZ, SIG_IGN);
	if (argc >= 5 && strcmp(argv[1], "append") == 0)
		return do_append(argv[2], atol(argv[3]), argv[4], argc > 5 ? argv[5] : NULL);
	if (argc == 3 && strcmp(argv[1], "read") == 0) {
		struct log_record *recs;
		long n = log_read(argv[2], &recs, stderr);

		if (n < 0) {
			perror(argv[2]);
			return 1;
		}
		printf("%ld\n", n);
		free(recs);
		return 0;
	}
	if (argc == 3 && strcmp(argv[1], "check") == 0)
		return do_check(argv[2]);
	fprintf(stderr, "usage: log-stress append PATH N TAG [FSIZE] | read PATH | check PATH\n");
	return 64;
}
