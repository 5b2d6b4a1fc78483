/*
 * ui-history.h - the TUI history screen's drawing (ui-history.c).  The UI
 * owns the screen, the keys and the loop; this only draws into a window.
 */
#ifndef BC_UI_HISTORY_H
#define BC_UI_HISTORY_H

#include <curses.h>
#include <stdbool.h>
#include <time.h>

#include "history.h"

/*
 * Draw h into win, within its size (works from 40x12; laid out for 60x20
 * and up): a title, the summary, minutes per day over the last 28 days as
 * vertical bars (block characters when utf8, else '#'), the pain trend
 * (average before -> after per week, last 4 weeks) and as many recent
 * sessions as fit.  Only drawing calls (werase, mvwaddstr, wattr*): no
 * refresh, no input, no colour set-up.  With color, bars use A_BOLD
 * (colour pairs belong to the UI); without, plain attributes only.
 */
void ui_history_draw(WINDOW *win, const struct history *h, time_t now,
    bool utf8, bool color);
/*
 * The same, with the list of sessions scrolled: it starts at the *top-th
 * most recent (0: the newest).  *top is clamped so that the last page is
 * full; returns the number of session rows shown (a page), 0 if none fit.
 * The list's heading says which sessions these are when not all fit.
 */
int ui_history_draw_from(WINDOW *win, const struct history *h, time_t now,
    bool utf8, bool color, int *top);

#endif
