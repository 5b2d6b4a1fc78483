/*
 * Unit tests of history.c: a known log written here, with the expected
 * numbers worked out by hand (TZ=UTC, now = Wednesday 2026-11-25 12:00).
 */
#include <curses.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "history.h"
#include "log.h"
#include "routine.h"
#include "tap.h"
#include "text.h"
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

/* Titles as the library would give them: ball-wall is no longer there. */
static const char *
title(const char *id, void *arg)
{
	(void)arg;
	return strcmp(id, "neck-release") == 0 ? "Neck release" : NULL;
}

/* The summary's width for print_logs (0: history_print's 80). */
static int print_width;

/* history_print of the given logs into a string. */
static char *
print_logs(const char *const *paths, size_t n, const struct history_filter *f,
    time_t now, enum history_format fmt, int *rc)
{
	static char buf[16384];
	FILE *fp = fmemopen(buf, sizeof buf, "w");
	struct history_print_opts o;

	memset(&o, 0, sizeof o);
	o.paths = paths;
	o.npaths = n;
	o.filter = f;
	o.now = now;
	o.format = fmt;
	o.title = title;
	o.width = print_width;
	*rc = history_print(fp, &o, stderr);
	fclose(fp);
	return buf;
}

static char *
print(const struct history_filter *f, time_t now, int *rc)
{
	const char *p = logpath;

	return print_logs(&p, 1, f, now, HISTORY_TEXT, rc);
}

/* s with every run of spaces and newlines made one space. */
static void
flatten(char *buf, size_t size, const char *s)
{
	size_t n = 0;

	for (; *s != '\0' && n + 1 < size; s++) {
		if (*s == ' ' || *s == '\n') {
			if (n > 0 && buf[n - 1] == ' ')
				continue;
			buf[n++] = ' ';
		} else
			buf[n++] = *s;
	}
	buf[n] = '\0';
}

/* Read the known log as of now, keeping the last `tail` sessions. */
static void
load(struct history *h, const char *path, const struct history_filter *f,
    time_t now, size_t tail)
{
	char err[512];

	history_init(h, now, f, tail);
	if (history_read_logs(h, &path, 1, false, stderr, err, sizeof err) != 0)
		diag("%s", err);
}

static void
test_numbers(void)
{
	struct history h;
	struct history_filter f = { 0, NULL, -1 };
	int sorted = 1;

	load(&h, logpath, NULL, NOW, HISTORY_TAIL);
	is_int(h.n, 8, "all 8 records kept");
	for (size_t i = 1; i < h.n; i++)
		sorted &= h.recs[i - 1].start <= h.recs[i].start;
	ok(sorted, "sorted by start");
	is_int(h.sum.week_sessions, 4, "this week: 4 sessions (Mon 00:00 counts)");
	ok(h.sum.week_minutes > 23.99 && h.sum.week_minutes < 24.01, "this week: 24.0 minutes (%.2f)", h.sum.week_minutes);
	is_int(h.sum.days28_sessions, 6, "28 days: 6 sessions (Oct 29 in, Oct 28 23:59:59 out)");
	ok(h.sum.days28_minutes > 43.99 && h.sum.days28_minutes < 44.01, "28 days: 44.0 minutes (%.2f)", h.sum.days28_minutes);
	is_int(h.sum.streak, 4, "streak Nov 22..25: 4 days");
	is_int(h.sum.abandoned, 1, "one abandoned session (5 minutes done) counted");
	is_int(h.sum.too_short, 0, "none too short");
	ok(h.minutes[27] > 11.49 && h.minutes[27] < 11.51, "today: 11.5 minutes (%.2f)", h.minutes[27]);
	ok(h.minutes[26] > 4.99 && h.minutes[26] < 5.01, "yesterday: 5 minutes");
	ok(h.minutes[0] > 4.99 && h.minutes[0] < 5.01, "27 days ago (Oct 29): 5 minutes");
	ok(h.minutes[24] > 14.99 && h.minutes[24] < 15.01, "Sunday: 15 minutes");
	ok(h.minutes[1] == 0, "Oct 30: nothing");
	ok(h.weeks[3].n == 2 && h.weeks[3].before == 7 && h.weeks[3].after == 4, "this week: 2 rated, 7 -> 4");
	ok(h.weeks[2].n == 1 && h.weeks[2].before == 5 && h.weeks[2].after == 2, "last week: 5 -> 2");
	ok(h.weeks[1].n == 0 && h.weeks[0].n == 0, "earlier weeks: none rated");
	is_int(h.nroutines, 2, "two routines");
	ok(strcmp(h.routines[0].id, "neck-release") == 0 && h.routines[0].rated == 3 &&
	    h.routines[0].sum_change == -5, "neck-release: 3 rated, changes -2, 0, -3");
	ok(strcmp(h.routines[1].id, "ball-wall") == 0 && h.routines[1].rated == 2 &&
	    h.routines[1].sum_change == -6, "ball-wall: 2 rated, changes -3, -3");
	history_free(&h);

	load(&h, logpath, NULL, NOW + DAY, 0);
	is_int(h.sum.streak, 4, "streak ending yesterday still counts");
	is_int(h.sum.week_sessions, 4, "Thursday: same week");
	is_int(h.n, 0, "a tail of 0 keeps no records");
	history_free(&h);
	load(&h, logpath, NULL, NOW + 2 * DAY, 0);
	is_int(h.sum.streak, 0, "no session today or yesterday: streak 0");
	history_free(&h);
	load(&h, logpath, NULL, NOW + 5 * DAY, 0);
	is_int(h.sum.week_sessions, 0, "next Monday: a new week");
	history_free(&h);

	f.routine = "ball-wall";
	load(&h, logpath, &f, NOW, 0);
	is_int(h.sum.week_sessions, 1, "ball-wall this week: 1");
	is_int(h.sum.days28_sessions, 2, "ball-wall 28 days: 2");
	is_int(h.sum.streak, 1, "ball-wall streak: today only");
	history_free(&h);
	f.routine = NULL;
	f.area = AREA_NECK;
	load(&h, logpath, &f, NOW, 0);
	is_int(h.sum.week_sessions, 3, "area neck this week: 3");
	is_int(h.sum.streak, 3, "area neck streak: Nov 23..25");
	history_free(&h);
	f.area = -1;
	history_parse_date("2026-11-23", &f.since);
	load(&h, logpath, &f, NOW, 0);
	is_int(h.sum.days28_sessions, 4, "since Nov 23: 4 sessions");
	history_free(&h);

	load(&h, logpath, NULL, NOW, 3);
	ok(h.n == 3 && h.recs[0].start == 1795510800 && h.recs[2].start == 1795597200,
	    "a tail of 3: the three latest, oldest first");
	is_int(h.sum.sessions, 8, "... while the figures count all 8");
	history_free(&h);

	load(&h, "/nonexistent/x.log", NULL, NOW, HISTORY_TAIL);
	ok(h.n == 0 && h.sum.sessions == 0, "no log: empty history");
	history_free(&h);
}

static void
test_print(void)
{
	struct history_filter f = { 0, NULL, -1 };
	const char *want =
	    "Date              Minutes  Outcome    Pain   Routine\n"
	    "2026-10-20 10:00     10.0  completed  7\xe2\x86\x92" "5    Neck release\n"
	    "2026-10-28 23:59      2.0  completed  -      ball-wall\n"
	    "2026-10-29 10:00      5.0  completed  6\xe2\x86\x92" "6    Neck release\n"
	    "2026-11-22 20:00     15.0  completed  5\xe2\x86\x92" "2    ball-wall\n"
	    "2026-11-23 00:00      7.5  completed  8\xe2\x86\x92" "5    Neck release\n"
	    "2026-11-24 09:00      5.0  abandoned  4\xe2\x86\x92-    Neck release\n"
	    "2026-11-25 08:00     10.0  completed  6\xe2\x86\x92" "3    ball-wall\n"
	    "2026-11-25 09:00      1.5  completed  -      Neck release\n"
	    "\n"
	    "This week:     4 sessions, 24.0 minutes\n"
	    "Last 28 days:  6 sessions, 44.0 minutes\n"
	    "Streak:        4 days\n"
	    "Abandoned:     1 session, counted in these figures (a minute or more was done)\n"
	    "Pain change per routine (after minus before, averaged over the sessions with\n"
	    "both ratings) and how the pain before moved over them:\n"
	    "  Change  Sessions  Pain before       Routine\n"
	    "    -1.7         3  too few sessions  Neck release\n"
	    "    -3.0         2  too few sessions  ball-wall\n";
	char *out;
	int rc;

	setlocale(LC_ALL, "C.UTF-8");
	out = print(&f, NOW, &rc);
	is_int(rc, 0, "history_print returns 0");
	is_str(out, want, "full output for the known log (written out of order: sorted)");

	setlocale(LC_ALL, "C");
	out = print(&f, NOW, &rc);
	ok(strstr(out, "  7->5   Neck release\n") != NULL && strstr(out, "\xe2\x86\x92") == NULL,
	    "ASCII arrow when the codeset is not UTF-8, columns kept");

	f.routine = "ball-wall";
	out = print(&f, NOW, &rc);
	ok(strstr(out, "Neck release") == NULL && strstr(out, "2026-11-22 20:00     15.0") != NULL,
	    "--routine keeps only that routine");
	ok(strstr(out, "This week:     1 session, 10.0 minutes\n") != NULL, "singular, filtered summary");
	ok(strstr(out, "Streak:        1 day\n") != NULL, "filtered streak");
	ok(strstr(out, "    -3.0         2  too few sessions  ball-wall\n") != NULL, "filtered pain change");

	f.routine = NULL;
	f.area = AREA_UPPER_BACK;
	out = print(&f, NOW, &rc);
	ok(strstr(out, "Neck release") == NULL && strstr(out, "ball-wall") != NULL, "--area upper-back");
	f.area = AREA_LOWER_BACK;
	out = print(&f, NOW, &rc);
	is_str(out, "No sessions match.\n", "no match for lower-back");
	f.area = -1;
	history_parse_date("2026-11-24", &f.since);
	out = print(&f, NOW, &rc);
	ok(strstr(out, "2026-11-23") == NULL && strstr(out, "2026-11-24 09:00") != NULL,
	    "--since 2026-11-24 starts at that midnight");
	ok(strstr(out, "Streak:        2 days\n") != NULL, "streak within --since");
	ok(strstr(out, "    -3.0         1  too few sessions  ball-wall\n") != NULL,
	    "pain change within --since");
}

/* Append records of one routine, a day apart from `start`, with these pains. */
static void
write_series(const char *path, const char *id, time_t start, const int *before,
    const int *after, const unsigned *done, size_t n)
{
	char err[512];

	for (size_t i = 0; i < n; i++) {
		struct log_record r;

		memset(&r, 0, sizeof r);
		r.start = start + (time_t)i * DAY;
		snprintf(r.routine, sizeof r.routine, "%s", id);
		r.areas = 1U << AREA_NECK;
		r.planned = 600;
		r.done = done != NULL ? done[i] : 600;
		r.steps_done = r.done >= 600 ? 4 : 0;
		r.steps_total = 4;
		r.outcome = r.done >= 600 ? LOG_COMPLETED : LOG_ABANDONED;
		r.pain_before = before[i];
		r.pain_after = after[i];
		snprintf(r.progver, sizeof r.progver, "0.1.0");
		if (log_append(path, &r, err, sizeof err) != 0)
			diag("append: %s", err);
	}
}

/*
 * What the figures leave out, and the direction of a routine: values
 * worked out by hand in the comments.
 */
static void
test_truth(void)
{
	char path[400], path2[400];
	const char *paths[2];
	struct history h;
	char *out, dir[32];
	int rc;

	/*
	 * The reported case: quitting after 2 s with 8 before and 1 after.
	 * With it, neck's change would be (-2 + -7) / 2 = -4.5; it must stay -2.0.
	 */
	{
		static const int b[] = { 6, 8 }, a[] = { 4, 1 };
		static const unsigned d[] = { 600, 2 };

		snprintf(path, sizeof path, "%s/short.log", tmpdir);
		write_series(path, "neck", NOW - 3 * DAY, b, a, d, 2);
	}
	load(&h, path, NULL, NOW, HISTORY_TAIL);
	is_int(h.sum.too_short, 1, "a 2 s abandoned session is too short");
	is_int(h.sum.abandoned, 0, "... and not among the counted abandoned ones");
	ok(h.routines[0].rated == 1 && h.routines[0].sum_change == -2,
	    "its 8 -> 1 is not in the pain change (-2.0 over 1, not -4.5)");
	is_int(h.sum.days28_sessions, 1, "nor in the sessions");
	is_int(h.n, 2, "but the list keeps it");
	history_free(&h);
	paths[0] = path;
	setlocale(LC_ALL, "C.UTF-8");
	out = print_logs(paths, 1, NULL, NOW, HISTORY_TEXT, &rc);
	ok(strstr(out, "      0.0  too short  8\xe2\x86\x92" "1    neck\n") != NULL,
	    "listed as too short");
	ok(strstr(out, "Too short:     1 session abandoned within the first minute, "
	    "left out of every\n               figure\n") != NULL,
	    "explained on a line of its own, wrapped at 80 under its figures");
	ok(strstr(out, "    -2.0         1  too few sessions  neck\n") != NULL,
	    "change -2.0 over 1 session");

	/*
	 * Direction: pain before 8, 7, 7, 6, 5, 4 on ranks 0..5.  Sums: x 15,
	 * y 37, xx 55, xy 79.  Slope (6*79 - 15*37) / (6*55 - 15*15) = -81/105
	 * = -0.7714; over 5 steps -3.857: "falling 3.9".  Changes -2, -2, -3,
	 * -1, -1, 0: average -1.5.
	 */
	{
		static const int b[] = { 8, 7, 7, 6, 5, 4 }, a[] = { 6, 5, 4, 5, 4, 4 };
		static const int b2[] = { 5, 5, 5, 5, 5, 5 }, a2[] = { 4, 4, 4, 4, 4, 4 };
		static const int b3[] = { 9, 1, 9, 1, 9 }, a3[] = { 1, 1, 1, 1, 1 };

		snprintf(path2, sizeof path2, "%s/trend.log", tmpdir);
		write_series(path2, "falls", NOW - 20 * DAY, b, a, NULL, 6);
		write_series(path2, "flat", NOW - 20 * DAY + 60, b2, a2, NULL, 6);
		write_series(path2, "few", NOW - 20 * DAY + 120, b3, a3, NULL, 5);
	}
	load(&h, path2, NULL, NOW, 0);
	ok(h.nroutines == 3 && strcmp(h.routines[0].id, "falls") == 0, "three routines, in order");
	ok(h.routines[0].rated == 6 && h.routines[0].sum_change == -9, "falls: 6 rated, changes sum -9");
	{
		double d = history_direction(&h.routines[0]);

		ok(d > -3.858 && d < -3.856, "falls: fitted change -3.857 (%.4f)", d);
	}
	history_direction_text(&h.routines[0], dir, sizeof dir);
	is_str(dir, "falling 3.9", "falls: falling 3.9");
	history_direction_text(&h.routines[1], dir, sizeof dir);
	is_str(dir, "steady", "flat: steady");
	history_direction_text(&h.routines[2], dir, sizeof dir);
	is_str(dir, "too few sessions", "few: 5 rated is too few (under 6)");
	history_free(&h);
	paths[0] = path2;
	out = print_logs(paths, 1, NULL, NOW, HISTORY_TEXT, &rc);
	ok(strstr(out, "    -1.5         6  falling 3.9       falls\n") != NULL,
	    "printed: -1.5 over 6, falling 3.9");
	ok(strstr(out, "    -1.0         6  steady            flat\n") != NULL,
	    "printed: -1.0 over 6, steady");
	ok(strstr(out, "    -4.8         5  too few sessions  few\n") != NULL,
	    "printed: (-8+0-8+0-8)/5 = -4.8 over 5, too few");

	/* A record dated after now is listed but not in this week (nor anywhere). */
	{
		static const int b[] = { 5 }, a[] = { 3 };

		snprintf(path, sizeof path, "%s/future.log", tmpdir);
		write_series(path, "later", NOW + 3600, b, a, NULL, 1);
	}
	load(&h, path, NULL, NOW, HISTORY_TAIL);
	ok(h.sum.week_sessions == 0 && h.sum.days28_sessions == 0 && h.sum.streak == 0,
	    "a session an hour from now: not this week, not in 28 days, no streak");
	ok(h.sum.future == 1 && h.n == 1, "counted as dated later, still listed");
	ok(h.weeks[3].n == 0 && h.routines[0].rated == 0 && h.minutes[27] == 0,
	    "not in the pain or the minutes");
	history_free(&h);
	paths[0] = path;
	out = print_logs(paths, 1, NULL, NOW, HISTORY_TEXT, &rc);
	ok(strstr(out, "This week:     0 sessions, 0.0 minutes\n") != NULL &&
	    strstr(out, "Later than now: 1 session dated after this moment") != NULL,
	    "printed: this week 0, and the later one named");
}

/* The data formats and several logs together. */
/*
 * The summary at a width: every line of it (from the blank line on) fits,
 * and the words are those of the 80-column text, in order.
 */
static void
test_widths(void)
{
	static const int widths[] = { 40, 52, 60, 100 };
	struct history_filter f = { 0, NULL, -1 };
	char words80[4096], words[4096], *out, *sum, *line, *save;
	int rc, widest;

	setlocale(LC_ALL, "C.UTF-8");
	print_width = 80;
	out = print(&f, NOW, &rc);
	sum = strstr(out, "\n\n");
	flatten(words80, sizeof words80, sum != NULL ? sum : "");
	for (size_t i = 0; i < sizeof widths / sizeof widths[0]; i++) {
		print_width = widths[i];
		out = print(&f, NOW, &rc);
		if ((sum = strstr(out, "\n\n")) == NULL) {
			ok(0, "%d columns: a summary", widths[i]);
			continue;
		}
		flatten(words, sizeof words, sum);
		is_str(words, words80, "%d columns: the same words as at 80",
		    widths[i]);
		widest = 0;
		for (line = strtok_r(sum, "\n", &save); line != NULL;
		    line = strtok_r(NULL, "\n", &save))
			if ((int)text_width(line) > widest)
				widest = (int)text_width(line);
		ok(widest <= widths[i], "%d columns: the widest line has %d",
		    widths[i], widest);
	}
	/* 52 columns: 14 for the name; 40: a line of its own, indented */
	print_width = 52;
	out = print(&f, NOW, &rc);
	ok(strstr(out, "\n    -1.7         3  too few sessions  Neck release\n") != NULL,
	    "52 columns: the name in its column");
	ok(strstr(out, "\nAbandoned:     1 session, counted in these figures\n"
	    "               (a minute or more was done)\n") != NULL,
	    "52 columns: a figure's line wraps under the figures");
	print_width = 40;
	out = print(&f, NOW, &rc);
	ok(strstr(out, "  Change  Sessions  Pain before\n    Routine\n"
	    "    -1.7         3  too few sessions\n    Neck release\n") != NULL,
	    "40 columns: the name under its row");
	print_width = 0;
}

static void
test_formats(void)
{
	char other[400], want[1024];
	const char *paths[2] = { logpath, other };
	enum history_format fmt;
	char *out, *line;
	int rc;

	ok(history_format_from_name("json", &fmt) == 0 && fmt == HISTORY_JSON, "format json");
	ok(history_format_from_name("csv", &fmt) == 0 && fmt == HISTORY_CSV, "format csv");
	ok(history_format_from_name("tsv", &fmt) == 0 && fmt == HISTORY_TSV, "format tsv");
	ok(history_format_from_name("xml", &fmt) == -1, "no format xml");

	out = print_logs(paths, 1, NULL, NOW, HISTORY_JSON, &rc);
	snprintf(want, sizeof want, "{\"start\":\"2026-11-25T10:00:00+01:00\","
	    "\"routine\":\"neck-release\",\"title\":\"Neck release\",\"areas\":[\"neck\"],"
	    "\"planned_seconds\":600,\"done_seconds\":90,\"steps_done\":4,"
	    "\"steps_total\":4,\"outcome\":\"completed\",\"pain_before\":null,"
	    "\"pain_after\":null,\"too_short\":false,\"log\":\"%s\"}\n", logpath);
	line = strrchr(out, '{');
	ok(rc == 0 && line != NULL && strcmp(line, want) == 0,
	    "JSON Lines: the last session, every field (%s)", line ? line : "");
	{
		int lines = 0;

		for (char *p = out; *p; p++)
			lines += *p == '\n';
		is_int(lines, 8, "JSON: one line per session, no summary");
	}
	ok(strstr(out, "\"title\":\"\",\"areas\":[\"upper-back\",\"middle-back\"]") != NULL,
	    "JSON: an id not in the library has an empty title; areas as a list");

	out = print_logs(paths, 1, NULL, NOW, HISTORY_CSV, &rc);
	ok(strncmp(out, "start,routine,title,areas,planned_seconds,done_seconds,"
	    "steps_done,steps_total,outcome,pain_before,pain_after,too_short,log\n",
	    123) == 0, "CSV: a header of field names");
	ok(strstr(out, "\n2026-11-22T20:00:00+00:00,ball-wall,,\"upper-back,middle-back\","
	    "600,900,4,4,completed,5,2,false,") != NULL, "CSV: a list of areas is quoted");
	out = print_logs(paths, 1, NULL, NOW, HISTORY_TSV, &rc);
	ok(strstr(out, "\n2026-11-24T09:00:00+00:00\tneck-release\tNeck release\tneck\t"
	    "600\t300\t4\t4\tabandoned\t4\t\tfalse\t") != NULL, "TSV: a missing rating is empty");

	/* a second log, read together: its session falls between two of the first */
	{
		static const int b[] = { 3 }, a[] = { 2 };

		snprintf(other, sizeof other, "%s/other.log", tmpdir);
		write_series(other, "desk-reset", 1795510800 + 3 * 3600, b, a, NULL, 1);
	}
	setlocale(LC_ALL, "C.UTF-8");
	out = print_logs(paths, 2, NULL, NOW, HISTORY_TEXT, &rc);
	ok(rc == 0 && strstr(out, "2026-11-24 09:00      5.0  abandoned  4\xe2\x86\x92-    Neck release\n"
	    "2026-11-24 12:00     10.0  completed  3\xe2\x86\x92" "2    desk-reset\n"
	    "2026-11-25 08:00") != NULL, "two logs merged by start time");
	ok(strstr(out, "This week:     5 sessions, 34.0 minutes\n") != NULL,
	    "the figures count both logs (24.0 + 10.0 minutes)");
	paths[1] = "/nonexistent/dir/none.log";
	out = print_logs(paths, 2, NULL, NOW, HISTORY_TEXT, &rc);
	ok(rc == 0 && strstr(out, "This week:     4 sessions") != NULL,
	    "a missing second log adds nothing");
}

static void
test_empty_and_errors(void)
{
	char path[400], buf[256];
	const char *p = path;
	FILE *fp;
	struct history_print_opts o;
	int rc;

	memset(&o, 0, sizeof o);
	o.paths = &p;
	o.npaths = 1;
	o.now = NOW;
	snprintf(path, sizeof path, "%s/none.log", tmpdir);
	fp = fmemopen(buf, sizeof buf, "w");
	rc = history_print(fp, &o, stderr);
	fclose(fp);
	is_int(rc, 0, "no log: exit 0");
	is_str(buf, "No sessions yet.\n", "no log: friendly message");

	p = tmpdir;
	fp = fmemopen(buf, sizeof buf, "w");
	rc = history_print(fp, &o, fopen("/dev/null", "w"));
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

/* Row y of the screen as text (ASCII drawing only), cols wide. */
static int cur_cols;

static const char *
row(int y)
{
	static char buf[256];

	mvinnstr(y, 0, buf, cur_cols);
	return buf;
}

/* Is row y text and blanks after it? */
static bool
row_is(int y, const char *text)
{
	const char *r = row(y);
	size_t n = strlen(text);

	if (strncmp(r, text, n) != 0)
		return false;
	for (r += n; *r == ' '; r++)
		;
	return *r == '\0';
}

static int
find_row(int rows, const char *text)
{
	for (int y = 0; y < rows; y++)
		if (strstr(row(y), text) != NULL)
			return y;
	return -1;
}

static void
dump(int rows)
{
	for (int i = 0; i < rows; i++)
		diag("%s", row(i));
}

/* Draw h on a screen of rows x cols. */
static int
draw(const struct history *h, int rows, int cols, bool utf8, bool color, int *top)
{
	struct ui_history_area a = { 0, 0, rows, cols };
	int t = 0;

	resizeterm(rows, cols);
	erase();
	cur_cols = cols;
	return ui_history_draw(&a, h, utf8, color, top != NULL ? top : &t, title, NULL);
}

/* Draw on a terminal that writes to /dev/null. */
static void
test_draw(void)
{
	struct history h, empty;
	FILE *null = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	SCREEN *scr;
	int y, y0;

	load(&h, logpath, NULL, NOW, HISTORY_TAIL);
	history_init(&empty, NOW, NULL, 10);
	history_finish(&empty);
	setlocale(LC_ALL, "C.UTF-8");
	if ((scr = newterm("xterm", null, in)) == NULL) {
		ok(1, "# SKIP no xterm terminfo");
		return;
	}
	for (int size = 0; size < 2; size++) {
		int rows = size ? 24 : 20, cols = size ? 80 : 60;

		draw(&h, rows, cols, false, false, NULL);
		ok(strncmp(row(0), "History", 7) == 0, "%dx%d: title on row 0", cols, rows);
		ok(find_row(rows, "This week: 4 sessions, 24 min") > 0, "%dx%d: summary", cols, rows);
		ok(find_row(rows, "Streak: 4 days") > 0, "%dx%d: streak", cols, rows);
		y = find_row(rows, "Minutes per day");
		/* its bottom row: the axis's 0 (the routines below may shrink it) */
		for (y0 = y + 1; y > 0 && y0 < rows &&
		    strncmp(row(y0), "   0 ", 5) != 0; y0++)
			;
		ok(y > 0 && y0 < rows && strchr(row(y0), '#') != NULL,
		    "%dx%d: chart with '#' bars on its bottom row", cols, rows);
		ok(y0 - y >= 3, "%dx%d: the chart keeps 3 rows or more (%d)",
		    cols, rows, y0 - y);
		ok(y > 0 && strncmp(row(y + 1), "15.0 ", 5) == 0,
		    "%dx%d: the axis top is the longest day, 15.0 min (Nov 22)", cols, rows);
		ok(find_row(rows, "this wk 7.0->4.0") > 0, "%dx%d: pain trend, ASCII arrow", cols, rows);
		ok(find_row(rows, "last wk 5.0->2.0") > 0, "%dx%d: last week's pain", cols, rows);
		/*
		 * The pain per routine, as `history` has it (test_print):
		 * between the weekly pain and the sessions, each on its row.
		 */
		y = find_row(rows, "Pain change per routine");
		if (!size) {
			/* no room for it beside 3 sessions */
			ok(y < 0, "60x20: no pain per routine (the sessions first)");
		} else {
		ok(y > find_row(rows, "this wk") &&
		    find_row(rows, "Recent sessions") > y + 2,
		    "%dx%d: the pain per routine between the weeks and the sessions",
		    cols, rows) || (dump(rows), 0);
		ok(y > 0 && row_is(y + 1, "   -1.7  3  too few sessions  "
		    "Neck release") && row_is(y + 2, "   -3.0  2  too "
		    "few sessions  ball-wall"),
		    "%dx%d: its change, sessions and direction, most sessions first",
		    cols, rows) || (dump(rows), 0);
		}
		y = find_row(rows, "Recent sessions");
		ok(y > 0 && strstr(row(y + 1), "Nov 25 09:00") != NULL &&
		    strstr(row(y + 1), "Neck release") != NULL,
		    "%dx%d: newest session first, by title", cols, rows);
		if (!ok(strstr(row(rows - 1), "Nov") != NULL || strstr(row(rows - 1), "Oct") != NULL, "%dx%d: sessions fill to the last row", cols, rows))
			for (int i = 0; i < rows; i++)
				diag("%s", row(i));
		draw(&h, rows, cols, true, true, NULL);
		ok(find_row(rows, "History") == 0, "%dx%d: UTF-8 and colour draw too", cols, rows);
	}
	{
		/* the list of sessions scrolls: 8 sessions, fewer rows at 80x20 */
		int top = 1, page;

		page = draw(&h, 20, 80, false, false, &top);
		ok(page > 0 && page < 8, "80x20: a page of %d sessions of 8", page);
		y = find_row(20, "Recent sessions 2-");
		ok(y > 0 && strstr(row(y), " of 8:") != NULL,
		    "scrolled by one: the heading says which sessions these are");
		ok(y > 0 && strstr(row(y + 1), "Nov 25 08:00") != NULL &&
		    strstr(row(y + 1), "ball-wall") != NULL,
		    "scrolled by one: the second newest first; an id not in the library stays an id");
		top = 1000;
		draw(&h, 20, 80, false, false, &top);
		is_int(top, 8 - page, "scrolled past the end: clamped to the last page");
		ok(strstr(row(19), "Oct 20 10:00") != NULL,
		    "the last page ends with the oldest session");
		y = find_row(20, "Recent sessions ");
		ok(y > 0 && strstr(row(y), "-8 of 8:") != NULL,
		    "the last page's heading ends at 8");
		top = -5;
		draw(&h, 20, 80, false, false, &top);
		is_int(top, 0, "scrolled before the start: clamped to 0");
		top = 3;
		page = draw(&h, 40, 80, false, false, &top);
		ok(top == 0 && find_row(40, "Recent sessions:") > 0,
		    "all fit: no scrolling and the plain heading (%d rows)", page);
	}
	{
		/* the list keeps 3 of the 8: the heading says so, and drops the
		 * column names rather than cut a word at 60 columns */
		struct history h3;

		load(&h3, logpath, NULL, NOW, 3);
		draw(&h3, 30, 60, false, false, NULL);
		y = find_row(30, "Recent sessions");
		ok(y > 0 && strncmp(row(y), "Recent sessions (the latest 3 of 8)   ", 38) == 0,
		    "60 columns: 'Recent sessions (the latest 3 of 8)', nothing cut (%s)", y > 0 ? row(y) : "");
		draw(&h3, 30, 120, false, false, NULL);
		ok(find_row(30, "Recent sessions (the latest 3 of 8): minutes, outcome, pain before and after") > 0,
		    "120 columns: with the column names");
		history_free(&h3);
	}
	{
		/*
		 * 20 routines, routine k with k + 1 rated sessions up to 10,
		 * pain before falling from 10 by one a session: at 80x24 those
		 * with the most sessions (the first ones first between equals),
		 * the heading saying so, and 3 sessions still listed.
		 */
		struct log_record rec;
		struct history many;
		int shown = 0;

		history_init(&many, NOW, NULL, HISTORY_TAIL);
		for (int k = 0; k < 20; k++)
			for (int i = 0; i <= k && i < 10; i++) {
				memset(&rec, 0, sizeof rec);
				rec.start = NOW - DAY * 20 + k * 3600 + i * 60;
				snprintf(rec.routine, sizeof rec.routine, "r%02d", k);
				rec.done = 600;
				rec.outcome = LOG_COMPLETED;
				rec.pain_before = 10 - i;
				rec.pain_after = 10 - i - 1;
				history_add(&many, &rec);
			}
		history_finish(&many);
		draw(&many, 24, 80, false, false, NULL);
		y = find_row(24, "Pain change per routine (");
		if (y > 0 && sscanf(row(y), "Pain change per routine (%d of 20, "
		    "those with the most sessions)", &shown) != 1)
			shown = 0;
		ok(shown >= 1,
		    "80x24, 20 routines: %d shown, the heading says which", shown);
		ok(y > 0 && row_is(y + 1, "   -1.0  10  falling 9.0  r09") &&
		    row_is(y + 2, "   -1.0  10  falling 9.0  r10"),
		    "... the most rated first: r09 falling 9.0 over its 10 sessions") ||
		    (dump(24), 0);
		ok(y > 0 && find_row(24, "Recent sessions") == y + shown + 2,
		    "... then a blank and the sessions");
		ok(strstr(row(23), "r19") != NULL && strstr(row(22), "r19") != NULL &&
		    strstr(row(21), "r19") != NULL && y + shown + 6 == 24,
		    "... of which 3 still show, to the last row");
		history_free(&many);
	}
	draw(&h, 8, 30, true, false, NULL);
	ok(find_row(8, "History") == 0, "30x8: still draws the title");
	{
		/* one session of 14 s today, completed, no ratings; one too short */
		struct log_record rec;
		struct history one;

		memset(&rec, 0, sizeof rec);
		rec.start = NOW - 3600;
		snprintf(rec.routine, sizeof rec.routine, "neck-release");
		rec.done = 14;
		rec.outcome = LOG_COMPLETED;
		rec.pain_before = rec.pain_after = -1;
		history_init(&one, NOW, NULL, 10);
		history_add(&one, &rec);
		rec.start += 60;
		rec.done = 3;
		rec.outcome = LOG_ABANDONED;
		history_add(&one, &rec);
		history_finish(&one);
		draw(&one, 24, 80, false, false, NULL);
		y = find_row(24, "Minutes per day");
		ok(y > 0 && strncmp(row(y + 1), " 14s ", 5) == 0,
		    "14 s of activity: the axis top reads 14s");
		ok(y > 0 && strncmp(row(y + 6), "   0 ", 5) == 0,
		    "14 s of activity: the axis bottom reads 0");
		ok(find_row(24, "This week: 1 session, 14 s") > 0,
		    "14 s of activity: the summary does not say 0 min");
		ok(find_row(24, "Too short: 1 (not counted)") > 0,
		    "the 3 s abandoned one: too short, not counted, and said so");
		y = find_row(24, "completed");
		ok(y > 0 && strstr(row(y), "completed  -      Neck release") != NULL &&
		    strstr(row(y), "->") == NULL,
		    "no ratings: the pain column is a dash, no arrow");
		ok(find_row(24, "too short  -      Neck release") > 0,
		    "the too short one is listed as such");
		history_free(&one);
	}
	draw(&empty, 20, 60, true, false, NULL);
	ok(find_row(20, "No sessions yet.") > 0, "empty history says so");
	endwin();
	delscreen(scr);
	fclose(null);
	fclose(in);
	history_free(&h);
	history_free(&empty);
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
	test_truth();
	test_widths();
	test_formats();
	test_empty_and_errors();
	test_dates();
	test_texts();
	test_draw();
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		diag("could not remove %s", tmpdir);
	return done_testing();
}
