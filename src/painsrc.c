/*
 * painsrc.c - the pain-source file (routines/pain-sources.yaml): for each
 * pain area, the muscles that refer pain there and the routines that work on
 * them.  Same strict loader as routines (yamlload.c), plus its own rules:
 * each area at most once, no empty lists, routine ids well formed.
 */
#include <stdio.h>
#include <string.h>

#include <cyaml/cyaml.h>

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

static const cyaml_schema_field_t painsrc_fields[] = {
	CYAML_FIELD_SEQUENCE("areas", CYAML_FLAG_POINTER, struct painsrc, areas,
	    &area_schema, 0, AREA_COUNT),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t painsrc_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, struct painsrc, painsrc_fields),
};

static int
validate(const struct painsrc *p, const struct yamlload_map *m,
    const char *file, struct bc_error *err)
{
	const struct painsrc_area *a;
	const struct painsrc_muscle *mu;
	unsigned i, j, k, seen = 0;
	char path[96];

	if (p->areas_count == 0)
		return yamlload_error(err, file, m, "areas", "'areas' is empty");
	for (i = 0; i < p->areas_count; i++) {
		a = &p->areas[i];
		snprintf(path, sizeof path, "areas.%u.area", i);
		if (seen & (1u << a->area))
			return yamlload_error(err, file, m, path,
			    "area '%s' is listed twice",
			    routine_area_name(a->area));
		seen |= 1u << a->area;
		snprintf(path, sizeof path, "areas.%u.note", i);
		if (yamlload_check_text(err, file, m, path, a->note, true) == -1)
			return -1;
		if (a->muscles_count == 0) {
			snprintf(path, sizeof path, "areas.%u.muscles", i);
			return yamlload_error(err, file, m, path,
			    "'muscles' is empty");
		}
		for (j = 0; j < a->muscles_count; j++) {
			mu = &a->muscles[j];
			snprintf(path, sizeof path, "areas.%u.muscles.%u.name",
			    i, j);
			if (yamlload_check_text(err, file, m, path, mu->name,
			    true) == -1)
				return -1;
			snprintf(path, sizeof path,
			    "areas.%u.muscles.%u.refers", i, j);
			if (yamlload_check_text(err, file, m, path, mu->refers,
			    true) == -1)
				return -1;
			if (mu->routines_count == 0) {
				snprintf(path, sizeof path,
				    "areas.%u.muscles.%u.routines", i, j);
				return yamlload_error(err, file, m, path,
				    "'routines' is empty");
			}
			for (k = 0; k < mu->routines_count; k++) {
				snprintf(path, sizeof path,
				    "areas.%u.muscles.%u.routines.%u", i, j, k);
				if (!routine_id_valid(mu->routines[k]))
					return yamlload_error(err, file, m,
					    path, "'%.64s' is not a valid routine id",
					    mu->routines[k]);
			}
		}
	}
	return 0;
}

int
painsrc_load(const char *path, struct painsrc **out, struct bc_error *err)
{
	struct yamlload_map *m;
	void *data;

	*out = NULL;
	if (yamlload_file(path, &painsrc_schema, &data, &m, err, NULL) == -1)
		return -1;
	if (validate(data, m, path, err) == -1) {
		yamlload_map_free(m);
		yamlload_free(&painsrc_schema, data);
		return -1;
	}
	yamlload_map_free(m);
	*out = data;
	return 0;
}

void
painsrc_free(struct painsrc *p)
{
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
