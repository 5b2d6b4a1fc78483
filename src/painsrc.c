/*
 * painsrc.c - the pain-source file (routines/pain-sources.yaml): for each
 * pain area, the muscles that refer pain there and the routines that work on
 * them; for the body map, each muscle's trigger points and referral zone.
 * Same strict loader as routines (yamlload.c), plus its own rules: each
 * area at most once, no empty lists, routine ids well formed; on the map,
 * known views, points on the body in the muscle's area, zones inside the
 * figure that cover some of the body, every muscle both listed and mapped.
 * Every error of a file is found, each at its place (validate lists them).
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cyaml/cyaml.h>

#include "i18n.h"
#include "library.h"
#include "painsrc.h"
#include "routine-schema.h"
#include "yamlload.h"

#define PAINSRC_MUSCLES_MAX  64
#define PAINSRC_ROUTINES_MAX 64

static const cyaml_schema_value_t id_schema = {
	CYAML_VALUE_STRING(CYAML_FLAG_POINTER, char, 0, YAMLLOAD_TEXT_MAX),
};

static const cyaml_schema_field_t muscle_fields[] = {
	CYAML_FIELD_STRING_PTR("name", CYAML_FLAG_POINTER,
	    struct painsrc_muscle, name, 0, YAMLLOAD_TEXT_MAX),
	CYAML_FIELD_STRING_PTR("refers", CYAML_FLAG_POINTER,
	    struct painsrc_muscle, refers, 0, YAMLLOAD_TEXT_MAX),
	CYAML_FIELD_SEQUENCE("routines", CYAML_FLAG_POINTER,
	    struct painsrc_muscle, routines, &id_schema, 0,
	    PAINSRC_ROUTINES_MAX),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t muscle_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct painsrc_muscle,
	    muscle_fields),
};

static const cyaml_schema_field_t area_fields[] = {
	CYAML_FIELD_ENUM("area", CYAML_FLAG_STRICT, struct painsrc_area, area,
	    routine_area_table, AREA_COUNT),
	CYAML_FIELD_STRING_PTR("note", CYAML_FLAG_POINTER, struct painsrc_area,
	    note, 0, YAMLLOAD_TEXT_MAX),
	CYAML_FIELD_SEQUENCE("muscles", CYAML_FLAG_POINTER, struct painsrc_area,
	    muscles, &muscle_schema, 0, PAINSRC_MUSCLES_MAX),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t area_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct painsrc_area, area_fields),
};

static const cyaml_strval_t view_table[] = {
	{ "back", BODY_BACK },
	{ "front", BODY_FRONT },
};

static const cyaml_schema_value_t num_schema = {
	CYAML_VALUE_FLOAT(CYAML_FLAG_DEFAULT, double),
};

#define NUMS_MAX (2 * DRAW_SHAPE_POINTS)

static const cyaml_schema_field_t point_fields[] = {
	CYAML_FIELD_ENUM("view", CYAML_FLAG_STRICT, struct painsrc_point, view,
	    view_table, BODY_VIEW_COUNT),
	CYAML_FIELD_SEQUENCE("at", CYAML_FLAG_POINTER, struct painsrc_point, at,
	    &num_schema, 0, NUMS_MAX),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t point_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct painsrc_point,
	    point_fields),
};

static const cyaml_schema_field_t shape_fields[] = {
	CYAML_FIELD_ENUM("view", CYAML_FLAG_STRICT, struct painsrc_shape, view,
	    view_table, BODY_VIEW_COUNT),
	CYAML_FIELD_SEQUENCE("ellipse", CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL,
	    struct painsrc_shape, ellipse, &num_schema, 0, NUMS_MAX),
	CYAML_FIELD_SEQUENCE("capsule", CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL,
	    struct painsrc_shape, capsule, &num_schema, 0, NUMS_MAX),
	CYAML_FIELD_SEQUENCE("polygon", CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL,
	    struct painsrc_shape, polygon, &num_schema, 0, NUMS_MAX),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t shape_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct painsrc_shape,
	    shape_fields),
};

#define PAINSRC_POINTS_MAX 8
#define PAINSRC_SHAPES_MAX 16

static const cyaml_schema_field_t map_fields[] = {
	CYAML_FIELD_STRING_PTR("name", CYAML_FLAG_POINTER, struct painsrc_map,
	    name, 0, YAMLLOAD_TEXT_MAX),
	CYAML_FIELD_ENUM("area", CYAML_FLAG_STRICT, struct painsrc_map, area,
	    routine_area_table, AREA_COUNT),
	CYAML_FIELD_STRING_PTR("knot", CYAML_FLAG_POINTER, struct painsrc_map,
	    knot, 0, YAMLLOAD_TEXT_MAX),
	CYAML_FIELD_SEQUENCE("points", CYAML_FLAG_POINTER, struct painsrc_map,
	    points, &point_schema, 0, PAINSRC_POINTS_MAX),
	CYAML_FIELD_SEQUENCE("zone", CYAML_FLAG_POINTER, struct painsrc_map,
	    zone, &shape_schema, 0, PAINSRC_SHAPES_MAX),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t map_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct painsrc_map, map_fields),
};

static const cyaml_schema_field_t painsrc_fields[] = {
	CYAML_FIELD_SEQUENCE("areas", CYAML_FLAG_POINTER, struct painsrc, areas,
	    &area_schema, 0, AREA_COUNT),
	CYAML_FIELD_SEQUENCE("muscles", CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL,
	    struct painsrc, muscles, &map_schema, 0, PAINSRC_MUSCLES_MAX),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t painsrc_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, struct painsrc, painsrc_fields),
};

/* Keep the error a check set in e, when it said -1. */
#define KEEP(rc) yamlload_errors_keep(errs, (rc), &e)

/*
 * The areas and their muscles; every error into errs.  With lib, every
 * routine named must be in it (lib_dir says where that is).
 */
static void
validate(const struct painsrc *p, const struct yamlload_map *m,
    const char *file, const struct library *lib, const char *lib_dir,
    struct yamlload_errors *errs)
{
	const struct painsrc_area *a;
	const struct painsrc_muscle *mu;
	unsigned i, j, k, seen = 0;
	struct bc_error e;
	char path[96];

	if (p->areas_count == 0)
		KEEP(yamlload_error(&e, file, m, "areas", _("'areas' is empty")));
	for (i = 0; i < p->areas_count; i++) {
		a = &p->areas[i];
		snprintf(path, sizeof path, "areas.%u.area", i);
		if (seen & (1u << a->area))
			KEEP(yamlload_error(&e, file, m, path,
			    _("area '%s' is listed twice"),
			    routine_area_name(a->area)));
		seen |= 1u << a->area;
		snprintf(path, sizeof path, "areas.%u.note", i);
		KEEP(yamlload_check_text(&e, file, m, path, a->note, true));
		if (a->muscles_count == 0) {
			snprintf(path, sizeof path, "areas.%u.muscles", i);
			KEEP(yamlload_error(&e, file, m, path,
			    _("'muscles' is empty")));
		}
		for (j = 0; j < a->muscles_count; j++) {
			mu = &a->muscles[j];
			snprintf(path, sizeof path, "areas.%u.muscles.%u.name",
			    i, j);
			KEEP(yamlload_check_text(&e, file, m, path, mu->name,
			    true));
			snprintf(path, sizeof path,
			    "areas.%u.muscles.%u.refers", i, j);
			KEEP(yamlload_check_text(&e, file, m, path, mu->refers,
			    true));
			if (mu->routines_count == 0) {
				snprintf(path, sizeof path,
				    "areas.%u.muscles.%u.routines", i, j);
				KEEP(yamlload_error(&e, file, m, path,
				    _("'routines' is empty")));
			}
			for (k = 0; k < mu->routines_count; k++) {
				snprintf(path, sizeof path,
				    "areas.%u.muscles.%u.routines.%u", i, j, k);
				if (!routine_id_valid(mu->routines[k]))
					KEEP(yamlload_error(&e, file, m, path,
					    _("'%.64s' is not a valid routine "
					    "id"), mu->routines[k]));
				else if (lib != NULL &&
				    library_find(lib, mu->routines[k]) == NULL)
					/* TRANSLATORS: the routine's id, the
					   muscle, its area, the directory */
					KEEP(yamlload_error(&e, file, m, path,
					    _("routine '%s' (for %s, %s) is "
					    "not in %s"), mu->routines[k],
					    mu->name, routine_area_name(a->area),
					    lib_dir));
			}
		}
	}
}

static bool
listed(const struct painsrc *p, const char *name)
{
	unsigned a, k;

	for (a = 0; a < p->areas_count; a++)
		for (k = 0; k < p->areas[a].muscles_count; k++)
			if (strcmp(p->areas[a].muscles[k].name, name) == 0)
				return true;
	return false;
}

static bool
in_box(double x, double y)
{
	return x >= BODY_X0 && x <= BODY_X1 && y >= BODY_Y0 && y <= BODY_Y1;
}

static int
check_numbers(const double *v, unsigned n, const char *file,
    const struct yamlload_map *m, const char *path, struct bc_error *err)
{
	unsigned k;

	for (k = 0; k < n; k++)
		if (!isfinite(v[k]))
			return yamlload_error(err, file, m, path,
			    _("number %u is not a finite number"), k + 1);
	return 0;
}

static int
check_point(const struct painsrc_map *mu, const struct painsrc_point *pt,
    const char *file, const struct yamlload_map *m, const char *path,
    struct bc_error *err)
{
	double x, y;
	int at;

	if (pt->at_count != 2)
		return yamlload_error(err, file, m, path,
		    _("'at' needs two numbers, x and y (it has %u)"),
		    pt->at_count);
	if (check_numbers(pt->at, 2, file, m, path, err) == -1)
		return -1;
	x = pt->at[0];
	y = pt->at[1];
	if (!in_box(x, y))
		return yamlload_error(err, file, m, path,
		    _("(%g, %g) is outside the figure (x %g to %g, y %g to "
		    "%g)"),
		    x, y, BODY_X0, BODY_X1, BODY_Y0, BODY_Y1);
	if (!body_on(pt->view, x, y))
		return yamlload_error(err, file, m, path,
		    /* TRANSLATORS: %s is a view of the file: back or front */
		    _("(%g, %g) is not on the body seen from the %s"), x, y,
		    body_view_name(pt->view));
	at = body_area_at(pt->view, x, y);
	if (at < 0)
		return yamlload_error(err, file, m, path,
		    /* TRANSLATORS: %s is an area's label: upper back */
		    _("(%g, %g) lies outside every pain area, not in the %s "
		    "named by 'area'"), x, y, routine_area_label(mu->area));
	if (at != (int)mu->area)
		return yamlload_error(err, file, m, path,
		    /* TRANSLATORS: the %s are areas' labels: upper back */
		    _("(%g, %g) lies in the %s, not in the %s named by 'area'"),
		    x, y, routine_area_label(at),
		    routine_area_label(mu->area));
	return 0;
}

/* Does the shape cover some of the body?  Tried on a fine grid over its box. */
static bool
touches_body(enum body_view v, const struct draw_shape *s)
{
	double x0, y0, x1, y1, x, y;
	int i, j;
	const int n = 64;

	draw_shape_box(s, &x0, &y0, &x1, &y1);
	for (j = 0; j <= n; j++)
		for (i = 0; i <= n; i++) {
			x = x0 + (x1 - x0) * i / n;
			y = y0 + (y1 - y0) * j / n;
			if (draw_shape_covers(s, x, y) && body_on(v, x, y))
				return true;
		}
	return false;
}

static int
check_shape(struct painsrc_shape *sh, const char *file,
    const struct yamlload_map *m, const char *path, struct bc_error *err)
{
	char sub[128];
	const double *v;
	unsigned n, given, k;
	double x0, y0, x1, y1;

	given = (sh->ellipse != NULL) + (sh->capsule != NULL) +
	    (sh->polygon != NULL);
	if (given != 1)
		return yamlload_error(err, file, m, path, given == 0 ?
		    _("a zone shape needs one of 'ellipse', 'capsule' or "
		    "'polygon'") : _("a zone shape needs only one of "
		    "'ellipse', 'capsule' or 'polygon'"));
	memset(&sh->shape, 0, sizeof sh->shape);
	if (sh->ellipse != NULL) {
		snprintf(sub, sizeof sub, "%s.ellipse", path);
		v = sh->ellipse;
		n = sh->ellipse_count;
		if (n != 4)
			return yamlload_error(err, file, m, sub,
			    _("'ellipse' needs "
			    "four numbers: x, y, width radius, height radius "
			    "(it has %u)"), n);
		sh->shape.kind = DRAW_ELLIPSE;
	} else if (sh->capsule != NULL) {
		snprintf(sub, sizeof sub, "%s.capsule", path);
		v = sh->capsule;
		n = sh->capsule_count;
		if (n != 5)
			return yamlload_error(err, file, m, sub,
			    _("'capsule' needs "
			    "five numbers: x0, y0, x1, y1, radius (it has %u)"),
			    n);
		sh->shape.kind = DRAW_CAPSULE;
	} else {
		snprintf(sub, sizeof sub, "%s.polygon", path);
		v = sh->polygon;
		n = sh->polygon_count;
		if (n < 6 || n % 2 != 0)
			return yamlload_error(err, file, m, sub,
			    _("'polygon' needs "
			    "3 to %d points as x, y pairs (it has %u numbers)"),
			    DRAW_SHAPE_POINTS, n);
		sh->shape.kind = DRAW_POLYGON;
		sh->shape.n = (int)n / 2;
	}
	if (check_numbers(v, n, file, m, sub, err) == -1)
		return -1;
	for (k = 0; k < n; k++)
		sh->shape.v[k] = v[k];
	if ((sh->shape.kind == DRAW_ELLIPSE && (v[2] <= 0 || v[3] <= 0)) ||
	    (sh->shape.kind == DRAW_CAPSULE && v[4] <= 0))
		return yamlload_error(err, file, m, sub,
		    _("a radius must be more than 0"));
	draw_shape_box(&sh->shape, &x0, &y0, &x1, &y1);
	if (!in_box(x0, y0) || !in_box(x1, y1))
		return yamlload_error(err, file, m, sub, _("the shape reaches "
		    "outside the figure (x %g to %g, y %g to %g)"), BODY_X0,
		    BODY_X1, BODY_Y0, BODY_Y1);
	if (!touches_body(sh->view, &sh->shape))
		return yamlload_error(err, file, m, sub, 
		    /* TRANSLATORS: %s is a view of the file: back or front */
		    _("the shape covers none of the body seen from the %s"),
		    body_view_name(sh->view));
	return 0;
}

/* The map of the muscles; every error into errs. */
static void
validate_map(struct painsrc *p, const struct yamlload_map *m,
    const char *file, struct yamlload_errors *errs)
{
	struct painsrc_map *mu;
	unsigned i, j, a;
	struct bc_error e;
	char path[96];

	for (i = 0; i < p->muscles_count; i++) {
		mu = &p->muscles[i];
		snprintf(path, sizeof path, "muscles.%u.name", i);
		if (KEEP(yamlload_check_text(&e, file, m, path, mu->name,
		    true)) == 0) {
			for (j = 0; j < i; j++)
				if (strcmp(p->muscles[j].name, mu->name) == 0)
					break;
			if (j < i)
				KEEP(yamlload_error(&e, file, m, path,
				    _("'%.64s' is on the map twice"),
				    mu->name));
			else if (!listed(p, mu->name))
				KEEP(yamlload_error(&e, file, m, path,
				    _("'%.64s' is under no area, so no "
				    "routine works on it"), mu->name));
		}
		if (mu->area == AREA_LOWER_BACK) {
			snprintf(path, sizeof path, "muscles.%u.area", i);
			KEEP(yamlload_error(&e, file, m, path,
			    _("the lower back is outside what the map "
			    "covers")));
		}
		snprintf(path, sizeof path, "muscles.%u.knot", i);
		KEEP(yamlload_check_text(&e, file, m, path, mu->knot, true));
		if (mu->points_count == 0) {
			snprintf(path, sizeof path, "muscles.%u.points", i);
			KEEP(yamlload_error(&e, file, m, path,
			    _("'points' is empty")));
		}
		for (j = 0; j < mu->points_count; j++) {
			snprintf(path, sizeof path, "muscles.%u.points.%u.at", i,
			    j);
			KEEP(check_point(mu, &mu->points[j], file, m, path, &e));
		}
		if (mu->zone_count == 0) {
			snprintf(path, sizeof path, "muscles.%u.zone", i);
			KEEP(yamlload_error(&e, file, m, path,
			    _("'zone' is empty")));
		}
		for (j = 0; j < mu->zone_count; j++) {
			snprintf(path, sizeof path, "muscles.%u.zone.%u", i, j);
			KEEP(check_shape(&mu->zone[j], file, m, path, &e));
		}
	}
	if (p->muscles_count == 0)
		return;
	for (a = 0; a < p->areas_count; a++)
		for (j = 0; j < p->areas[a].muscles_count; j++)
			if (painsrc_muscle(p, p->areas[a].muscles[j].name) ==
			    NULL) {
				snprintf(path, sizeof path,
				    "areas.%u.muscles.%u.name", a, j);
				KEEP(yamlload_error(&e, file, m, path,
				    _("'%.64s' is not on the map (under "
				    "'muscles')"),
				    p->areas[a].muscles[j].name));
			}
}

/*
 * The names shown start as the names (painsrc-lang.c may give others, its
 * own copies); when freeing, those copies are freed.  Not in the schema:
 * libcyaml neither fills nor frees them.
 */
static void
set_labels(struct painsrc *p, bool freeing)
{
	unsigned a, k;

	for (a = 0; a < p->areas_count; a++)
		for (k = 0; k < p->areas[a].muscles_count; k++) {
			struct painsrc_muscle *mu = &p->areas[a].muscles[k];

			if (freeing && mu->label != mu->name)
				free(mu->label);
			mu->label = mu->name;
		}
	for (k = 0; k < p->muscles_count; k++) {
		if (freeing && p->muscles[k].label != p->muscles[k].name)
			free(p->muscles[k].label);
		p->muscles[k].label = p->muscles[k].name;
	}
}

static const struct yamlload_format painsrc_format = {
	&painsrc_schema, NULL, false
};

/* Load path; every error found goes into errs, in the order found. */
static int
load(const char *path, const struct library *lib, const char *lib_dir,
    struct painsrc **out, struct yamlload_errors *errs)
{
	struct yamlload_map *m;
	size_t before = errs->count + errs->dropped;
	void *data;

	*out = NULL;
	if (yamlload_load(path, &painsrc_format, &data, &m, errs, NULL) == -1)
		return -1;
	validate(data, m, path, lib, lib_dir, errs);
	validate_map(data, m, path, errs);
	yamlload_map_free(m);
	if (errs->count + errs->dropped > before) {
		yamlload_free(&painsrc_schema, data);
		return -1;
	}
	set_labels(data, false);
	*out = data;
	return 0;
}

int
painsrc_load(const char *path, struct painsrc **out, struct bc_error *err)
{
	struct yamlload_errors errs = { NULL, 0, 0, 0 };
	int rc;

	if ((rc = load(path, NULL, NULL, out, &errs)) == -1)
		*err = errs.v[0];
	yamlload_errors_free(&errs);
	return rc;
}

int
painsrc_check_file(const char *path, const struct library *lib,
    const char *lib_dir, struct painsrc **out, struct yamlload_errors *errs)
{
	int rc = load(path, lib, lib_dir, out, errs);

	yamlload_errors_sort(errs);
	return rc;
}

void
painsrc_free(struct painsrc *p)
{
	if (p != NULL)
		set_labels(p, true);
	yamlload_free(&painsrc_schema, p);
}

const struct painsrc_area *
painsrc_find(const struct painsrc *p, enum routine_area a)
{
	unsigned i;

	if (p == NULL)
		return NULL;
	for (i = 0; i < p->areas_count; i++)
		if (p->areas[i].area == a)
			return &p->areas[i];
	return NULL;
}

const struct painsrc_map *
painsrc_muscle(const struct painsrc *p, const char *name)
{
	unsigned i;

	if (p == NULL)
		return NULL;
	for (i = 0; i < p->muscles_count; i++)
		if (strcmp(p->muscles[i].name, name) == 0)
			return &p->muscles[i];
	return NULL;
}

void
painsrc_knot_shape(const struct painsrc_point *pt, struct draw_shape *s)
{
	memset(s, 0, sizeof *s);
	s->kind = DRAW_ELLIPSE;
	s->v[0] = pt->at[0];
	s->v[1] = pt->at[1];
	s->v[2] = s->v[3] = PAINSRC_KNOT_RADIUS;
}

bool
painsrc_knot_at(const struct painsrc_map *m, enum body_view v, double x,
    double y, double *dist)
{
	struct draw_shape s;
	double best = -1, d;
	unsigned k;

	for (k = 0; k < m->points_count; k++) {
		if (m->points[k].view != v || m->points[k].at_count < 2)
			continue;
		/* the same test as the disc drawn, on either side */
		painsrc_knot_shape(&m->points[k], &s);
		if (!draw_shape_covers(&s, x, y) && !draw_shape_covers(&s, -x, y))
			continue;
		d = fmin(hypot(x - s.v[0], y - s.v[1]),
		    hypot(-x - s.v[0], y - s.v[1]));
		if (best < 0 || d < best)
			best = d;
	}
	if (dist != NULL)
		*dist = best;
	return best >= 0;
}

bool
painsrc_covers(const struct painsrc_map *m, enum body_view v, double x,
    double y)
{
	unsigned k;

	for (k = 0; k < m->zone_count; k++)
		if (m->zone[k].view == v &&
		    (draw_shape_covers(&m->zone[k].shape, x, y) ||
		    draw_shape_covers(&m->zone[k].shape, -x, y)))
			return true;
	return painsrc_knot_at(m, v, x, y, NULL);
}

int
painsrc_at(const struct painsrc *p, enum body_view v, double x, double y,
    const struct painsrc_map **out, int max)
{
	double dist[PAINSRC_MUSCLES_MAX], d;
	const struct painsrc_map *mu;
	unsigned i;
	int n = 0, local = 0, kept, j;
	int cap = max < PAINSRC_MUSCLES_MAX ? max : PAINSRC_MUSCLES_MAX;

	if (p == NULL)
		return 0;
	/* the knots near the spot, the nearest first (the cap nearest) */
	for (i = 0; i < p->muscles_count; i++) {
		if (!painsrc_knot_at(&p->muscles[i], v, x, y, &d))
			continue;
		kept = local < cap ? local : cap;
		local++;
		if (kept == cap && (cap <= 0 || dist[cap - 1] <= d))
			continue;
		for (j = kept < cap ? kept : cap - 1; j > 0 && dist[j - 1] > d;
		    j--) {
			out[j] = out[j - 1];
			dist[j] = dist[j - 1];
		}
		out[j] = &p->muscles[i];
		dist[j] = d;
	}
	n = local;
	for (i = 0; i < p->muscles_count; i++) {
		mu = &p->muscles[i];
		if (painsrc_knot_at(mu, v, x, y, NULL) ||
		    !painsrc_covers(mu, v, x, y))
			continue;
		if (n < max)
			out[n] = mu;
		n++;
	}
	return n;
}

bool
painsrc_mirror(enum body_view v, enum body_view spot_view, double x)
{
	bool spot_right = (spot_view == BODY_BACK) == (x >= 0);
	bool data_right = v == BODY_BACK;

	return spot_right != data_right;
}

const char *
painsrc_refers(const struct painsrc *p, const char *name)
{
	unsigned a, k;

	if (p == NULL)
		return NULL;
	for (a = 0; a < p->areas_count; a++)
		for (k = 0; k < p->areas[a].muscles_count; k++)
			if (strcmp(p->areas[a].muscles[k].name, name) == 0)
				return p->areas[a].muscles[k].refers;
	return NULL;
}

int
painsrc_routines(const struct painsrc *p, const char *name, const char **out,
    int max)
{
	unsigned a, k, r;
	int n = 0, j;
	const struct painsrc_muscle *mu;

	if (p == NULL)
		return 0;
	for (a = 0; a < p->areas_count; a++)
		for (k = 0; k < p->areas[a].muscles_count; k++) {
			mu = &p->areas[a].muscles[k];
			if (strcmp(mu->name, name) != 0)
				continue;
			for (r = 0; r < mu->routines_count; r++) {
				for (j = 0; j < n && strcmp(out[j],
				    mu->routines[r]) != 0; j++)
					;
				if (j == n && n < max)
					out[n++] = mu->routines[r];
			}
		}
	return n;
}
