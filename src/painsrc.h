/*
 * painsrc.h - where pain comes from: for each pain area, the muscles whose
 * trigger points commonly refer pain there, and the routines that work on
 * them; and, for the body map, each muscle's trigger points and the zone
 * its pain refers to, as points and shapes on the body model (body.h).
 * Loaded from routines/pain-sources.yaml with the same strict loader.
 */
#ifndef BC_PAINSRC_H
#define BC_PAINSRC_H

#include <stdbool.h>

#include "body.h"
#include "draw.h"
#include "error.h"
#include "routine.h"

#define PAINSRC_FILE_NAME "pain-sources.yaml"

struct painsrc_muscle {
	char *name;		/* "upper trapezius": its identifier */
	char *label;		/* the name shown: name, or a translation's */
	char *refers;		/* where its trigger points send pain */
	char **routines;	/* routine ids that work on it */
	unsigned routines_count;
};

struct painsrc_area {
	enum routine_area area;
	char *note;		/* one or two sentences about pain here */
	struct painsrc_muscle *muscles;
	unsigned muscles_count;
};

/* A trigger point: where on which view. */
struct painsrc_point {
	enum body_view view;
	double *at;		/* x y */
	unsigned at_count;
};

/* One shape of a referral zone: exactly one of the three lists is given. */
struct painsrc_shape {
	enum body_view view;
	double *ellipse;	/* cx cy rx ry */
	unsigned ellipse_count;
	double *capsule;	/* x0 y0 x1 y1 r */
	unsigned capsule_count;
	double *polygon;	/* x0 y0 x1 y1 x2 y2 ... */
	unsigned polygon_count;
	struct draw_shape shape;	/* filled in by the loader */
};

/*
 * A muscle on the body map.  Points and zones are given on the viewer's
 * right of each view; the map shows them on whichever side is asked.
 */
struct painsrc_map {
	char *name;		/* as in the areas' lists */
	char *label;		/* the name shown (painsrc_muscle's label) */
	enum routine_area area;	/* where its knot lies */
	char *knot;		/* "on top of the shoulder" */
	struct painsrc_point *points;
	unsigned points_count;
	struct painsrc_shape *zone;
	unsigned zone_count;
};

struct painsrc {
	struct painsrc_area *areas;
	unsigned areas_count;
	struct painsrc_map *muscles;	/* the body map; may be absent */
	unsigned muscles_count;
};

int painsrc_load(const char *path, struct painsrc **out, struct bc_error *err);
/*
 * The same for `validate`: every error of the file into errs, in file
 * order.  With lib (else NULL), each routine named must be in it; lib_dir
 * is where that is, for the message.  *out must be freed when it is 0.
 */
struct library;
struct yamlload_errors;
int painsrc_check_file(const char *path, const struct library *lib,
    const char *lib_dir, struct painsrc **out, struct yamlload_errors *errs);
void painsrc_free(struct painsrc *p);
const struct painsrc_area *painsrc_find(const struct painsrc *p, enum routine_area a);

/* The map entry of a muscle by name, or NULL. */
const struct painsrc_map *painsrc_muscle(const struct painsrc *p,
    const char *name);
/*
 * A knot is tender where it lies, not only in the zone it refers pain to:
 * the disc of this radius (in head heights, about 5 cm) round each trigger
 * point is part of its muscle's zone, drawn and found like the rest.
 */
#define PAINSRC_KNOT_RADIUS 0.2
/* The disc round a trigger point, as a shape of its view. */
void painsrc_knot_shape(const struct painsrc_point *pt, struct draw_shape *s);
/*
 * Is point (x, y) of view v on or near one of the muscle's knots (within
 * the radius, on either side)?  Its distance to the nearest into *dist
 * (may be NULL).
 */
bool painsrc_knot_at(const struct painsrc_map *m, enum body_view v, double x,
    double y, double *dist);
/*
 * Does the muscle's zone cover point (x, y) of view v, on the side it is
 * on (as given, or mirrored)?  Its knots' discs are part of the zone.
 */
bool painsrc_covers(const struct painsrc_map *m, enum body_view v, double x,
    double y);
/*
 * The muscles whose zones cover (x, y) of view v, into out (up to max):
 * those whose knot may lie there first, the nearest first, then those that
 * refer pain there, in file order.  Returns how many there are.
 */
int painsrc_at(const struct painsrc *p, enum body_view v, double x, double y,
    const struct painsrc_map **out, int max);
/*
 * Should the muscle's shapes of view v be mirrored to show them on the
 * same side of the person as a spot at x of view spot_view?  Data are
 * given on the viewer's right, which is the person's right from behind and
 * their left from the front.
 */
bool painsrc_mirror(enum body_view v, enum body_view spot_view, double x);
/*
 * Where a muscle's pain is felt, in the words of the first area that lists
 * it ("deep in the front of the shoulder ..."), or NULL.
 */
const char *painsrc_refers(const struct painsrc *p, const char *name);
/*
 * The routine ids that work on a muscle: those every area lists for it,
 * in file order, without repeats, into out (up to max); returns the count.
 */
int painsrc_routines(const struct painsrc *p, const char *name,
    const char **out, int max);

#endif
