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
/* The longest line a reader takes; a longer one is skipped ("line too long"). */
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
/* The start time as the log writes it, "2026-11-25T09:30:00+01:00"; 0 or -1. */
int log_format_time(const struct log_record *r, char *buf, size_t size);
/* The areas as the log writes them, "neck,upper-back" (maybe empty); 0 or -1. */
int log_format_areas(uint32_t areas, char *buf, size_t size);
/* Parse one line (without or with '\n'); 0, or -1 with *why set to a reason. */
int log_parse(const char *line, struct log_record *r, const char **why);

/*
 * Append r to path (creating the file 0600 and its directory 0700).
 * 0 on success; -1 with errno set and a reason in err (if not NULL).
 */
int log_append(const char *path, const struct log_record *r, char *err, size_t errsize);

/*
 * Reading the log as a stream, one record at a time, in constant memory
 * whatever the file's size (a line longer than LOG_LINE_MAX is skipped
 * without being held).  A bad line gives "PATH:LINE: skipped: why" on
 * warn (if not NULL).  A line whose first field is a lowercase word other
 * than "vN" is a record of another kind (one this reader does not know):
 * it is counted in other_kinds and skipped without a warning.
 */
struct log_reader;
struct log_stats {
	unsigned long lines;		/* lines read */
	unsigned long records;		/* session records returned */
	unsigned long skipped;		/* bad lines (each warned about) */
	unsigned long other_kinds;	/* records of kinds this reader skips */
};
/* log_open's flags. */
#define LOG_TIGHTEN 1	/* the person's own log: narrow over-wide modes, saying so on warn */
#define LOG_BREAKS 2	/* give the reminder's break records (skipped, snoozed) too;
			   without it they are counted in other_kinds and skipped */

/*
 * Open path for reading, without following a symbolic link and refusing
 * what is not a regular file (a FIFO is never waited on).  0 with *out
 * set; 0 with *out NULL when the file does not exist; -1 with errno set
 * and a one-line reason ("cannot read PATH: ...") in err.
 */
int log_open(const char *path, int flags, struct log_reader **out, FILE *warn,
    char *err, size_t errsize);
/* The next good record: 1, 0 at the end, -1 on a read error (errno set). */
int log_next(struct log_reader *lr, struct log_record *r);
const struct log_stats *log_reader_stats(const struct log_reader *lr);
/*
 * Skip ahead (by bisection, reading a few KiB) to a line before the first
 * record that started at since or later; records that started more than
 * LOG_SEEK_SLACK before it may still follow.  Afterwards warnings name no
 * line number.  0, or -1 on a read error.
 */
#define LOG_SEEK_SLACK (2 * 86400)
int log_seek(struct log_reader *lr, time_t since);
void log_close(struct log_reader *lr);

/*
 * Read all good records of path into *out (malloc'd, caller frees): for
 * tests and small logs (the history reads as a stream).  A missing file
 * gives 0 records.  Returns the count, or -1 with errno set.
 */
long log_read(const char *path, struct log_record **out, FILE *warn);
/*
 * log_read gives sessions only; this gives the reminder's break records
 * (skipped, snoozed) as well.
 */
long log_read_all(const char *path, struct log_record **out, FILE *warn);
/*
 * The records that started in [since, until) (until 0: no end; flags:
 * LOG_BREAKS for the breaks too), read as a stream from a place found by
 * log_seek: memory and time for those only, not for the whole log.
 */
long log_read_window(const char *path, time_t since, time_t until, int flags,
    struct log_record **out, FILE *warn);

/* Does the log file exist (has anybody run a session yet)? */
bool log_exists(const char *path);

/* Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
long log_civil_days(int y, int m, int d);

#endif
