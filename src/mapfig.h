/*
 * mapfig.h - the body map's figure, as the picker, the map screen and
 * `backcoach map` show it: a view of the body (body.h) with an area
 * highlighted, muscles' referral zones shaded and their trigger points
 * marked (painsrc.h), and a marker; rendered into cells with a class each
 * that a screen turns into attributes and stdout prints as it is.
 *
 * What tells things apart is always the characters, never colour alone:
 * a zone is a checker of dots (':' in ASCII) over the solid body, the lower
 * back a sparse dotting ('.'), a trigger point an X, the marker a '+';
 * the highlighted area is the body's own characters, which a screen shows
 * in reverse video.
 */
#ifndef BC_MAPFIG_H
#define BC_MAPFIG_H

#include <stdbool.h>
#include <stdio.h>

#include "body.h"
#include "draw.h"
#include "painsrc.h"

/* Cell classes, from the least to the most important. */
enum mapfig_cls {
	MAPFIG_EMPTY,
	MAPFIG_BODY,
	MAPFIG_OUTSIDE,		/* the lower back: not covered */
	MAPFIG_AREA,		/* the highlighted area */
	MAPFIG_ZONE,		/* a referral zone */
	MAPFIG_POINT,		/* a trigger point (X) */
	MAPFIG_MARK,		/* the marker (+) */
	MAPFIG_LABEL		/* a digit naming an area */
};

#define MAPFIG_MUSCLES_MAX 16

struct mapfig {
	struct draw_canvas c;
	struct draw_cell *cells;	/* c.cols * c.rows */
	bool utf8;
};

/* The cells a figure of at most cols x rows takes, keeping proportions. */
void mapfig_size(int cols, int rows, int *fcols, int *frows);
/* A figure of cols x rows cells: braille when utf8, else ASCII. */
void mapfig_init(struct mapfig *f, int cols, int rows, bool utf8);
void mapfig_free(struct mapfig *f);

/*
 * Draw view v with area highlighted (-1: none), the n muscles' zones of
 * this view shaded and their trigger points on it marked, on the side of
 * the person where the spot is (spot_view, spot_x: see painsrc_mirror()),
 * and the marker at (mx, my) when mark.  Then render the cells.
 */
void mapfig_draw(struct mapfig *f, enum body_view v, int area,
    const struct painsrc_map *const *mus, int n, enum body_view spot_view,
    double spot_x, bool mark, double mx, double my);
/* Put the digit of each area (1-5) at its centre on view v. */
void mapfig_label_areas(struct mapfig *f, enum body_view v);
/* Print the cells, rows without trailing blanks. */
void mapfig_print(const struct mapfig *f, FILE *fp);

#endif
