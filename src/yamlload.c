/*
 * yamlload.c - the strict YAML loader shared by routines, the pain-source
 * file and the settings file: the file read safely and mapped
 * (yaml-map.c), its structure checked on that map (yaml-check.c), and only
 * then libcyaml to fill the structs.  Also the lists of errors and the
 * semantic checks the formats share.
 */
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "xmalloc.h"
#include "yaml-check.h"
#include "yaml-map.h"
#include "yamlload.h"

/* ---- lists of errors ----------------------------------------------------- */

void
yamlload_errors_add(struct yamlload_errors *l, const struct bc_error *e)
{
	if (l->count == YAMLLOAD_ERRORS_MAX) {
		l->dropped++;
		return;
	}
	if (l->count == l->alloc) {
		l->alloc = l->alloc ? l->alloc * 2 : 4;
		l->v = xreallocarray(l->v, l->alloc, sizeof *l->v);
	}
	l->v[l->count++] = *e;
}

int
yamlload_errors_keep(struct yamlload_errors *l, int rc, const struct bc_error *e)
{
	if (rc == -1)
		yamlload_errors_add(l, e);
	return rc;
}

static int
cmp_place(const void *a, const void *b)
{
	const struct bc_error *x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->column != y->column)
		return x->column < y->column ? -1 : 1;
	return 0;
}

void
yamlload_errors_sort(struct yamlload_errors *l)
{
	size_t i, j;
	struct bc_error t;

	/* insertion sort: stable, and the list is short and nearly in order */
	for (i = 1; i < l->count; i++)
		for (j = i; j > 0 && cmp_place(&l->v[j - 1], &l->v[j]) > 0; j--) {
			t = l->v[j];
			l->v[j] = l->v[j - 1];
			l->v[j - 1] = t;
		}
}

void
yamlload_errors_drop_same_place(struct yamlload_errors *l, size_t from)
{
	size_t i, j, k = from;

	for (i = from; i < l->count; i++) {
		for (j = 0; j < from; j++)
			if (cmp_place(&l->v[j], &l->v[i]) == 0 &&
			    strcmp(l->v[j].file, l->v[i].file) == 0)
				break;
		if (j == from)
			l->v[k++] = l->v[i];
	}
	l->count = k;
}

void
yamlload_errors_free(struct yamlload_errors *l)
{
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* ---- loading ------------------------------------------------------------- */

static const cyaml_config_t *
config(void)
{
	static const cyaml_config_t cfg = {
		.log_fn = NULL,		/* every error is ours, found before */
		.mem_fn = cyaml_mem,
		.log_level = CYAML_LOG_ERROR,
		.flags = CYAML_CFG_NO_ALIAS,
	};

	return &cfg;
}

static int
load(const char *path, const struct yamlload_format *fmt,
    void **out, struct yamlload_map **mapp, struct yamlload_errors *errs,
    int *errno_out, bool keep_map)
{
	struct yamlload_map *m = NULL;
	cyaml_data_t *data = NULL;
	struct bc_error e;
	cyaml_err_t cerr;
	size_t len;
	char *buf;
	int rc;

	*out = NULL;
	if (mapp)
		*mapp = NULL;
	if (errno_out)
		*errno_out = 0;
	if (yaml_map_read(path, &buf, &len, &e, errno_out) == -1) {
		yamlload_errors_add(errs, &e);
		return -1;
	}
	if ((rc = yaml_map_build(path, buf, len, &m, &e)) != 0) {
		free(buf);
		if (rc == YAML_MAP_EMPTY && fmt->empty_ok)
			return 0;
		yamlload_errors_add(errs, &e);
		return -1;
	}
	if (yaml_check(path, m, fmt->schema, fmt->rules, errs) > 0) {
		free(buf);
		if (keep_map && mapp)
			*mapp = m;	/* for the format's own rules */
		else
			yamlload_map_free(m);
		return -1;
	}
	cerr = cyaml_load_data((const uint8_t *)buf, len, config(), fmt->schema,
	    &data, NULL);
	free(buf);
	if (cerr != CYAML_OK || data == NULL) {
		/* the check above should have found it: ours to fix */
		bc_error_set(&e, path, 0, 0,
		    /* TRANSLATORS: %s is libcyaml's own words, in English */
		    _("libcyaml refused what the loader's check let through "
		    "(%s): a bug in backcoach, please report it"),
		    cerr != CYAML_OK ? cyaml_strerror(cerr) : _("no data"));
		yamlload_errors_add(errs, &e);
		yamlload_free(fmt->schema, data);
		yamlload_map_free(m);
		return -1;
	}
	*out = data;
	if (mapp)
		*mapp = m;
	else
		yamlload_map_free(m);
	return 0;
}

int
yamlload_file_as(const char *path, const struct yamlload_format *fmt,
    void **out, struct yamlload_map **mapp, struct bc_error *err,
    int *errno_out)
{
	struct yamlload_errors errs = { NULL, 0, 0, 0 };
	int rc;

	rc = yamlload_load(path, fmt, out, mapp, &errs, errno_out);
	if (rc == -1)
		*err = errs.v[0];
	yamlload_errors_free(&errs);
	return rc;
}

int
yamlload_file(const char *path, const cyaml_schema_value_t *schema,
    void **out, struct yamlload_map **mapp, struct bc_error *err,
    int *errno_out)
{
	struct yamlload_format fmt = { schema, NULL, false };

	return yamlload_file_as(path, &fmt, out, mapp, err, errno_out);
}

void
yamlload_free(const cyaml_schema_value_t *schema, void *data)
{
	if (data != NULL)
		cyaml_free(config(), schema, data, 0);
}

/*
 * The file's numbers are written with a '.', whatever the person's locale:
 * strtod (ours and libcyaml's) reads them in the C locale's LC_NUMERIC,
 * for this thread only, while messages stay in the person's language.
 * Under de_DE.UTF-8, '0.52' was refused as "not a number".
 */
static int
load_locale(const char *path, const struct yamlload_format *fmt,
    void **out, struct yamlload_map **mapp, struct yamlload_errors *errs,
    int *errno_out, bool keep_map)
{
	locale_t base, numeric = (locale_t)0, old = (locale_t)0;
	int rc;

	if ((base = duplocale(uselocale((locale_t)0))) != (locale_t)0 &&
	    (numeric = newlocale(LC_NUMERIC_MASK, "C", base)) == (locale_t)0)
		freelocale(base);
	if (numeric != (locale_t)0)
		old = uselocale(numeric);
	rc = load(path, fmt, out, mapp, errs, errno_out, keep_map);
	if (numeric != (locale_t)0) {
		uselocale(old);
		freelocale(numeric);
	}
	return rc;
}

int
yamlload_load(const char *path, const struct yamlload_format *fmt,
    void **out, struct yamlload_map **mapp, struct yamlload_errors *errs,
    int *errno_out)
{
	return load_locale(path, fmt, out, mapp, errs, errno_out, false);
}

int
yamlload_load_map(const char *path, const struct yamlload_format *fmt,
    void **out, struct yamlload_map **mapp, struct yamlload_errors *errs,
    int *errno_out)
{
	return load_locale(path, fmt, out, mapp, errs, errno_out, true);
}

/* ---- semantic checks --------------------------------------------------- */

int
yamlload_error(struct bc_error *err, const char *file,
    const struct yamlload_map *m, const char *path, const char *fmt, ...)
{
	const struct yamlload_node *n = yamlload_find(m, "%s", path);
	char msg[sizeof err->msg];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	bc_error_set(err, file, n ? n->line : 1, n ? n->col : 1, "%s", msg);
	return -1;
}

/* The last component of a path: the field's name. */
static const char *
path_name(const char *path)
{
	const char *p = strrchr(path, '.');

	return p ? p + 1 : path;
}

int
yamlload_check_text(struct bc_error *err, const char *file,
    const struct yamlload_map *m, const char *path, const char *s,
    bool required)
{
	const struct yamlload_node *n = yamlload_find(m, "%s", path);
	const char *what;
	char buf[64];

	if (s == NULL) {
		if (required)
			return yamlload_error(err, file, m, path,
			    _("missing required field '%s'"), path_name(path));
		return 0;
	}
	/* "~" and "null" reach us as text; they mean "nothing" */
	if (required && ((n && n->plain && n->value &&
	    yaml_map_null_word(n->value)) || s[strspn(s, " \t\n")] == '\0'))
		return yamlload_error(err, file, m, path, _("'%s' is empty"),
		    path_name(path));
	if ((what = yaml_check_text(s, false, buf, sizeof buf)) != NULL)
		/* TRANSLATORS: "control character U+0007 in 'title'" */
		return yamlload_error(err, file, m, path, _("%s in '%s'"), what,
		    path_name(path));
	return 0;
}

int
yamlload_check_uint(struct bc_error *err, const char *file,
    const struct yamlload_map *m, const char *path, uint32_t v, uint32_t lo,
    uint32_t hi)
{
	const struct yamlload_node *n = yamlload_find(m, "%s", path);
	const char *what;
	char word[64];

	if (n == NULL)
		return 0;	/* absent: the default applies */
	if (n->value == NULL)
		what = _("is not a whole number");
	else
		what = yaml_check_number(n->value, lo, hi);
	if (what == NULL && (v < lo || v > hi))
		what = _("is out of range");
	if (what == NULL)
		return 0;
	yaml_check_word(n->value ? n->value : "", word, sizeof word);
	/* TRANSLATORS: "'0' is out of range for volume (1 to 100)" */
	return yamlload_error(err, file, m, path,
	    _("'%s' %s for %s (%u to %u)"), word, what, path_name(path), lo,
	    hi);
}

int
yamlload_check_bool(struct bc_error *err, const char *file,
    const struct yamlload_map *m, const char *path)
{
	const struct yamlload_node *n = yamlload_find(m, "%s", path);
	char word[64];

	if (n == NULL || (n->value && yaml_check_bool_word(n->value)))
		return 0;
	yaml_check_word(n->value ? n->value : "", word, sizeof word);
	return yamlload_error(err, file, m, path,
	    _("'%s' for '%s' is not true or false"), word, path_name(path));
}
