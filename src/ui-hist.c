/*
 * ui-hist.c - the h screen: loads the log and lets ui-history.c (the log
 * module's drawing) fill the screen; this file owns its keys, the scrolling
 * of its list of sessions, and the line that says what of the log could not
 * be read.
 */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "history.h"
#include "i18n.h"
#include "ui-history.h"
#include "ui-priv.h"

/* Line numbers of skipped lines named on the screen; more are counted. */
#define UI_HIST_NAMED 3

static struct history hist_data, *hist;
static int hist_top;		/* sessions scrolled past, newest first */
static int hist_page;		/* session rows the last draw showed */
static unsigned long hist_skipped;	/* bad lines in the log */
static unsigned long hist_lines[UI_HIST_NAMED];
static char hist_err[256];	/* the log could not be read: why */

/*
 * What the loader said, one warning a line: "PATH:LINE: skipped: why" for
 * a bad line (counted, its number kept), anything else ("backcoach: cannot
 * read PATH: why") kept whole.  The path may hold colons: the number is
 * the digits just before ": skipped: ".
 */
static void
hist_take_warnings(char *buf)
{
	char *line, *next, *p, *q, skipped[64];

	/* log.c's ": skipped: ", in the person's language */
	snprintf(skipped, sizeof skipped, ": %s: ", _("skipped"));
	for (line = buf; line != NULL && *line != '\0'; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if ((p = strstr(line, skipped)) != NULL) {
			for (q = p; q > line && q[-1] >= '0' && q[-1] <= '9'; q--)
				;
			if (hist_skipped < UI_HIST_NAMED)
				hist_lines[hist_skipped] = strtoul(q, NULL, 10);
			hist_skipped++;
		} else if (hist_err[0] == '\0') {
			if (strncmp(line, "backcoach: ", 11) == 0)
				line += 11;
			snprintf(hist_err, sizeof hist_err, "%s", line);
		}
	}
}

/* Routines by title; an id no longer in the library stays an id. */
static const char *
hist_title(const char *id, void *arg)
{
	const struct routine *r = library_find(arg, id);

	return r != NULL ? r->title : NULL;
}

void
ui_hist_open(struct ui *u)
{
	char *buf = NULL, err[512] = "";
	const char *path = u->app->log_path;
	size_t len = 0;
	FILE *warn;

	if (hist != NULL)
		history_free(hist);
	hist_top = hist_page = 0;
	hist_skipped = 0;
	hist_err[0] = '\0';
	/*
	 * Not stderr: it is hidden while the screen is up, and would only be
	 * replayed at exit.  The screen says what was skipped instead.
	 */
	warn = open_memstream(&buf, &len);
	/* the whole log once, as a stream, for the figures; its tail for the list */
	hist = &hist_data;
	history_init(hist, history_now(), NULL, HISTORY_TAIL);
	if (history_read_logs(hist, &path, 1, true, warn, err, sizeof err) != 0 &&
	    warn != NULL)
		fprintf(warn, "backcoach: %s\n", err);
	if (warn != NULL) {
		fclose(warn);
		hist_take_warnings(buf);
		free(buf);
	}
	u->hist_back = u->scr;
	u->scr = SCR_HISTORY;
}

void
ui_hist_close(struct ui *u)
{
	if (hist != NULL) {
		history_free(hist);
		hist = NULL;
	}
	u->scr = u->hist_back;
}

/* "1 line of the log was skipped (line 5): run backcoach history to see why" */
static void
hist_warning(char *buf, size_t size)
{
	char nums[128];
	size_t n;
	unsigned long i;

	if (hist_err[0] != '\0') {
		snprintf(buf, size, "%s", hist_err);
		return;
	}
	/* the line numbers: "5", "5 and 9", "5, 9, 12 and 3 more" */
	n = 0;
	for (i = 0; i < hist_skipped && i < UI_HIST_NAMED && n < sizeof nums; i++)
		n += (size_t)snprintf(nums + n, sizeof nums - n, "%s%lu",
		    i == 0 ? "" : i + 1 == hist_skipped ?
		    /* TRANSLATORS: the last join of a list: "5, 9 and 12" */
		    _(" and ") : ", ", hist_lines[i]);
	if (hist_skipped > UI_HIST_NAMED && n < sizeof nums)
		snprintf(nums + n, sizeof nums - n, P_(" and %lu more",
		    " and %lu more", hist_skipped - UI_HIST_NAMED),
		    hist_skipped - UI_HIST_NAMED);
	/* TRANSLATORS: %s is the list of line numbers */
	snprintf(buf, size, P_("%lu line of the log was skipped (line %s): run "
	    "backcoach history to see why", "%lu lines of the log were skipped "
	    "(lines %s): run backcoach history to see why", hist_skipped),
	    hist_skipped, nums);
}

void
ui_hist_draw(struct ui *u)
{
	struct ui_line wl[3];
	char msg[512];
	int nw = 0, i;


	if (hist_skipped > 0 || hist_err[0] != '\0') {
		hist_warning(msg, sizeof msg);
		/* three rows are enough from 40 columns on */
		nw = ui_wrap(msg, COLS - 2, wl, 3);
	}
	if (hist != NULL) {
		struct ui_history_area a = { 0, 1, LINES - 1 - nw, COLS - 2 };

		hist_page = ui_history_draw(&a, hist, ui_utf8(), ui_color(),
		    &hist_top, hist_title, &u->app->lib);
	}
	for (i = 0; i < nw; i++)
		ui_putn(LINES - 1 - nw + i, 1, COLS - 2, wl[i].p, wl[i].n,
		    ui_attr(ROLE_CAUTION));
	ui_put(LINES - 1, 1, COLS - 2, ui_keys_line(SCR_HISTORY), ui_attr(ROLE_KEYS));
}

void
ui_hist_key(struct ui *u, int ch)
{
	int page = hist_page > 1 ? hist_page - 1 : 1;

	/* the draw clamps hist_top to the last full page */
	switch (ui_key_action(SCR_HISTORY, ch)) {
	case ACT_UP:
		hist_top--;
		break;
	case ACT_DOWN:
		hist_top++;
		break;
	case ACT_PGUP:
		hist_top -= page;
		break;
	case ACT_PGDN:
		hist_top += page;
		break;
	case ACT_HOME:
		hist_top = 0;
		break;
	case ACT_END:
		hist_top = INT_MAX / 2;
		break;
	case ACT_HELP:
		u->help = true;
		break;
	case ACT_CLOSE:
		ui_hist_close(u);
		break;
	default:
		break;
	}
	if (hist_top < 0)
		hist_top = 0;
}
