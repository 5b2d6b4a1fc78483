/*
 * history.c - reading the session log back as history: the numbers (this
 * week, last 28 days, streak of days, pain change per routine and per week)
 * and the `history` command's text output.  Drawing is in ui-history.c.
 */
#include "config.h"

#include <errno.h>
#include <langinfo.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "history.h"
#include "routine.h"
#include "xmalloc.h"

/* Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
static long
history_civil_days(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

/* The local calendar day holding t, as a day number. */
static long
history_dayno(time_t t)
{
	struct tm tm;

	if (localtime_r(&t, &tm) == NULL)
		return 0;
	return history_civil_days(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

time_t
history_day_start(time_t t, int days)
{
	struct tm tm;

	if (localtime_r(&t, &tm) == NULL)
		return t;
	/* mktime normalises the day and, with isdst -1, finds the right offset. */
	tm.tm_mday += days;
	tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
	tm.tm_isdst = -1;
	return mktime(&tm);
}

time_t
history_week_start(time_t t)
{
	struct tm tm;

	if (localtime_r(&t, &tm) == NULL)
		return t;
	return history_day_start(t, -((tm.tm_wday + 6) % 7));
}

int
history_parse_date(const char *s, time_t *out)
{
	struct tm tm;
	char *end;
	time_t t;
	int y, m, d;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return -1;
	y = (int)strtol(s, &end, 10);
	m = (int)strtol(s + 5, &end, 10);
	d = (int)strtol(s + 8, &end, 10);
	if (y < 1970 || m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_isdst = -1;
	if ((t = mktime(&tm)) == (time_t)-1)
		return -1;
	/* mktime moves 2026-02-30 to March: refuse dates that do not exist. */
	if (tm.tm_year != y - 1900 || tm.tm_mon != m - 1 || tm.tm_mday != d)
		return -1;
	*out = t;
	return 0;
}

bool
history_match(const struct log_record *r, const struct history_filter *f)
{
	if (f == NULL)
		return true;
	if (f->since != 0 && r->start < f->since)
		return false;
	if (f->routine != NULL && strcmp(f->routine, r->routine) != 0)
		return false;
	if (f->area >= 0 && !(r->areas & (1U << f->area)))
		return false;
	return true;
}

static int
history_cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

/*
 * The log is in order of ending; history is ordered by start.  Insertion
 * sort: stable (equal starts keep log order) and linear on a log that is
 * already nearly in order.
 */
static void
history_sort(struct log_record *recs, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct log_record r = recs[i];
		size_t j = i;

		while (j > 0 && recs[j - 1].start > r.start) {
			recs[j] = recs[j - 1];
			j--;
		}
		recs[j] = r;
	}
}

/* Read and sort; -1 (errno set) if the log exists and cannot be read. */
static int
history_read(const char *log_path, FILE *warn, struct history **out)
{
	struct log_record *recs;
	long n;

	*out = xcalloc(1, sizeof **out);
	if ((n = log_read(log_path, &recs, warn)) < 0)
		return -1;
	history_sort(recs, (size_t)n);
	(*out)->recs = recs;
	(*out)->n = (size_t)n;
	return 0;
}

struct history *
history_load(const char *log_path, FILE *warn)
{
	struct history *h;

	if (history_read(log_path, warn, &h) != 0 && warn != NULL)
		fprintf(warn, "backcoach: cannot read %s: %s\n", log_path,
		    strerror(errno));
	return h;
}

void
history_free(struct history *h)
{
	if (h == NULL)
		return;
	free(h->recs);
	free(h);
}

void
history_summarize(const struct history *h, const struct history_filter *f,
    time_t now, struct history_summary *s)
{
	time_t week = history_week_start(now), days28 = history_day_start(now, -(HISTORY_DAYS - 1));
	long today = history_dayno(now), *days, d;
	size_t nd = 0, i;

	memset(s, 0, sizeof *s);
	days = xcalloc(h->n + 1, sizeof *days);
	for (i = 0; i < h->n; i++) {
		const struct log_record *r = &h->recs[i];

		if (!history_match(r, f))
			continue;
		if (r->start >= week) {
			s->week_sessions++;
			s->week_minutes += r->done / 60.0;
		}
		if (r->start >= days28) {
			s->days28_sessions++;
			s->days28_minutes += r->done / 60.0;
		}
		days[nd++] = history_dayno(r->start);
	}
	qsort(days, nd, sizeof *days, history_cmp_long);
	/* Walk back from the latest day not after today. */
	i = nd;
	while (i > 0 && days[i - 1] > today)
		i--;
	if (i > 0 && days[i - 1] >= today - 1) {
		d = days[i - 1];
		s->streak = 1;
		while (i > 0) {
			i--;
			if (days[i] == d)
				continue;
			if (days[i] != d - 1)
				break;
			d--;
			s->streak++;
		}
	}
	free(days);
}

void
history_minutes_per_day(const struct history *h, time_t now, double minutes[HISTORY_DAYS])
{
	long today = history_dayno(now);

	for (int i = 0; i < HISTORY_DAYS; i++)
		minutes[i] = 0;
	for (size_t i = 0; i < h->n; i++) {
		long ago = today - history_dayno(h->recs[i].start);

		if (ago >= 0 && ago < HISTORY_DAYS)
			minutes[HISTORY_DAYS - 1 - ago] += h->recs[i].done / 60.0;
	}
}

void
history_pain_weeks(const struct history *h, time_t now, struct history_pain_week weeks[HISTORY_WEEKS])
{
	time_t start[HISTORY_WEEKS + 1], week = history_week_start(now);
	double sb[HISTORY_WEEKS] = { 0 }, sa[HISTORY_WEEKS] = { 0 };

	for (int w = 0; w <= HISTORY_WEEKS; w++)
		start[w] = history_day_start(week, -7 * (HISTORY_WEEKS - 1 - w));
	memset(weeks, 0, HISTORY_WEEKS * sizeof *weeks);
	for (size_t i = 0; i < h->n; i++) {
		const struct log_record *r = &h->recs[i];

		if (r->pain_before < 0 || r->pain_after < 0)
			continue;
		for (int w = 0; w < HISTORY_WEEKS; w++) {
			if (r->start >= start[w] && r->start < start[w + 1]) {
				weeks[w].n++;
				sb[w] += r->pain_before;
				sa[w] += r->pain_after;
				break;
			}
		}
	}
	for (int w = 0; w < HISTORY_WEEKS; w++) {
		if (weeks[w].n > 0) {
			weeks[w].before = sb[w] / weeks[w].n;
			weeks[w].after = sa[w] / weeks[w].n;
		}
	}
}

const char *
history_arrow(bool utf8)
{
	return utf8 ? "\xe2\x86\x92" : "->";
}

void
history_pain_text(int before, int after, bool utf8, char *buf, size_t size)
{
	const char *arrow = history_arrow(utf8);

	if (before < 0 && after < 0)
		snprintf(buf, size, "-");
	else if (before < 0)
		snprintf(buf, size, "-%s%d", arrow, after);
	else if (after < 0)
		snprintf(buf, size, "%d%s-", before, arrow);
	else
		snprintf(buf, size, "%d%s%d", before, arrow, after);
}

void
history_axis_label(double minutes, char *buf, size_t size)
{
	/* rounded as printed: 59.97 s is "60s", 0.99 min is not "1.0" */
	if (minutes * 60 < 59.5)
		snprintf(buf, size, "%.0fs", minutes * 60);
	else if (minutes < 99.95)
		snprintf(buf, size, "%.1f", minutes);
	else
		snprintf(buf, size, "%.0f", minutes);
}

static bool
history_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);

	return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

static const char *
history_plural(unsigned n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

/* Per-routine pain change, in order of first appearance. */
struct history_change {
	const char *routine;
	unsigned n;
	double sum;
};

int
history_print(FILE *out, const char *log_path, const struct history_filter *f,
    time_t now, FILE *warn)
{
	bool utf8 = history_utf8();
	struct history *h;
	struct history_summary s;
	struct history_change *ch;
	size_t nch = 0, shown = 0, i, w = 7;
	if (history_read(log_path, warn, &h) != 0) {
		if (warn != NULL)
			fprintf(warn, "backcoach: cannot read %s: %s\n", log_path,
			    strerror(errno));
		history_free(h);
		return 1;
	}
	if (h->n == 0) {
		fputs("No sessions yet.\n", out);
		history_free(h);
		return 0;
	}
	for (i = 0; i < h->n; i++)
		if (history_match(&h->recs[i], f) && strlen(h->recs[i].routine) > w)
			w = strlen(h->recs[i].routine);
	ch = xcalloc(h->n, sizeof *ch);
	for (i = 0; i < h->n; i++) {
		const struct log_record *r = &h->recs[i];
		char when[32], pain[32];
		struct tm tm;
		size_t c;

		if (!history_match(r, f))
			continue;
		if (shown++ == 0)
			fprintf(out, "%-16s  %-*s  %7s  %-9s  %s\n", "Date", (int)w,
			    "Routine", "Minutes", "Outcome", "Pain");
		localtime_r(&r->start, &tm);
		strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
		history_pain_text(r->pain_before, r->pain_after, utf8, pain,
		    sizeof pain);
		fprintf(out, "%-16s  %-*s  %7.1f  %-9s  %s\n", when, (int)w,
		    r->routine, r->done / 60.0,
		    r->outcome == LOG_COMPLETED ? "completed" : "abandoned", pain);
		if (r->pain_before >= 0 && r->pain_after >= 0) {
			for (c = 0; c < nch; c++)
				if (strcmp(ch[c].routine, r->routine) == 0)
					break;
			if (c == nch)
				ch[nch++].routine = r->routine;
			ch[c].n++;
			ch[c].sum += r->pain_after - r->pain_before;
		}
	}
	if (shown == 0) {
		fputs("No sessions match.\n", out);
		free(ch);
		history_free(h);
		return 0;
	}
	history_summarize(h, f, now, &s);
	fprintf(out, "\nThis week:     %u %s, %.1f minutes\n", s.week_sessions,
	    history_plural(s.week_sessions, "session", "sessions"), s.week_minutes);
	fprintf(out, "Last 28 days:  %u %s, %.1f minutes\n", s.days28_sessions,
	    history_plural(s.days28_sessions, "session", "sessions"), s.days28_minutes);
	fprintf(out, "Streak:        %u %s\n", s.streak,
	    history_plural(s.streak, "day", "days"));
	if (nch == 0) {
		fputs("Pain change:   no session has both ratings yet\n", out);
	} else {
		fputs("Pain change (after - before), average per routine:\n", out);
		for (size_t c = 0; c < nch; c++)
			fprintf(out, "  %-*s  %+.1f  (%u %s)\n", (int)w, ch[c].routine,
			    ch[c].sum / ch[c].n, ch[c].n,
			    history_plural(ch[c].n, "session", "sessions"));
	}
	free(ch);
	history_free(h);
	return 0;
}
