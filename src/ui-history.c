/*
 * ui-history.c - drawing the TUI history screen into a region of the
 * screen: summary, minutes per day over the last 28 days, the weekly pain
 * trend, the pain change per routine and recent sessions.  Only drawing, through ui-term.c's helpers
 * (which own display width and cutting): the UI owns the terminal, keys
 * and refresh.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "ui-history.h"
#include "ui-priv.h"

static const char *const ui_history_eighths[8] = {
	"\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83", "\xe2\x96\x84",
	"\xe2\x96\x85", "\xe2\x96\x86", "\xe2\x96\x87", "\xe2\x96\x88",
};

/* Put s at (y, x) of the area, cut at its right edge; nothing off its bottom. */
static void
ui_history_put(const struct ui_history_area *a, int y, int x, const char *s,
    attr_t attr)
{
	if (y < 0 || y >= a->rows || x >= a->cols)
		return;
	ui_put(a->y + y, a->x + x, a->cols - x, s, attr);
}

/* The same, and s cut with the mark (text_cut) where it does not fit. */
static void
ui_history_put_cut(const struct ui_history_area *a, int y, int x, const char *s,
    attr_t attr)
{
	char buf[512];

	if (y < 0 || y >= a->rows || x >= a->cols)
		return;
	text_cut(buf, sizeof buf, s, (size_t)-1, a->cols - x);
	ui_put(a->y + y, a->x + x, a->cols - x, buf, attr);
}

/* The rows ui_history_flow takes for the pieces at the area's width. */
static int
ui_history_flow_rows(const struct ui_history_area *a, char pieces[][64], int n)
{
	int x = 0, rows = 1;

	for (int i = 0; i < n; i++) {
		int len = (int)text_width(pieces[i]);

		if (x > 0 && x + 3 + len > a->cols) {
			rows++;
			x = 0;
		}
		x += (x > 0 ? 3 : 0) + len;
	}
	return rows;
}

/*
 * Lay pieces out on rows from *y, as many per row as fit with a gap of
 * three spaces: the summary and the pain trend wrap on narrow terminals.
 */
static void
ui_history_flow(const struct ui_history_area *a, int *y, char pieces[][64], int n)
{
	int x = 0;

	for (int i = 0; i < n; i++) {
		int len = (int)text_width(pieces[i]);

		if (x > 0 && x + 3 + len > a->cols) {
			(*y)++;
			x = 0;
		}
		if (x > 0)
			x += 3;
		ui_history_put(a, *y, x, pieces[i], A_NORMAL);
		x += len;
	}
	(*y)++;
}

static void
ui_history_chart(const struct ui_history_area *a, int *y, int height,
    const struct history *h, bool utf8, bool color)
{
	double max = 0;
	int gutter = 5, bw, x0;
	attr_t bar = color ? A_BOLD : A_NORMAL;
	char label[48];

	for (int d = 0; d < HISTORY_DAYS; d++)
		if (h->minutes[d] > max)
			max = h->minutes[d];
	/* Two columns a day (bar and gap) when they fit, else one. */
	bw = (a->cols - gutter) / HISTORY_DAYS >= 2 ? 2 : 1;
	x0 = gutter;
	snprintf(label, sizeof label, _("Minutes per day, last %d days"),
	    HISTORY_DAYS);
	ui_history_put(a, (*y)++, 0, label, A_NORMAL);
	{
		/* the top of the axis is the longest day: "14s", "2.5", "125" */
		char top[16];

		history_axis_label(max, top, sizeof top);
		snprintf(label, sizeof label, "%4s", top);
		ui_history_put(a, *y, 0, label, A_NORMAL);
		ui_history_put(a, *y + height - 1, 0, "   0", A_NORMAL);
	}
	for (int d = 0; d < HISTORY_DAYS; d++) {
		/* Height in eighths of a row; any session shows at least a sliver. */
		int v = max > 0 ? (int)(h->minutes[d] / max * height * 8 + 0.5) : 0;

		if (h->minutes[d] > 0 && v == 0)
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
			ui_history_put(a, *y + height - 1 - r, x0 + d * bw, cell, bar);
		}
	}
	*y += height;
	/* Axis: the first day's date on the left, "today" under the last bar. */
	{
		time_t first = history_day_start(h->now, -(HISTORY_DAYS - 1));
		struct tm tm;
		int xt = x0 + (HISTORY_DAYS - 1) * bw - 4;

		localtime_r(&first, &tm);
		/* TRANSLATORS: strftime format of a day under the chart: "Nov 05" */
		if (strftime(label, sizeof label, _("%b %d"), &tm) == 0)
			label[0] = '\0';
		ui_history_put(a, *y, x0, label, A_NORMAL);
		/* TRANSLATORS: under the chart's last bar; about 5 columns */
		if (xt > x0 + (int)text_width(label))
			ui_history_put(a, *y, xt, _("today"), A_NORMAL);
		(*y)++;
	}
}

/* The pain trend's pieces: "this wk 4.0→3.0" for each week. */
static void
ui_history_pain_pieces(const struct history *h, bool utf8,
    char pieces[HISTORY_WEEKS][64])
{
	/* TRANSLATORS: weeks, short: each is followed by "4.0→3.0" */
	static const char *const names[HISTORY_WEEKS] = {
		N_("3 wk ago"), N_("2 wk ago"), N_("last wk"), N_("this wk")
	};
	char b[32], af[32];

	for (int i = 0; i < HISTORY_WEEKS; i++) {
		const struct history_pain_week *wk = &h->weeks[i];

		if (wk->n == 0) {
			snprintf(pieces[i], sizeof pieces[i], "%s -", _(names[i]));
		} else {
			history_decimal(b, sizeof b, 1, false, wk->before);
			history_decimal(af, sizeof af, 1, false, wk->after);
			snprintf(pieces[i], sizeof pieces[i], "%s %s%s%s", _(names[i]),
			    b, history_arrow(utf8), af);
		}
	}
}

static void
ui_history_pain(const struct ui_history_area *a, int *y,
    char pieces[HISTORY_WEEKS][64])
{
	ui_history_put(a, (*y)++, 0, _("Pain before and after, weekly average"),
	    A_NORMAL);
	ui_history_flow(a, y, pieces, HISTORY_WEEKS);
}

/* The routines with both ratings in a session (and the sum of the others). */
static int
ui_history_rated(const struct history *h, const struct history_routine **out,
    int max)
{
	int n = 0;

	for (size_t i = 0; i <= h->nroutines && n < max; i++) {
		const struct history_routine *rt = i < h->nroutines ?
		    &h->routines[i] : &h->other;

		if (rt->rated > 0)
			out[n++] = rt;
	}
	return n;
}

/* Most rated sessions first; in the order of their first session between equals. */
static int
ui_history_by_rated(const void *pa, const void *pb)
{
	const struct history_routine *a = *(const struct history_routine *const *)pa;
	const struct history_routine *b = *(const struct history_routine *const *)pb;

	if (a->rated != b->rated)
		return a->rated > b->rated ? -1 : 1;
	return a < b ? -1 : a > b;
}

/*
 * The pain change per routine, as `backcoach history` gives it: the
 * average change (after minus before), the sessions it rests on, and how
 * the pain before moved over them (history_direction_text), in max rows
 * at most: a heading and a routine a row, those with the most sessions
 * first when not all fit (the heading says so).
 */
static void
ui_history_routines(const struct ui_history_area *a, int *y,
    const struct history *h, int max, history_title_fn title, void *title_arg)
{
	const struct history_routine *rts[HISTORY_ROUTINES_MAX + 1];
	int n = ui_history_rated(h, rts, HISTORY_ROUTINES_MAX + 1), shown, wd = 0;
	int wn = 1, w;
	char head[256], dir[64], num[32], line[512];
	const char *cols;

	if (n == 0 || max < 2)
		return;
	shown = n < max - 1 ? n : max - 1;
	qsort(rts, (size_t)n, sizeof rts[0], ui_history_by_rated);
	for (int i = 0; i < shown; i++) {
		history_direction_text(rts[i], dir, sizeof dir);
		if ((w = (int)text_width(dir)) > wd)
			wd = w;
		snprintf(num, sizeof num, "%lu", rts[i]->rated);
		if ((w = (int)strlen(num)) > wn)
			wn = w;
	}
	/* TRANSLATORS: the history screen's section of history's "Pain
	   change per routine" table */
	snprintf(head, sizeof head, "%s", _("Pain change per routine"));
	if (shown < n)
		/* TRANSLATORS: after "Pain change per routine" when not all fit */
		snprintf(head + strlen(head), sizeof head - strlen(head),
		    _(" (%d of %d, those with the most sessions)"), shown, n);
	/* TRANSLATORS: after "Pain change per routine", what the columns are */
	cols = _(": after minus before, sessions, pain before");
	if ((int)(text_width(head) + text_width(cols)) <= a->cols)
		snprintf(head + strlen(head), sizeof head - strlen(head), "%s", cols);
	ui_history_put(a, (*y)++, 0, head, A_NORMAL);
	for (int i = 0; i < shown; i++) {
		const struct history_routine *rt = rts[i];
		const char *name = rt == &h->other ? _("(the other routines)") :
		    title != NULL ? title(rt->id, title_arg) : NULL;
		int dpad, cpad;

		history_direction_text(rt, dir, sizeof dir);
		history_decimal(num, sizeof num, 1, true,
		    rt->sum_change / (double)rt->rated);
		cpad = 5 - (int)text_width(num);
		dpad = wd - (int)text_width(dir);
		snprintf(line, sizeof line, "%*s%s  %*lu  %s%*s  %s",
		    cpad > 0 ? cpad : 0, "", num, wn, rt->rated, dir,
		    dpad > 0 ? dpad : 0, "", name != NULL ? name : rt->id);
		ui_history_put_cut(a, (*y)++, 2, line, A_NORMAL);
	}
}

/*
 * The sessions, newest first, from the *top-th on: as many as fit.  *top
 * is clamped so that the last page is full.  Returns how many are shown.
 */
static int
ui_history_recent(const struct ui_history_area *a, int *y, const struct history *h,
    bool utf8, int *top, history_title_fn title, void *title_arg)
{
	int rows = a->rows - *y - 1, n = (int)h->n, first, ow = 9, w;
	const char *outs[] = { _("completed"), _("abandoned"), _("too short") };
	char head[256], older[96] = "";
	const char *cols;

	if (rows <= 0)
		return 0;
	/* the outcome column as wide as its widest word (9 in English) */
	for (size_t k = 0; k < sizeof outs / sizeof outs[0]; k++)
		if ((w = (int)text_width(outs[k])) > ow)
			ow = w;
	if (*top > n - rows)
		*top = n - rows;
	if (*top < 0)
		*top = 0;
	first = *top;
	/* the screen keeps the most recent sessions only: say so when that cuts */
	if ((unsigned long)n < h->sum.sessions)
		snprintf(older, sizeof older, _(" (the latest %d of %lu)"), n,
		    h->sum.sessions);
	/* when they do not all fit, which of them these are: "9-16 of 30" */
	if (n > rows)
		snprintf(head, sizeof head, _("Recent sessions %d-%d of %d%s"),
		    first + 1, first + rows < n ? first + rows : n, n, older);
	else
		snprintf(head, sizeof head, _("Recent sessions%s"), older);
	/* the column names go when the heading would not fit: no cut words */
	/* TRANSLATORS: after "Recent sessions 1-8 of 30", what the columns are */
	cols = _(": minutes, outcome, pain before and after");
	if ((int)(text_width(head) + text_width(cols)) <= a->cols)
		snprintf(head + strlen(head), sizeof head - strlen(head), "%s", cols);
	ui_history_put(a, (*y)++, 0, head, A_NORMAL);
	for (int i = n - first; i > 0 && i > n - first - rows; i--) {
		const struct log_record *r = &h->recs[i - 1];
		const char *name = title != NULL ? title(r->routine, title_arg) : NULL;
		char when[64], pain[32], line[320], mins[32];
		const char *outcome;
		struct tm tm;
		int pad, opad, mpad;

		localtime_r(&r->start, &tm);
		/* TRANSLATORS: strftime format of a session's start in the list */
		if (strftime(when, sizeof when, _("%b %d %H:%M"), &tm) == 0)
			when[0] = '\0';
		/* "-" alone when there are no ratings; padded by columns, not bytes */
		history_pain_text(r->pain_before, r->pain_after, utf8, pain,
		    sizeof pain);
		pad = 5 - (int)text_width(pain);
		outcome = history_is_short(r) ? _("too short") :
		    r->outcome == LOG_COMPLETED ? _("completed") : _("abandoned");
		opad = ow - (int)text_width(outcome);
		history_decimal(mins, sizeof mins, 1, false, r->done / 60.0);
		mpad = 5 - (int)text_width(mins);
		snprintf(line, sizeof line, "%s  %*s%s  %s%*s  %s%*s  %s",
		    when, mpad > 0 ? mpad : 0, "", mins, outcome,
		    opad > 0 ? opad : 0, "",
		    pain, pad > 0 ? pad : 0, "", name != NULL ? name : r->routine);
		ui_history_put_cut(a, (*y)++, 2, line, A_NORMAL);
	}
	return rows < n ? rows : n;
}

/* "14 s" under a minute (so a short session does not read "0 min"), else "12 min". */
static void
ui_history_amount(double minutes, char *buf, size_t size)
{
	if (minutes > 0 && minutes * 60 < 59.5)
		snprintf(buf, size, _("%.0f s"), minutes * 60);
	else
		snprintf(buf, size, _("%.0f min"), minutes);
}

int
ui_history_draw(const struct ui_history_area *a, const struct history *h,
    bool utf8, bool color, int *top, history_title_fn title, void *title_arg)
{
	const struct history_summary *s;
	char pieces[5][64], wk[16], d28[16], weeks[HISTORY_WEEKS][64];
	int y = 0, chart, np = 3, pain, nr, list;

	for (int r = 0; r < a->rows; r++)
		ui_fill(a->y + r, a->x, a->cols, A_NORMAL);
	ui_history_put(a, y++, 0, _("History"), A_BOLD);
	if (h == NULL || h->sum.sessions == 0) {
		ui_history_put(a, ++y, 0, _("No sessions yet."), A_NORMAL);
		ui_history_put(a, ++y, 0,
		    _("Finish or stop a routine and it shows up here."), A_NORMAL);
		*top = 0;
		return 0;
	}
	s = &h->sum;
	ui_history_amount(s->week_minutes, wk, sizeof wk);
	ui_history_amount(s->days28_minutes, d28, sizeof d28);
	/* TRANSLATORS: the last %s is an amount of time: "12 min", "14 s" */
	snprintf(pieces[0], sizeof pieces[0], P_("This week: %u session, %s",
	    "This week: %u sessions, %s", s->week_sessions), s->week_sessions, wk);
	snprintf(pieces[1], sizeof pieces[1], P_("28 days: %u session, %s",
	    "28 days: %u sessions, %s", s->days28_sessions), s->days28_sessions,
	    d28);
	snprintf(pieces[2], sizeof pieces[2], P_("Streak: %u day",
	    "Streak: %u days", s->streak), s->streak);
	/* what the figures leave out, and why, in a word */
	if (s->too_short > 0)
		snprintf(pieces[np++], sizeof pieces[0],
		    _("Too short: %lu (not counted)"), s->too_short);
	if (s->future > 0)
		snprintf(pieces[np++], sizeof pieces[0],
		    _("Dated later than now: %lu (not counted)"), s->future);
	ui_history_flow(a, &y, pieces, np);
	y++;
	/*
	 * Below the sums: the chart, the weekly pain, the pain per routine,
	 * the sessions.  The chart is 6 rows at 24, 5 at 20, else 3; it
	 * shrinks (to 3) where that lets every routine show; the routines
	 * give way to the first 3 sessions (the most rated ones stay).  On a
	 * short screen the sessions come first: the chart shrinks (to 2
	 * rows) or goes, then the weekly pain, so that a heading and 3
	 * sessions show and scroll.
	 */
	ui_history_pain_pieces(h, utf8, weeks);
	pain = ui_history_flow_rows(a, weeks, HISTORY_WEEKS) + 2;
	{
		const struct history_routine *rts[HISTORY_ROUTINES_MAX + 1];

		nr = ui_history_rated(h, rts, HISTORY_ROUTINES_MAX + 1);
	}
	list = 1 + (h->n < 3 ? (int)h->n : 3);
	chart = a->rows >= 24 ? 6 : a->rows >= 20 ? 5 : 3;
	while (chart > 3 && nr > 0 &&
	    y + chart + 3 + pain + nr + 2 + list > a->rows)
		chart--;
	/* its heading, its rows, the dates under it and a blank */
	if (y + chart + 3 + list > a->rows)
		chart = a->rows - y - 3 - list;
	if (chart >= 2) {
		ui_history_chart(a, &y, chart, h, utf8, color);
		y++;
	}
	if (y + pain + list <= a->rows) {
		ui_history_pain(a, &y, weeks);
		y++;
	}
	/* a heading and a routine at least; the rest of its rows, and a blank */
	if (nr > 0 && y + 3 + list <= a->rows) {
		ui_history_routines(a, &y, h, a->rows - y - list - 1, title,
		    title_arg);
		y++;
	}
	return ui_history_recent(a, &y, h, utf8, top, title, title_arg);
}
