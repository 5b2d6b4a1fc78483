/*
 * Unit tests of history.c: a known log written here, with the expected
 * numbers worked out by hand (TZ=UTC, now = Wednesday 2026-11-25 12:00).
 */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "history.h"
#include "log.h"
#include "routine.h"
#include "tap.h"
#include "ui-history.h"

#define NOW 1795608000		/* 2026-11-25T12:00:00Z, a Wednesday */
#define DAY 86400

static char tmpdir[] = "/tmp/bc-test-history.XXXXXX";
static char logpath[300];

struct spec {
	time_t start;
	const char *id;
	unsigned done;
	int before, after;
	enum log_outcome outcome;
};

/*
 * A = neck-release (area neck), B = ball-wall (upper-back, middle-back).
 * Written out of start order on purpose: history sorts by start.
 */
static const struct spec known[] = {
	{ 1795593600, "ball-wall", 600, 6, 3, LOG_COMPLETED },		/* 7: Nov 25 08:00 */
	{ 1792490400, "neck-release", 600, 7, 5, LOG_COMPLETED },	/* 1: Oct 20, > 28 days */
	{ 1793268000, "neck-release", 300, 6, 6, LOG_COMPLETED },	/* 2: Oct 29, first of 28 days */
	{ 1793231999, "ball-wall", 120, -1, -1, LOG_COMPLETED },	/* 3: Oct 28 23:59:59, just out */
	{ 1795377600, "ball-wall", 900, 5, 2, LOG_COMPLETED },		/* 4: Sun Nov 22 20:00 */
	{ 1795392000, "neck-release", 450, 8, 5, LOG_COMPLETED },	/* 5: Mon Nov 23 00:00, in week */
	{ 1795510800, "neck-release", 300, 4, -1, LOG_ABANDONED },	/* 6: Nov 24 09:00 */
	{ 1795597200, "neck-release", 90, -1, -1, LOG_COMPLETED },	/* 8: Nov 25 09:00 */
};

static void
write_known(void)
{
	char err[512];

	for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
		struct log_record r;

		memset(&r, 0, sizeof r);
		r.start = known[i].start;
		r.utc_offset = i % 2 ? 3600 : 0;
		snprintf(r.routine, sizeof r.routine, "%s", known[i].id);
		r.areas = known[i].id[0] == 'n' ? 1U << AREA_NECK :
		    (1U << AREA_UPPER_BACK | 1U << AREA_MIDDLE_BACK);
		r.planned = 600;
		r.done = known[i].done;
		r.steps_done = r.steps_total = 4;
		r.outcome = known[i].outcome;
		r.pain_before = known[i].before;
		r.pain_after = known[i].after;
		snprintf(r.progver, sizeof r.progver, "0.1.0");
		if (log_append(logpath, &r, err, sizeof err) != 0)
			diag("append: %s", err);
	}
}

/* history_print into a string. */
static char *
print(const struct history_filter *f, time_t now, int *rc)
{
	static char buf[8192];
	FILE *fp = fmemopen(buf, sizeof buf, "w");

	*rc = history_print(fp, logpath, f, now, stderr);
	fclose(fp);
	return buf;
}

static void
test_numbers(void)
{
	struct history *h = history_load(logpath, stderr);
	struct history_summary s;
	struct history_filter f = { 0, NULL, -1 };
	struct history_pain_week w[HISTORY_WEEKS];
	double min[HISTORY_DAYS];
	int sorted = 1;

	is_int(h->n, 8, "all 8 records loaded");
	for (size_t i = 1; i < h->n; i++)
		sorted &= h->recs[i - 1].start <= h->recs[i].start;
	ok(sorted, "sorted by start");

	history_summarize(h, NULL, NOW, &s);
	is_int(s.week_sessions, 4, "this week: 4 sessions (Mon 00:00 counts)");
	ok(s.week_minutes > 23.99 && s.week_minutes < 24.01, "this week: 24.0 minutes (%.2f)", s.week_minutes);
	is_int(s.days28_sessions, 6, "28 days: 6 sessions (Oct 29 in, Oct 28 23:59:59 out)");
	ok(s.days28_minutes > 43.99 && s.days28_minutes < 44.01, "28 days: 44.0 minutes (%.2f)", s.days28_minutes);
	is_int(s.streak, 4, "streak Nov 22..25: 4 days");
	history_summarize(h, NULL, NOW + DAY, &s);
	is_int(s.streak, 4, "streak ending yesterday still counts");
	is_int(s.week_sessions, 4, "Thursday: same week");
	history_summarize(h, NULL, NOW + 2 * DAY, &s);
	is_int(s.streak, 0, "no session today or yesterday: streak 0");
	history_summarize(h, NULL, NOW + 5 * DAY, &s);
	is_int(s.week_sessions, 0, "next Monday: a new week");

	f.routine = "ball-wall";
	history_summarize(h, &f, NOW, &s);
	is_int(s.week_sessions, 1, "ball-wall this week: 1");
	is_int(s.days28_sessions, 2, "ball-wall 28 days: 2");
	is_int(s.streak, 1, "ball-wall streak: today only");
	f.routine = NULL;
	f.area = AREA_NECK;
	history_summarize(h, &f, NOW, &s);
	is_int(s.week_sessions, 3, "area neck this week: 3");
	is_int(s.streak, 3, "area neck streak: Nov 23..25");
	f.area = -1;
	history_parse_date("2026-11-23", &f.since);
	history_summarize(h, &f, NOW, &s);
	is_int(s.days28_sessions, 4, "since Nov 23: 4 sessions");

	history_minutes_per_day(h, NOW, min);
	ok(min[27] > 11.49 && min[27] < 11.51, "today: 11.5 minutes (%.2f)", min[27]);
	ok(min[26] > 4.99 && min[26] < 5.01, "yesterday: 5 minutes");
	ok(min[0] > 4.99 && min[0] < 5.01, "27 days ago (Oct 29): 5 minutes");
	ok(min[24] > 14.99 && min[24] < 15.01, "Sunday: 15 minutes");
	ok(min[1] == 0, "Oct 30: nothing");

	history_pain_weeks(h, NOW, w);
	ok(w[3].n == 2 && w[3].before == 7 && w[3].after == 4, "this week: 2 rated, 7 -> 4");
	ok(w[2].n == 1 && w[2].before == 5 && w[2].after == 2, "last week: 5 -> 2");
	ok(w[1].n == 0 && w[0].n == 0, "earlier weeks: none rated");
	history_free(h);

	h = history_load("/nonexistent/x.log", NULL);
	ok(h != NULL && h->n == 0, "no log: empty history");
	history_free(h);
}

static void
test_print(void)
{
	struct history_filter f = { 0, NULL, -1 };
	const char *want =
	    "Date              Routine       Minutes  Outcome    Pain\n"
	    "2026-10-20 10:00  neck-release     10.0  completed  7\xe2\x86\x92" "5\n"
	    "2026-10-28 23:59  ball-wall         2.0  completed  -\n"
	    "2026-10-29 10:00  neck-release      5.0  completed  6\xe2\x86\x92" "6\n"
	    "2026-11-22 20:00  ball-wall        15.0  completed  5\xe2\x86\x92" "2\n"
	    "2026-11-23 00:00  neck-release      7.5  completed  8\xe2\x86\x92" "5\n"
	    "2026-11-24 09:00  neck-release      5.0  abandoned  4\xe2\x86\x92-\n"
	    "2026-11-25 08:00  ball-wall        10.0  completed  6\xe2\x86\x92" "3\n"
	    "2026-11-25 09:00  neck-release      1.5  completed  -\n"
	    "\n"
	    "This week:     4 sessions, 24.0 minutes\n"
	    "Last 28 days:  6 sessions, 44.0 minutes\n"
	    "Streak:        4 days\n"
	    "Pain change (after - before), average per routine:\n"
	    "  neck-release  -1.7  (3 sessions)\n"
	    "  ball-wall     -3.0  (2 sessions)\n";
	char *out;
	int rc;

	setlocale(LC_ALL, "C.UTF-8");
	out = print(&f, NOW, &rc);
	is_int(rc, 0, "history_print returns 0");
	is_str(out, want, "full output for the known log");

	setlocale(LC_ALL, "C");
	out = print(&f, NOW, &rc);
	ok(strstr(out, "  7->5\n") != NULL && strstr(out, "\xe2\x86\x92") == NULL,
	    "ASCII arrow when the codeset is not UTF-8");

	f.routine = "ball-wall";
	out = print(&f, NOW, &rc);
	ok(strstr(out, "neck-release") == NULL && strstr(out, "2026-11-22 20:00  ball-wall") != NULL,
	    "--routine keeps only that routine");
	ok(strstr(out, "This week:     1 session, 10.0 minutes\n") != NULL, "singular, filtered summary");
	ok(strstr(out, "Streak:        1 day\n") != NULL, "filtered streak");
	ok(strstr(out, "  ball-wall  -3.0  (2 sessions)\n") != NULL, "filtered pain change");

	f.routine = NULL;
	f.area = AREA_UPPER_BACK;
	out = print(&f, NOW, &rc);
	ok(strstr(out, "neck-release") == NULL && strstr(out, "ball-wall") != NULL, "--area upper-back");
	f.area = AREA_LOWER_BACK;
	out = print(&f, NOW, &rc);
	is_str(out, "No sessions match.\n", "no match for lower-back");
	f.area = -1;
	history_parse_date("2026-11-24", &f.since);
	out = print(&f, NOW, &rc);
	ok(strstr(out, "2026-11-23") == NULL && strstr(out, "2026-11-24 09:00") != NULL,
	    "--since 2026-11-24 starts at that midnight");
	ok(strstr(out, "Streak:        2 days\n") != NULL, "streak within --since");
	ok(strstr(out, "  ball-wall     -3.0  (1 session)\n") != NULL, "pain change within --since");
}

static void
test_empty_and_errors(void)
{
	char path[400];
	FILE *fp;
	char buf[256];
	int rc;

	snprintf(path, sizeof path, "%s/none.log", tmpdir);
	fp = fmemopen(buf, sizeof buf, "w");
	rc = history_print(fp, path, NULL, NOW, stderr);
	fclose(fp);
	is_int(rc, 0, "no log: exit 0");
	is_str(buf, "No sessions yet.\n", "no log: friendly message");

	fp = fmemopen(buf, sizeof buf, "w");
	rc = history_print(fp, tmpdir, NULL, NOW, fopen("/dev/null", "w"));
	fclose(fp);
	is_int(rc, 1, "unreadable log (a directory): 1");
}

static void
test_dates(void)
{
	time_t t = 0;

	ok(history_parse_date("2026-11-23", &t) == 0 && t == 1795392000, "2026-11-23 is its midnight");
	ok(history_parse_date("2024-02-29", &t) == 0, "leap day");
	ok(history_parse_date("2026-02-29", &t) == -1, "no 29 February in 2026");
	ok(history_parse_date("2026-13-01", &t) == -1, "month 13");
	ok(history_parse_date("2026-1-01", &t) == -1, "short month");
	ok(history_parse_date("2026-11-23x", &t) == -1, "trailing junk");
	ok(history_parse_date("yesterday", &t) == -1, "words");
	ok(history_parse_date("", &t) == -1, "empty");
	setenv("TZ", "Europe/Berlin", 1);
	tzset();
	ok(history_parse_date("2026-11-23", &t) == 0 && t == 1795392000 - 3600, "local midnight (Berlin)");
	ok(history_week_start(1795392000 + 1800) == 1795392000 - 3600,
	    "Berlin: Monday 01:30 is in the week from Monday 00:00");
	setenv("TZ", "UTC", 1);
	tzset();
}

static void
test_texts(void)
{
	char buf[32];

	is_str(history_arrow(true), "\xe2\x86\x92", "UTF-8 arrow");
	is_str(history_arrow(false), "->", "ASCII arrow");
	history_pain_text(3, 5, false, buf, sizeof buf);
	is_str(buf, "3->5", "pain before and after");
	history_pain_text(3, 5, true, buf, sizeof buf);
	is_str(buf, "3\xe2\x86\x92" "5", "pain before and after, UTF-8");
	history_pain_text(4, -1, false, buf, sizeof buf);
	is_str(buf, "4->-", "pain before only");
	history_pain_text(-1, 10, false, buf, sizeof buf);
	is_str(buf, "-->10", "pain after only");
	history_pain_text(-1, -1, true, buf, sizeof buf);
	is_str(buf, "-", "no ratings: a dash, no arrow");
	history_axis_label(14 / 60.0, buf, sizeof buf);
	is_str(buf, "14s", "axis: 14 s in seconds");
	history_axis_label(59.4 / 60.0, buf, sizeof buf);
	is_str(buf, "59s", "axis: 59.4 s");
	history_axis_label(59.97 / 60.0, buf, sizeof buf);
	is_str(buf, "1.0", "axis: 59.97 s rounds to a minute, in minutes");
	history_axis_label(11.5, buf, sizeof buf);
	is_str(buf, "11.5", "axis: minutes with one decimal");
	history_axis_label(99.96, buf, sizeof buf);
	is_str(buf, "100", "axis: 100 minutes and up in whole minutes");
	history_axis_label(1440, buf, sizeof buf);
	is_str(buf, "1440", "axis: a whole day fits in 4 columns");
}

/* Row y of win as text (ASCII drawing only). */
static const char *
row(WINDOW *win, int y)
{
	static char buf[256];

	mvwinnstr(win, y, 0, buf, getmaxx(win));
	return buf;
}

static int
find_row(WINDOW *win, const char *text)
{
	for (int y = 0; y < getmaxy(win); y++)
		if (strstr(row(win, y), text) != NULL)
			return y;
	return -1;
}

/* Draw into off-screen windows of a terminal that writes to /dev/null. */
static void
test_draw(void)
{
	struct history *h = history_load(logpath, stderr), empty = { NULL, 0 };
	FILE *null = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	SCREEN *scr;
	WINDOW *w;
	int y;

	setlocale(LC_ALL, "C.UTF-8");
	if ((scr = newterm("xterm", null, in)) == NULL) {
		ok(1, "# SKIP no xterm terminfo");
		return;
	}
	for (int size = 0; size < 2; size++) {
		int rows = size ? 24 : 20, cols = size ? 80 : 60;

		w = newwin(rows, cols, 0, 0);
		ui_history_draw(w, h, NOW, false, false);
		ok(strncmp(row(w, 0), "History", 7) == 0, "%dx%d: title on row 0", cols, rows);
		ok(find_row(w, "This week: 4 sessions, 24 min") > 0, "%dx%d: summary", cols, rows);
		ok(find_row(w, "Streak: 4 days") > 0, "%dx%d: streak", cols, rows);
		y = find_row(w, "Minutes per day");
		ok(y > 0 && strchr(row(w, y + (size ? 6 : 5)), '#') != NULL,
		    "%dx%d: chart with '#' bars on its bottom row", cols, rows);
		ok(y > 0 && strncmp(row(w, y + 1), "15.0 ", 5) == 0,
		    "%dx%d: the axis top is the longest day, 15.0 min (Nov 22)", cols, rows);
		ok(find_row(w, "this wk 7.0->4.0") > 0, "%dx%d: pain trend, ASCII arrow", cols, rows);
		ok(find_row(w, "last wk 5.0->2.0") > 0, "%dx%d: last week's pain", cols, rows);
		y = find_row(w, "Recent sessions");
		ok(y > 0 && strstr(row(w, y + 1), "Nov 25 09:00") != NULL &&
		    strstr(row(w, y + 1), "neck-release") != NULL, "%dx%d: newest session first", cols, rows);
		if (!ok(strstr(row(w, rows - 1), "Nov") != NULL || strstr(row(w, rows - 1), "Oct") != NULL, "%dx%d: sessions fill to the last row", cols, rows))
			for (int i = 0; i < rows; i++)
				diag("%s", row(w, i));
		ui_history_draw(w, h, NOW, true, true);
		ok(find_row(w, "History") == 0, "%dx%d: UTF-8 and colour draw too", cols, rows);
		delwin(w);
	}
	{
		/* the list of sessions scrolls: 8 sessions, fewer rows at 80x20 */
		int top = 1, page;

		w = newwin(20, 80, 0, 0);
		page = ui_history_draw_from(w, h, NOW, false, false, &top);
		ok(page > 0 && page < 8, "80x20: a page of %d sessions of 8", page);
		y = find_row(w, "Recent sessions");
		ok(y > 0 && strstr(row(w, y), "Recent sessions 2-") != NULL &&
		    strstr(row(w, y), " of 8:") != NULL,
		    "scrolled by one: the heading says which sessions these are");
		ok(y > 0 && strstr(row(w, y + 1), "Nov 25 08:00") != NULL &&
		    strstr(row(w, y + 1), "ball-wall") != NULL,
		    "scrolled by one: the second newest first");
		top = 1000;
		ui_history_draw_from(w, h, NOW, false, false, &top);
		is_int(top, 8 - page, "scrolled past the end: clamped to the last page");
		ok(strstr(row(w, 19), "Oct 20 10:00") != NULL,
		    "the last page ends with the oldest session");
		y = find_row(w, "Recent sessions");
		ok(y > 0 && strstr(row(w, y), "-8 of 8:") != NULL,
		    "the last page's heading ends at 8");
		top = -5;
		ui_history_draw_from(w, h, NOW, false, false, &top);
		is_int(top, 0, "scrolled before the start: clamped to 0");
		delwin(w);
		w = newwin(40, 80, 0, 0);
		top = 3;
		page = ui_history_draw_from(w, h, NOW, false, false, &top);
		ok(top == 0 && find_row(w, "Recent sessions:") > 0,
		    "all fit: no scrolling and the plain heading (%d rows)", page);
		delwin(w);
	}
	w = newwin(8, 30, 0, 0);
	ui_history_draw(w, h, NOW, true, false);
	ok(find_row(w, "History") == 0, "30x8: still draws the title");
	delwin(w);
	{
		/* one session of 14 s today, no ratings */
		struct log_record rec;
		struct history one = { &rec, 1 };

		memset(&rec, 0, sizeof rec);
		rec.start = NOW - 3600;
		snprintf(rec.routine, sizeof rec.routine, "neck-release");
		rec.done = 14;
		rec.outcome = LOG_ABANDONED;
		rec.pain_before = rec.pain_after = -1;
		w = newwin(24, 80, 0, 0);
		ui_history_draw(w, &one, NOW, false, false);
		y = find_row(w, "Minutes per day");
		ok(y > 0 && strncmp(row(w, y + 1), " 14s ", 5) == 0,
		    "14 s of activity: the axis top reads 14s");
		ok(y > 0 && strncmp(row(w, y + 6), "   0 ", 5) == 0,
		    "14 s of activity: the axis bottom reads 0");
		ok(find_row(w, "This week: 1 session, 14 s") > 0,
		    "14 s of activity: the summary does not say 0 min");
		y = find_row(w, "neck-release");
		ok(y > 0 && strstr(row(w, y), "abandoned  -      neck-release") != NULL &&
		    strstr(row(w, y), "->") == NULL,
		    "no ratings: the pain column is a dash, no arrow");
		delwin(w);
	}
	w = newwin(20, 60, 0, 0);
	ui_history_draw(w, &empty, NOW, true, false);
	ok(find_row(w, "No sessions yet.") > 0, "empty history says so");
	delwin(w);
	endwin();
	delscreen(scr);
	fclose(null);
	fclose(in);
	history_free(h);
}

int
main(void)
{
	char cmd[400];

	setenv("TZ", "UTC", 1);
	tzset();
	if (mkdtemp(tmpdir) == NULL)
		return 99;
	snprintf(logpath, sizeof logpath, "%s/state/sessions.log", tmpdir);
	write_known();
	test_numbers();
	test_print();
	test_empty_and_errors();
	test_dates();
	test_texts();
	test_draw();
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		diag("could not remove %s", tmpdir);
	return done_testing();
}
