/*
 * routine.c - the routine model: its libcyaml schema as data, with a table
 * of the rules the schema cannot say (number ranges, one-line text),
 * loading through the shared strict loader (yamlload.h), the semantic rules
 * left after that (id pattern, empty text, empty lists), and the names of
 * areas, kinds, levels and equipment.
 */
#include <stdlib.h>
#include <string.h>

#include <cyaml/cyaml.h>

#include "i18n.h"
#include "routine.h"
#include "xmalloc.h"
#include "routine-schema.h"
#include "yamlload.h"

/* Each area once: its enum value, its name in YAML, its label in text. */
#define ROUTINE_AREAS(X) \
	X(AREA_NECK, "neck", N_("neck")) \
	X(AREA_SHOULDERS, "shoulders", N_("shoulders")) \
	X(AREA_UPPER_BACK, "upper-back", N_("upper back")) \
	X(AREA_MIDDLE_BACK, "middle-back", N_("middle back")) \
	X(AREA_LOWER_BACK, "lower-back", N_("lower back"))

#define AREA_VALUE(e, name, label) { name, e },
#define AREA_BIT(e, name, label) { name, 1 << e },
#define AREA_LABEL(e, name, label) label,

/* An area as an enum (pain-sources.yaml), and as a flag (a routine's areas). */
const cyaml_strval_t routine_area_table[AREA_COUNT] = { ROUTINE_AREAS(AREA_VALUE) };
static const cyaml_strval_t area_flags[AREA_COUNT] = { ROUTINE_AREAS(AREA_BIT) };
static const char *const area_labels[AREA_COUNT] = { ROUTINE_AREAS(AREA_LABEL) };

static const cyaml_strval_t kind_strings[] = {
	{ "stretch", KIND_STRETCH },
	{ "massage", KIND_MASSAGE },
	{ "mixed", KIND_MIXED },
};

static const cyaml_strval_t level_strings[] = {
	{ "gentle", LEVEL_GENTLE },
	{ "moderate", LEVEL_MODERATE },
	{ "firm", LEVEL_FIRM },
};

/* In enum order: entry e is equipment e, with the bit 1 << e. */
static const cyaml_strval_t equipment_flags[EQUIP_COUNT] = {
	{ "none", 1 << EQUIP_NONE },
	{ "chair", 1 << EQUIP_CHAIR },
	{ "wall", 1 << EQUIP_WALL },
	{ "doorway", 1 << EQUIP_DOORWAY },
	{ "towel", 1 << EQUIP_TOWEL },
	{ "ball", 1 << EQUIP_BALL },
	{ "foam-roller", 1 << EQUIP_FOAM_ROLLER },
	{ "mat", 1 << EQUIP_MAT },
	{ "pillow", 1 << EQUIP_PILLOW },
};

/*
 * The same words as shown to people (screens, show): in the person's
 * language.  The YAML words above stay what files and options say.
 */
static const char *const kind_labels[KIND_COUNT] = {
	[KIND_STRETCH] = N_("stretch"),
	[KIND_MASSAGE] = N_("massage"),
	[KIND_MIXED] = N_("mixed"),
};

static const char *const level_labels[LEVEL_COUNT] = {
	[LEVEL_GENTLE] = N_("gentle"),
	[LEVEL_MODERATE] = N_("moderate"),
	[LEVEL_FIRM] = N_("firm"),
};

static const char *const equipment_labels[EQUIP_COUNT] = {
	/* TRANSLATORS: equipment a routine needs: none */
	[EQUIP_NONE] = N_("none"),
	[EQUIP_CHAIR] = N_("chair"),
	[EQUIP_WALL] = N_("wall"),
	[EQUIP_DOORWAY] = N_("doorway"),
	[EQUIP_TOWEL] = N_("towel"),
	[EQUIP_BALL] = N_("ball"),
	[EQUIP_FOAM_ROLLER] = N_("foam-roller"),
	[EQUIP_MAT] = N_("mat"),
	[EQUIP_PILLOW] = N_("pillow"),
};

static const cyaml_strval_t sides_strings[] = {
	{ "none", SIDES_NONE },
	{ "left-right", SIDES_LEFT_RIGHT },
};

/* text is required to say something (min 1): the structure check says so */
#define TEXT(key, flags, st, member) \
	CYAML_FIELD_STRING_PTR(key, flags, st, member, 1, ROUTINE_TEXT_MAX)

static const cyaml_schema_field_t step_fields[] = {
	TEXT("name", CYAML_FLAG_POINTER, struct routine_step, name),
	CYAML_FIELD_UINT("seconds", CYAML_FLAG_DEFAULT, struct routine_step,
	    seconds),
	TEXT("instructions", CYAML_FLAG_POINTER, struct routine_step,
	    instructions),
	CYAML_FIELD_ENUM("sides", CYAML_FLAG_OPTIONAL | CYAML_FLAG_STRICT,
	    struct routine_step, sides, sides_strings,
	    CYAML_ARRAY_LEN(sides_strings)),
	CYAML_FIELD_UINT("reps", CYAML_FLAG_OPTIONAL, struct routine_step, reps),
	CYAML_FIELD_UINT("rest", CYAML_FLAG_OPTIONAL, struct routine_step, rest),
	CYAML_FIELD_UINT("prepare", CYAML_FLAG_OPTIONAL, struct routine_step,
	    prepare),
	TEXT("figure", CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL,
	    struct routine_step, figure),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t step_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct routine_step, step_fields),
};

static const cyaml_schema_field_t routine_fields[] = {
	TEXT("id", CYAML_FLAG_POINTER, struct routine, id),
	TEXT("title", CYAML_FLAG_POINTER, struct routine, title),
	TEXT("summary", CYAML_FLAG_POINTER, struct routine, summary),
	CYAML_FIELD_FLAGS("areas", CYAML_FLAG_STRICT, struct routine, areas,
	    area_flags, AREA_COUNT),
	CYAML_FIELD_ENUM("kind", CYAML_FLAG_STRICT, struct routine, kind,
	    kind_strings, CYAML_ARRAY_LEN(kind_strings)),
	CYAML_FIELD_ENUM("level", CYAML_FLAG_OPTIONAL | CYAML_FLAG_STRICT,
	    struct routine, level, level_strings,
	    CYAML_ARRAY_LEN(level_strings)),
	CYAML_FIELD_FLAGS("equipment", CYAML_FLAG_OPTIONAL | CYAML_FLAG_STRICT,
	    struct routine, equipment, equipment_flags, EQUIP_COUNT),
	TEXT("caution", CYAML_FLAG_POINTER, struct routine, caution),
	CYAML_FIELD_SEQUENCE("steps", CYAML_FLAG_POINTER, struct routine, steps,
	    &step_schema, 0, ROUTINE_STEPS_MAX),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t routine_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, struct routine, routine_fields),
};

/* What the schema cannot say: ranges, and text that a list shows on one line. */
static const struct yamlload_rule routine_rules[] = {
	YAMLLOAD_RANGE(step_fields, "seconds", 1, ROUTINE_SECONDS_MAX),
	YAMLLOAD_RANGE(step_fields, "reps", 1, ROUTINE_REPS_MAX),
	YAMLLOAD_RANGE(step_fields, "rest", 0, ROUTINE_REST_MAX),
	YAMLLOAD_RANGE(step_fields, "prepare", 0, ROUTINE_PREPARE_MAX),
	YAMLLOAD_ONE_LINE(routine_fields, "title"),
	YAMLLOAD_ONE_LINE(step_fields, "name"),
	/* left blank: said as validate() says an empty list */
	YAMLLOAD_EMPTY(routine_fields, "areas",
	    N_("'areas' is empty: name at least one area")),
	YAMLLOAD_EMPTY(routine_fields, "steps",
	    N_("'steps' is empty: a routine needs at least one step")),
	YAMLLOAD_RULES_END
};

static const struct yamlload_format routine_format = {
	&routine_schema, routine_rules, false
};

static routine_figure_check_fn figure_check;

void
routine_set_figure_check(routine_figure_check_fn fn)
{
	figure_check = fn;
}

int
routine_id_valid(const char *s)
{
	size_t n = strlen(s);

	return n >= 1 && n <= ROUTINE_ID_MAX &&
	    strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-") == n;
}

/* Keep the error a check set in e, when it said -1. */
#define KEEP(rc) yamlload_errors_keep(errs, (rc), &e)

/* The value at a path when it is one value that says something, else NULL. */
static const char *
routine_word(const struct yamlload_map *m, const char *path)
{
	const struct yamlload_node *n = yamlload_find(m, "%s", path);

	if (n == NULL || n->type != YAMLLOAD_SCALAR ||
	    n->value[strspn(n->value, " \t\n")] == '\0' ||
	    (n->plain && strcmp(n->value, "~") == 0))
		return NULL;
	return n->value;
}

/* Is the node at path a list with nothing in it? */
static bool
routine_empty_list(const struct yamlload_map *m, const char *path)
{
	const struct yamlload_node *n = yamlload_find(m, "%s", path);

	return n != NULL && n->type == YAMLLOAD_SEQUENCE && n->nkids == 0;
}

/*
 * The rules of the format that the schema cannot say; all of them, read
 * from the map so that they run whatever the structure check found (empty
 * text is the structure check's: TEXT's minimum of 1).
 */
static void
validate(const struct yamlload_map *m, const char *file,
    struct yamlload_errors *errs)
{
	const struct yamlload_node *steps;
	struct bc_error e;
	const char *v;
	char p[64], why[200];
	size_t i;

	if ((v = routine_word(m, "id")) != NULL && !routine_id_valid(v))
		KEEP(yamlload_error(&e, file, m, "id",
		    strlen(v) > ROUTINE_ID_MAX ?
		    _("'id' is longer than 64 characters") :
		    _("'id' may hold only a-z, 0-9 and '-'")));
	if (routine_empty_list(m, "areas"))
		KEEP(yamlload_error(&e, file, m, "areas",
		    _("'areas' is empty: name at least one area")));
	if (routine_empty_list(m, "steps"))
		KEEP(yamlload_error(&e, file, m, "steps",
		    _("'steps' is empty: a routine needs at least one step")));
	if ((steps = yamlload_find(m, "steps")) == NULL ||
	    steps->type != YAMLLOAD_SEQUENCE || figure_check == NULL)
		return;
	for (i = 0; i < steps->nkids && i < ROUTINE_STEPS_MAX; i++) {
		snprintf(p, sizeof p, "steps.%zu.figure", i);
		if ((v = routine_word(m, p)) != NULL &&
		    figure_check(v, why, sizeof why) == -1)
			KEEP(yamlload_error(&e, file, m, p, "%s", why));
	}
}

/* Load path; every error found goes into errs, in the order found. */
static int
load(const char *path, struct routine **out, struct yamlload_errors *errs)
{
	const struct yamlload_node *n;
	struct yamlload_map *m = NULL;
	struct routine *r;
	void *data;
	size_t before = errs->count + errs->dropped, first;
	unsigned i;

	*out = NULL;
	if (yamlload_load_map(path, &routine_format, &data, &m, errs,
	    NULL) == -1 && m == NULL)
		return -1;
	first = errs->count;
	validate(m, path, errs);
	/* one error a place: the structure check's */
	yamlload_errors_drop_same_place(errs, first);
	if (errs->count + errs->dropped > before) {
		yamlload_map_free(m);
		yamlload_free(&routine_schema, data);
		return -1;
	}
	r = data;
	/* optional numbers absent from the file load as 0 */
	for (i = 0; i < r->steps_count; i++)
		if (!yamlload_find(m, "steps.%u.reps", i))
			r->steps[i].reps = 1;
	n = yamlload_find(m, "id");
	r->id_line = n ? n->line : 1;
	r->id_col = n ? n->col : 1;
	yamlload_map_free(m);
	r->path = xstrdup(path);
	*out = r;
	return 0;
}

int
routine_load(const char *path, struct routine **out, struct bc_error *err)
{
	struct yamlload_errors errs = { NULL, 0, 0, 0 };
	int rc;

	if ((rc = load(path, out, &errs)) == -1) {
		*err = errs.v[0];
	}
	yamlload_errors_free(&errs);
	return rc;
}

int
routine_check_file(const char *path, struct routine **out,
    struct yamlload_errors *errs)
{
	int rc = load(path, out, errs);

	yamlload_errors_sort(errs);
	return rc;
}

void
routine_free(struct routine *r)
{
	if (r == NULL)
		return;
	free(r->path);
	r->path = NULL;
	yamlload_free(&routine_schema, r);
}

uint64_t
routine_step_seconds(const struct routine_step *st)
{
	uint64_t segs = (uint64_t)st->reps * (st->sides == SIDES_LEFT_RIGHT ? 2 : 1);

	if (segs == 0)
		return 0;
	return st->prepare + segs * st->seconds + (segs - 1) * st->rest;
}

uint64_t
routine_total_seconds(const struct routine *r)
{
	uint64_t total = 0;
	unsigned i;

	for (i = 0; i < r->steps_count; i++)
		total += routine_step_seconds(&r->steps[i]);
	return total;
}

static const char *
strval_name(const cyaml_strval_t *t, size_t n, int v)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (t[i].val == v)
			return t[i].str;
	return "?";
}

static int
strval_value(const cyaml_strval_t *t, size_t n, const char *s)
{
	size_t i;

	if (s == NULL)
		return -1;
	for (i = 0; i < n; i++)
		if (strcmp(t[i].str, s) == 0)
			return (int)t[i].val;
	return -1;
}

const char *
routine_area_name(enum routine_area a)
{
	return strval_name(routine_area_table, AREA_COUNT, a);
}

const char *
routine_area_label(enum routine_area a)
{
	return (unsigned)a < AREA_COUNT ? _(area_labels[a]) : "?";
}

const char *
routine_kind_name(enum routine_kind k)
{
	return strval_name(kind_strings, CYAML_ARRAY_LEN(kind_strings), k);
}

const char *
routine_kind_label(enum routine_kind k)
{
	return (unsigned)k < KIND_COUNT ? _(kind_labels[k]) : "?";
}

const char *
routine_level_name(enum routine_level l)
{
	return strval_name(level_strings, CYAML_ARRAY_LEN(level_strings), l);
}

const char *
routine_level_label(enum routine_level l)
{
	return (unsigned)l < LEVEL_COUNT ? _(level_labels[l]) : "?";
}

const char *
routine_equipment_name(enum routine_equipment e)
{
	return (unsigned)e < EQUIP_COUNT ? equipment_flags[e].str : "?";
}

const char *
routine_equipment_label(enum routine_equipment e)
{
	return (unsigned)e < EQUIP_COUNT ? _(equipment_labels[e]) : "?";
}

int
routine_area_from_name(const char *s)
{
	return strval_value(routine_area_table, AREA_COUNT, s);
}

int
routine_kind_from_name(const char *s)
{
	return strval_value(kind_strings, CYAML_ARRAY_LEN(kind_strings), s);
}
