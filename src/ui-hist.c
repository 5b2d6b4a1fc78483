/*
 * ui-hist.c - the h screen: loads the log and lets ui-history.c (the log
 * module's drawing) fill the screen; this file owns its keys.
 */
#include <time.h>

#include "history.h"
#include "ui-history.h"
#include "ui-priv.h"

static struct history *hist;

void
ui_hist_open(struct ui *u)
{
	if (hist != NULL)
		history_free(hist);
	/* warnings would land in the hidden stderr and be replayed at exit */
	hist = history_load(u->app->log_path, NULL);
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

void
ui_hist_draw(struct ui *u)
{
	WINDOW *w;

	if (hist != NULL && (w = derwin(stdscr, LINES - 1, COLS - 2, 0, 1)) != NULL) {
		ui_history_draw(w, hist, time(NULL), ui_utf8(), ui_color());
		delwin(w);
	}
	ui_put(LINES - 1, 1, COLS - 2, ui_keys_line(SCR_HISTORY), ui_attr(ROLE_KEYS));
	(void)u;
}

void
ui_hist_key(struct ui *u, int ch)
{
	if (ui_key_action(SCR_HISTORY, ch) == ACT_CLOSE)
		ui_hist_close(u);
}
