/*
 * log.h - the session log: one tab-separated record per line, appended with
 * a single write() on an O_APPEND descriptor and fsync()ed; read back
 * skipping bad lines.  The file is never rewritten.
 */
#ifndef BC_LOG_H
#define BC_LOG_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#define LOG_VERSION 1
#define LOG_LINE_MAX 1024

/*
 * A session completed or abandoned; or a break the reminder offered that
 * was skipped or snoozed (planned is the offered routine's length, done 0).
 */
enum log_outcome { LOG_COMPLETED, LOG_ABANDONED, LOG_SKIPPED, LOG_SNOOZED };

struct log_record {
	int version;		/* record format version (LOG_VERSION when written) */
	time_t start;		/* session start, UTC seconds */
	int utc_offset;		/* local offset at start, seconds east of UTC */
	char routine[65];	/* routine id */
	uint32_t areas;		/* bit (1 << AREA_x) */
	unsigned planned;	/* planned seconds */
	unsigned done;		/* seconds actually done (pauses excluded) */
	unsigned steps_done, steps_total;
	enum log_outcome outcome;
	int pain_before, pain_after;	/* 0..10, -1 when not given */
	char progver[32];	/* the program version that wrote it */
};

/* Format r as one line (with '\n') into buf; returns its length, or -1 if it does not fit. */
int log_format(const struct log_record *r, char *buf, size_t size);
/* Parse one line (without or with '\n'); 0, or -1 with *why set to a reason. */
int log_parse(const char *line, struct log_record *r, const char **why);

/*
 * Append r to path (creating the file 0600 and its directory 0700).
 * 0 on success; -1 with errno set and a reason in err (if not NULL).
 */
int log_append(const char *path, const struct log_record *r, char *err, size_t errsize);

/*
 * Read all good records of path into *out (malloc'd, caller frees).  A bad
 * line gives "PATH:LINE: skipped: why" on warn (if not NULL).  A missing file
 * gives 0 records.  Returns the count, or -1 with errno set.
 */
long log_read(const char *path, struct log_record **out, FILE *warn);
/*
 * log_read gives sessions only; this gives the reminder's break records
 * (skipped, snoozed) as well.
 */
long log_read_all(const char *path, struct log_record **out, FILE *warn);

/* Does the log file exist (has anybody run a session yet)? */
bool log_exists(const char *path);

#endif
