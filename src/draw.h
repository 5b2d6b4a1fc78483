/*
 * draw.h - a pixel canvas for figures: shapes drawn into a grid of small
 * "ink" values, then turned into terminal cells (braille 2x4 dots, half
 * blocks 1x2, or ASCII from 2x4 sub-pixels).  It knows nothing of what is
 * drawn, of curses or of colour: a cell comes back as its characters and
 * an attribute class, and the caller chooses what a class looks like.
 *
 * Coordinates.  Pixel (i, j) covers [i, i+1) x [j, j+1); a shape covers
 * the pixel when the pixel's centre lies inside the shape (on its edge
 * counts as inside).  Shapes are given in model coordinates and go through
 * the canvas's transform, pixel = o + model * s, x and y scaled apart so
 * that draw_fit() keeps circles round on cells about twice as tall as wide.
 * draw_pixels() makes the transform the identity (draw in pixels).
 *
 * Ink.  Each pixel holds 0..DRAW_INKS-1; 0 is empty.  A shape writes its
 * ink over what is there, on the pixels the mask allows (all when the mask
 * is 0): set c->mask to DRAW_MASK(1) | DRAW_MASK(2) to paint only over
 * pixels holding ink 1 or 2, e.g. to shade a zone only where the body is.
 *
 * Mirroring.  With c->mirror set, every pixel a shape would cover at
 * column i is written at column w-1-i instead: a flip about the canvas's
 * vertical centre line, exact to the pixel.
 *
 * Typical use:
 *	struct draw_canvas c;
 *	struct draw_cell *cells;
 *
 *	draw_init(&c, cols, rows, DRAW_BRAILLE);
 *	draw_fit(&c, -1, 0, 1, 2, DRAW_CELL_ASPECT);
 *	draw_ellipse(&c, 0, 0.2, 0.15, 0.2, 1);
 *	cells = xcalloc(cols * rows, sizeof *cells);
 *	draw_render(&c, NULL, cells);
 *	... cells[row * cols + col].s, .cls ...
 *	draw_free(&c);
 */
#ifndef BC_DRAW_H
#define BC_DRAW_H

#include <stdbool.h>
#include <stdio.h>

#define DRAW_INKS 8
#define DRAW_MASK(ink) (1u << (ink))
/* A terminal cell's height over its width. */
#define DRAW_CELL_ASPECT 2.0

enum draw_mode {
	DRAW_BRAILLE,		/* U+2800 + dots, 2x4 pixels a cell */
	DRAW_HALF,		/* ' ' U+2580 U+2584 U+2588, 1x2 pixels a cell */
	DRAW_ASCII		/* 2x4 pixels a cell turned into one ASCII character */
};

struct draw_canvas {
	int cols, rows;		/* cells */
	int cw, ch;		/* pixels a cell: 2x4, or 1x2 for DRAW_HALF */
	int w, h;		/* pixels: cols * cw, rows * ch */
	enum draw_mode mode;
	unsigned char *px;	/* w * h inks, row by row */
	double ox, oy, sx, sy;	/* model to pixel: ox + x * sx, oy + y * sy */
	bool mirror;		/* write column w-1-i for i */
	unsigned mask;		/* 0, or the DRAW_MASK()s of the inks a shape may cover */
};

/* How an ink shows when rendered. */
enum draw_pattern {
	DRAW_SOLID,		/* every pixel shows */
	DRAW_SHADE,		/* every other pixel, checkerwise: a lighter fill
				   (in ASCII every cell of it is ':') */
	DRAW_DOTS,		/* one pixel in four: the lightest fill ('.') */
	DRAW_HIDDEN		/* no pixel shows; the class still counts */
};

struct draw_ink {
	enum draw_pattern pattern;
	unsigned char cls;	/* attribute class of a cell holding this ink */
};

/*
 * One terminal cell: its characters (UTF-8, NUL-terminated; one column
 * wide) and its class, the highest class of the inks of its pixels.
 */
struct draw_cell {
	char s[4 + 1];
	unsigned char cls;
};

/* A canvas of cols x rows cells (at least 1 x 1), all empty, identity transform. */
void draw_init(struct draw_canvas *c, int cols, int rows, enum draw_mode mode);
void draw_free(struct draw_canvas *c);
/* Every pixel to ink 0. */
void draw_clear(struct draw_canvas *c);

/*
 * Map the model box [x0,x1] x [y0,y1] into the canvas as large as it fits,
 * centred, with the same scale in both directions on a terminal whose
 * cells are aspect times as tall as wide (DRAW_CELL_ASPECT).
 */
void draw_fit(struct draw_canvas *c, double x0, double y0, double x1,
    double y1, double aspect);
/* Model coordinates are pixels. */
void draw_pixels(struct draw_canvas *c);

/* Where a model point falls: its pixel, or its cell (either may be outside). */
void draw_to_pixel(const struct draw_canvas *c, double x, double y,
    int *px, int *py);
void draw_to_cell(const struct draw_canvas *c, double x, double y,
    int *col, int *row);
/* The model point at the centre of a cell. */
void draw_from_cell(const struct draw_canvas *c, int col, int row,
    double *x, double *y);

/* One pixel (ignored outside the canvas; the mask and mirror apply). */
void draw_set(struct draw_canvas *c, int px, int py, int ink);
/* Ink at a pixel, 0 outside the canvas. */
int draw_get(const struct draw_canvas *c, int px, int py);

/* Shapes, in model coordinates. */
void draw_ellipse(struct draw_canvas *c, double cx, double cy, double rx,
    double ry, int ink);
/* A segment thickened to radius r, with round ends (a limb). */
void draw_capsule(struct draw_canvas *c, double x0, double y0, double x1,
    double y1, double r, int ink);
/* A filled polygon of n points xy[2k], xy[2k+1] (even-odd rule). */
void draw_polygon(struct draw_canvas *c, const double *xy, int n, int ink);
/* A line one pixel thin, both end pixels included. */
void draw_line(struct draw_canvas *c, double x0, double y0, double x1,
    double y1, int ink);

/*
 * A shape as data, for figures kept in tables or files: an ellipse
 * (v = cx cy rx ry), a capsule (v = x0 y0 x1 y1 r), a polygon (n points,
 * v = x0 y0 x1 y1 ...) or a line (v = x0 y0 x1 y1).
 */
#define DRAW_SHAPE_POINTS 16
enum draw_kind { DRAW_ELLIPSE, DRAW_CAPSULE, DRAW_POLYGON, DRAW_LINE };
struct draw_shape {
	enum draw_kind kind;
	int n;			/* polygon points */
	double v[2 * DRAW_SHAPE_POINTS];
};
void draw_shape(struct draw_canvas *c, const struct draw_shape *s, int ink);
/*
 * Does the shape cover the model point?  The same test draw_shape() makes
 * at each pixel's centre, so a pixel is drawn exactly when its centre is
 * covered.  A line covers nothing.
 */
bool draw_shape_covers(const struct draw_shape *s, double x, double y);
/* The shape's bounding box in model coordinates. */
void draw_shape_box(const struct draw_shape *s, double *x0, double *y0,
    double *x1, double *y1);
/* The model point at the centre of pixel (i, j). */
void draw_pixel_centre(const struct draw_canvas *c, int i, int j, double *x,
    double *y);

/* How many pixels hold ink. */
long draw_count(const struct draw_canvas *c, int ink);

/*
 * Turn the canvas into cols * rows cells, row by row.  inks[k] says how
 * ink k shows; NULL means ink 0 empty and every other ink solid with
 * class k.
 */
void draw_render(const struct draw_canvas *c, const struct draw_ink *inks,
    struct draw_cell *out);
/* Print rendered cells as rows of text, trailing blanks cut. */
void draw_print(const struct draw_canvas *c, const struct draw_cell *cells,
    FILE *fp);

#endif
