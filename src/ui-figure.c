/*
 * ui-figure.c - the figure of a step on a screen: which pose, side and time
 * the run screen shows (the step being done; in a rest or the get-ready, the
 * first frame of the step to come), how wide it wants to be, drawing it into
 * a box of cells (body bright, props dim), and when a moving one next
 * changes, so that the poll loop wakes for it and for nothing else.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "draw.h"
#include "pose.h"
#include "session.h"
#include "ui-priv.h"
#include "xmalloc.h"

/* The figure last drawn on the run screen moves (and needs frames). */
static bool drawn_moving;

const struct pose *
ui_figure_pose(const struct routine_step *st)
{
	if (st == NULL || st->figure == NULL)
		return NULL;
	return pose_find(pose_shipped(), st->figure);
}

bool
ui_figure_now(const struct ui *u, uint64_t now, const struct pose **p,
    double *t, bool *mirror)
{
	const struct session *s = u->s;
	const struct session_seg *g = s != NULL ? session_current(s) : NULL, *nx;

	*p = NULL;
	*t = 0;
	*mirror = false;
	if (g == NULL)
		return false;
	if (g->kind == SEG_WORK) {
		*p = ui_figure_pose(&s->routine->steps[g->step]);
		*t = (double)session_seg_elapsed(s, now) / 1000.0;
		*mirror = g->side == SIDE_RIGHT;
	} else if ((nx = session_next_work(s)) != NULL) {
		/* the position to get into: the coming step's first frame */
		*p = ui_figure_pose(&s->routine->steps[nx->step]);
		*mirror = nx->side == SIDE_RIGHT;
	}
	return *p != NULL;
}

int
ui_figure_cols(const struct pose *p, int rows)
{
	double bw = p->x1 - p->x0, bh = p->y1 - p->y0;

	if (rows <= 0 || bh <= 0)
		return 0;
	/* cells are twice as tall as wide: a row holds two columns' width */
	return (int)ceil(rows * DRAW_CELL_ASPECT * bw / bh);
}

/*
 * The run screen places its countdown for the widest figure of the
 * routine: a step with a narrower one leaves the digits where they were,
 * where moving them would redraw them whole.
 */
int
ui_figure_cols_widest(const struct routine *r, int rows)
{
	const struct pose *p;
	unsigned i;
	int w = 0, n;

	for (i = 0; i < r->steps_count; i++)
		if ((p = ui_figure_pose(&r->steps[i])) != NULL &&
		    (n = ui_figure_cols(p, rows)) > w)
			w = n;
	return w;
}

void
ui_figure_draw(const struct pose *p, double t, bool mirror, int y, int x,
    int h, int w)
{
	static const struct draw_ink inks[] = {
		{ DRAW_HIDDEN, 0 },
		{ DRAW_SOLID, POSE_INK_BODY },
		{ DRAW_SOLID, POSE_INK_PROP },
		{ DRAW_SOLID, 3 }, { DRAW_SOLID, 4 }, { DRAW_SOLID, 5 },
		{ DRAW_SOLID, 6 }, { DRAW_SOLID, 7 },
	};
	struct draw_canvas c;
	struct draw_cell *cells, *cell;
	attr_t a, body;
	int row, col, c0, c1, bx0, bx1, by0, by1;

	drawn_moving = false;
	if (p == NULL || h < 2 || w < 4)
		return;
	draw_init(&c, w, h, ui_utf8() ? DRAW_BRAILLE : DRAW_ASCII);
	pose_render(p, t, mirror, &c);
	cells = xcalloc((size_t)w * (size_t)h, sizeof *cells);
	draw_render(&c, inks, cells);
	/*
	 * The body in the colour of work (bold in monochrome), the digits'
	 * own while the step is done, and the blanks inside it in the same:
	 * a row of the figure and the countdown beside it that change
	 * together go out with no attribute switched off and on between
	 * them (that was a third of a moving figure's bytes).
	 */
	body = ui_attr(ROLE_WORK) | A_BOLD;
	/*
	 * The blanks filled are those of the box the pose reaches in any of
	 * its frames (its bounds, fitted as pose_render fitted them): the
	 * same at every frame, so a moving limb's edge does not switch
	 * them; the rest stays the screen's.
	 */
	bx0 = (int)floor((c.ox + p->x0 * c.sx) / c.cw);
	bx1 = (int)ceil((c.ox + p->x1 * c.sx) / c.cw);
	by0 = (int)floor((c.oy + p->y0 * c.sy) / c.ch);
	by1 = (int)ceil((c.oy + p->y1 * c.sy) / c.ch);
	for (row = 0; row < h; row++) {
		for (c0 = 0; c0 < w && cells[row * w + c0].cls == 0; c0++)
			;
		for (c1 = w; c1 > c0 && cells[row * w + c1 - 1].cls == 0; c1--)
			;
		if (row >= by0 && row < by1) {
			c0 = c0 < bx0 ? c0 : bx0 < 0 ? 0 : bx0;
			c1 = c1 > bx1 ? c1 : bx1 > w ? w : bx1;
		}
		ui_fill(y + row, x + c0, c1 - c0, body);
		for (col = c0; col < c1; col++) {
			cell = &cells[row * w + col];
			if (cell->cls == 0)
				continue;
			a = cell->cls == POSE_INK_BODY ? body :
			    ui_attr(ROLE_DIM);
			ui_put(y + row, x + col, 1, cell->s, a);
		}
	}
	free(cells);
	draw_free(&c);
	drawn_moving = pose_moves(p);
}

void
ui_figure_forget(void)
{
	drawn_moving = false;
}

int
ui_figure_timeout(const struct ui *u)
{
	const struct pose *p;
	uint64_t now = clock_now();
	double t, d;
	bool mirror;

	if (!drawn_moving || u->scr != SCR_RUN || u->s == NULL || u->s_over ||
	    u->s->state != SESSION_RUNNING)
		return -1;
	/* a rest shows the first frame, still; only work moves */
	if (session_current(u->s) == NULL ||
	    session_current(u->s)->kind != SEG_WORK ||
	    !ui_figure_now(u, now, &p, &t, &mirror) || !pose_moves(p))
		return -1;
	d = pose_next_change(p, t);
	if (d < 0)
		return -1;
	d = (double)clock_real_ms((uint64_t)ceil(d * 1000));
	return d < 1 ? 1 : (int)d;
}

struct draw_cell *
ui_figure_cells(const struct pose *p, int cols, int rows, int *first, int *n)
{
	struct draw_canvas c;
	struct draw_cell *cells;
	int row, col, end = -1;

	*first = -1;
	draw_init(&c, cols, rows, ui_utf8() ? DRAW_BRAILLE : DRAW_ASCII);
	pose_render(p, 0, false, &c);
	cells = xcalloc((size_t)cols * (size_t)rows, sizeof *cells);
	draw_render(&c, NULL, cells);
	draw_free(&c);
	for (row = 0; row < rows; row++)
		for (col = 0; col < cols; col++)
			if (cells[row * cols + col].cls != 0) {
				if (*first < 0)
					*first = row;
				end = row;
			}
	*n = *first < 0 ? 0 : end - *first + 1;
	return cells;
}

void
ui_figure_put_row(const struct draw_cell *cells, int cols, int row, int y,
    int x)
{
	const struct draw_cell *cell;
	int col;

	for (col = 0; col < cols; col++) {
		cell = &cells[row * cols + col];
		if (cell->cls != 0)
			ui_put(y, x + col, 1, cell->s, cell->cls ==
			    POSE_INK_BODY ? A_NORMAL : ui_attr(ROLE_DIM));
	}
}
