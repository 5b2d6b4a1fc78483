/*
 * painsrc-lang.c - the pain-source file's words in the person's language.
 *
 * A translation is a file LANG/pain-sources.yaml beside pain-sources.yaml
 * (routines/de/pain-sources.yaml for the shipped one).  It carries words
 * only, each keyed by what is not translated, so that nothing is matched by
 * its place in a list:
 *
 *   areas:
 *     - area: neck                    # the area word, as in the file
 *       note: ...                     # the area's note
 *       muscles:
 *         - name: upper trapezius     # the English name, as in the file
 *           refers: ...               # where its pain refers, from here
 *   muscles:
 *     - name: upper trapezius         # a muscle of the file
 *       label: oberer Trapezmuskel    # the name shown for it
 *       knot: ...                     # where its knot lies
 *
 * Every field but the keys may be left out (it stays English), and areas and
 * muscles may be left out or given in any order.  The English name stays the
 * muscle's identifier (`backcoach map "upper trapezius"`); the label is what
 * the screens show.  A translation that names an area or a muscle the file
 * does not have, gives one twice, or sets anything that is not words (a
 * muscle's routines, a map entry's area, points or zone) is refused with its
 * position.  The language is chosen as for routines (routine_lang_list).
 */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cyaml/cyaml.h>

#include "i18n.h"
#include "painsrc-lang.h"
#include "routine-schema.h"
#include "xmalloc.h"
#include "yamlload.h"

#define TR_MUSCLES_MAX 64

struct tr_muscle {
	char *name;
	char *refers;
};

struct tr_area {
	enum routine_area area;
	char *note;
	struct tr_muscle *muscles;
	unsigned muscles_count;
};

struct tr_map {
	char *name;
	char *label;
	char *knot;
};

struct tr_painsrc {
	struct tr_area *areas;
	unsigned areas_count;
	struct tr_map *muscles;
	unsigned muscles_count;
};

#define TR_TEXT(key, st, m) \
	CYAML_FIELD_STRING_PTR(key, CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL, \
	    st, m, 0, YAMLLOAD_TEXT_MAX)
#define TR_KEY(key, st, m) \
	CYAML_FIELD_STRING_PTR(key, CYAML_FLAG_POINTER, st, m, 0, \
	    YAMLLOAD_TEXT_MAX)
/* Not words: accepted by the schema whatever they hold, refused by check(). */
#define TR_NOT_TEXT(key) CYAML_FIELD_IGNORE(key, CYAML_FLAG_OPTIONAL)

static const cyaml_schema_field_t tr_muscle_fields[] = {
	TR_KEY("name", struct tr_muscle, name),
	TR_TEXT("refers", struct tr_muscle, refers),
	TR_NOT_TEXT("routines"),
	TR_NOT_TEXT("label"),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t tr_muscle_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct tr_muscle,
	    tr_muscle_fields),
};

static const cyaml_schema_field_t tr_area_fields[] = {
	CYAML_FIELD_ENUM("area", CYAML_FLAG_STRICT, struct tr_area, area,
	    routine_area_table, AREA_COUNT),
	TR_TEXT("note", struct tr_area, note),
	CYAML_FIELD_SEQUENCE("muscles", CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL,
	    struct tr_area, muscles, &tr_muscle_schema, 0, TR_MUSCLES_MAX),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t tr_area_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct tr_area, tr_area_fields),
};

static const cyaml_schema_field_t tr_map_fields[] = {
	TR_KEY("name", struct tr_map, name),
	TR_TEXT("label", struct tr_map, label),
	TR_TEXT("knot", struct tr_map, knot),
	TR_NOT_TEXT("area"),
	TR_NOT_TEXT("points"),
	TR_NOT_TEXT("zone"),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t tr_map_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct tr_map, tr_map_fields),
};

static const cyaml_schema_field_t tr_fields[] = {
	CYAML_FIELD_SEQUENCE("areas", CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL,
	    struct tr_painsrc, areas, &tr_area_schema, 0, AREA_COUNT),
	CYAML_FIELD_SEQUENCE("muscles", CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL,
	    struct tr_painsrc, muscles, &tr_map_schema, 0, TR_MUSCLES_MAX),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t tr_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, struct tr_painsrc, tr_fields),
};

/* A name is shown on one line, and so is where a knot lies. */
static const struct yamlload_rule tr_rules[] = {
	YAMLLOAD_ONE_LINE(tr_map_fields, "label"),
	YAMLLOAD_ONE_LINE(tr_map_fields, "knot"),
	YAMLLOAD_RULES_END
};

static const struct yamlload_format tr_format = { &tr_schema, tr_rules, false };

/* The area's entry in p, or NULL. */
static struct painsrc_area *
find_area(struct painsrc *p, enum routine_area a)
{
	unsigned i;

	for (i = 0; i < p->areas_count; i++)
		if (p->areas[i].area == a)
			return &p->areas[i];
	return NULL;
}

static struct painsrc_muscle *
find_listed(struct painsrc_area *a, const char *name)
{
	unsigned i;

	for (i = 0; i < a->muscles_count; i++)
		if (strcmp(a->muscles[i].name, name) == 0)
			return &a->muscles[i];
	return NULL;
}

static struct painsrc_map *
find_mapped(struct painsrc *p, const char *name)
{
	unsigned i;

	for (i = 0; i < p->muscles_count; i++)
		if (strcmp(p->muscles[i].name, name) == 0)
			return &p->muscles[i];
	return NULL;
}

/* Is the muscle under some area of p? */
static bool
listed_anywhere(struct painsrc *p, const char *name)
{
	unsigned i;

	for (i = 0; i < p->areas_count; i++)
		if (find_listed(&p->areas[i], name) != NULL)
			return true;
	return false;
}

/* Refuse a field that is not words, if the entry at path sets it. */
static int
not_words(struct bc_error *err, const char *file, const struct yamlload_map *m,
    const char *path, const char *key)
{
	char sub[160];

	snprintf(sub, sizeof sub, "%.100s.%.40s", path, key);
	if (yamlload_find(m, "%s", sub) == NULL)
		return 0;
	if (strcmp(key, "label") == 0)
		return yamlload_error(err, file, m, sub, _("a muscle's 'label' "
		    "is given once, under 'muscles', not under an area"));
	return yamlload_error(err, file, m, sub, _("a translation carries "
	    "words only: '%s' stays in the pain-source file itself"), key);
}

static int
check_areas(struct painsrc *p, const struct tr_painsrc *t,
    const struct yamlload_map *m, const char *file, struct bc_error *err)
{
	char path[128];
	unsigned i, j, k;

	for (i = 0; i < t->areas_count; i++) {
		const struct tr_area *ta = &t->areas[i];
		struct painsrc_area *a;

		snprintf(path, sizeof path, "areas.%u.area", i);
		if ((a = find_area(p, ta->area)) == NULL)
			return yamlload_error(err, file, m, path, _("the pain-source "
			    "file has no area '%s'"), routine_area_name(ta->area));
		for (k = 0; k < i; k++)
			if (t->areas[k].area == ta->area)
				return yamlload_error(err, file, m, path,
				    _("area '%s' is translated twice"),
				    routine_area_name(ta->area));
		snprintf(path, sizeof path, "areas.%u.note", i);
		if (yamlload_check_text(err, file, m, path, ta->note, false))
			return -1;
		for (j = 0; j < ta->muscles_count; j++) {
			const struct tr_muscle *tm = &ta->muscles[j];

			snprintf(path, sizeof path, "areas.%u.muscles.%u", i, j);
			if (not_words(err, file, m, path, "routines") ||
			    not_words(err, file, m, path, "label"))
				return -1;
			snprintf(path, sizeof path, "areas.%u.muscles.%u.name",
			    i, j);
			if (yamlload_check_text(err, file, m, path, tm->name,
			    true))
				return -1;
			if (find_listed(a, tm->name) == NULL)
				return yamlload_error(err, file, m, path,
				    _("the pain-source file has no muscle "
				    "'%.64s' under '%s'"), tm->name,
				    routine_area_name(ta->area));
			for (k = 0; k < j; k++)
				if (strcmp(ta->muscles[k].name, tm->name) == 0)
					return yamlload_error(err, file, m, path,
					    _("'%.64s' is translated twice under "
					    "'%s'"), tm->name,
					    routine_area_name(ta->area));
			snprintf(path, sizeof path,
			    "areas.%u.muscles.%u.refers", i, j);
			if (yamlload_check_text(err, file, m, path, tm->refers,
			    false))
				return -1;
		}
	}
	return 0;
}

static int
check_map(struct painsrc *p, const struct tr_painsrc *t,
    const struct yamlload_map *m, const char *file, struct bc_error *err)
{
	char path[128];
	unsigned i, k;

	for (i = 0; i < t->muscles_count; i++) {
		const struct tr_map *tm = &t->muscles[i];

		snprintf(path, sizeof path, "muscles.%u", i);
		if (not_words(err, file, m, path, "area") ||
		    not_words(err, file, m, path, "points") ||
		    not_words(err, file, m, path, "zone"))
			return -1;
		snprintf(path, sizeof path, "muscles.%u.name", i);
		if (yamlload_check_text(err, file, m, path, tm->name, true))
			return -1;
		if (find_mapped(p, tm->name) == NULL &&
		    !listed_anywhere(p, tm->name))
			return yamlload_error(err, file, m, path, _("the pain-source "
			    "file has no muscle '%.64s'"), tm->name);
		for (k = 0; k < i; k++)
			if (strcmp(t->muscles[k].name, tm->name) == 0)
				return yamlload_error(err, file, m, path,
				    _("'%.64s' is translated twice"), tm->name);
		snprintf(path, sizeof path, "muscles.%u.label", i);
		if (yamlload_check_text(err, file, m, path, tm->label, false))
			return -1;
		snprintf(path, sizeof path, "muscles.%u.knot", i);
		if (yamlload_check_text(err, file, m, path, tm->knot, false))
			return -1;
		if (tm->knot != NULL && find_mapped(p, tm->name) == NULL)
			return yamlload_error(err, file, m, path, _("'%.64s' is not "
			    "on the body map, so it has no knot to translate"),
			    tm->name);
	}
	return 0;
}

/* Take *from into *to (freeing the English) when the translation has it. */
static void
take(char **to, char **from)
{
	if (*from == NULL || (*from)[0] == '\0')
		return;
	free(*to);
	*to = xstrdup(*from);
}

/* Set a muscle's label everywhere it is shown (the map and every area). */
static void
set_label(struct painsrc *p, const char *name, const char *label)
{
	struct painsrc_map *mu = find_mapped(p, name);
	struct painsrc_muscle *lm;
	unsigned a;

	if (label == NULL || label[0] == '\0')
		return;
	if (mu != NULL) {
		if (mu->label != mu->name)
			free(mu->label);
		mu->label = xstrdup(label);
	}
	for (a = 0; a < p->areas_count; a++)
		if ((lm = find_listed(&p->areas[a], name)) != NULL) {
			if (lm->label != lm->name)
				free(lm->label);
			lm->label = xstrdup(label);
		}
}

int
painsrc_lang_apply_file(struct painsrc *p, const char *file,
    struct bc_error *err)
{
	struct tr_painsrc *t = NULL;
	struct yamlload_map *m = NULL;
	unsigned i, j;
	int rc;

	if (yamlload_file_as(file, &tr_format, (void **)&t, &m, err, NULL) != 0)
		return -1;
	rc = check_areas(p, t, m, file, err);
	if (rc == 0)
		rc = check_map(p, t, m, file, err);
	if (rc == 0) {
		for (i = 0; i < t->areas_count; i++) {
			struct painsrc_area *a = find_area(p, t->areas[i].area);

			take(&a->note, &t->areas[i].note);
			for (j = 0; j < t->areas[i].muscles_count; j++)
				take(&find_listed(a,
				    t->areas[i].muscles[j].name)->refers,
				    &t->areas[i].muscles[j].refers);
		}
		for (i = 0; i < t->muscles_count; i++) {
			struct painsrc_map *mu = find_mapped(p,
			    t->muscles[i].name);

			if (mu != NULL)
				take(&mu->knot, &t->muscles[i].knot);
			set_label(p, t->muscles[i].name, t->muscles[i].label);
		}
	}
	yamlload_free(&tr_schema, t);
	yamlload_map_free(m);
	return rc;
}

int
painsrc_lang_apply(struct painsrc *p, const char *path,
    char langs[][ROUTINE_LANG_CODE_MAX], size_t nlangs, FILE *warn)
{
	char file[4096 + 128];
	struct bc_error err;

	if (!routine_lang_find(path, PAINSRC_FILE_NAME, langs, nlangs, file,
	    sizeof file))
		return 0;
	if (painsrc_lang_apply_file(p, file, &err) == 0)
		return 1;
	routine_lang_warn(&err, warn);
	return -1;
}

int
painsrc_lang_apply_env(struct painsrc *p, const char *path, FILE *warn)
{
	char langs[ROUTINE_LANG_MAX][ROUTINE_LANG_CODE_MAX];
	size_t n = routine_lang_list(langs, ROUTINE_LANG_MAX);

	return painsrc_lang_apply(p, path, langs, n, warn);
}

int
painsrc_lang_check_all(const char *path, FILE *errfp)
{
	char dir[4096], file[4096 + 512], orig[4096 + 512];
	const char *slash = strrchr(path, '/');
	struct bc_error err;
	struct painsrc *p;
	struct dirent *de;
	struct stat st;
	int bad = 0;
	DIR *d;

	if (slash == NULL)
		snprintf(dir, sizeof dir, ".");
	else
		snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
	if ((d = opendir(dir)) == NULL)
		return 0;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		snprintf(file, sizeof file, "%s/%s/%s", dir, de->d_name,
		    PAINSRC_FILE_NAME);
		/* a language directory's file, with this one beside it */
		if (stat(file, &st) != 0 || !S_ISREG(st.st_mode) ||
		    !routine_lang_is_translation(file, orig, sizeof orig))
			continue;
		if (painsrc_load(path, &p, &err) != 0)
			break;		/* the file itself was checked */
		if (painsrc_lang_apply_file(p, file, &err) != 0) {
			bc_error_print(&err, errfp);
			bad++;
		}
		painsrc_free(p);
	}
	closedir(d);
	return bad;
}
