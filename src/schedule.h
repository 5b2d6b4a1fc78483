/*
 * schedule.h - when a break is due: the reminder's rules as pure functions
 * of the time the caller passes in (wall-clock seconds, local time through
 * localtime_r/mktime), so tests fix both the clock and TZ.  Also the small
 * parsers every file and option that speaks of time shares: durations as
 * people write them (45m, 1h30m, 90s), working hours (09:00-17:30) and day
 * names (mon..sun, mon-fri).  Knows nothing of curses, files or the log.
 */
#ifndef BC_SCHEDULE_H
#define BC_SCHEDULE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

/* Days as bits, Monday first (bit 0) as the history's weeks are. */
#define SCHEDULE_DAYS_ALL 0x7fu
#define SCHEDULE_WORKDAYS 0x1fu		/* mon-fri */

/*
 * A gap of more than this between two looks at the clock (a suspend, a
 * hibernation, a stopped process, the clock set forward) means nobody sat
 * at this computer: the interval starts again on waking instead of ringing
 * at once as if the break were hours overdue.  The caller must look at the
 * clock at least once a minute while it waits.
 */
#define SCHEDULE_AWAY_SECONDS 300

/* What a duration error says, after the offending text. */
#define SCHEDULE_DURATION_HINT "want a duration like 45m, 1h30m or 90s"

/*
 * "45m", "1h30m", "90s", "2h", "1h5m30s": whole numbers followed by h, m
 * or s, in that order, each at most once, no spaces, at least 1 s and at
 * most 24 h.  0 and the seconds, or -1.
 */
int schedule_parse_duration(const char *s, unsigned *seconds);
/* For a countdown: "45s" under a minute, "12m", "1h05m" (rounded up to a minute). */
void schedule_format_left(unsigned seconds, char *buf, size_t size);
/* A duration as it would be written: "45m", "1h30m", "90s" -> "1m30s". */
void schedule_format_duration(unsigned seconds, char *buf, size_t size);

/* "mon".."sun" (or the whole name: "monday") -> 0..6, else -1. */
int schedule_day_from_name(const char *s);
const char *schedule_day_name(int day);
/*
 * Days as written in settings: "mon-fri", "mon,wed,fri", "sat-sun",
 * "mon-wed,fri", or "all".  0 and the mask, or -1.
 */
int schedule_parse_days(const char *s, unsigned *mask);
/* The mask as "mon-fri", "mon,wed,fri" or "all" (the inverse of the above). */
void schedule_format_days(unsigned mask, char *buf, size_t size);
/*
 * The same for a person to read, with the locale's day names (strftime's
 * %a: "Mon-Fri", "Mo-Fr"); buf is "" for all days (the caller says "every
 * day" in its own words).
 */
void schedule_format_days_local(unsigned mask, char *buf, size_t size);
/*
 * Working hours "09:00-17:30" (or "9-17:30"): minutes from local midnight,
 * start before end, the end at most 24:00.  "all" is 0-1440.  0, or -1.
 */
int schedule_parse_hours(const char *s, unsigned *from_min, unsigned *to_min);

/* Monday = 0 .. Sunday = 6 of the local day holding t. */
int schedule_weekday(time_t t);

struct schedule_cfg {
	unsigned every;		/* seconds from one break to the next */
	unsigned snooze;	/* seconds a snooze puts the break off */
	unsigned from_min, to_min;	/* working hours, minutes from local midnight */
	unsigned days;		/* working days, SCHEDULE_DAYS_ALL = every day */
};

enum schedule_state {
	SCHED_WAIT,		/* counting down to due */
	SCHED_DUE,		/* the break is due: waiting for the person */
	SCHED_OFF		/* outside working hours or days */
};

struct schedule {
	struct schedule_cfg cfg;
	enum schedule_state state;
	time_t start;		/* the interval began (last break, skip, start) */
	time_t due;		/* the break is due (start + every, or snooze end) */
	time_t last;		/* the last tick */
	bool snoozed;		/* due was put off by a snooze */
};

/* Is t within working hours on a working day? */
bool schedule_working(const struct schedule_cfg *c, time_t t);
/*
 * The next moment at or after t when working time begins (t itself when it
 * is working time), or (time_t)-1 if there is none (no working days).
 */
time_t schedule_work_begins(const struct schedule_cfg *c, time_t t);
/* When the working time holding t ends (t must be working time). */
time_t schedule_work_ends(const struct schedule_cfg *c, time_t t);

/* Start counting at now. */
void schedule_init(struct schedule *s, const struct schedule_cfg *c, time_t now);
/*
 * Look at the clock.  Returns true exactly once per break: at the tick that
 * finds it due (the caller rings then).
 */
bool schedule_tick(struct schedule *s, time_t now);
/* Put a due (or coming) break off by the snooze length from now. */
void schedule_snooze(struct schedule *s, time_t now);
/* Skip this break: the next one is a whole interval from now. */
void schedule_skip(struct schedule *s, time_t now);
/*
 * A break was taken: a completed session that ended at `end` (from this
 * terminal or any other).  The interval restarts from its end if that is
 * later than the interval's start; never from the future.
 */
void schedule_break_taken(struct schedule *s, time_t end, time_t now);
/*
 * The wall time at which the state next changes by itself: the break
 * becomes due, working time begins or ends.  (time_t)-1 for never (due, or
 * no working days).
 */
time_t schedule_next_change(const struct schedule *s, time_t now);

#endif
