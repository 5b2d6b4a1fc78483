/*
 * history.h - what the session log says: the `history` command's output and
 * the numbers behind it (this week, last 28 days, streak, pain change and
 * its direction per routine), and the data the TUI history screen draws
 * (ui-history.c).
 *
 * The logs are read as a stream: memory stays the same whatever their
 * size.  The figures are sums taken as the records go by; the screen's
 * list of sessions keeps only the most recent ones (HISTORY_TAIL).
 *
 * All day arithmetic is in local time (TZ), against a `now` the caller
 * passes in, so tests can fix both.
 */
#ifndef BC_HISTORY_H
#define BC_HISTORY_H

#include <stdbool.h>
#include <stdio.h>
#include <time.h>

#include "log.h"

#define HISTORY_DAYS 28		/* the chart and "last 28 days" */
#define HISTORY_WEEKS 4		/* the pain trend */
/*
 * An abandoned session with less than this many seconds done is "too
 * short": listed, counted on a line of its own, and left out of every
 * other figure (sessions, minutes, streak, pain).
 */
#define HISTORY_SHORT_SECONDS 60
/* Rated sessions of a routine below which it gets no direction. */
#define HISTORY_TREND_MIN 6
/* A fitted change in pain smaller than this is "steady". */
#define HISTORY_STEADY 0.5
/* Routines followed one by one; any more are summed as "other routines". */
#define HISTORY_ROUTINES_MAX 512
/* The most recent sessions the screen's list keeps. */
#define HISTORY_TAIL 2000
/* Logs read together (--log given more than once). */
#define HISTORY_LOGS_MAX 16

struct history_filter {
	time_t since;		/* 0 = all */
	const char *routine;	/* NULL = any */
	int area;		/* enum routine_area, -1 = any */
};

/* Sessions and minutes in a period, and what was left out. */
struct history_summary {
	unsigned week_sessions;		/* since Monday 00:00 local */
	double week_minutes;
	unsigned days28_sessions;	/* since local midnight 27 days before today */
	double days28_minutes;
	unsigned streak;		/* consecutive days with a session, ending today or yesterday */
	unsigned long sessions;		/* matching sessions, all of them */
	unsigned long abandoned;	/* abandoned after the first minute: counted */
	unsigned long too_short;	/* abandoned within it: not counted */
	unsigned long future;		/* dated after now: not counted */
};

/* Average pain before and after per week; weeks[HISTORY_WEEKS-1] is this week. */
struct history_pain_week {
	unsigned n;			/* sessions with both ratings */
	double before, after;		/* averages (valid when n > 0) */
	double sum_before, sum_after;
};

/*
 * One routine's pain: the average change (after minus before) over its
 * sessions with both ratings, and the direction of the pain before over
 * those sessions: the slope of a least-squares line through them (x the
 * session's rank, 0, 1, 2...), times the rated sessions less one.
 */
struct history_routine {
	char id[65];			/* "" for the sum of the routines past the cap */
	unsigned long sessions;		/* counted sessions */
	unsigned long rated;		/* of which with both ratings */
	double sum_change;
	double sx, sy, sxx, sxy;	/* least squares of pain before on rank */
};

struct history {
	time_t now;
	struct history_filter filter;
	struct history_summary sum;
	double minutes[HISTORY_DAYS];	/* minutes[HISTORY_DAYS-1] is today */
	struct history_pain_week weeks[HISTORY_WEEKS];
	struct history_routine *routines;	/* in order of first session */
	size_t nroutines;
	struct history_routine other;	/* the routines past HISTORY_ROUTINES_MAX */
	/* The most recent matching sessions, sorted by start (oldest first). */
	struct log_record *recs;
	size_t n;
	struct log_stats stats;		/* over all logs read */
	/* private */
	int *slots;			/* hash of routine ids into routines */
	size_t tail_max, tail_next;
	bool tail_full;
	time_t week_start, days28_start, ws[HISTORY_WEEKS + 1];
	long today, day_cache;
	time_t day_lo, day_hi;
	unsigned char *days;		/* a bit per day number 0..today */
};

/* What one record is, for the lists. */
bool history_is_short(const struct log_record *r);

/*
 * An empty history as of now, keeping records that pass f (copied; its
 * routine string must outlive h) and the last tail_max of them.
 */
void history_init(struct history *h, time_t now, const struct history_filter *f,
    size_t tail_max);
/* Count r (if it passes the filter). */
void history_add(struct history *h, const struct log_record *r);
/* Work out the averages and the streak; sort the kept records. */
void history_finish(struct history *h);
void history_free(struct history *h);
/* The fitted change of the pain before over a routine's rated sessions. */
double history_direction(const struct history_routine *rt);

/*
 * Read the logs (merged by start time, each read once as a stream) into h,
 * initialised as by history_init.  own: the first path is the person's own
 * log (its modes are narrowed if too wide).  Bad lines are reported on
 * warn.  0, or -1 if a log exists and cannot be read (the reason,
 * "cannot read PATH: why", in err; h then holds what was read before).
 */
int history_read_logs(struct history *h, const char *const *paths, size_t npaths,
    bool own, FILE *warn, char *err, size_t errsize);

/* Output formats of the `history` command. */
enum history_format { HISTORY_TEXT, HISTORY_TSV, HISTORY_CSV, HISTORY_JSON };
/* "text", "tsv", "csv", "json" into *out; 0, or -1 for another word. */
int history_format_from_name(const char *name, enum history_format *out);

/* A routine's title for an id, or NULL when unknown (then the id is shown). */
typedef const char *(*history_title_fn)(const char *id, void *arg);

struct history_print_opts {
	const char *const *paths;	/* the logs */
	size_t npaths;
	bool own;			/* paths[0] is the person's own log */
	const struct history_filter *filter;
	time_t now;
	enum history_format format;
	history_title_fn title;		/* may be NULL */
	void *title_arg;
	int width;			/* the summary's columns (text); 0: 80 */
};

/*
 * Print one line per matching session, then (text format) the summary.
 * Returns 0, or 1 if a log exists and cannot be read (the reason goes to
 * warn).  With no sessions at all (text format) prints "No sessions yet."
 * and returns 0.  Bad lines are reported on warn and skipped.
 */
int history_print(FILE *out, const struct history_print_opts *o, FILE *warn);

/*
 * The time the history is worked out for: now, or for tests the
 * BACKCOACH_NOW environment variable (seconds since 1970) when it is set
 * to a number.
 */
time_t history_now(void);

/* Parse YYYY-MM-DD as local midnight into *out; 0, or -1 on bad input. */
int history_parse_date(const char *s, time_t *out);

/* Does r pass f (f may be NULL)? */
bool history_match(const struct log_record *r, const struct history_filter *f);
/*
 * The arrow between pain before and after: "→" in UTF-8, else "->".
 * Every screen and command showing the pair uses this one.
 */
const char *history_arrow(bool utf8);
/*
 * The pain pair as text into buf: "3→5", "4→-" or "-→5" when one
 * rating is missing (negative), "-" when both are.
 */
void history_pain_text(int before, int after, bool utf8, char *buf, size_t size);
/*
 * A routine's direction in words into buf: "too few sessions" below
 * HISTORY_TREND_MIN rated sessions, else "steady", "falling 1.5" or
 * "rising 0.8" (the fitted change of the pain before).
 */
void history_direction_text(const struct history_routine *rt, char *buf, size_t size);
/*
 * The top of the minutes-per-day chart for a day of `minutes`: seconds
 * under a minute ("14s"), minutes with one decimal under 100 ("2.5"), else
 * whole minutes ("125").  At most 4 columns up to 9999 minutes.
 */
void history_axis_label(double minutes, char *buf, size_t size);

/*
 * v with prec decimals (and its sign when sign), with the decimal point of
 * the person's locale (LC_NUMERIC of the environment): the program's own
 * LC_NUMERIC stays C (main.c), for the files it reads and the formats it
 * writes.  "1,5" in de_DE, "1.5" in C.
 */
void history_decimal(char *buf, size_t size, int prec, bool sign, double v);
/* Local midnight of the day holding t, moved by `days` days (DST-safe). */
time_t history_day_start(time_t t, int days);
/* Local Monday 00:00 of the week holding t. */
time_t history_week_start(time_t t);
/*
 * The strftime format of a date as people read it in this locale (LC_TIME's
 * date format: "%d.%m.%Y" in German), or %Y-%m-%d in the C locale.
 */
const char *history_date_format(void);

#endif
