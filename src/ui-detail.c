/*
 * ui-detail.c - one routine before it starts: summary, caution, the steps
 * with their lengths expanded (sides, reps, rests), their instructions and
 * figures, and the total.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <stdbool.h>

#include "routine.h"
#include "ui-priv.h"
#include "i18n.h"
#include "text.h"

/*
 * The view is drawn on a virtual page that starts at row FIRST and scrolls
 * by u->detail_top lines; rows outside [FIRST, ymax) are not drawn.
 */
#define FIRST 3

struct page {
	int y;			/* next virtual row */
	int top, ymax;
};

static bool
visible(const struct page *pg, int *row)
{
	*row = pg->y - pg->top;
	return *row >= FIRST && *row < pg->ymax;
}

static void
para(struct page *pg, int x, int w, const char *s, attr_t attr)
{
	struct ui_line lines[64];
	int n, i, row;

	n = ui_wrap(s, w, lines, 64);
	for (i = 0; i < n; i++, pg->y++)
		if (visible(pg, &row))
			ui_putn(row, x, w, lines[i].p, lines[i].n, attr);
}

/* The step's figure, small and still, under its instructions (ui-figure.c). */
#define FIG_COLS 28
#define FIG_ROWS 7

static void
figure(struct page *pg, const struct routine_step *st)
{
	const struct pose *p = ui_figure_pose(st);
	struct draw_cell *cells;
	int first, n, k, row;

	if (p == NULL || COLS < 6 + FIG_COLS + 2)
		return;
	cells = ui_figure_cells(p, FIG_COLS, FIG_ROWS, &first, &n);
	for (k = 0; k < n; k++, pg->y++)
		if (visible(pg, &row))
			ui_figure_put_row(cells, FIG_COLS, first + k, row, 6);
	free(cells);
}

/* Draw the scrolled part; returns the page's height in rows. */
static int
draw_page(struct ui *u, int top, int ymax)
{
	const struct routine *r = u->routine;
	const struct routine_step *st;
	struct page pg = { FIRST, top, ymax };
	char len[16], how[256];
	const char *caution = _("Caution: ");
	int w = COLS - 4, row;
	unsigned i;
	size_t n;

	para(&pg, 2, w, r->summary, A_NORMAL);
	pg.y++;
	/* TRANSLATORS: before the routine's caution; keep the blank at its end */
	n = text_width(caution);
	if (visible(&pg, &row))
		ui_put(row, 2, (int)n, caution, ui_attr(ROLE_CAUTION));
	para(&pg, 2 + (int)n, w - (int)n, r->caution, ui_attr(ROLE_CAUTION));
	pg.y++;
	for (i = 0; i < r->steps_count; i++) {
		st = &r->steps[i];
		/* the instructions, to read before starting, under the step */
		if (!visible(&pg, &row)) {
			pg.y++;
			para(&pg, 6, w - 4, st->instructions, ui_attr(ROLE_DIM));
			figure(&pg, st);
			continue;
		}
		ui_fmt_mmss(len, sizeof len, routine_step_seconds(st));
		/* TRANSLATORS: a step's time in seconds: "30s" */
		n = (size_t)snprintf(how, sizeof how, _("%us"), st->seconds);
		if (st->sides == SIDES_LEFT_RIGHT && n < sizeof how)
			n += (size_t)snprintf(how + n, sizeof how - n, "%s",
			    _(" each side"));
		if (st->reps > 1 && n < sizeof how)
			n += (size_t)snprintf(how + n, sizeof how - n,
			    P_(", %u rep", ", %u reps", st->reps), st->reps);
		if (st->rest > 0 && (st->reps > 1 || st->sides == SIDES_LEFT_RIGHT) &&
		    n < sizeof how)
			n += (size_t)snprintf(how + n, sizeof how - n,
			    _(", rest %us"), st->rest);
		if (st->prepare > 0 && n < sizeof how)
			snprintf(how + n, sizeof how - n,
			    _(", %us to get in position"), st->prepare);
		ui_printf(row, 2, 4, A_NORMAL, "%2u.", i + 1);
		ui_printf(row, 6, w - 4 - 8, A_NORMAL, "%s  (%s)", st->name, how);
		ui_put(row, COLS - 8, 7, len, A_NORMAL);
		pg.y++;
		para(&pg, 6, w - 4, st->instructions, ui_attr(ROLE_DIM));
		figure(&pg, st);
	}
	return pg.y - FIRST;
}

void
ui_detail_draw(struct ui *u)
{
	const struct routine *r = u->routine;
	char tot[16];
	int ymax = LINES - 2, rows = ymax - FIRST, height;

	ui_fmt_mmss(tot, sizeof tot, routine_total_seconds(r));
	ui_put(0, 1, COLS - 2, r->title, ui_attr(ROLE_TITLE));
	/* TRANSLATORS: kind, level, the number of steps, the total time */
	ui_printf(1, 2, COLS - 4, A_DIM, P_("%s  %s  %u step  total %s",
	    "%s  %s  %u steps  total %s", r->steps_count),
	    routine_kind_label(r->kind), routine_level_label(r->level),
	    r->steps_count, tot);
	/* measure first (nothing is drawn with a page below the screen) */
	height = draw_page(u, -LINES * 100, ymax);
	if (u->detail_top > height - rows)
		u->detail_top = height - rows;
	if (u->detail_top < 0)
		u->detail_top = 0;
	draw_page(u, u->detail_top, ymax);
	if (height > rows)
		/* TRANSLATORS: at most 22 columns; Up/Down are key names */
		ui_printf(LINES - 2, COLS - 24, 22, A_DIM, _("%3d%% (Up/Down scroll)"),
		    (u->detail_top + rows) * 100 / height);
	ui_printf(LINES - 2, 2, COLS / 2, A_BOLD, _("Total %s"), tot);
	ui_put(LINES - 1, 1, COLS - 2, ui_keys_line(SCR_ROUTINE), ui_attr(ROLE_KEYS));
}

void
ui_detail_key(struct ui *u, int ch)
{
	int page = LINES - 2 - FIRST - 1;

	switch (ui_key_action(SCR_ROUTINE, ch)) {
	case ACT_UP:
		u->detail_top--;
		break;
	case ACT_DOWN:
		u->detail_top++;
		break;
	case ACT_PGUP:
		u->detail_top -= page > 1 ? page : 1;
		break;
	case ACT_PGDN:
		u->detail_top += page > 1 ? page : 1;
		break;
	case ACT_HOME:
		u->detail_top = 0;
		break;
	case ACT_END:
		/* ui_detail_draw clamps it to the last page */
		u->detail_top = INT_MAX / 2;
		break;
	case ACT_ENTER:
		ui_run_begin(u);
		break;
	case ACT_BACK:
		u->scr = u->nlist > 0 ? SCR_LIST : SCR_PICKER;
		break;
	case ACT_HELP:
		u->help = true;
		break;
	default:
		break;
	}
}
