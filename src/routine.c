/*
 * routine.c - the routine model: its libcyaml schema as data, loading through
 * the shared strict loader (yamlload.c), the semantic rules libcyaml cannot
 * express (ranges, id pattern, empty and control-laden text), and the names
 * of areas, kinds, levels and equipment.
 */
#include <stdlib.h>
#include <string.h>

#include <cyaml/cyaml.h>

#include "routine.h"
#include "xmalloc.h"
#include "routine-schema.h"
#include "yamlload.h"

const cyaml_strval_t routine_area_table[AREA_COUNT] = {
	{ "neck", AREA_NECK },
	{ "shoulders", AREA_SHOULDERS },
	{ "upper-back", AREA_UPPER_BACK },
	{ "middle-back", AREA_MIDDLE_BACK },
	{ "lower-back", AREA_LOWER_BACK },
};

static const char *const area_labels[AREA_COUNT] = {
	"neck", "shoulders", "upper back", "middle back", "lower back",
};

/* Flags want bit values, the enum wants positions: the same names twice. */
static const cyaml_strval_t area_flags[] = {
	{ "neck", 1 << AREA_NECK },
	{ "shoulders", 1 << AREA_SHOULDERS },
	{ "upper-back", 1 << AREA_UPPER_BACK },
	{ "middle-back", 1 << AREA_MIDDLE_BACK },
	{ "lower-back", 1 << AREA_LOWER_BACK },
};

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

static const cyaml_strval_t equipment_strings[] = {
	{ "none", EQUIP_NONE },
	{ "chair", EQUIP_CHAIR },
	{ "wall", EQUIP_WALL },
	{ "doorway", EQUIP_DOORWAY },
	{ "towel", EQUIP_TOWEL },
	{ "ball", EQUIP_BALL },
	{ "foam-roller", EQUIP_FOAM_ROLLER },
	{ "mat", EQUIP_MAT },
	{ "pillow", EQUIP_PILLOW },
};

static const cyaml_strval_t equipment_flags[] = {
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

static const cyaml_strval_t sides_strings[] = {
	{ "none", SIDES_NONE },
	{ "left-right", SIDES_LEFT_RIGHT },
};

#define TEXT(key, flags, st, member) \
	CYAML_FIELD_STRING_PTR(key, flags, st, member, 0, ROUTINE_TEXT_MAX)

static const cyaml_schema_field_t step_fields[] = {
	TEXT("name", CYAML_FLAG_POINTER, struct routine_step, name),
	ROUTINE_FIELD_UINT_RANGE("seconds", CYAML_FLAG_DEFAULT,
	    struct routine_step, seconds, 1, ROUTINE_SECONDS_MAX),
	TEXT("instructions", CYAML_FLAG_POINTER, struct routine_step,
	    instructions),
	CYAML_FIELD_ENUM("sides", CYAML_FLAG_OPTIONAL | CYAML_FLAG_STRICT,
	    struct routine_step, sides, sides_strings,
	    CYAML_ARRAY_LEN(sides_strings)),
	ROUTINE_FIELD_UINT_RANGE("reps", CYAML_FLAG_OPTIONAL,
	    struct routine_step, reps, 1, ROUTINE_REPS_MAX),
	ROUTINE_FIELD_UINT_RANGE("rest", CYAML_FLAG_OPTIONAL,
	    struct routine_step, rest, 0, ROUTINE_REST_MAX),
	ROUTINE_FIELD_UINT_RANGE("prepare", CYAML_FLAG_OPTIONAL,
	    struct routine_step, prepare, 0, ROUTINE_PREPARE_MAX),
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
	    area_flags, CYAML_ARRAY_LEN(area_flags)),
	CYAML_FIELD_ENUM("kind", CYAML_FLAG_STRICT, struct routine, kind,
	    kind_strings, CYAML_ARRAY_LEN(kind_strings)),
	CYAML_FIELD_ENUM("level", CYAML_FLAG_OPTIONAL | CYAML_FLAG_STRICT,
	    struct routine, level, level_strings,
	    CYAML_ARRAY_LEN(level_strings)),
	CYAML_FIELD_FLAGS("equipment", CYAML_FLAG_OPTIONAL | CYAML_FLAG_STRICT,
	    struct routine, equipment, equipment_flags,
	    CYAML_ARRAY_LEN(equipment_flags)),
	TEXT("caution", CYAML_FLAG_POINTER, struct routine, caution),
	CYAML_FIELD_SEQUENCE("steps", CYAML_FLAG_POINTER, struct routine, steps,
	    &step_schema, 0, ROUTINE_STEPS_MAX),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t routine_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, struct routine, routine_fields),
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

/* The rules of the format that the schema cannot say. */
static int
validate(struct routine *r, const struct yamlload_map *m, const char *file,
    struct bc_error *err)
{
	struct routine_step *st;
	char p[64];
	unsigned i;

	if (yamlload_check_text(err, file, m, "id", r->id, true) == -1)
		return -1;
	if (!routine_id_valid(r->id))
		return yamlload_error(err, file, m, "id",
		    strlen(r->id) > ROUTINE_ID_MAX ?
		    "'id' is longer than 64 characters" :
		    "'id' may hold only a-z, 0-9 and '-'");
	if (yamlload_check_text(err, file, m, "title", r->title, true) == -1 ||
	    yamlload_check_text(err, file, m, "summary", r->summary, true) == -1 ||
	    yamlload_check_text(err, file, m, "caution", r->caution, true) == -1)
		return -1;
	if (r->areas == 0)
		return yamlload_error(err, file, m, "areas",
		    "'areas' is empty: name at least one area");
	if (r->steps_count == 0)
		return yamlload_error(err, file, m, "steps",
		    "'steps' is empty: a routine needs at least one step");
	for (i = 0; i < r->steps_count; i++) {
		st = &r->steps[i];
		/* optional numbers absent from the file load as 0 */
		if (!yamlload_find(m, "steps.%u.reps", i))
			st->reps = 1;
		snprintf(p, sizeof p, "steps.%u.name", i);
		if (yamlload_check_text(err, file, m, p, st->name, true) == -1)
			return -1;
		snprintf(p, sizeof p, "steps.%u.instructions", i);
		if (yamlload_check_text(err, file, m, p, st->instructions,
		    true) == -1)
			return -1;
		snprintf(p, sizeof p, "steps.%u.seconds", i);
		if (yamlload_check_uint(err, file, m, p, st->seconds, 1,
		    ROUTINE_SECONDS_MAX) == -1)
			return -1;
		snprintf(p, sizeof p, "steps.%u.reps", i);
		if (yamlload_check_uint(err, file, m, p, st->reps, 1,
		    ROUTINE_REPS_MAX) == -1)
			return -1;
		snprintf(p, sizeof p, "steps.%u.rest", i);
		if (yamlload_check_uint(err, file, m, p, st->rest, 0,
		    ROUTINE_REST_MAX) == -1)
			return -1;
		snprintf(p, sizeof p, "steps.%u.prepare", i);
		if (yamlload_check_uint(err, file, m, p, st->prepare, 0,
		    ROUTINE_PREPARE_MAX) == -1)
			return -1;
		if (st->figure != NULL) {
			char why[200];

			snprintf(p, sizeof p, "steps.%u.figure", i);
			if (yamlload_check_text(err, file, m, p, st->figure,
			    true) == -1)
				return -1;
			if (figure_check && figure_check(st->figure, why,
			    sizeof why) == -1)
				return yamlload_error(err, file, m, p, "%s",
				    why);
		}
	}
	return 0;
}

int
routine_load(const char *path, struct routine **out, struct bc_error *err)
{
	const struct yamlload_node *n;
	struct yamlload_map *m;
	struct routine *r;
	void *data;

	*out = NULL;
	if (yamlload_file(path, &routine_schema, &data, &m, err, NULL) == -1)
		return -1;
	r = data;
	if (validate(r, m, path, err) == -1) {
		yamlload_map_free(m);
		yamlload_free(&routine_schema, r);
		return -1;
	}
	n = yamlload_find(m, "id");
	r->id_line = n ? n->line : 1;
	r->id_col = n ? n->col : 1;
	yamlload_map_free(m);
	r->path = xstrdup(path);
	*out = r;
	return 0;
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
	return (unsigned)a < AREA_COUNT ? area_labels[a] : "?";
}

const char *
routine_kind_name(enum routine_kind k)
{
	return strval_name(kind_strings, CYAML_ARRAY_LEN(kind_strings), k);
}

const char *
routine_level_name(enum routine_level l)
{
	return strval_name(level_strings, CYAML_ARRAY_LEN(level_strings), l);
}

const char *
routine_equipment_name(enum routine_equipment e)
{
	return strval_name(equipment_strings,
	    CYAML_ARRAY_LEN(equipment_strings), e);
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
