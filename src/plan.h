/*
 * plan.h - a plan: which routines, how often, from when until when (what a
 * physiotherapist hands over), read from $XDG_CONFIG_HOME/backcoach/plan.yaml
 * or --plan FILE through the strict loader; and what the log says of it:
 * done of planned per day and per week, the next due routine, the `today`
 * text and the adherence block of `history`.
 *
 * Counting: completed sessions count, abandoned ones do not.  Days are
 * local calendar days; weeks run from Monday 00:00 local, as in history.
 */
#ifndef BC_PLAN_H
#define BC_PLAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include "error.h"
#include "log.h"

#define PLAN_FILE_NAME "plan.yaml"
#define PLAN_ITEMS_MAX 32
#define PLAN_TIMES_MAX 20

struct library;

struct plan_item {
	char *routine;		/* routine id */
	unsigned times_a_day;	/* 0 when the item is counted per week */
	unsigned times_a_week;	/* 0 when the item is counted per day */
	char **days;		/* as written: "mon".."sun" */
	unsigned days_count;
	unsigned day_mask;	/* bit 0 Monday; all days when none are given */
};

struct plan {
	char *title;
	char *from, *until;	/* YYYY-MM-DD as written */
	struct plan_item *items;
	unsigned items_count;
	time_t first;		/* local midnight of `from` */
	time_t end;		/* local midnight after `until` (exclusive) */
};

/* What a plan asks and what is done, for one item over a day or a week. */
struct plan_count {
	unsigned done;		/* completed sessions that count */
	unsigned planned;
};

/*
 * Load and check a plan file (structure, dates, day names, times) and, when
 * lib is not NULL, that every routine it names is in lib ("no routine
 * 'desk-rest' (did you mean 'desk-reset'?)").  0, or -1 with err set to
 * FILE:LINE:COL: message.  A missing file gives errno ENOENT in *errno_out
 * (if not NULL).
 */
int plan_load(const char *path, const struct library *lib, struct plan **out,
    struct bc_error *err, int *errno_out);
void plan_free(struct plan *p);
/* Does the file look like a plan (its name is plan.yaml, or it has `items:` at the top)? */
bool plan_file_looks_like(const char *path);
/* The plan file to use: the option's, else <config dir>/plan.yaml. */
const char *plan_default_path(void);

/* Is the local day holding t within from..until? */
bool plan_covers(const struct plan *p, time_t t);
/* Item i on the local day holding t: done (all of them) and planned. */
void plan_count_day(const struct plan *p, unsigned i,
    const struct log_record *recs, size_t n, time_t t,
    struct plan_count *c);
/*
 * Item i in the week (Monday 00:00 local) holding t, within the plan's
 * dates.  A week the plan covers only in part asks for its share of
 * times-a-week, rounded to the nearest whole session (half up).  Sessions
 * beyond what a day (or the week) asks count only up to it: three on
 * Monday do not make up for none on Tuesday.
 */
void plan_count_week(const struct plan *p, unsigned i,
    const struct log_record *recs, size_t n, time_t t,
    struct plan_count *c);
/*
 * What item i can still get this week at now: today's remainder and what
 * the plan's days after today ask (days gone cannot be made up); for
 * times-a-week, what the week still asks.
 */
unsigned plan_week_left(const struct plan *p, unsigned i,
    const struct log_record *recs, size_t n, time_t now);
/*
 * The id of the first item (in file order) still due at t: a per-day item
 * not done today as often as asked, or a per-week item not done this week;
 * NULL when nothing is due or the plan does not cover t.
 */
const char *plan_next_due(const struct plan *p, const struct log_record *recs,
    size_t n, time_t t);
/* Is the routine id due (as above)?  For sorting the picker. */
bool plan_is_due(const struct plan *p, const char *id,
    const struct log_record *recs, size_t n, time_t t);

/* `backcoach today`: what the plan asks today and this week, and what is done. */
void plan_print_today(FILE *out, const struct plan *p,
    const struct log_record *recs, size_t n, time_t now);
/*
 * The adherence block of `backcoach history`: per week of the plan up to
 * now, sessions done of sessions planned, per item; and the breaks the
 * reminder offered that were skipped or snoozed.  A week's line is wrapped
 * to width columns (0: 80) between its items, the next lines indented.
 */
void plan_print_adherence(FILE *out, const struct plan *p,
    const struct log_record *recs, size_t n, time_t now, int width);
/*
 * The hook `history` calls: load the plan at path (NULL: the default) and
 * the log, print the adherence block.  Silent when there is no plan file;
 * a bad plan is one line on warn.  Returns 0, or -1 when the plan is bad.
 */
int plan_history_hook(FILE *out, const char *path, const char *log_path,
    time_t now, int width, FILE *warn);

/*
 * `backcoach validate` of a plan: load it and check its routines against
 * the default search path.  0, or -1 with every error in errs, in file
 * order.
 */
struct yamlload_errors;
int plan_validate_file(const char *path, struct yamlload_errors *errs);

/*
 * The active plan and the log it is counted against, for screens that
 * stay up (the picker, the reminder): the log is read again only when its
 * size or time stamp changed.
 */
struct plan_view {
	struct plan *plan;	/* NULL: no plan (then nothing is due) */
	char *log_path;
	struct log_record *recs;	/* sessions and breaks */
	size_t n;
	long long size, mtime_ns;	/* of the log when read; -1 none */
};

/*
 * Open the plan at path (NULL: the default) against lib.  No file gives a
 * view without a plan; a bad plan is one line on warn and a view without a
 * plan.  Never NULL.
 */
struct plan_view *plan_view_open(const char *path, const char *log_path,
    const struct library *lib, FILE *warn);
void plan_view_free(struct plan_view *v);
/* Read the log again if it changed since; true if it did. */
bool plan_view_refresh(struct plan_view *v);
/* Is the plan active at t (a plan, covering t)? */
bool plan_view_active(struct plan_view *v, time_t t);
/*
 * Order rs (n routines) so that those the plan has due now come first,
 * the rest keeping their order.  Nothing changes without an active plan.
 */
struct routine;
/* The id of the routine the active plan has due next, or NULL. */
const char *plan_view_next_due(struct plan_view *v, time_t now);
/* Has the active plan the routine id due now? */
bool plan_view_due(struct plan_view *v, const char *id, time_t now);
void plan_view_sort_due(struct plan_view *v, const struct routine **rs,
    size_t n, time_t now);

#endif
