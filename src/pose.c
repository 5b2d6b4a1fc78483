/*
 * pose.c - the pose library (routines/poses.yaml): its schema as data, the
 * rules the schema cannot say (unique names, points in range, what the first
 * frame must give), the resolving of frames (a point a frame leaves out keeps
 * its place from the frame before), and a pose evaluated at a time into key
 * points and shapes.  Also the process's one shipped library, which routine
 * loading asks about figure names.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cyaml/cyaml.h>

#include "i18n.h"
#include "paths.h"
#include "pose.h"
#include "routine.h"
#include "yamlload.h"

#define SECONDS_DEFAULT 1.5f
#define SECONDS_MIN     0.2f
#define SECONDS_MAX     30.0f

/* Sizes of the body, in pose units (a standing figure is about 90 tall). */
#define HEAD_R     5.5f
#define NOSE_R     1.1f
#define NECK_R     2.2f
#define CHEST_R    5.5f		/* side view: chest depth / 2 */
#define BELLY_R    4.8f
#define TORSO_R    3.5f		/* front view: spine under the quad */
#define UPPERARM_R 2.1f
#define FOREARM_R  1.8f
#define HAND_R     2.1f
#define THIGH_R    3.0f
#define SHIN_R     2.3f
#define FOOT_R     2.0f

static const char *const point_names[PT_COUNT] = {
	"head", "nose", "neck", "spine", "pelvis",
	"l-shoulder", "l-elbow", "l-hand",
	"r-shoulder", "r-elbow", "r-hand",
	"l-hip", "l-knee", "l-foot",
	"r-hip", "r-knee", "r-foot",
};

static const cyaml_strval_t view_strings[] = {
	{ "side", POSE_SIDE },
	{ "front", POSE_FRONT },
	{ "back", POSE_BACK },
	{ "above", POSE_ABOVE },
};

static const cyaml_strval_t prop_strings[] = {
	{ "chair", PROP_CHAIR },
	{ "wall", PROP_WALL },
	{ "doorway", PROP_DOORWAY },
	{ "mat", PROP_MAT },
	{ "ball", PROP_BALL },
	{ "foam-roller", PROP_ROLLER },
	{ "towel", PROP_TOWEL },
	{ "pillow", PROP_PILLOW },
};

static const cyaml_schema_value_t coord_schema = {
	CYAML_VALUE_INT(CYAML_FLAG_DEFAULT, int),
};

#define POINT(key, i) \
	CYAML_FIELD_SEQUENCE_FIXED(key, \
	    CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL | CYAML_FLAG_FLOW, \
	    struct pose_frame, pts[i], &coord_schema, 2)

/* The same names as point_names, in its order. */
static const cyaml_schema_field_t frame_fields[] = {
	POINT("head", PT_HEAD),
	POINT("nose", PT_NOSE),
	POINT("neck", PT_NECK),
	POINT("spine", PT_SPINE),
	POINT("pelvis", PT_PELVIS),
	POINT("l-shoulder", PT_L_SHOULDER),
	POINT("l-elbow", PT_L_ELBOW),
	POINT("l-hand", PT_L_HAND),
	POINT("r-shoulder", PT_R_SHOULDER),
	POINT("r-elbow", PT_R_ELBOW),
	POINT("r-hand", PT_R_HAND),
	POINT("l-hip", PT_L_HIP),
	POINT("l-knee", PT_L_KNEE),
	POINT("l-foot", PT_L_FOOT),
	POINT("r-hip", PT_R_HIP),
	POINT("r-knee", PT_R_KNEE),
	POINT("r-foot", PT_R_FOOT),
	CYAML_FIELD_FLOAT("seconds", CYAML_FLAG_OPTIONAL, struct pose_frame,
	    seconds),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t frame_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct pose_frame, frame_fields),
};

static const cyaml_schema_field_t prop_fields[] = {
	CYAML_FIELD_ENUM("kind", CYAML_FLAG_STRICT, struct pose_prop, kind,
	    prop_strings, CYAML_ARRAY_LEN(prop_strings)),
	CYAML_FIELD_SEQUENCE_FIXED("at", CYAML_FLAG_POINTER | CYAML_FLAG_FLOW,
	    struct pose_prop, at, &coord_schema, 2),
	CYAML_FIELD_SEQUENCE_FIXED("to",
	    CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL | CYAML_FLAG_FLOW,
	    struct pose_prop, to, &coord_schema, 2),
	CYAML_FIELD_INT("size", CYAML_FLAG_OPTIONAL, struct pose_prop, size),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t prop_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct pose_prop, prop_fields),
};

static const cyaml_schema_field_t pose_fields[] = {
	CYAML_FIELD_STRING_PTR("name", CYAML_FLAG_POINTER, struct pose, name,
	    0, YAMLLOAD_TEXT_MAX),
	CYAML_FIELD_STRING_PTR("title", CYAML_FLAG_POINTER, struct pose, title,
	    0, YAMLLOAD_TEXT_MAX),
	CYAML_FIELD_ENUM("view", CYAML_FLAG_STRICT, struct pose, view,
	    view_strings, CYAML_ARRAY_LEN(view_strings)),
	CYAML_FIELD_BOOL("symmetric", CYAML_FLAG_OPTIONAL, struct pose,
	    symmetric),
	CYAML_FIELD_INT_PTR("floor", CYAML_FLAG_OPTIONAL, struct pose, floor),
	CYAML_FIELD_SEQUENCE("props", CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL,
	    struct pose, props, &prop_schema, 0, POSE_PROPS_MAX),
	CYAML_FIELD_SEQUENCE("frames", CYAML_FLAG_POINTER, struct pose, frames,
	    &frame_schema, 0, POSE_FRAMES_MAX),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t pose_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct pose, pose_fields),
};

static const cyaml_schema_field_t lib_fields[] = {
	CYAML_FIELD_SEQUENCE("poses", CYAML_FLAG_POINTER, struct pose_lib,
	    poses, &pose_schema, 0, POSE_MAX),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t lib_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, struct pose_lib, lib_fields),
};

/* A node path for yamlload_error, in a buffer used at once. */
static const char *
P(const char *fmt, ...)
{
	static char buf[128];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return buf;
}

const char *
pose_view_name(enum pose_view v)
{
	return (unsigned)v < CYAML_ARRAY_LEN(view_strings) ?
	    view_strings[v].str : "?";
}

const char *
pose_prop_name(enum pose_prop_kind k)
{
	return (unsigned)k < CYAML_ARRAY_LEN(prop_strings) ?
	    prop_strings[k].str : "?";
}

static bool
name_valid(const char *s)
{
	size_t n = strlen(s);

	return n >= 1 && n <= POSE_NAME_MAX && s[0] != '-' &&
	    strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-") == n;
}

static bool
is_right(int i)
{
	return i == PT_R_SHOULDER || i == PT_R_ELBOW || i == PT_R_HAND ||
	    i == PT_R_HIP || i == PT_R_KNEE || i == PT_R_FOOT;
}

/* l- point for an r- point (they are laid out three apart, in pairs). */
static int
left_of(int i)
{
	return i - 3;
}

static int
check_point(struct bc_error *err, const char *file,
    const struct yamlload_map *m, unsigned pi, const char *what,
    unsigned k, const char *key, const int *v)
{
	int c;

	for (c = 0; c < 2; c++)
		if (v[c] < -POSE_COORD_MAX || v[c] > POSE_COORD_MAX)
			return yamlload_error(err, file, m,
			    P("poses.%u.%s.%u.%s.%d", pi, what, k, key, c),
			    _("'%d' is out of range for a coordinate (-%d to %d)"),
			    v[c], POSE_COORD_MAX, POSE_COORD_MAX);
	return 0;
}

/* Keep the error a check set in e, when it said -1. */
#define KEEP(rc) yamlload_errors_keep(errs, (rc), &e)

/*
 * Fill in each frame's resolved points; the first must say enough.  Every
 * error into errs.
 */
static void
resolve(struct pose *p, unsigned pi, const struct yamlload_map *m,
    const char *file, struct yamlload_errors *errs)
{
	static const int required[] = { PT_HEAD, PT_NECK, PT_PELVIS,
	    PT_L_ELBOW, PT_L_HAND, PT_L_KNEE, PT_L_FOOT };
	struct pose_frame *f;
	struct pose_pt *at, *prev;
	struct bc_error e;
	unsigned k, i;
	int j;

	for (k = 0; k < p->frames_count; k++) {
		f = &p->frames[k];
		at = f->at;
		prev = k ? p->frames[k - 1].at : NULL;
		if (f->pts[PT_NOSE])
			p->has_nose = true;
		for (i = 0; i < PT_COUNT; i++) {
			if (f->pts[i] == NULL)
				continue;
			if (p->symmetric && is_right((int)i))
				KEEP(yamlload_error(&e, file, m,
				    P("poses.%u.frames.%u.%s", pi, k,
				    point_names[i]),
				    /* TRANSLATORS: l-, r- and the points' names
				     * are the pose file's words */
				    _("a symmetric pose gives only l- points "
				    "('%s' is the mirror of '%s')"), point_names[i],
				    point_names[left_of((int)i)]));
			else
				KEEP(check_point(&e, file, m, pi, "frames", k,
				    point_names[i], f->pts[i]));
		}
		/* the first point missing (one line at the frame's place) */
		for (j = 0; k == 0 && j < (int)CYAML_ARRAY_LEN(required); j++)
			if (f->pts[required[j]] == NULL) {
				KEEP(yamlload_error(&e, file, m,
				    P("poses.%u.frames.0", pi),
				    _("the first frame of '%s' needs '%s'"),
				    p->name, point_names[required[j]]));
				break;
			}
		/* given points, then what is left: from the frame before */
		for (i = 0; i < PT_COUNT; i++) {
			if (f->pts[i]) {
				at[i].x = (float)f->pts[i][0];
				at[i].y = (float)f->pts[i][1];
			} else if (prev)
				at[i] = prev[i];
		}
		/* defaults of the first frame, in an order that uses them */
		if (k == 0) {
			if (!f->pts[PT_NOSE])
				at[PT_NOSE] = at[PT_HEAD];
			if (!f->pts[PT_L_SHOULDER])
				at[PT_L_SHOULDER] = at[PT_NECK];
			if (!f->pts[PT_L_HIP])
				at[PT_L_HIP] = at[PT_PELVIS];
			if (!f->pts[PT_SPINE]) {
				at[PT_SPINE].x = (at[PT_NECK].x +
				    at[PT_PELVIS].x) / 2;
				at[PT_SPINE].y = (at[PT_NECK].y +
				    at[PT_PELVIS].y) / 2;
			}
		}
		for (i = 0; i < PT_COUNT; i++) {
			if (!is_right((int)i))
				continue;
			j = left_of((int)i);
			if (p->symmetric || (k == 0 && !f->pts[i])) {
				at[i] = at[j];
				if (p->view != POSE_SIDE || p->symmetric)
					at[i].x = -at[j].x;
			}
		}
	}
}

static void
bbox_add(struct pose *p, float x, float y, float r)
{
	if (x - r < p->x0)
		p->x0 = x - r;
	if (x + r > p->x1)
		p->x1 = x + r;
	if (y - r < p->y0)
		p->y0 = y - r;
	if (y + r > p->y1)
		p->y1 = y + r;
}

static void
bbox_shape(const struct pose_shape *s, void *ctx)
{
	struct pose *p = ctx;
	float r = s->kind == SHAPE_LINE ? 0.5f : s->r;

	bbox_add(p, s->a.x, s->a.y, r);
	if (s->kind == SHAPE_CAPSULE || s->kind == SHAPE_LINE)
		bbox_add(p, s->b.x, s->b.y, r);
	if (s->kind == SHAPE_QUAD) {
		bbox_add(p, s->b.x, s->b.y, 0);
		bbox_add(p, s->c.x, s->c.y, 0);
		bbox_add(p, s->d.x, s->d.y, 0);
	}
}

/* The rules the schema cannot say; every error into errs. */
static void
validate(struct pose_lib *lib, const struct yamlload_map *m,
    const char *file, struct yamlload_errors *errs)
{
	struct pose *p;
	struct pose_prop *pr;
	struct bc_error e;
	char path[96];
	unsigned i, j, k;
	size_t before;
	float s;

	if (lib->poses_count == 0)
		KEEP(yamlload_error(&e, file, m, P("poses"), "%s",
		    _("'poses' is empty")));
	for (i = 0; i < lib->poses_count; i++) {
		p = &lib->poses[i];
		before = errs->count + errs->dropped;
		snprintf(path, sizeof path, "poses.%u.name", i);
		if (KEEP(yamlload_check_text(&e, file, m, path, p->name,
		    true)) == -1)
			;
		else if (!name_valid(p->name))
			KEEP(yamlload_error(&e, file, m, path,
			    _("a pose name has 1 to %d of a-z, 0-9 and '-'"),
			    POSE_NAME_MAX));
		else {
			for (j = 0; j < i; j++)
				if (strcmp(lib->poses[j].name, p->name) == 0)
					break;
			if (j < i)
				KEEP(yamlload_error(&e, file, m, path,
				    _("pose '%s' is already named above"),
				    p->name));
		}
		snprintf(path, sizeof path, "poses.%u.title", i);
		KEEP(yamlload_check_text(&e, file, m, path, p->title, true));
		snprintf(path, sizeof path, "poses.%u.symmetric", i);
		if (KEEP(yamlload_check_bool(&e, file, m, path)) == 0 &&
		    p->symmetric && p->view == POSE_SIDE)
			KEEP(yamlload_error(&e, file, m, path,
			    "%s", _("a side view cannot be symmetric")));
		if (p->frames_count == 0)
			KEEP(yamlload_error(&e, file, m,
			    P("poses.%u.frames", i), "%s",
			    _("'frames' is empty: a pose needs a frame")));
		for (k = 0; k < p->frames_count; k++) {
			s = p->frames[k].seconds;
			if (!yamlload_find(m, "poses.%u.frames.%u.seconds", i, k))
				s = SECONDS_DEFAULT;
			else if (!(s >= SECONDS_MIN && s <= SECONDS_MAX)) {
				KEEP(yamlload_error(&e, file, m,
				    P("poses.%u.frames.%u.seconds", i, k),
				    _("'seconds' of a frame is %.1f to %.0f"),
				    SECONDS_MIN, SECONDS_MAX));
				s = SECONDS_DEFAULT;
			}
			p->frames[k].seconds = s;
			if (p->frames_count > 1)
				p->period += s;
		}
		/* a slow movement (a breath) looks as smooth at fewer frames */
		p->fps = POSE_FPS_SLOW;
		for (k = 0; k < p->frames_count; k++)
			if (p->frames[k].seconds < 3)
				p->fps = POSE_FPS;
		for (k = 0; k < p->props_count; k++) {
			pr = &p->props[k];
			KEEP(check_point(&e, file, m, i, "props", k, "at",
			    pr->at));
			if (pr->to)
				KEEP(check_point(&e, file, m, i, "props", k,
				    "to", pr->to));
			if (pr->size < 0 || pr->size > POSE_COORD_MAX)
				KEEP(yamlload_error(&e, file, m,
				    P("poses.%u.props.%u.size", i, k),
				    _("'size' is 0 to %d"), POSE_COORD_MAX));
			if ((pr->kind == PROP_MAT || pr->kind == PROP_TOWEL) &&
			    pr->to == NULL)
				KEEP(yamlload_error(&e, file, m,
				    P("poses.%u.props.%u", i, k),
				    /* TRANSLATORS: %s is a prop as the pose
				     * file names it (mat, towel) */
				    _("a %s needs 'to' (where it ends)"),
				    pose_prop_name(pr->kind)));
			if ((pr->kind == PROP_CHAIR || pr->kind == PROP_DOORWAY ||
			    (pr->kind == PROP_WALL &&
			    pr->to == NULL)) && p->floor == NULL)
				KEEP(yamlload_error(&e, file, m,
				    P("poses.%u.props.%u", i, k),
				    _("a %s stands on the floor: give the pose "
				    "a 'floor'"), pose_prop_name(pr->kind)));
		}
		if (p->floor && (*p->floor < -POSE_COORD_MAX ||
		    *p->floor > POSE_COORD_MAX))
			KEEP(yamlload_error(&e, file, m, P("poses.%u.floor", i),
			    _("'floor' is -%d to %d"), POSE_COORD_MAX,
			    POSE_COORD_MAX));
		resolve(p, i, m, file, errs);
		if (errs->count + errs->dropped > before)
			continue;	/* the pose will not be drawn */
		/* the box of everything it ever draws, unmirrored */
		p->x0 = p->y0 = 1e9f;
		p->x1 = p->y1 = -1e9f;
		for (k = 0; k < p->frames_count; k++)
			pose_shapes(p, k == 0 ? 0 : -(double)k, false,
			    bbox_shape, p);
	}
}

/* A list left blank: said as validate() says an empty one. */
static const struct yamlload_rule lib_rules[] = {
	YAMLLOAD_EMPTY(pose_fields, "frames",
	    N_("'frames' is empty: a pose needs a frame")),
	YAMLLOAD_RULES_END
};

static const struct yamlload_format lib_format = {
	&lib_schema, lib_rules, false
};

/* Load path; every error found goes into errs, in the order found. */
static int
load(const char *path, struct pose_lib **out, struct yamlload_errors *errs,
    int *errno_out)
{
	struct yamlload_map *m;
	size_t before = errs->count + errs->dropped;
	void *data;

	*out = NULL;
	if (yamlload_load(path, &lib_format, &data, &m, errs, errno_out) == -1)
		return -1;
	validate(data, m, path, errs);
	yamlload_map_free(m);
	if (errs->count + errs->dropped > before) {
		yamlload_free(&lib_schema, data);
		return -1;
	}
	*out = data;
	return 0;
}

/* The first error found, in err. */
static int
load_first(const char *path, struct pose_lib **out, struct bc_error *err,
    int *errno_out)
{
	struct yamlload_errors errs = { NULL, 0, 0, 0 };
	int rc;

	if ((rc = load(path, out, &errs, errno_out)) == -1)
		*err = errs.v[0];
	yamlload_errors_free(&errs);
	return rc;
}

int
pose_load(const char *path, struct pose_lib **out, struct bc_error *err)
{
	return load_first(path, out, err, NULL);
}

int
pose_check_file(const char *path, struct pose_lib **out,
    struct yamlload_errors *errs)
{
	int rc = load(path, out, errs, NULL);

	yamlload_errors_sort(errs);
	return rc;
}

void
pose_lib_free(struct pose_lib *lib)
{
	yamlload_free(&lib_schema, lib);
}

const struct pose *
pose_find(const struct pose_lib *lib, const char *name)
{
	unsigned i;

	if (lib == NULL || name == NULL)
		return NULL;
	for (i = 0; i < lib->poses_count; i++)
		if (strcmp(lib->poses[i].name, name) == 0)
			return &lib->poses[i];
	return NULL;
}

/* Levenshtein distance, capped at the lengths that matter here. */
static unsigned
distance(const char *a, const char *b)
{
	unsigned row[POSE_NAME_MAX + 2], i, j, diag, up, n = (unsigned)strlen(b);

	if (n > POSE_NAME_MAX || strlen(a) > 4 * POSE_NAME_MAX)
		return 1000;
	for (j = 0; j <= n; j++)
		row[j] = j;
	for (i = 1; a[i - 1]; i++) {
		diag = row[0];
		row[0] = i;
		for (j = 1; j <= n; j++) {
			up = row[j];
			row[j] = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < row[j])
				row[j] = up + 1;
			if (row[j - 1] + 1 < row[j])
				row[j] = row[j - 1] + 1;
			diag = up;
		}
	}
	return row[n];
}

const char *
pose_suggest(const struct pose_lib *lib, const char *name)
{
	const char *best = NULL;
	unsigned i, d, bestd = 1000;
	size_t n;

	if (lib == NULL)
		return NULL;
	for (i = 0; i < lib->poses_count; i++) {
		d = distance(name, lib->poses[i].name);
		if (d < bestd) {
			bestd = d;
			best = lib->poses[i].name;
		}
	}
	/* close: a few edits, fewer than half the name */
	n = strlen(name);
	if (best && bestd <= 4 && bestd * 2 < (unsigned)n + 2)
		return best;
	return NULL;
}

/* --- the shipped library ------------------------------------------------- */

static struct pose_lib *shipped;

static int
shipped_check(const char *name, char *why, size_t size)
{
	const char *near;

	if (pose_find(shipped, name))
		return 0;
	near = pose_suggest(shipped, name);
	if (near)
		snprintf(why, size, _("unknown figure '%.64s' (did you mean "
		    "'%s'?)"), name, near);
	else
		snprintf(why, size, _("unknown figure '%.64s' (backcoach poses "
		    "lists them)"), name);
	return -1;
}

/* Why the shipped library failed to load, for the screens to say. */
static struct bc_error shipped_err;
static bool shipped_failed;

int
pose_shipped_load(struct bc_error *err)
{
	char path[4096];
	int e = 0;

	if (shipped)
		return 0;
	snprintf(path, sizeof path, "%s/routines/%s", paths_data_dir(),
	    POSE_FILE_NAME);
	/* a data directory without poses draws no figures, quietly */
	if (load_first(path, &shipped, err, &e) == -1) {
		if (e == ENOENT)
			return 0;
		shipped_err = *err;
		shipped_failed = true;
		return -1;
	}
	routine_set_figure_check(shipped_check);
	return 0;
}

const struct bc_error *
pose_shipped_error(void)
{
	return shipped_failed ? &shipped_err : NULL;
}

const struct pose_lib *
pose_shipped(void)
{
	return shipped;
}

void
pose_shipped_free(void)
{
	routine_set_figure_check(NULL);
	pose_lib_free(shipped);
	shipped = NULL;
}

/* --- time ---------------------------------------------------------------- */

bool
pose_moves(const struct pose *p)
{
	return p->frames_count > 1;
}

double
pose_frame_time(const struct pose *p, double t)
{
	if (t < 0)
		return t;
	if (!pose_moves(p))
		return 0;
	return floor(t * p->fps) / p->fps;
}

double
pose_next_change(const struct pose *p, double t)
{
	if (!pose_moves(p))
		return -1;
	if (t < 0)
		return -t;
	return (floor(t * p->fps) + 1) / p->fps - t;
}

/*
 * The points at t.  A negative t names frame -t exactly (for the bounding
 * box and the tests); t >= 0 runs the loop.
 */
void
pose_points(const struct pose *p, double t, bool mirror,
    struct pose_pt out[PT_COUNT])
{
	const struct pose_frame *f, *g;
	unsigned k = 0, i;
	double u = 0, e;

	if (t < 0) {
		k = (unsigned)(-t + 0.5);
		if (k >= p->frames_count)
			k = p->frames_count - 1;
	} else if (pose_moves(p)) {
		t = fmod(t, p->period);
		while (k + 1 < p->frames_count && t >= p->frames[k].seconds) {
			t -= p->frames[k].seconds;
			k++;
		}
		u = t / p->frames[k].seconds;
		if (u > 1)
			u = 1;
	}
	f = &p->frames[k];
	g = &p->frames[(k + 1) % p->frames_count];
	e = (1 - cos(M_PI * u)) / 2;	/* eased in and out */
	for (i = 0; i < PT_COUNT; i++) {
		out[i].x = (float)(f->at[i].x + (g->at[i].x - f->at[i].x) * e);
		out[i].y = (float)(f->at[i].y + (g->at[i].y - f->at[i].y) * e);
		if (mirror)
			out[i].x = p->x0 + p->x1 - out[i].x;
	}
}

/* --- shapes -------------------------------------------------------------- */

struct emit {
	pose_emit_fn fn;
	void *ctx;
	bool mirror;
	float mx;		/* x0 + x1: mirror x to mx - x */
};

static struct pose_pt
pt(float x, float y)
{
	struct pose_pt q = { x, y };

	return q;
}

static void
shape(struct emit *e, enum pose_shape_kind kind, struct pose_pt a,
    struct pose_pt b, float r, bool halo)
{
	struct pose_shape s;

	memset(&s, 0, sizeof s);
	s.kind = kind;
	s.a = a;
	s.b = b;
	s.r = r;
	s.halo = halo;
	e->fn(&s, e->ctx);
}

static void
quad(struct emit *e, struct pose_pt a, struct pose_pt b, struct pose_pt c,
    struct pose_pt d)
{
	struct pose_shape s;

	memset(&s, 0, sizeof s);
	s.kind = SHAPE_QUAD;
	s.a = a;
	s.b = b;
	s.c = c;
	s.d = d;
	e->fn(&s, e->ctx);
}

/* Props are in file coordinates: mirror them here. */
static struct pose_pt
ppt(const struct emit *e, float x, float y)
{
	return pt(e->mirror ? e->mx - x : x, y);
}

static void
line(struct emit *e, float x0, float y0, float x1, float y1)
{
	shape(e, SHAPE_LINE, ppt(e, x0, y0), ppt(e, x1, y1), 0, false);
}

/* A rectangle's outline. */
static void
box(struct emit *e, float x0, float y0, float x1, float y1)
{
	line(e, x0, y0, x1, y0);
	line(e, x1, y0, x1, y1);
	line(e, x1, y1, x0, y1);
	line(e, x0, y1, x0, y0);
}

/* A capsule's outline from (x0,y0) to (x1,y1) with radius r. */
static void
capsule_outline(struct emit *e, float x0, float y0, float x1, float y1,
    float r)
{
	float dx = x1 - x0, dy = y1 - y0, len = sqrtf(dx * dx + dy * dy);
	float nx, ny, a, a0, ux, uy, px, py, qx, qy;
	int k, end;

	if (len < 0.01f) {
		shape(e, SHAPE_RING, ppt(e, x0, y0), ppt(e, x0, y0), r, false);
		return;
	}
	ux = dx / len;
	uy = dy / len;
	nx = -uy * r;
	ny = ux * r;
	line(e, x0 + nx, y0 + ny, x1 + nx, y1 + ny);
	line(e, x0 - nx, y0 - ny, x1 - nx, y1 - ny);
	/* a half circle round each end, facing outward */
	for (end = 0; end < 2; end++) {
		float cx = end ? x1 : x0, cy = end ? y1 : y0;
		float sx = end ? ux : -ux, sy = end ? uy : -uy;

		a0 = atan2f(sy, sx) - (float)M_PI / 2;
		px = cx + r * cosf(a0);
		py = cy + r * sinf(a0);
		for (k = 1; k <= 8; k++) {
			a = a0 + (float)M_PI * (float)k / 8;
			qx = cx + r * cosf(a);
			qy = cy + r * sinf(a);
			line(e, px, py, qx, qy);
			px = qx;
			py = qy;
		}
	}
}

static void
prop(struct emit *e, const struct pose *p, const struct pose_prop *pr)
{
	float x = (float)pr->at[0], y = (float)pr->at[1];
	float tx = pr->to ? (float)pr->to[0] : x;
	float ty = pr->to ? (float)pr->to[1] : y;
	float fl = p->floor ? (float)*p->floor : y;
	float s = (float)pr->size;

	switch (pr->kind) {
	case PROP_CHAIR:
		/* at: the seat's middle; size: half its depth; to: the backrest's top */
		if (s == 0)
			s = 10;
		line(e, x - s, y, x + s, y);
		line(e, x - s, y + 1, x + s, y + 1);
		line(e, x - s + 1, y + 1, x - s + 1, fl);
		line(e, x + s - 1, y + 1, x + s - 1, fl);
		if (pr->to)
			line(e, tx, y, tx, ty);
		break;
	case PROP_WALL:
		/* at: its face's top, down to the floor; or at to to */
		if (pr->to)
			line(e, x, y, tx, ty);
		else {
			line(e, x, y, x, fl);
			line(e, x + (x >= 0 ? 1.5f : -1.5f), y,
			    x + (x >= 0 ? 1.5f : -1.5f), fl);
		}
		break;
	case PROP_DOORWAY:
		/* at (and to): a post's top; size: its thickness */
		if (s == 0)
			s = 4;
		box(e, x - s / 2, y, x + s / 2, fl);
		if (pr->to) {
			box(e, tx - s / 2, ty, tx + s / 2, fl);
			box(e, x - s / 2, y - s, tx + s / 2, y);
		} else
			box(e, x - s / 2, y - s, x + s / 2, y);
		break;
	case PROP_MAT:
		/* on the floor from at.x to to.x; seen from above, a box */
		if (s == 0)
			s = 1.5f;
		if (p->floor)
			box(e, x, fl - s, tx, fl);
		else
			box(e, x, y, tx, ty);
		break;
	case PROP_BALL:
		if (s == 0)
			s = 3.5f;
		shape(e, SHAPE_RING, ppt(e, x, y), ppt(e, x, y), s, false);
		break;
	case PROP_ROLLER:
		if (s == 0)
			s = 6;
		if (pr->to)
			capsule_outline(e, x, y, tx, ty, s);
		else {
			shape(e, SHAPE_RING, ppt(e, x, y), ppt(e, x, y), s,
			    false);
			shape(e, SHAPE_RING, ppt(e, x, y), ppt(e, x, y), s / 3,
			    false);
		}
		break;
	case PROP_TOWEL:
		if (s == 0)
			s = 2;
		capsule_outline(e, x, y, tx, ty, s);
		break;
	case PROP_PILLOW:
		if (s == 0)
			s = 7;
		capsule_outline(e, x - s / 2, y, x + s / 2, y, s / 3);
		break;
	case PROP_COUNT:
		break;
	}
}

static void
limb(struct emit *e, const struct pose_pt *q, int a, int b, int c, float r1,
    float r2, float rend, bool halo)
{
	shape(e, SHAPE_CAPSULE, q[a], q[b], r1, halo);
	shape(e, SHAPE_CAPSULE, q[b], q[c], r2, halo);
	shape(e, SHAPE_DISC, q[c], q[c], rend, halo);
}

void
pose_shapes(const struct pose *p, double t, bool mirror, pose_emit_fn fn,
    void *ctx)
{
	struct pose_pt q[PT_COUNT], r[PT_COUNT];
	struct emit e = { fn, ctx, mirror, p->x0 + p->x1 };
	unsigned k, f;
	float fl, x0 = 1e9f, x1 = -1e9f;
	bool side = p->view == POSE_SIDE;

	pose_points(p, t, mirror, q);
	/* the floor: a line under everything the figure reaches (a mat is one) */
	for (k = 0; k < p->props_count; k++)
		if (p->props[k].kind == PROP_MAT)
			break;
	if (p->floor && k == p->props_count) {
		fl = (float)*p->floor;
		/*
		 * under every key frame of a movement, not only the one drawn:
		 * a floor that follows the hands changes at each frame (the
		 * run screen's bytes)
		 */
		for (f = 0; f < (pose_moves(p) ? p->frames_count : 1); f++) {
			if (pose_moves(p))
				pose_points(p, -(double)f, mirror, r);
			for (k = 0; k < PT_COUNT; k++) {
				x0 = fminf(x0, (pose_moves(p) ? r : q)[k].x - 6);
				x1 = fmaxf(x1, (pose_moves(p) ? r : q)[k].x + 6);
			}
		}
		for (k = 0; k < p->props_count; k++) {
			float ax = (float)p->props[k].at[0];
			float s = (float)p->props[k].size + 6;

			if (mirror)
				ax = e.mx - ax;
			x0 = fminf(x0, ax - s);
			x1 = fmaxf(x1, ax + s);
			if (p->props[k].to) {
				ax = (float)p->props[k].to[0];
				if (mirror)
					ax = e.mx - ax;
				x0 = fminf(x0, ax - s);
				x1 = fmaxf(x1, ax + s);
			}
		}
		shape(&e, SHAPE_LINE, pt(x0, fl + 1), pt(x1, fl + 1), 0, false);
	}
	for (k = 0; k < p->props_count; k++)
		prop(&e, p, &p->props[k]);

	/* far limbs, then the trunk, then near limbs with a gap around them */
	if (side) {
		limb(&e, q, PT_R_HIP, PT_R_KNEE, PT_R_FOOT, THIGH_R, SHIN_R,
		    FOOT_R, false);
		limb(&e, q, PT_R_SHOULDER, PT_R_ELBOW, PT_R_HAND, UPPERARM_R,
		    FOREARM_R, HAND_R, false);
		shape(&e, SHAPE_CAPSULE, q[PT_NECK], q[PT_SPINE], CHEST_R,
		    false);
		shape(&e, SHAPE_CAPSULE, q[PT_SPINE], q[PT_PELVIS], BELLY_R,
		    false);
	} else {
		quad(&e, q[PT_L_SHOULDER], q[PT_R_SHOULDER], q[PT_R_HIP],
		    q[PT_L_HIP]);
		shape(&e, SHAPE_CAPSULE, q[PT_L_SHOULDER], q[PT_R_SHOULDER],
		    UPPERARM_R, false);
		shape(&e, SHAPE_CAPSULE, q[PT_NECK], q[PT_SPINE], TORSO_R,
		    false);
		shape(&e, SHAPE_CAPSULE, q[PT_SPINE], q[PT_PELVIS], TORSO_R,
		    false);
		shape(&e, SHAPE_CAPSULE, q[PT_L_HIP], q[PT_R_HIP], THIGH_R,
		    false);
	}
	shape(&e, SHAPE_CAPSULE, q[PT_NECK], q[PT_HEAD], NECK_R, false);
	shape(&e, SHAPE_DISC, q[PT_HEAD], q[PT_HEAD], HEAD_R, false);
	if (p->has_nose)
		shape(&e, SHAPE_CAPSULE, q[PT_HEAD], q[PT_NOSE], NOSE_R, false);
	limb(&e, q, PT_L_HIP, PT_L_KNEE, PT_L_FOOT, THIGH_R, SHIN_R, FOOT_R,
	    side);
	if (!side)
		limb(&e, q, PT_R_HIP, PT_R_KNEE, PT_R_FOOT, THIGH_R, SHIN_R,
		    FOOT_R, true);
	limb(&e, q, PT_L_SHOULDER, PT_L_ELBOW, PT_L_HAND, UPPERARM_R,
	    FOREARM_R, HAND_R, true);
	if (!side)
		limb(&e, q, PT_R_SHOULDER, PT_R_ELBOW, PT_R_HAND, UPPERARM_R,
		    FOREARM_R, HAND_R, true);
}
