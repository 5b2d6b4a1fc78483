/*
 * Unit tests of schedule.c on an injected clock, in TZ=Europe/Berlin (CET
 * +01:00 in winter, CEST +02:00 in summer).  Every instant is written as
 * UTC with timegm and the local offset worked out by hand, so the tests do
 * not lean on the mktime the code uses.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "schedule.h"
#include "tap.h"

#define MIN 60
#define HOUR 3600

static time_t
utc(int y, int mo, int d, int h, int mi, int s)
{
	struct tm tm;

	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = s;
	return timegm(&tm);
}

/*
 * Tick every `step` seconds from `from` to `to` (both included); the first
 * time it rang, or 0.
 */
static time_t
run(struct schedule *s, time_t from, time_t to, int step)
{
	time_t t, rang = 0;

	for (t = from; t <= to; t += step)
		if (schedule_tick(s, t) && rang == 0)
			rang = t;
	return rang;
}

static void
test_durations(void)
{
	static const struct { const char *s; unsigned v; } good[] = {
		{ "45m", 2700 }, { "1h30m", 5400 }, { "90s", 90 }, { "2h", 7200 },
		{ "1h5m30s", 3930 }, { "1m", 60 }, { "24h", 86400 },
		{ "0h45m", 2700 },
	};
	static const char *const bad[] = {
		"", "45", "m", "45 m", " 45m", "1m1h", "1h1h", "0m", "25h",
		"-5m", "4.5m", "45min", "1H", "1h30", "h", "99999999999m",
		"1d",
	};
	unsigned v;
	char buf[32];
	size_t i;

	for (i = 0; i < sizeof good / sizeof good[0]; i++) {
		v = 0;
		ok(schedule_parse_duration(good[i].s, &v) == 0 && v == good[i].v,
		    "duration '%s' is %u s (got %u)", good[i].s, good[i].v, v);
	}
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ok(schedule_parse_duration(bad[i], &v) == -1,
		    "duration '%s' refused", bad[i]);
	schedule_format_left(40, buf, sizeof buf);
	is_str(buf, "40s", "40 s left: 40s");
	schedule_format_left(60, buf, sizeof buf);
	is_str(buf, "1m", "60 s left: 1m");
	schedule_format_left(61, buf, sizeof buf);
	is_str(buf, "2m", "61 s left rounds up: 2m");
	schedule_format_left(720, buf, sizeof buf);
	is_str(buf, "12m", "720 s: 12m");
	schedule_format_left(3900, buf, sizeof buf);
	is_str(buf, "1h05m", "65 min: 1h05m");
	schedule_format_duration(5400, buf, sizeof buf);
	is_str(buf, "1h30m", "5400 s written 1h30m");
	schedule_format_duration(90, buf, sizeof buf);
	is_str(buf, "1m30s", "90 s written 1m30s");
}

static void
test_days_hours(void)
{
	unsigned m = 0, a = 0, b = 0;
	char buf[64];

	ok(schedule_parse_days("mon-fri", &m) == 0 && m == 0x1f, "mon-fri");
	ok(schedule_parse_days("mon,wed,fri", &m) == 0 && m == 0x15,
	    "mon,wed,fri");
	ok(schedule_parse_days("sat-sun", &m) == 0 && m == 0x60, "sat-sun");
	ok(schedule_parse_days("mon-wed,fri", &m) == 0 && m == 0x17,
	    "mon-wed,fri");
	ok(schedule_parse_days("all", &m) == 0 && m == 0x7f, "all");
	ok(schedule_parse_days("tuesday", &m) == 0 && m == 0x02,
	    "a whole name");
	ok(schedule_parse_days("fri-mon", &m) == -1, "a range backwards refused");
	ok(schedule_parse_days("mnday", &m) == -1, "unknown day refused");
	ok(schedule_parse_days("mon,", &m) == -1, "trailing comma refused");
	ok(schedule_parse_days("", &m) == -1, "empty refused");
	schedule_format_days(0x1f, buf, sizeof buf);
	is_str(buf, "mon-fri", "0x1f written mon-fri");
	schedule_format_days(0x15, buf, sizeof buf);
	is_str(buf, "mon,wed,fri", "0x15 written mon,wed,fri");
	schedule_format_days(0x63, buf, sizeof buf);
	is_str(buf, "mon,tue,sat,sun", "two-day runs are listed");
	/* for a person: the locale's day names (C here), "" for every day */
	schedule_format_days_local(0x1f, buf, sizeof buf);
	is_str(buf, "Mon-Fri", "0x1f shown Mon-Fri");
	schedule_format_days_local(0x63, buf, sizeof buf);
	is_str(buf, "Mon,Tue,Sat,Sun", "two-day runs shown one by one");
	schedule_format_days_local(0x7f, buf, sizeof buf);
	is_str(buf, "", "every day shown as nothing (the caller words it)");
	ok(schedule_parse_hours("09:00-17:30", &a, &b) == 0 && a == 540 &&
	    b == 1050, "09:00-17:30");
	ok(schedule_parse_hours("9-17", &a, &b) == 0 && a == 540 && b == 1020,
	    "9-17");
	ok(schedule_parse_hours("0-24:00", &a, &b) == 0 && a == 0 && b == 1440,
	    "0-24:00");
	ok(schedule_parse_hours("17-9", &a, &b) == -1, "end before start refused");
	ok(schedule_parse_hours("9-9", &a, &b) == -1, "empty span refused");
	ok(schedule_parse_hours("9:5-10", &a, &b) == -1, "one-digit minutes refused");
	ok(schedule_parse_hours("9-25", &a, &b) == -1, "hour 25 refused");
	ok(schedule_parse_hours("9:60-10", &a, &b) == -1, "minute 60 refused");
	ok(schedule_parse_hours("9", &a, &b) == -1, "no end refused");
}

static const struct schedule_cfg office = {
	45 * MIN, 5 * MIN, 9 * 60, 17 * 60, SCHEDULE_WORKDAYS
};
static const struct schedule_cfg always = {
	45 * MIN, 5 * MIN, 0, 24 * 60, SCHEDULE_DAYS_ALL
};

static void
test_interval(void)
{
	struct schedule s;
	/* Thursday 2026-12-03 09:00 CET */
	time_t t0 = utc(2026, 12, 3, 8, 0, 0), r;

	schedule_init(&s, &office, t0);
	is_int(s.state, SCHED_WAIT, "09:00 Thursday: waiting");
	r = run(&s, t0, t0 + 44 * MIN + 59, 1);
	is_int(r, 0, "nothing rings before 09:45");
	ok(schedule_tick(&s, t0 + 45 * MIN), "rings at 09:45:00");
	is_int(s.state, SCHED_DUE, "and is due");
	ok(!schedule_tick(&s, t0 + 45 * MIN + 1), "rings once, not at every tick");
	is_int(schedule_next_change(&s, t0 + 46 * MIN), utc(2026, 12, 3, 16, 0, 0),
	    "while due, the next change is the end of the day (17:00)");

	schedule_snooze(&s, t0 + 46 * MIN);
	is_int(s.state, SCHED_WAIT, "snoozed: waiting again");
	ok(s.snoozed, "and says it is snoozed");
	is_int(schedule_next_change(&s, t0 + 46 * MIN), t0 + 51 * MIN,
	    "next change: the snooze's end (09:51)");
	r = run(&s, t0 + 46 * MIN + 1, t0 + 60 * MIN, 1);
	is_int(r, t0 + 51 * MIN, "the snoozed break rings 5 minutes on");

	schedule_skip(&s, t0 + 52 * MIN);
	ok(!s.snoozed && s.state == SCHED_WAIT, "skipped: a new interval");
	r = run(&s, t0 + 52 * MIN, t0 + 3 * HOUR, 30);
	is_int(r, t0 + 97 * MIN, "after a skip at 09:52 the next is 10:37");

	/* a session done in another terminal */
	schedule_init(&s, &office, t0);
	run(&s, t0, t0 + 20 * MIN, 60);
	schedule_break_taken(&s, t0 + 15 * MIN, t0 + 20 * MIN);
	is_int(s.due, t0 + 60 * MIN, "a session ending 09:15 moves the break to 10:00");
	schedule_break_taken(&s, t0 + 10 * MIN, t0 + 21 * MIN);
	is_int(s.due, t0 + 60 * MIN, "an older session changes nothing");
	schedule_break_taken(&s, t0 + 40 * MIN, t0 + 22 * MIN);
	is_int(s.due, t0 + 67 * MIN, "an end in the future counts as now (09:22)");
	r = run(&s, t0 + 22 * MIN, t0 + 2 * HOUR, 60);
	is_int(r, t0 + 67 * MIN, "and it rings at 10:07");
	/* a session taken while the break is due clears it */
	schedule_break_taken(&s, t0 + 70 * MIN, t0 + 71 * MIN);
	is_int(s.state, SCHED_WAIT, "a break taken while due: waiting again");
}

static void
test_away(void)
{
	struct schedule s;
	/* Thursday 22:00 CET, every hour of every day */
	time_t t0 = utc(2026, 12, 3, 21, 0, 0), r;

	schedule_init(&s, &always, t0);
	run(&s, t0, t0 + 30 * MIN, 60);
	/* suspended at 22:30 for 8 hours */
	ok(!schedule_tick(&s, t0 + 30 * MIN + 8 * HOUR),
	    "waking 8 h later does not ring at once");
	is_int(s.due, t0 + 30 * MIN + 8 * HOUR + 45 * MIN,
	    "the interval starts again on waking (06:30 + 45m)");
	r = run(&s, t0 + 8 * HOUR + 31 * MIN, t0 + 10 * HOUR, 60);
	is_int(r, t0 + 8 * HOUR + 75 * MIN, "and rings 45 minutes after waking");

	/* a gap of exactly SCHEDULE_AWAY_SECONDS is not away; a second more is */
	schedule_init(&s, &always, t0);
	run(&s, t0, t0 + 10 * MIN, 60);
	schedule_tick(&s, t0 + 10 * MIN + SCHEDULE_AWAY_SECONDS);
	is_int(s.due, t0 + 45 * MIN, "a 5-minute gap keeps the interval");
	schedule_tick(&s, t0 + 15 * MIN + SCHEDULE_AWAY_SECONDS + 1);
	is_int(s.due, t0 + 15 * MIN + SCHEDULE_AWAY_SECONDS + 1 + 45 * MIN,
	    "a gap of 5 minutes and 1 second restarts it");

	/* a break due when the lid closed is not rung again on waking */
	schedule_init(&s, &always, t0);
	r = run(&s, t0, t0 + 50 * MIN, 60);
	is_int(r, t0 + 45 * MIN, "due at 22:45");
	ok(!schedule_tick(&s, t0 + 9 * HOUR), "due, then asleep all night: quiet");
	is_int(s.state, SCHED_WAIT, "waiting for a whole interval");

	/* the clock set back */
	schedule_init(&s, &always, t0);
	schedule_tick(&s, t0 + 30 * MIN);
	schedule_tick(&s, t0 + 20 * MIN);
	is_int(s.due, t0 + 65 * MIN, "the clock going back restarts from there");
}

static void
test_hours_days(void)
{
	struct schedule s;
	/* Thursday 2026-12-03 07:00 CET */
	time_t t0 = utc(2026, 12, 3, 6, 0, 0), r;

	schedule_init(&s, &office, t0);
	is_int(s.state, SCHED_OFF, "07:00: off");
	is_int(schedule_next_change(&s, t0), utc(2026, 12, 3, 8, 0, 0),
	    "work begins at 09:00");
	r = run(&s, t0, t0 + 3 * HOUR, 60);
	is_int(r, utc(2026, 12, 3, 8, 45, 0),
	    "started at 07:00, first break 09:45 (counted from 09:00)");
	is_int(s.state, SCHED_DUE, "due");
	/* leave it due; at 17:00 it goes off */
	run(&s, utc(2026, 12, 3, 9, 0, 0), utc(2026, 12, 3, 15, 59, 0), 60);
	is_int(s.state, SCHED_DUE, "16:59: still due (nobody answered)");
	schedule_tick(&s, utc(2026, 12, 3, 16, 0, 0));
	is_int(s.state, SCHED_OFF, "17:00: off");
	r = run(&s, utc(2026, 12, 3, 16, 0, 0), utc(2026, 12, 4, 9, 0, 0), 60);
	is_int(r, utc(2026, 12, 4, 8, 45, 0), "Friday's first break at 09:45");

	/* a break due after the end of the day does not ring that day */
	schedule_init(&s, &office, utc(2026, 12, 4, 15, 30, 0));	/* Fri 16:30 */
	r = run(&s, utc(2026, 12, 4, 15, 30, 0), utc(2026, 12, 4, 23, 0, 0), 60);
	is_int(r, 0, "16:30 + 45m is after 17:00: no ring on Friday");
	/* the week boundary: nothing on Saturday or Sunday, Monday 09:45 */
	r = run(&s, utc(2026, 12, 4, 23, 0, 0), utc(2026, 12, 7, 12, 0, 0), 60);
	is_int(r, utc(2026, 12, 7, 8, 45, 0),
	    "over the weekend: next ring Monday 09:45");
	is_int(schedule_work_begins(&office, utc(2026, 12, 5, 10, 0, 0)),
	    utc(2026, 12, 7, 8, 0, 0), "from Saturday, work begins Monday 09:00");
	ok(schedule_working(&office, utc(2026, 12, 7, 15, 59, 59)),
	    "Monday 16:59:59 is working time");
	ok(!schedule_working(&office, utc(2026, 12, 7, 16, 0, 0)),
	    "Monday 17:00:00 is not");
	ok(!schedule_working(&office, utc(2026, 12, 6, 22, 59, 59)),
	    "Sunday 23:59:59 is not");
	/* midnight: hours up to 24:00 run to the day's last second */
	{
		struct schedule_cfg late = office;

		late.to_min = 24 * 60;
		ok(schedule_working(&late, utc(2026, 12, 3, 22, 59, 59)),
		    "until 24:00: Thursday 23:59:59 is working time");
		ok(!schedule_working(&late, utc(2026, 12, 4, 23, 0, 0)),
		    "Saturday 00:00 is not (not a working day)");
		ok(!schedule_working(&late, utc(2026, 12, 3, 23, 0, 0)),
		    "Friday 00:00 is not working time (before 09:00)");
	}
	{
		struct schedule_cfg none = office;

		none.days = 0;
		ok(schedule_work_begins(&none, t0) == (time_t)-1,
		    "no working days: never");
	}
}

static void
test_dst(void)
{
	struct schedule s;
	struct schedule_cfg every = always;
	time_t t0, r;

	/* autumn: Sunday 2026-10-25, 03:00 CEST becomes 02:00 CET at 01:00 UTC */
	every.days = SCHEDULE_DAYS_ALL;
	every.from_min = 9 * 60;
	every.to_min = 17 * 60;
	is_int(schedule_work_begins(&every, utc(2026, 10, 24, 15, 30, 0)),
	    utc(2026, 10, 25, 8, 0, 0),
	    "from Saturday 17:30 CEST, work begins Sunday 09:00 CET (08:00 UTC)");
	ok(!schedule_working(&every, utc(2026, 10, 25, 7, 30, 0)),
	    "Sunday 08:30 CET is before working hours");
	ok(schedule_working(&every, utc(2026, 10, 25, 8, 0, 0)),
	    "Sunday 09:00 CET is working time");
	/* an interval across the change is 45 real minutes */
	t0 = utc(2026, 10, 25, 0, 30, 0);	/* 02:30 CEST */
	schedule_init(&s, &always, t0);
	r = run(&s, t0, t0 + 2 * HOUR, 60);
	is_int(r, t0 + 45 * MIN, "02:30 CEST + 45m rings at 02:15 CET");

	/* spring: Sunday 2026-03-29, 02:00 CET becomes 03:00 CEST at 01:00 UTC */
	is_int(schedule_work_begins(&every, utc(2026, 3, 28, 17, 0, 0)),
	    utc(2026, 3, 29, 7, 0, 0),
	    "from Saturday 18:00 CET, work begins Sunday 09:00 CEST (07:00 UTC)");
	t0 = utc(2026, 3, 29, 0, 30, 0);	/* 01:30 CET */
	schedule_init(&s, &always, t0);
	r = run(&s, t0, t0 + 2 * HOUR, 60);
	is_int(r, t0 + 45 * MIN, "01:30 CET + 45m rings at 03:15 CEST");
	is_int(schedule_weekday(utc(2026, 3, 29, 22, 30, 0)), 0,
	    "Monday 00:30 CEST (Sunday 22:30 UTC) is a Monday");
}

int
main(void)
{
	setenv("TZ", "Europe/Berlin", 1);
	tzset();
	test_durations();
	test_days_hours();
	test_interval();
	test_away();
	test_hours_days();
	test_dst();
	return done_testing();
}
