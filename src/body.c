/*
 * body.c - the body model of body.h as tables of shapes: the outline of a
 * person (the same from behind and from the front), the grooves that make
 * each view readable (spine and shoulder blades; collarbones, chest and
 * face), and the pain areas' regions.  Every shape is given for the
 * viewer's right half and drawn twice, once mirrored.
 */
#include "config.h"

#include <string.h>

#include "body.h"
#include "routine.h"

#define BACK  (1u << BODY_BACK)
#define FRONT (1u << BODY_FRONT)
#define BOTH  (BACK | FRONT)

#define E(cx, cy, rx, ry) { DRAW_ELLIPSE, 0, { cx, cy, rx, ry } }
#define K(x0, y0, x1, y1, r) { DRAW_CAPSULE, 0, { x0, y0, x1, y1, r } }
#define L(x0, y0, x1, y1) { DRAW_LINE, 0, { x0, y0, x1, y1 } }
#define P(n, ...) { DRAW_POLYGON, n, { __VA_ARGS__ } }

struct part {
	unsigned views;
	struct draw_shape s;
	double min_scale;	/* pixels a head height below which it is left out */
};

/* The outline: what is body. */
static const struct part outline[] = {
	{ BOTH, E(0, 0.52, 0.36, 0.48), 0 },			/* head */
	{ BOTH, E(0.35, 0.57, 0.075, 0.14), 0 },		/* ear */
	{ BOTH, P(4, 0, 0.8, 0.2, 0.8, 0.235, 1.25, 0, 1.25), 0 },	/* neck */
	{ BOTH, P(14, 0, 1.0, 0.2, 1.03, 0.5, 1.2, 0.82, 1.36, 0.98, 1.5,
	    0.9, 1.8, 0.79, 2.05, 0.8, 2.4, 0.67, 2.95, 0.75, 3.45, 0.81, 3.9,
	    0.76, 4.22, 0.06, 4.26, 0, 4.2), 0 },		/* trunk */
	{ BOTH, E(0.88, 1.62, 0.2, 0.25), 0 },			/* deltoid */
	{ BOTH, K(0.94, 1.64, 1.2, 2.85, 0.165), 0 },		/* upper arm */
	{ BOTH, P(4, 1.09, 2.82, 1.34, 2.86, 1.5, 3.84, 1.32, 3.86), 0 },
	{ BOTH, K(1.2, 2.85, 1.41, 3.85, 0.09), 0 },		/* forearm */
	{ BOTH, E(1.45, 4.05, 0.115, 0.22), 0 },		/* hand */
};

/* Grooves, drawn in BODY_INK_LINE over the outline. */
static const struct part grooves[] = {
	{ BACK, L(0, 1.2, 0, 3.7), 0 },			/* spine */
	{ BACK, L(0, 3.92, 0, 4.3), 0 },			/* buttocks */
	{ BACK, L(0.3, 1.5, 0.36, 2.3), 12 },			/* blade: inner edge */
	{ BACK, L(0.36, 2.3, 0.76, 1.7), 12 },			/* blade: outer edge */
	{ BACK, L(0.32, 1.7, 0.86, 1.5), 12 },			/* blade: its spine */
	{ BACK, L(0.82, 1.92, 0.8, 2.2), 12 },			/* armpit */
	{ FRONT, L(0.06, 1.3, 0.78, 1.4), 0 },			/* collarbone */
	{ FRONT, L(0.08, 2.08, 0.45, 2.14), 0 },		/* chest */
	{ FRONT, L(0.45, 2.14, 0.7, 1.92), 0 },
	{ FRONT, L(0, 1.36, 0, 2.05), 12 },			/* breastbone */
	{ FRONT, L(0.82, 1.92, 0.8, 2.2), 12 },			/* armpit */
	{ FRONT, E(0.13, 0.5, 0.06, 0.035), 16 },		/* eye */
	{ FRONT, L(0, 0.8, 0.09, 0.8), 16 },			/* mouth */
};

/*
 * The areas' regions: where a point of the body belongs.  They are cut to
 * the body when drawn and tested; the first that covers a point wins.
 */
struct region {
	unsigned views;
	int area;
	struct draw_shape s;
};

static const struct region regions[] = {
	{ BACK, AREA_NECK, P(4, 0, 0.86, 0.26, 0.86, 0.26, 1.28, 0, 1.28) },
	{ FRONT, AREA_NECK, P(4, 0, 0.98, 0.26, 0.98, 0.26, 1.3, 0, 1.3) },
	{ BACK, AREA_SHOULDERS, P(6, 0.26, 0.9, 1.35, 0.9, 1.35, 2.0, 0.8, 2.0,
	    0.7, 1.62, 0.26, 1.62) },
	{ FRONT, AREA_SHOULDERS, P(6, 0.26, 0.9, 1.35, 0.9, 1.35, 2.0, 0.8,
	    2.0, 0.7, 1.76, 0.26, 1.64) },
	{ BACK, AREA_UPPER_BACK, P(7, 0, 1.28, 0.26, 1.28, 0.26, 1.62, 0.7,
	    1.62, 0.8, 2.0, 0.84, 2.38, 0, 2.38) },
	{ BACK, AREA_MIDDLE_BACK, P(4, 0, 2.38, 0.84, 2.38, 0.84, 3.0, 0,
	    3.0) },
	{ BACK, AREA_LOWER_BACK, P(4, 0, 3.0, 0.84, 3.0, 0.95, 4.3, 0,
	    4.3) },
};

/* A point well inside each area's region, on the viewer's right. */
static const struct {
	unsigned views;
	int area;
	double x, y;
} centres[] = {
	{ BACK, AREA_NECK, 0.12, 1.08 },
	{ FRONT, AREA_NECK, 0.12, 1.16 },
	{ BACK, AREA_SHOULDERS, 0.66, 1.4 },
	{ FRONT, AREA_SHOULDERS, 0.8, 1.5 },
	{ BACK, AREA_UPPER_BACK, 0.42, 1.95 },
	{ BACK, AREA_MIDDLE_BACK, 0.35, 2.7 },
	{ BACK, AREA_LOWER_BACK, 0.35, 3.4 },
};

#define NELEM(a) (sizeof (a) / sizeof (a)[0])

static const char *const view_names[BODY_VIEW_COUNT] = { "back", "front" };

const char *
body_view_name(enum body_view v)
{
	return (unsigned)v < BODY_VIEW_COUNT ? view_names[v] : "?";
}

int
body_view_from_name(const char *s)
{
	int v;

	for (v = 0; v < BODY_VIEW_COUNT; v++)
		if (strcmp(s, view_names[v]) == 0)
			return v;
	return -1;
}

void
body_fit(struct draw_canvas *c)
{
	draw_fit(c, BODY_X0, BODY_Y0, BODY_X1, BODY_Y1, DRAW_CELL_ASPECT);
}

/* A shape and its mirror image. */
static void
draw_pair(struct draw_canvas *c, const struct draw_shape *s, int ink)
{
	bool m = c->mirror;

	c->mirror = false;
	draw_shape(c, s, ink);
	c->mirror = true;
	draw_shape(c, s, ink);
	c->mirror = m;
}

static void
draw_area(struct draw_canvas *c, enum body_view v, int area, int ink)
{
	size_t i;

	for (i = 0; i < NELEM(regions); i++)
		if ((regions[i].views & (1u << v)) && regions[i].area == area)
			draw_pair(c, &regions[i].s, ink);
}

void
body_draw(struct draw_canvas *c, enum body_view v, int area)
{
	size_t i;
	unsigned mask = c->mask;

	draw_clear(c);
	body_fit(c);
	c->mask = 0;
	for (i = 0; i < NELEM(outline); i++)
		if (outline[i].views & (1u << v))
			draw_pair(c, &outline[i].s, BODY_INK_SKIN);
	c->mask = DRAW_MASK(BODY_INK_SKIN);
	draw_area(c, v, AREA_LOWER_BACK, BODY_INK_OUTSIDE);
	if (area >= 0) {
		c->mask = DRAW_MASK(BODY_INK_SKIN) | DRAW_MASK(BODY_INK_OUTSIDE);
		draw_area(c, v, area, BODY_INK_AREA);
	}
	c->mask = BODY_MASK;
	for (i = 0; i < NELEM(grooves); i++)
		if ((grooves[i].views & (1u << v)) &&
		    c->sy >= grooves[i].min_scale)
			draw_pair(c, &grooves[i].s, BODY_INK_LINE);
	c->mask = mask;
}

/* Does s or its mirror image cover (x, y)? */
static bool
covers_pair(const struct draw_shape *s, double x, double y)
{
	return draw_shape_covers(s, x, y) || draw_shape_covers(s, -x, y);
}

bool
body_on(enum body_view v, double x, double y)
{
	size_t i;

	for (i = 0; i < NELEM(outline); i++)
		if ((outline[i].views & (1u << v)) &&
		    covers_pair(&outline[i].s, x, y))
			return true;
	return false;
}

int
body_area_at(enum body_view v, double x, double y)
{
	size_t i;

	if (!body_on(v, x, y))
		return -1;
	for (i = 0; i < NELEM(regions); i++)
		if ((regions[i].views & (1u << v)) &&
		    covers_pair(&regions[i].s, x, y))
			return regions[i].area;
	return -1;
}

bool
body_area_centre(enum body_view v, int area, double *x, double *y)
{
	size_t i;

	for (i = 0; i < NELEM(centres); i++)
		if ((centres[i].views & (1u << v)) && centres[i].area == area) {
			*x = centres[i].x;
			*y = centres[i].y;
			return true;
		}
	return false;
}
