/*
 * Unit tests of plan.c: the example plan of issue 16 loads as written, bad
 * plans are refused with FILE:LINE:COL, and counting against a log written
 * here matches figures worked out by hand (TZ=Europe/Berlin, CET = UTC+1;
 * the plan runs Tue 2026-12-01 .. Mon 2026-12-14).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "library.h"
#include "log.h"
#include "plan.h"
#include "tap.h"

static char dir[4096];

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

/* Local Berlin winter time (CET, UTC+1) as UTC seconds. */
static time_t
cet(int mo, int d, int h, int mi, int s)
{
	return utc(2026, mo, d, h, mi, s) - 3600;
}

static const char *
fixture(const char *name)
{
	static char path[4200];

	snprintf(path, sizeof path, "%s/tests/plan/%s", dir, name);
	return path;
}

static void
test_load(const struct library *lib)
{
	struct plan *p;
	struct bc_error err;
	int e = 0;

	ok(plan_load(fixture("plan.yaml"), lib, &p, &err, &e) == 0,
	    "the example of issue 16 loads as written");
	if (p == NULL) {
		bc_error_print(&err, stdout);
		return;
	}
	is_str(p->title, "Two weeks for a stiff upper back", "title");
	is_int(p->items_count, 2, "two items");
	is_str(p->items[0].routine, "desk-reset", "first item");
	is_int(p->items[0].times_a_day, 3, "3 a day");
	is_int(p->items[0].day_mask, 0x1f, "mon-fri");
	is_int(p->items[1].times_a_week, 3, "3 a week");
	is_int(p->items[1].day_mask, 0x7f, "no days: any day");
	is_int(p->first, cet(12, 1, 0, 0, 0), "from: local midnight Dec 1");
	is_int(p->end, cet(12, 15, 0, 0, 0), "until: up to local midnight Dec 15");
	ok(plan_covers(p, cet(12, 14, 23, 59, 59)), "Dec 14 23:59:59 is in");
	ok(!plan_covers(p, cet(12, 15, 0, 0, 0)), "Dec 15 00:00 is out");
	ok(plan_covers(p, cet(12, 1, 0, 0, 0)), "Dec 1 00:00 is in");
	ok(!plan_covers(p, cet(12, 1, 0, 0, 0) - 1), "Nov 30 23:59:59 is out");
	plan_free(p);
	ok(plan_load("/nonexistent/plan.yaml", NULL, &p, &err, &e) == -1 &&
	    e == ENOENT, "a missing file: ENOENT");
}

static void
test_bad(const struct library *lib)
{
	static const struct { const char *file, *where, *msg; } bad[] = {
		{ "bad-routine.yaml", ":7:14:",
		  "no routine 'floor-upper-back-sesion' (did you mean "
		  "'floor-upper-back-session'?)" },
		{ "bad-both.yaml", ":7:19:", "times-a-day or times-a-week, not both" },
		{ "bad-range.yaml", ":3:8:", "the plan ends (2026-12-01) before it "
		  "starts (2026-12-14)" },
		{ "bad-day.yaml", ":7:22:", "unknown day 'wdn' (mon, tue, wed" },
		{ "bad-date.yaml", ":2:7:", "'2026-02-30' is not a date" },
		{ "bad-neither.yaml", ":5:5:", "needs times-a-day or times-a-week" },
		{ "bad-unknown-key.yaml", ":6:5:", "times-a-dya" },
		{ "bad-days-week.yaml", ":7:11:", "'days' goes with times-a-day" },
		{ "bad-times-zero.yaml", ":6:18:", "out of range" },
		{ "bad-twice.yaml", ":7:14:", "in the plan twice" },
	};
	struct bc_error err;
	struct plan *p;
	char line[1024];
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		FILE *fp = fmemopen(line, sizeof line, "w");

		memset(&err, 0, sizeof err);
		ok(plan_load(fixture(bad[i].file), lib, &p, &err, NULL) == -1 &&
		    p == NULL, "%s refused", bad[i].file);
		bc_error_print(&err, fp);
		fclose(fp);
		ok(strstr(line, bad[i].where) != NULL &&
		    strstr(line, bad[i].msg) != NULL &&
		    strchr(line, '\n') == strrchr(line, '\n'),
		    "%s: one line at %s", bad[i].file, bad[i].where);
		if (strstr(line, bad[i].where) == NULL ||
		    strstr(line, bad[i].msg) == NULL)
			diag("got: %s", line);
	}
	/* without a library the routine is not looked up */
	ok(plan_load(fixture("bad-routine.yaml"), NULL, &p, &err, NULL) == 0,
	    "without a library an unknown id is not checked");
	if (p)
		plan_free(p);
	ok(plan_file_looks_like(fixture("plan.yaml")), "plan.yaml by its name");
	ok(plan_file_looks_like(fixture("weekly.yaml")), "weekly.yaml by content");
	{
		char r[4200];

		snprintf(r, sizeof r, "%s/routines/desk-reset.yaml", dir);
		ok(!plan_file_looks_like(r), "a routine is not a plan");
	}
}

struct spec {
	time_t start;
	const char *id;
	enum log_outcome outcome;
};

#define DESK "desk-reset"
#define FLOOR "floor-upper-back-session"

/* The log of the test; what counts is worked out beside each record. */
static struct spec known[] = {
	{ 0, DESK, LOG_COMPLETED },	/* Mon Nov 30 10:00: before the plan */
	{ 0, DESK, LOG_COMPLETED },	/* Tue Dec 1 09:00 */
	{ 0, DESK, LOG_COMPLETED },	/* Tue Dec 1 12:00 */
	{ 0, DESK, LOG_COMPLETED },	/* Tue Dec 1 15:00 */
	{ 0, DESK, LOG_COMPLETED },	/* Tue Dec 1 18:00: a 4th, beyond 3 */
	{ 0, DESK, LOG_ABANDONED },	/* Wed Dec 2 10:00: abandoned */
	{ 0, DESK, LOG_COMPLETED },	/* Thu Dec 3 23:30 */
	{ 0, DESK, LOG_COMPLETED },	/* Fri Dec 4 00:00 */
	{ 0, DESK, LOG_COMPLETED },	/* Sat Dec 5 10:00: not a plan day */
	{ 0, FLOOR, LOG_COMPLETED },	/* Sat Dec 5 11:00 */
	{ 0, FLOOR, LOG_COMPLETED },	/* Sun Dec 6 23:59:59: week 1 */
	{ 0, FLOOR, LOG_COMPLETED },	/* Mon Dec 7 00:00: week 2 */
	{ 0, FLOOR, LOG_ABANDONED },	/* Mon Dec 7 09:00: abandoned */
	{ 0, DESK, LOG_COMPLETED },	/* Mon Dec 14 23:59: last day */
	{ 0, DESK, LOG_COMPLETED },	/* Tue Dec 15 00:00: after the plan */
	{ 0, DESK, LOG_SKIPPED },	/* Thu Dec 3 11:00: a skipped break */
	{ 0, DESK, LOG_SNOOZED },	/* Thu Dec 3 10:00: a snoozed break */
	{ 0, "neck-desk-stretch", LOG_COMPLETED },	/* Thu Dec 3 10:30: not in the plan */
};

static struct log_record recs[sizeof known / sizeof known[0]];

static void
make_log(void)
{
	const time_t when[] = {
		cet(11, 30, 10, 0, 0), cet(12, 1, 9, 0, 0), cet(12, 1, 12, 0, 0),
		cet(12, 1, 15, 0, 0), cet(12, 1, 18, 0, 0), cet(12, 2, 10, 0, 0),
		cet(12, 3, 23, 30, 0), cet(12, 4, 0, 0, 0), cet(12, 5, 10, 0, 0),
		cet(12, 5, 11, 0, 0), cet(12, 6, 23, 59, 59), cet(12, 7, 0, 0, 0),
		cet(12, 7, 9, 0, 0), cet(12, 14, 23, 59, 0), cet(12, 15, 0, 0, 0),
		cet(12, 3, 11, 0, 0), cet(12, 3, 10, 0, 0), cet(12, 3, 10, 30, 0),
	};
	size_t i;

	for (i = 0; i < sizeof known / sizeof known[0]; i++) {
		known[i].start = when[i];
		memset(&recs[i], 0, sizeof recs[i]);
		recs[i].start = when[i];
		snprintf(recs[i].routine, sizeof recs[i].routine, "%s",
		    known[i].id);
		recs[i].outcome = known[i].outcome;
	}
}

static void
test_counts(void)
{
	struct plan *p;
	struct bc_error err;
	struct plan_count c;
	size_t n = sizeof recs / sizeof recs[0];

	if (plan_load(fixture("plan.yaml"), NULL, &p, &err, NULL) != 0) {
		ok(0, "plan loads");
		return;
	}
	make_log();
	plan_count_day(p, 0, recs, n, cet(12, 1, 20, 0, 0), &c);
	ok(c.done == 4 && c.planned == 3, "Tue Dec 1: desk-reset 4/3 (%u/%u)",
	    c.done, c.planned);
	plan_count_day(p, 0, recs, n, cet(12, 2, 20, 0, 0), &c);
	ok(c.done == 0 && c.planned == 3, "Wed: 0/3, abandoned does not count");
	plan_count_day(p, 0, recs, n, cet(12, 3, 12, 0, 0), &c);
	ok(c.done == 1 && c.planned == 3,
	    "Thu: 1/3 (23:30 is Thursday; breaks do not count)");
	plan_count_day(p, 0, recs, n, cet(12, 4, 0, 0, 0), &c);
	ok(c.done == 1 && c.planned == 3, "Fri: 1/3 (00:00 is Friday)");
	plan_count_day(p, 0, recs, n, cet(12, 5, 12, 0, 0), &c);
	ok(c.done == 1 && c.planned == 0, "Sat: 1 done, none planned");
	plan_count_day(p, 0, recs, n, cet(11, 30, 12, 0, 0), &c);
	ok(c.done == 1 && c.planned == 0, "Mon Nov 30: before the plan, none planned");
	plan_count_day(p, 1, recs, n, cet(12, 5, 12, 0, 0), &c);
	ok(c.done == 1 && c.planned == 0, "a weekly item plans nothing per day");

	/* week 1: Mon Nov 30 .. Sun Dec 6, the plan covers Tue..Sun (6 days) */
	plan_count_week(p, 0, recs, n, cet(12, 3, 12, 0, 0), &c);
	ok(c.done == 5 && c.planned == 12,
	    "week 1: desk-reset 5/12 (Tue 3 of 4, Thu 1, Fri 1; Sat and Nov 30 "
	    "out) (%u/%u)", c.done, c.planned);
	plan_count_week(p, 1, recs, n, cet(12, 6, 23, 59, 59), &c);
	ok(c.done == 2 && c.planned == 3,
	    "week 1: floor 2/3 (3 x 6/7 = 2.57 rounds to 3) (%u/%u)", c.done,
	    c.planned);
	plan_count_week(p, 0, recs, n, cet(12, 7, 0, 0, 0), &c);
	ok(c.done == 0 && c.planned == 15, "week 2: desk-reset 0/15 (%u/%u)",
	    c.done, c.planned);
	plan_count_week(p, 1, recs, n, cet(12, 13, 23, 0, 0), &c);
	ok(c.done == 1 && c.planned == 3, "week 2: floor 1/3 (Mon 00:00 in, "
	    "abandoned out) (%u/%u)", c.done, c.planned);
	plan_count_week(p, 0, recs, n, cet(12, 14, 12, 0, 0), &c);
	ok(c.done == 1 && c.planned == 3, "week 3 (Mon Dec 14 only): desk-reset "
	    "1/3, Dec 15 out (%u/%u)", c.done, c.planned);
	plan_count_week(p, 1, recs, n, cet(12, 14, 12, 0, 0), &c);
	ok(c.done == 0 && c.planned == 0, "week 3: floor 3 x 1/7 rounds to 0");

	/* what can still be done this week: days gone are not made up */
	ok(plan_week_left(p, 0, recs, n, cet(12, 10, 12, 0, 0)) == 6,
	    "Thu Dec 10: desk-reset 6 left (Thu 3 + Fri 3), not 15");
	ok(plan_week_left(p, 0, recs, n, cet(12, 11, 12, 0, 0)) == 3,
	    "Fri Dec 11: 3 left");
	ok(plan_week_left(p, 0, recs, n, cet(12, 12, 12, 0, 0)) == 0,
	    "Sat Dec 12: nothing left for a weekday item");
	ok(plan_week_left(p, 0, recs, n, cet(12, 3, 12, 0, 0)) == 5,
	    "Thu Dec 3 noon: 2 of today's 3 (23:30 is logged) + Fri 3");
	ok(plan_week_left(p, 1, recs, n, cet(12, 10, 12, 0, 0)) == 2,
	    "a weekly item: what the week still asks (1 of 3 done)");
	ok(plan_week_left(p, 0, recs, n, cet(12, 14, 12, 0, 0)) == 2,
	    "Mon Dec 14, the last day: its 3 less the one done");
	is_str(plan_next_due(p, recs, n, cet(12, 3, 12, 0, 0)), DESK,
	    "Thu noon: desk-reset is due");
	is_str(plan_next_due(p, recs, n, cet(12, 1, 20, 0, 0)), FLOOR,
	    "Tue evening: desk-reset done, floor (2/3 this week) due");
	is_str(plan_next_due(p, recs, n, cet(12, 5, 12, 0, 0)), FLOOR,
	    "Saturday: floor");
	ok(plan_next_due(p, recs, n, cet(12, 15, 12, 0, 0)) == NULL,
	    "after the plan: nothing due");
	ok(plan_next_due(p, recs, n, cet(11, 30, 12, 0, 0)) == NULL,
	    "before the plan: nothing due");
	ok(plan_is_due(p, DESK, recs, n, cet(12, 3, 12, 0, 0)),
	    "plan_is_due: desk-reset on Thursday");
	ok(!plan_is_due(p, DESK, recs, n, cet(12, 1, 20, 0, 0)),
	    "plan_is_due: not desk-reset on Tuesday evening");
	ok(!plan_is_due(p, "neck-desk-stretch", recs, n, cet(12, 3, 12, 0, 0)),
	    "plan_is_due: a routine not in the plan");
	plan_free(p);
}

static char *
print_today(const struct plan *p, time_t now)
{
	static char buf[4096];
	FILE *fp = fmemopen(buf, sizeof buf, "w");

	plan_print_today(fp, p, recs, sizeof recs / sizeof recs[0], now);
	fclose(fp);
	return buf;
}

/* The line of out that starts (after spaces) with id, then holds want. */
static int
line_has(const char *out, const char *after, const char *id, const char *want)
{
	const char *p = after ? strstr(out, after) : out, *e;
	char line[256];

	if (p == NULL)
		return 0;
	while ((p = strstr(p, id)) != NULL) {
		e = strchr(p, '\n');
		snprintf(line, sizeof line, "%.*s", e ? (int)(e - p) : 200, p);
		if (strstr(line, want) != NULL)
			return 1;
		p = e ? e : p + 1;
		if (after)
			break;	/* only the first such line after `after` */
	}
	return 0;
}

static void
test_print(void)
{
	struct plan *p;
	struct bc_error err;
	char buf[4096], *out;
	FILE *fp;

	if (plan_load(fixture("plan.yaml"), NULL, &p, &err, NULL) != 0)
		return;
	out = print_today(p, cet(12, 3, 12, 0, 0));
	ok(strstr(out, "day 3 of 14") != NULL, "today: day 3 of 14");
	ok(line_has(out, "Today", DESK, " 1/3 "), "today: desk-reset 1/3");
	/* left: Thursday's 2 and Friday's 3 (days gone are not made up);
	 * the log here already holds Thursday 23:30 and Friday 00:00, so
	 * 5 done of 12 leaves 2 missed (Wednesday's 3, less Friday's one) */
	ok(line_has(out, "This week", DESK, " 5/12 ") &&
	    line_has(out, "This week", DESK, "5 left, 2 missed"),
	    "this week: desk-reset 5/12, 5 left, 2 missed");
	ok(line_has(out, "This week", FLOOR, " 2/3 ") &&
	    line_has(out, "This week", FLOOR, "1 left"),
	    "this week: floor 2/3, 1 left");
	if (!ok(strstr(out, "Thu 2026-12-03") != NULL, "today's date"))
		diag("%s", out);
	out = print_today(p, cet(12, 5, 12, 0, 0));
	/* the days as the locale names them (the C locale's %a here) */
	ok(line_has(out, "Today", DESK, "not today (Mon-Fri)"),
	    "Saturday: desk-reset not today (Mon-Fri)");
	out = print_today(p, cet(11, 28, 12, 0, 0));
	ok(strstr(out, "starts on 2026-12-01 (in 3 days)") != NULL,
	    "before: starts in 3 days");
	out = print_today(p, cet(12, 15, 0, 0, 0));
	ok(strstr(out, "ended on 2026-12-14") != NULL, "after: ended");

	fp = fmemopen(buf, sizeof buf, "w");
	plan_print_adherence(fp, p, recs, sizeof recs / sizeof recs[0],
	    cet(12, 20, 12, 0, 0), 0);
	fclose(fp);
	/* 80 columns: wrapped between the items, the next line indented */
	ok(strstr(buf, "Week of 2026-11-30:  7 of 15 planned (46%) - "
	    "desk-reset 5/12,\n    floor-upper-back-session 2/3\n") != NULL,
	    "adherence week 1: 7 of 15 (46%%), wrapped at 80");
	ok(strstr(buf, "Week of 2026-12-07:  1 of 18 planned (5%) - "
	    "desk-reset 0/15,\n    floor-upper-back-session 1/3\n") != NULL,
	    "adherence week 2: 1 of 18 (5%%)");
	{
		const char *l = buf, *e;
		int longest = 0;

		for (; *l; l = e + 1) {
			if ((e = strchr(l, '\n')) == NULL)
				e = l + strlen(l);
			if (e - l > longest)
				longest = (int)(e - l);
			if (*e == '\0')
				break;
		}
		ok(longest <= 80, "adherence: no line over 80 columns (%d)",
		    longest);
	}
	ok(strstr(buf, "Week of 2026-12-14:  1 of 3 planned (33%)") != NULL,
	    "adherence week 3: 1 of 3");
	ok(strstr(buf, "Week of 2026-12-21") == NULL, "no week after the plan");
	ok(strstr(buf, "  Week of 2026-11-30:  1 skipped, 1 snoozed") != NULL,
	    "breaks: 1 skipped, 1 snoozed in week 1");
	if (!ok(strstr(buf, "Plan: Two weeks") != NULL, "the plan's title"))
		diag("%s", buf);
	fp = fmemopen(buf, sizeof buf, "w");
	plan_print_adherence(fp, p, recs, sizeof recs / sizeof recs[0],
	    cet(12, 20, 12, 0, 0), 120);
	fclose(fp);
	ok(strstr(buf, "Week of 2026-11-30:  7 of 15 planned (46%) - "
	    "desk-reset 5/12, floor-upper-back-session 2/3\n") != NULL,
	    "120 columns: a week on one line");
	fp = fmemopen(buf, sizeof buf, "w");
	plan_print_adherence(fp, p, recs, sizeof recs / sizeof recs[0],
	    cet(12, 20, 12, 0, 0), 30);
	fclose(fp);
	ok(strstr(buf, "(46%) -\n    desk-reset 5/12,\n"
	    "    floor-upper-back-session 2/3\n") != NULL,
	    "30 columns: an item a line, ids whole");
	fp = fmemopen(buf, sizeof buf, "w");
	plan_print_adherence(fp, p, recs, sizeof recs / sizeof recs[0],
	    cet(12, 2, 12, 0, 0), 0);
	fclose(fp);
	ok(strstr(buf, "Week of 2026-11-30") != NULL &&
	    strstr(buf, "Week of 2026-12-07") == NULL,
	    "on Dec 2: only the first week");
	plan_free(p);
}

/* Break records go through the log file and back; log_read leaves them out. */
static void
test_log_breaks(void)
{
	char tmp[] = "/tmp/bc-test-plan.XXXXXX", path[64], err[256];
	struct log_record r, *out;
	long n;

	if (mkdtemp(tmp) == NULL) {
		ok(0, "mkdtemp");
		return;
	}
	snprintf(path, sizeof path, "%s/sessions.log", tmp);
	memset(&r, 0, sizeof r);
	r.start = cet(12, 3, 10, 0, 0);
	snprintf(r.routine, sizeof r.routine, "desk-reset");
	snprintf(r.progver, sizeof r.progver, "0.1.0");
	r.pain_before = r.pain_after = -1;
	r.outcome = LOG_COMPLETED;
	log_append(path, &r, err, sizeof err);
	r.outcome = LOG_SKIPPED;
	log_append(path, &r, err, sizeof err);
	r.outcome = LOG_SNOOZED;
	log_append(path, &r, err, sizeof err);
	n = log_read(path, &out, stderr);
	ok(n == 1 && out[0].outcome == LOG_COMPLETED,
	    "log_read: sessions only (%ld)", n);
	free(out);
	n = log_read_all(path, &out, stderr);
	ok(n == 3 && out[1].outcome == LOG_SKIPPED &&
	    out[2].outcome == LOG_SNOOZED, "log_read_all: the breaks too");
	free(out);
	unlink(path);
	rmdir(tmp);
}

int
main(void)
{
	const char *src = getenv("top_srcdir");
	struct library lib;
	char routines[4200];
	const char *dirs[1];

	setenv("TZ", "Europe/Berlin", 1);
	tzset();
	snprintf(dir, sizeof dir, "%s", src && *src ? src : BC_SRCDIR);
	snprintf(routines, sizeof routines, "%s/routines", dir);
	dirs[0] = routines;
	library_load(&lib, dirs, 1, stderr);
	test_load(&lib);
	test_bad(&lib);
	test_counts();
	test_print();
	test_log_breaks();
	library_free(&lib);
	return done_testing();
}
