/*
 * history.h - what the session log says: the `history` command's output and
 * the numbers behind it (this week, last 28 days, streak, pain change), and
 * the data the TUI history screen draws (ui-history.c).
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

struct history_filter {
	time_t since;		/* 0 = all */
	const char *routine;	/* NULL = any */
	int area;		/* enum routine_area, -1 = any */
};

/* The records of a log, sorted by start time (oldest first). */
struct history {
	struct log_record *recs;
	size_t n;
};

/* Sessions and minutes in a period; the pain change of one routine. */
struct history_summary {
	unsigned week_sessions;		/* since Monday 00:00 local */
	double week_minutes;
	unsigned days28_sessions;	/* since local midnight 27 days before today */
	double days28_minutes;
	unsigned streak;		/* consecutive days with a session, ending today or yesterday */
};

/* Average pain before and after per week; weeks[HISTORY_WEEKS-1] is this week. */
struct history_pain_week {
	unsigned n;			/* sessions with both ratings */
	double before, after;		/* averages (valid when n > 0) */
};

/*
 * Print one line per matching session, then the summary.  Returns 0, or 1
 * if the log exists and cannot be read (the reason goes to warn).  With no
 * sessions at all prints "No sessions yet." and returns 0.  Bad lines are
 * reported on warn and skipped.
 */
int history_print(FILE *out, const char *log_path, const struct history_filter *f,
    time_t now, FILE *warn);

/* Parse YYYY-MM-DD as local midnight into *out; 0, or -1 on bad input. */
int history_parse_date(const char *s, time_t *out);

/*
 * Load the log for the TUI.  Never NULL: a missing or unreadable log gives
 * an empty history (an unreadable one is reported on warn if not NULL).
 */
struct history *history_load(const char *log_path, FILE *warn);
void history_free(struct history *h);

/* Does r pass f (f may be NULL)? */
bool history_match(const struct log_record *r, const struct history_filter *f);
/* Summary of the records of h that pass f, as of now. */
void history_summarize(const struct history *h, const struct history_filter *f,
    time_t now, struct history_summary *s);
/* Minutes done per local day, minutes[HISTORY_DAYS-1] being today. */
void history_minutes_per_day(const struct history *h, time_t now,
    double minutes[HISTORY_DAYS]);
/* Pain before/after per week, the last being the week (Monday on) holding now. */
void history_pain_weeks(const struct history *h, time_t now,
    struct history_pain_week weeks[HISTORY_WEEKS]);
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
 * The top of the minutes-per-day chart for a day of `minutes`: seconds
 * under a minute ("14s"), minutes with one decimal under 100 ("2.5"), else
 * whole minutes ("125").  At most 4 columns up to 9999 minutes.
 */
void history_axis_label(double minutes, char *buf, size_t size);
/* Local midnight of the day holding t, moved by `days` days (DST-safe). */
time_t history_day_start(time_t t, int days);
/* Local Monday 00:00 of the week holding t. */
time_t history_week_start(time_t t);

#endif
