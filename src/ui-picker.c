/*
 * ui-picker.c - the first screen: a back view of the body with the five
 * pain areas, the selected one in reverse video; beside it, where pain
 * there often comes from (the pain-source file) and the routines for it.
 */
#include <string.h>

#include "painsrc.h"
#include "routine.h"
#include "text.h"
#include "ui-priv.h"

/*
 * The figure, row by row: the outline left of the torso, the area whose
 * inside this row is (or -1), the inside, and the outline right of it.  The
 * inside is what turns reverse when its area is selected.
 */
struct fig_row {
	const char *left;
	int area;
	const char *inside;
	const char *right;
};

static const struct fig_row figure[] = {
	{ "           .---.", -1, "", "" },
	{ "          (     )", -1, "", "" },
	{ "           '---'", -1, "", "" },
	{ "          |", AREA_NECK, "  1  ", "|" },
	{ "     .----'", AREA_SHOULDERS, "     ", "'----." },
	{ "    /|", AREA_SHOULDERS, " 2 shoulders   ", "|\\" },
	{ "   / |", AREA_SHOULDERS, "               ", "| \\" },
	{ "  / /|", AREA_UPPER_BACK, " 3 upper back  ", "|\\ \\" },
	{ " / / |", AREA_UPPER_BACK, "               ", "| \\ \\" },
	{ "(_/  |", AREA_MIDDLE_BACK, " 4 middle back ", "|  \\_)" },
	{ "     |", AREA_MIDDLE_BACK, "               ", "|" },
	{ "     |", AREA_LOWER_BACK, " 5 lower back  ", "|" },
	{ "     |", AREA_LOWER_BACK, "               ", "|" },
	{ "     '---------------'", -1, "", "" },
};

#define FIG_ROWS (int)(sizeof figure / sizeof figure[0])
#define FIG_W 28

static void
draw_figure(int y, int x, int sel)
{
	int i, w;
	attr_t a;

	for (i = 0; i < FIG_ROWS && y + i < LINES - 1; i++) {
		w = ui_put(y + i, x, COLS - x, figure[i].left, A_NORMAL);
		if (figure[i].area < 0)
			continue;
		a = figure[i].area == sel ? (ui_attr(ROLE_SELECT) | A_BOLD) :
		    A_NORMAL;
		w += ui_put(y + i, x + w, COLS - x - w, figure[i].inside, a);
		ui_put(y + i, x + w, COLS - x - w, figure[i].right, A_NORMAL);
	}
}

/* Routine titles suggested for an area by the pain-source file, deduplicated. */
static int
suggested(const struct ui *u, const struct painsrc_area *pa,
    const struct routine **out, int max)
{
	unsigned m, r;
	int n = 0, k;
	const struct routine *rt;

	for (m = 0; m < pa->muscles_count; m++)
		for (r = 0; r < pa->muscles[m].routines_count; r++) {
			rt = library_find(&u->app->lib, pa->muscles[m].routines[r]);
			if (rt == NULL)
				continue;
			for (k = 0; k < n && out[k] != rt; k++)
				;
			if (k == n && n < max)
				out[n++] = rt;
		}
	return n;
}

static int
wrapped(int y, int x, int w, int ymax, const char *prefix, const char *s,
    attr_t attr)
{
	struct ui_line lines[64];
	int n, i, pw = prefix ? (int)text_width(prefix) : 0;

	n = ui_wrap(s, w - pw, lines, 64);
	for (i = 0; i < n && y < ymax; i++, y++) {
		if (i == 0 && prefix)
			ui_put(y, x, pw, prefix, attr);
		ui_putn(y, x + pw, w - pw, lines[i].p, lines[i].n, attr);
	}
	return y;
}

void
ui_picker_draw(struct ui *u)
{
	const struct painsrc_area *pa = NULL;
	const struct routine *sug[16];
	int x, w, y, ymax = LINES - 2, i, n, mlim;
	unsigned m;
	size_t count;
	char line[512];

	ui_put(0, 1, COLS - 2, "backcoach - where does it hurt?", ui_attr(ROLE_TITLE));
	draw_figure(2, 1, u->area);
	x = FIG_W + 3;
	w = COLS - x - 1;
	if (COLS < 64) {
		/* narrow: the text goes under the figure */
		x = 1;
		w = COLS - 2;
	}
	y = x == 1 ? 2 + FIG_ROWS + 1 : 2;
	count = ui_list_collect(u, u->area, NULL);
	ui_printf(y++, x, w, ui_attr(ROLE_TITLE) | A_BOLD, "%d  %s  (%zu routine%s)",
	    u->area + 1, routine_area_label(u->area), count, count == 1 ? "" : "s");
	y++;
	if (u->app->painsrc != NULL)
		pa = painsrc_find(u->app->painsrc, u->area);
	if (pa != NULL) {
		/* the suggestions keep their rows at the bottom; muscles fill the rest */
		n = suggested(u, pa, sug, 16);
		if (n > 5)
			n = 5;
		mlim = n > 0 ? ymax - n - 2 : ymax;
		if (mlim < y + 4)
			mlim = ymax;
		y = wrapped(y, x, w, mlim, NULL, pa->note, A_NORMAL);
		if (y < mlim)
			ui_put(y++, x, w, "Pain here often comes from:", A_BOLD);
		for (m = 0; m < pa->muscles_count && y < mlim; m++) {
			snprintf(line, sizeof line, "%s: %s", pa->muscles[m].name,
			    pa->muscles[m].refers);
			y = wrapped(y, x, w, mlim, ui_utf8() ? "• " : "- ", line,
			    A_NORMAL);
		}
		if (n > 0 && y + 1 < ymax) {
			y++;
			ui_put(y++, x, w, "Suggested massage:", A_BOLD);
			for (i = 0; i < n && y < ymax; i++)
				y = wrapped(y, x, w, ymax, "  ", sug[i]->title, A_NORMAL);
		}
	} else if (y < ymax)
		ui_put(y++, x, w, "Press Enter to see the routines for this area.",
		    A_NORMAL);
	ui_put(LINES - 1, 1, COLS - 2, ui_keys_line(SCR_PICKER), ui_attr(ROLE_KEYS));
}

void
ui_picker_key(struct ui *u, int ch)
{
	switch (ui_key_action(SCR_PICKER, ch)) {
	case ACT_UP:
		u->area = (u->area + AREA_COUNT - 1) % AREA_COUNT;
		break;
	case ACT_DOWN:
		u->area = (u->area + 1) % AREA_COUNT;
		break;
	case ACT_PICK:
		u->area = ch - '1';
		break;
	case ACT_HOME:
		u->area = 0;
		break;
	case ACT_END:
		u->area = AREA_COUNT - 1;
		break;
	case ACT_ENTER:
		ui_list_open(u, u->area);
		break;
	case ACT_HISTORY:
		ui_hist_open(u);
		break;
	case ACT_HELP:
		u->help = true;
		break;
	case ACT_QUIT:
		u->done = true;
		break;
	default:
		break;
	}
}
