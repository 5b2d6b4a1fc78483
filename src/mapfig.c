/*
 * mapfig.c - the body map's figure (mapfig.h): body, area, zones, trigger
 * points and marker drawn on one canvas, then turned into cells.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mapfig.h"
#include "routine.h"
#include "xmalloc.h"

static const struct draw_ink inks[DRAW_INKS] = {
	[BODY_INK_NONE] = { DRAW_HIDDEN, MAPFIG_EMPTY },
	[BODY_INK_SKIN] = { DRAW_SOLID, MAPFIG_BODY },
	[BODY_INK_LINE] = { DRAW_HIDDEN, MAPFIG_BODY },
	[BODY_INK_OUTSIDE] = { DRAW_DOTS, MAPFIG_OUTSIDE },
	[BODY_INK_AREA] = { DRAW_SOLID, MAPFIG_AREA },
	[BODY_INK_ZONE] = { DRAW_SHADE, MAPFIG_ZONE },
	[BODY_INK_POINT] = { DRAW_SOLID, MAPFIG_POINT },
	[BODY_INK_MARK] = { DRAW_SOLID, MAPFIG_MARK },
};

void
mapfig_size(int cols, int rows, int *fcols, int *frows)
{
	double w = BODY_X1 - BODY_X0, h = BODY_Y1 - BODY_Y0;
	int c;

	if (cols < 1)
		cols = 1;
	if (rows < 1)
		rows = 1;
	/*
	 * The columns the figure takes at full height, rounded up to an even
	 * number: the spine then falls between two cells, a groove in each,
	 * rather than a blank column.
	 */
	c = (int)(rows * DRAW_CELL_ASPECT * w / h + 0.999);
	c += c & 1;
	if (cols > 1)
		cols -= cols & 1;
	if (c <= cols) {
		*fcols = c;
		*frows = rows;
		return;
	}
	*fcols = cols;
	*frows = (int)(cols * h / (w * DRAW_CELL_ASPECT) + 0.999);
	if (*frows > rows)
		*frows = rows;
}

void
mapfig_init(struct mapfig *f, int cols, int rows, bool utf8)
{
	draw_init(&f->c, cols, rows, utf8 ? DRAW_BRAILLE : DRAW_ASCII);
	f->cells = xcalloc((size_t)f->c.cols * f->c.rows, sizeof *f->cells);
	f->utf8 = utf8;
}

void
mapfig_free(struct mapfig *f)
{
	draw_free(&f->c);
	free(f->cells);
	f->cells = NULL;
}

static void
put_glyph(struct mapfig *f, double x, double y, const char *g,
    unsigned char cls)
{
	int col, row;
	struct draw_cell *cell;

	draw_to_cell(&f->c, x, y, &col, &row);
	if (col < 0 || row < 0 || col >= f->c.cols || row >= f->c.rows)
		return;
	cell = &f->cells[(size_t)row * f->c.cols + col];
	snprintf(cell->s, sizeof cell->s, "%s", g);
	cell->cls = cls;
}

void
mapfig_draw(struct mapfig *f, enum body_view v, int area,
    const struct painsrc_map *const *mus, int n, enum body_view spot_view,
    double spot_x, bool mark, double mx, double my)
{
	struct draw_canvas *c = &f->c;
	bool mirror = painsrc_mirror(v, spot_view, spot_x);
	int i;
	unsigned k;
	double sign = mirror ? -1 : 1;

	body_draw(c, v, area);
	c->mask = BODY_MASK;
	c->mirror = mirror;
	for (i = 0; i < n; i++) {
		struct draw_shape disc;

		for (k = 0; k < mus[i]->zone_count; k++)
			if (mus[i]->zone[k].view == v)
				draw_shape(c, &mus[i]->zone[k].shape,
				    BODY_INK_ZONE);
		/* a knot is tender where it lies: its disc is zone too */
		for (k = 0; k < mus[i]->points_count; k++)
			if (mus[i]->points[k].view == v) {
				painsrc_knot_shape(&mus[i]->points[k], &disc);
				draw_shape(c, &disc, BODY_INK_ZONE);
			}
	}
	c->mirror = false;
	c->mask = 0;
	draw_render(c, inks, f->cells);
	for (i = 0; i < n; i++)
		for (k = 0; k < mus[i]->points_count; k++)
			if (mus[i]->points[k].view == v)
				put_glyph(f, sign * mus[i]->points[k].at[0],
				    mus[i]->points[k].at[1], "X", MAPFIG_POINT);
	if (mark)
		put_glyph(f, mx, my, "+", MAPFIG_MARK);
}

void
mapfig_label_areas(struct mapfig *f, enum body_view v)
{
	int a;
	double x, y;
	char d[2] = { 0, 0 };

	for (a = 0; a < AREA_COUNT; a++)
		if (body_area_centre(v, a, &x, &y)) {
			d[0] = (char)('1' + a);
			put_glyph(f, x, y, d, MAPFIG_LABEL);
		}
}

void
mapfig_print(const struct mapfig *f, FILE *fp)
{
	draw_print(&f->c, f->cells, fp);
}
