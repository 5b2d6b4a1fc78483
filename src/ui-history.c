/*
 * ui-history.c - drawing the TUI history screen into a window: summary,
 * minutes per day over the last 28 days, the weekly pain trend and recent
 * sessions.  Only drawing: the UI owns the terminal, keys and refresh.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ui-history.h"

static const char *const ui_history_eighths[8] = {
	"\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83", "\xe2\x96\x84",
	"\xe2\x96\x85", "\xe2\x96\x86", "\xe2\x96\x87", "\xe2\x96\x88",
};

/* Bytes of s that fill at most cols columns (one column per character). */
static int
ui_history_fit(const char *s, int cols)
{
	int i = 0;

	while (s[i] != '\0' && cols-- > 0) {
		i++;
		while (((unsigned char)s[i] & 0xc0) == 0x80)
			i++;
	}
	return i;
}

/* Columns of s (one per character). */
static int
ui_history_cols(const char *s)
{
	int n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

/* Put s at (y, x), cut at the window's right edge; nothing off the bottom. */
static void
ui_history_put(WINDOW *win, int y, int x, const char *s)
{
	int h, w;

	getmaxyx(win, h, w);
	if (y < 0 || y >= h || x >= w)
		return;
	mvwaddnstr(win, y, x, s, ui_history_fit(s, w - x));
}

/*
 * Lay pieces out on rows from *y, as many per row as fit with a gap of
 * three spaces: the summary and the pain trend wrap on narrow terminals.
 */
static void
ui_history_flow(WINDOW *win, int *y, char pieces[][48], int n)
{
	int w = getmaxx(win), x = 0;

	for (int i = 0; i < n; i++) {
		int len = ui_history_cols(pieces[i]);

		if (x > 0 && x + 3 + len > w) {
			(*y)++;
			x = 0;
		}
		if (x > 0)
			x += 3;
		ui_history_put(win, *y, x, pieces[i]);
		x += len;
	}
	(*y)++;
}

static void
ui_history_chart(WINDOW *win, int *y, int height, const struct history *h,
    time_t now, bool utf8, bool color)
{
	double min[HISTORY_DAYS], max = 0;
	int w = getmaxx(win), gutter = 5, bw, x0;
	char label[48];

	history_minutes_per_day(h, now, min);
	for (int d = 0; d < HISTORY_DAYS; d++)
		if (min[d] > max)
			max = min[d];
	/* Two columns a day (bar and gap) when they fit, else one. */
	bw = (w - gutter) / HISTORY_DAYS >= 2 ? 2 : 1;
	x0 = gutter;
	snprintf(label, sizeof label, "Minutes per day, last %d days", HISTORY_DAYS);
	ui_history_put(win, (*y)++, 0, label);
	{
		/* the top of the axis is the longest day: "14s", "2.5", "125" */
		char top[16];

		history_axis_label(max, top, sizeof top);
		snprintf(label, sizeof label, "%4s", top);
		ui_history_put(win, *y, 0, label);
		ui_history_put(win, *y + height - 1, 0, "   0");
	}
	if (color)
		wattron(win, A_BOLD);
	for (int d = 0; d < HISTORY_DAYS; d++) {
		/* Height in eighths of a row; any session shows at least a sliver. */
		int v = max > 0 ? (int)(min[d] / max * height * 8 + 0.5) : 0;

		if (min[d] > 0 && v == 0)
			v = 1;
		for (int r = 0; r < height; r++) {
			int fill = v - r * 8;
			const char *cell;

			if (fill <= 0)
				continue;
			if (utf8)
				cell = ui_history_eighths[fill >= 8 ? 7 : fill - 1];
			else if (fill >= 4 || r == 0)
				cell = "#";
			else
				continue;
			ui_history_put(win, *y + height - 1 - r, x0 + d * bw, cell);
		}
	}
	if (color)
		wattroff(win, A_BOLD);
	*y += height;
	/* Axis: the first day's date on the left, "today" under the last bar. */
	{
		time_t first = history_day_start(now, -(HISTORY_DAYS - 1));
		struct tm tm;
		int xt = x0 + (HISTORY_DAYS - 1) * bw - 4;

		localtime_r(&first, &tm);
		strftime(label, sizeof label, "%b %d", &tm);
		ui_history_put(win, *y, x0, label);
		if (xt > x0 + (int)strlen(label))
			ui_history_put(win, *y, xt, "today");
		(*y)++;
	}
}

static void
ui_history_pain(WINDOW *win, int *y, const struct history *h, time_t now, bool utf8)
{
	static const char *const names[HISTORY_WEEKS] = {
		"3 wk ago", "2 wk ago", "last wk", "this wk"
	};
	struct history_pain_week wk[HISTORY_WEEKS];
	char pieces[HISTORY_WEEKS][48];

	history_pain_weeks(h, now, wk);
	ui_history_put(win, (*y)++, 0, "Pain before and after, weekly average");
	for (int i = 0; i < HISTORY_WEEKS; i++) {
		if (wk[i].n == 0)
			snprintf(pieces[i], sizeof pieces[i], "%s -", names[i]);
		else
			snprintf(pieces[i], sizeof pieces[i], "%s %.1f%s%.1f", names[i],
			    wk[i].before, history_arrow(utf8), wk[i].after);
	}
	ui_history_flow(win, y, pieces, HISTORY_WEEKS);
}

/*
 * The sessions, newest first, from the *top-th on: as many as fit.  *top
 * is clamped so that the last page is full.  Returns how many are shown.
 */
static int
ui_history_recent(WINDOW *win, int *y, const struct history *h, bool utf8,
    int *top)
{
	int rows = getmaxy(win) - *y - 1, n = (int)h->n, first;
	char head[128];

	if (rows <= 0)
		return 0;
	if (*top > n - rows)
		*top = n - rows;
	if (*top < 0)
		*top = 0;
	first = *top;
	/* when they do not all fit, which of them these are: "9-16 of 30" */
	if (n > rows)
		snprintf(head, sizeof head, "Recent sessions %d-%d of %d: minutes, "
		    "outcome, pain before and after", first + 1,
		    first + rows < n ? first + rows : n, n);
	else
		snprintf(head, sizeof head, "Recent sessions: minutes, outcome, "
		    "pain before and after");
	ui_history_put(win, (*y)++, 0, head);
	for (int i = n - first; i > 0 && i > n - first - rows; i--) {
		const struct log_record *r = &h->recs[i - 1];
		char when[32], pain[32], line[200];
		struct tm tm;
		int pad;

		localtime_r(&r->start, &tm);
		strftime(when, sizeof when, "%b %d %H:%M", &tm);
		/* "-" alone when there are no ratings; padded by columns, not bytes */
		history_pain_text(r->pain_before, r->pain_after, utf8, pain,
		    sizeof pain);
		pad = 5 - ui_history_cols(pain);
		snprintf(line, sizeof line, "%s  %5.1f  %-9s  %s%*s  %s",
		    when, r->done / 60.0,
		    r->outcome == LOG_COMPLETED ? "completed" : "abandoned",
		    pain, pad > 0 ? pad : 0, "", r->routine);
		ui_history_put(win, (*y)++, 2, line);
	}
	return rows < n ? rows : n;
}

/* "14 s" under a minute (so a short session does not read "0 min"), else "12 min". */
static void
ui_history_amount(double minutes, char *buf, size_t size)
{
	if (minutes > 0 && minutes * 60 < 59.5)
		snprintf(buf, size, "%.0f s", minutes * 60);
	else
		snprintf(buf, size, "%.0f min", minutes);
}

void
ui_history_draw(WINDOW *win, const struct history *h, time_t now, bool utf8,
    bool color)
{
	int top = 0;

	ui_history_draw_from(win, h, now, utf8, color, &top);
}

int
ui_history_draw_from(WINDOW *win, const struct history *h, time_t now,
    bool utf8, bool color, int *top)
{
	struct history_summary s;
	char pieces[3][48], wk[16], d28[16];
	int y = 0, rows = getmaxy(win), chart;

	werase(win);
	wattron(win, A_BOLD);
	ui_history_put(win, y++, 0, "History");
	wattroff(win, A_BOLD);
	if (h == NULL || h->n == 0) {
		ui_history_put(win, ++y, 0, "No sessions yet.");
		ui_history_put(win, ++y, 0, "Finish or stop a routine and it shows up here.");
		*top = 0;
		return 0;
	}
	history_summarize(h, NULL, now, &s);
	ui_history_amount(s.week_minutes, wk, sizeof wk);
	ui_history_amount(s.days28_minutes, d28, sizeof d28);
	snprintf(pieces[0], sizeof pieces[0], "This week: %u %s, %s",
	    s.week_sessions, s.week_sessions == 1 ? "session" : "sessions", wk);
	snprintf(pieces[1], sizeof pieces[1], "28 days: %u %s, %s",
	    s.days28_sessions, s.days28_sessions == 1 ? "session" : "sessions", d28);
	snprintf(pieces[2], sizeof pieces[2], "Streak: %u %s", s.streak,
	    s.streak == 1 ? "day" : "days");
	ui_history_flow(win, &y, pieces, 3);
	y++;
	/* The chart gets what is left after the text, within 3..8 rows. */
	chart = rows >= 24 ? 6 : rows >= 20 ? 5 : 3;
	if (y + chart + 2 <= rows)
		ui_history_chart(win, &y, chart, h, now, utf8, color);
	y++;
	if (y + 2 <= rows)
		ui_history_pain(win, &y, h, now, utf8);
	y++;
	return ui_history_recent(win, &y, h, utf8, top);
}
