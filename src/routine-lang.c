/*
 * routine-lang.c - a routine's words in the person's language.
 *
 * A translation is a file LANG/ID.yaml beside the routine ID.yaml (so
 * routines/de/desk-reset.yaml for the shipped routines, and the same layout
 * in a person's own routine directory).  It carries words only: title,
 * summary, caution, and for each step, in the routine's order, its name and
 * instructions.  Any field it leaves out stays English.  A translation that
 * sets anything else (a time, sides, reps, rest, prepare, a figure, areas
 * ...), or a step the routine does not have, is refused with its position.
 *
 * The language is chosen as gettext chooses it: LANGUAGE (a list), then
 * LC_ALL, LC_MESSAGES, LANG, through setlocale; the C locale is English.
 */
#include "config.h"

#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>

#include <cyaml/cyaml.h>

#include "i18n.h"
#include "routine-lang.h"
#include "xmalloc.h"
#include "yamlload.h"

/* A translation as loaded; the fields that are not words are there only to
 * be refused with a message that says why. */
struct tr_step {
	char *name;
	char *instructions;
	char *seconds, *sides, *reps, *rest, *prepare, *figure;
};

struct tr_routine {
	char *id;
	char *title;
	char *summary;
	char *caution;
	struct tr_step *steps;
	unsigned steps_count;
	char *kind, *level, *areas, *equipment;
};

#define TR_TEXT(key, st, m) \
	CYAML_FIELD_STRING_PTR(key, CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL, \
	    st, m, 0, YAMLLOAD_TEXT_MAX)
/* Not words: accepted by the schema as any scalar, refused by check(). */
#define TR_NOT_TEXT(key, st, m) \
	CYAML_FIELD_STRING_PTR(key, CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL, \
	    st, m, 0, 256)

static const cyaml_schema_field_t tr_step_fields[] = {
	TR_TEXT("name", struct tr_step, name),
	TR_TEXT("instructions", struct tr_step, instructions),
	TR_NOT_TEXT("seconds", struct tr_step, seconds),
	TR_NOT_TEXT("sides", struct tr_step, sides),
	TR_NOT_TEXT("reps", struct tr_step, reps),
	TR_NOT_TEXT("rest", struct tr_step, rest),
	TR_NOT_TEXT("prepare", struct tr_step, prepare),
	TR_NOT_TEXT("figure", struct tr_step, figure),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t tr_step_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct tr_step, tr_step_fields),
};

static const cyaml_schema_field_t tr_fields[] = {
	TR_TEXT("id", struct tr_routine, id),
	TR_TEXT("title", struct tr_routine, title),
	TR_TEXT("summary", struct tr_routine, summary),
	TR_TEXT("caution", struct tr_routine, caution),
	CYAML_FIELD_SEQUENCE("steps",
	    CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL, struct tr_routine, steps,
	    &tr_step_schema, 0, ROUTINE_STEPS_MAX),
	TR_NOT_TEXT("kind", struct tr_routine, kind),
	TR_NOT_TEXT("level", struct tr_routine, level),
	TR_NOT_TEXT("areas", struct tr_routine, areas),
	TR_NOT_TEXT("equipment", struct tr_routine, equipment),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t tr_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, struct tr_routine, tr_fields),
};

/* A title and a step name are one line here too (routine.c) */
static const struct yamlload_rule tr_rules[] = {
	YAMLLOAD_ONE_LINE(tr_fields, "title"),
	YAMLLOAD_ONE_LINE(tr_step_fields, "name"),
	YAMLLOAD_RULES_END
};

static const struct yamlload_format tr_format = { &tr_schema, tr_rules, false };

/* Add code (and, for "de_AT", its language "de") to the list, once each. */
static size_t
add_lang(char out[][ROUTINE_LANG_CODE_MAX], size_t n, size_t max,
    const char *code, size_t len)
{
	char c[ROUTINE_LANG_CODE_MAX];
	size_t i, k;

	for (int pass = 0; pass < 2; pass++) {
		if (len == 0 || len >= sizeof c)
			return n;
		memcpy(c, code, len);
		c[len] = '\0';
		/* letters, digits and '_' only: it becomes part of a path */
		for (k = 0; k < len; k++)
			if (!((c[k] >= 'a' && c[k] <= 'z') ||
			    (c[k] >= 'A' && c[k] <= 'Z') ||
			    (c[k] >= '0' && c[k] <= '9') || c[k] == '_'))
				return n;
		for (i = 0; i < n; i++)
			if (strcmp(out[i], c) == 0)
				break;
		if (i == n && n < max)
			snprintf(out[n++], ROUTINE_LANG_CODE_MAX, "%s", c);
		len = strcspn(c, "_");	/* then the language alone */
		if (len == strlen(c))
			break;
	}
	return n;
}

/* The language part of a locale name: "de_DE.UTF-8@euro" -> "de_DE". */
static size_t
code_len(const char *s)
{
	return strcspn(s, ".@:");
}

size_t
routine_lang_list(char out[][ROUTINE_LANG_CODE_MAX], size_t max)
{
	const char *loc = setlocale(LC_MESSAGES, NULL), *lang, *p;
	size_t n = 0, len;

	/*
	 * as gettext: the C locale is untranslated, whatever LANGUAGE says;
	 * C.UTF-8 follows LANGUAGE (gettext does) but is no language itself
	 */
	if (loc == NULL || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0)
		return 0;
	if ((lang = getenv("LANGUAGE")) != NULL) {
		for (p = lang; *p != '\0'; p += len + (p[len] == ':')) {
			len = strcspn(p, ":");
			if (len >= 2 && p[0] == 'e' && p[1] == 'n' &&
			    (len == 2 || p[2] == '_' || p[2] == '.'))
				return n;	/* English from here on */
			n = add_lang(out, n, max, p, code_len(p) < len ?
			    code_len(p) : len);
		}
	}
	if ((loc[0] == 'e' && loc[1] == 'n' && (loc[2] == '_' ||
	    loc[2] == '\0' || loc[2] == '.')) || strncmp(loc, "C.", 2) == 0)
		return n;
	return add_lang(out, n, max, loc, code_len(loc));
}

/* The directory part of path ("." when there is none), into buf. */
static void
dir_of(const char *path, char *buf, size_t size)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		snprintf(buf, size, ".");
	else
		snprintf(buf, size, "%.*s", (int)(slash - path), path);
}

/* Refuse what a translation must not set; check the words it sets. */
static int
check(const struct routine *r, const struct tr_routine *t,
    const struct yamlload_map *m, const char *file, struct bc_error *err)
{
	static const char *const top[] = { "kind", "level", "areas",
		"equipment" };
	static const char *const step[] = { "seconds", "sides", "reps", "rest",
		"prepare", "figure" };
	const char *const tv[] = { t->kind, t->level, t->areas, t->equipment };
	char path[64];
	unsigned i, k;

	for (k = 0; k < sizeof top / sizeof top[0]; k++)
		if (tv[k] != NULL)
			return yamlload_error(err, file, m, top[k],
			    _("a translation carries words only: '%s' is set "
			    "in the routine's own file"), top[k]);
	if (t->id != NULL && strcmp(t->id, r->id) != 0)
		return yamlload_error(err, file, m, "id",
		    _("the translation is for '%.64s', the routine is '%s'"),
		    t->id, r->id);
	if (yamlload_check_text(err, file, m, "title", t->title, false) ||
	    yamlload_check_text(err, file, m, "summary", t->summary, false) ||
	    yamlload_check_text(err, file, m, "caution", t->caution, false))
		return -1;
	if (t->title != NULL && strchr(t->title, '\n') != NULL)
		return yamlload_error(err, file, m, "title",
		    _("'title' must be one line"));
	if (t->steps_count > r->steps_count) {
		snprintf(path, sizeof path, "steps.%u", r->steps_count);
		return yamlload_error(err, file, m, path,
		    P_("step %u does not exist: '%s' has %u step",
		    "step %u does not exist: '%s' has %u steps",
		    r->steps_count), r->steps_count + 1, r->id,
		    r->steps_count);
	}
	for (i = 0; i < t->steps_count; i++) {
		const struct tr_step *s = &t->steps[i];
		const char *const sv[] = { s->seconds, s->sides, s->reps,
			s->rest, s->prepare, s->figure };

		for (k = 0; k < sizeof step / sizeof step[0]; k++)
			if (sv[k] != NULL) {
				snprintf(path, sizeof path, "steps.%u.%s", i,
				    step[k]);
				return yamlload_error(err, file, m, path,
				    _("a translation carries words only: a "
				    "step's %s is set in the routine's own "
				    "file"), step[k]);
			}
		snprintf(path, sizeof path, "steps.%u.name", i);
		if (yamlload_check_text(err, file, m, path, s->name, false))
			return -1;
		if (s->name != NULL && strchr(s->name, '\n') != NULL)
			return yamlload_error(err, file, m, path,
			    _("a step's 'name' must be one line"));
		snprintf(path, sizeof path, "steps.%u.instructions", i);
		if (yamlload_check_text(err, file, m, path, s->instructions,
		    false))
			return -1;
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

int
routine_lang_apply_file(struct routine *r, const char *file,
    struct bc_error *err)
{
	struct tr_routine *t = NULL;
	struct yamlload_map *m = NULL;
	unsigned i;
	int rc;

	if (yamlload_file_as(file, &tr_format, (void **)&t, &m, err, NULL) != 0)
		return -1;
	rc = check(r, t, m, file, err);
	if (rc == 0) {
		take(&r->title, &t->title);
		take(&r->summary, &t->summary);
		take(&r->caution, &t->caution);
		for (i = 0; i < t->steps_count; i++) {
			take(&r->steps[i].name, &t->steps[i].name);
			take(&r->steps[i].instructions,
			    &t->steps[i].instructions);
		}
	}
	yamlload_free(&tr_schema, t);
	yamlload_map_free(m);
	return rc;
}

int
routine_lang_path(const char *path, const char *name, const char *lang,
    char *buf, size_t size)
{
	char dir[4096];
	int n;

	if (path == NULL)
		return -1;
	dir_of(path, dir, sizeof dir);
	n = snprintf(buf, size, "%s/%s/%s", dir, lang, name);
	return n < 0 || (size_t)n >= size ? -1 : 0;
}

bool
routine_lang_find(const char *path, const char *name,
    char langs[][ROUTINE_LANG_CODE_MAX], size_t nlangs, char *file,
    size_t size)
{
	struct stat st;
	size_t i;

	for (i = 0; i < nlangs; i++)
		if (routine_lang_path(path, name, langs[i], file, size) == 0 &&
		    stat(file, &st) == 0)
			return true;
	return false;
}

void
routine_lang_warn(struct bc_error *err, FILE *warn)
{
	size_t n = strlen(err->msg);

	if (warn == NULL)
		return;
	snprintf(err->msg + n, sizeof err->msg - n, " %s",
	    _("(the English text is used)"));
	bc_error_print(err, warn);
}

int
routine_lang_apply(struct routine *r, char langs[][ROUTINE_LANG_CODE_MAX],
    size_t nlangs, FILE *warn)
{
	char file[4096 + 128], name[ROUTINE_ID_MAX + 8];
	struct bc_error err;

	/* the translation is found by the routine's id, as its file is */
	snprintf(name, sizeof name, "%s.yaml", r->id);
	if (!routine_lang_find(r->path, name, langs, nlangs, file, sizeof file))
		return 0;
	if (routine_lang_apply_file(r, file, &err) == 0)
		return 1;
	routine_lang_warn(&err, warn);
	return -1;
}

/* Is name a language directory's name: "de", "pt_BR"? */
static bool
lang_name(const char *name)
{
	size_t n = strlen(name), i;

	if (n < 2 || n >= ROUTINE_LANG_CODE_MAX)
		return false;
	for (i = 0; i < n; i++)
		if (!((name[i] >= 'a' && name[i] <= 'z') ||
		    (i >= 2 && (name[i] == '_' || (name[i] >= 'A' &&
		    name[i] <= 'Z')))))
			return false;
	return name[2] == '\0' || name[2] == '_' || (n == 3);
}

bool
routine_lang_is_translation(const char *path, char *routine_path,
    size_t size)
{
	char dir[4096], *lang;
	const char *base = strrchr(path, '/');
	struct stat st;

	if (base == NULL)
		return false;
	dir_of(path, dir, sizeof dir);
	lang = strrchr(dir, '/');
	lang = lang == NULL ? dir : lang + 1;
	if (!lang_name(lang))
		return false;
	lang[lang == dir ? 0 : -1] = '\0';
	if (lang == dir)
		snprintf(dir, sizeof dir, ".");
	if ((size_t)snprintf(routine_path, size, "%s%s", dir, base) >= size)
		return false;
	return stat(routine_path, &st) == 0 && S_ISREG(st.st_mode);
}

int
routine_lang_check_all(const struct routine *r, FILE *errfp)
{
	char dir[4096], file[4096 + 512];
	struct bc_error err;
	struct dirent *de;
	struct routine *copy;
	struct stat st;
	int bad = 0;
	DIR *d;

	dir_of(r->path, dir, sizeof dir);
	if ((d = opendir(dir)) == NULL)
		return 0;
	while ((de = readdir(d)) != NULL) {
		if (!lang_name(de->d_name))
			continue;
		snprintf(file, sizeof file, "%s/%s/%s.yaml", dir, de->d_name,
		    r->id);
		if (stat(file, &st) != 0)
			continue;
		if (routine_load(r->path, &copy, &err) != 0)
			break;		/* the routine itself was checked */
		if (routine_lang_apply_file(copy, file, &err) != 0) {
			bc_error_print(&err, errfp);
			bad++;
		}
		routine_free(copy);
	}
	closedir(d);
	return bad;
}
