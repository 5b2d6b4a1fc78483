/*
 * ui-history.h - the TUI history screen's drawing (ui-history.c).  The UI
 * owns the screen, the keys and the loop; this only draws into a region
 * of the screen through the terminal owner's helpers (ui-term.c).
 */
#ifndef BC_UI_HISTORY_H
#define BC_UI_HISTORY_H

#include <stdbool.h>

#include "history.h"

/* Where to draw: rows y..y+rows-1, columns x..x+cols-1 of the screen. */
struct ui_history_area {
	int y, x, rows, cols;
};

/*
 * Draw h into the area (works from 40x12; laid out for 60x20 and up): a
 * title, the summary (with what was left out), minutes per day over the
 * last 28 days as vertical bars (block characters when utf8, else '#'),
 * the pain trend (average before -> after per week, last 4 weeks), the
 * pain change per routine with its sessions and direction (the most rated
 * first, in the rows the first 3 sessions leave) and as
 * many of the kept sessions as fit, newest first, from the *top-th
 * (0: the newest), routines named by title (title may be NULL: ids).
 * *top is clamped so that the last page is full; returns the number of
 * session rows shown (a page), 0 if none fit.  With color, bars are bold.
 */
int ui_history_draw(const struct ui_history_area *a, const struct history *h,
    bool utf8, bool color, int *top, history_title_fn title, void *title_arg);

#endif
