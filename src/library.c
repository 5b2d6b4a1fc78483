/*
 * library.c - the routines a person can choose from: every *.yaml along the
 * search path (earlier directories override later ones by id), sorted by
 * title, looked up by id (a hash table, so that loading N files costs O(N))
 * and filtered by area, kind and length.  A bad file is a warning, never a
 * reason to stop.
 */
#include "config.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "library.h"
#include "painsrc.h"
#include "routine-lang.h"
#include "pose.h"
#include "xmalloc.h"

static int
cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
cmp_title(const void *a, const void *b)
{
	const struct routine *x = *(struct routine *const *)a;
	const struct routine *y = *(struct routine *const *)b;
	/* as a person reads a list: case does not decide the order */
	int c = strcasecmp(x->title, y->title);

	return c ? c : strcmp(x->id, y->id);
}

static int
is_routine_file(const char *name)
{
	size_t n = strlen(name);

	/* hidden files are editors' and tools' business, not routines */
	return name[0] != '.' && n > 5 && strcmp(name + n - 5, ".yaml") == 0 &&
	    strcmp(name, PAINSRC_FILE_NAME) != 0 &&
	    strcmp(name, POSE_FILE_NAME) != 0;
}

static void
warn_skip(FILE *warn, struct bc_error *e)
{
	size_t n = strlen(e->msg);

	if (warn == NULL)
		return;
	/* TRANSLATORS: appended to a file's error: "...: empty file
	 * (skipped)" */
	snprintf(e->msg + n, sizeof e->msg - n, "%s", _(" (skipped)"));
	bc_error_print(e, warn);
}

/* The sorted names of the routine files in dir; NULL when it cannot be read. */
static char **
scan_dir(const char *dir, size_t *count)
{
	DIR *d;
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, alloc = 0;

	*count = 0;
	if ((d = opendir(dir)) == NULL)
		return NULL;
	while ((de = readdir(d)) != NULL) {
		if (!is_routine_file(de->d_name))
			continue;
		if (n == alloc) {
			alloc = alloc ? alloc * 2 : 16;
			names = xreallocarray(names, alloc, sizeof *names);
		}
		xasprintf(&names[n++], "%s/%s", dir, de->d_name);
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp_name);
	*count = n;
	return names;
}

/* FNV-1a: ids are short and the table is only an index. */
static size_t
id_hash(const char *s)
{
	size_t h = (size_t)2166136261u;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

/* The slot of id in the index: its item, or the empty slot it would take. */
static size_t
index_slot(const struct library *lib, const char *id)
{
	size_t mask = lib->index_size - 1, i;

	for (i = id_hash(id) & mask; lib->index[i] != 0; i = (i + 1) & mask)
		if (strcmp(lib->items[lib->index[i] - 1]->id, id) == 0)
			break;
	return i;
}

/* Index every item by id (the table at most half full). */
static void
index_build(struct library *lib)
{
	size_t i;

	free(lib->index);
	for (lib->index_size = 16; lib->index_size < lib->count * 2;)
		lib->index_size *= 2;
	lib->index = xcalloc(lib->index_size, sizeof *lib->index);
	for (i = 0; i < lib->count; i++)
		lib->index[index_slot(lib, lib->items[i]->id)] = i + 1;
}

/* The index in lib->items of the routine with this id, or -1. */
static long
item_of(const struct library *lib, const char *id)
{
	if (lib->index == NULL)
		return -1;
	return (long)lib->index[index_slot(lib, id)] - 1;
}

const struct routine *
library_find(const struct library *lib, const char *id)
{
	long k = item_of(lib, id);

	return k < 0 ? NULL : lib->items[k];
}

/* Levenshtein distance, for "did you mean" (ids are at most 64 bytes). */
static size_t
library_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, prev, cur, row[72];

	if (la > 70 || lb > 70)
		return 99;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			cur = row[j];
			row[j] = prev + (a[i - 1] != b[j - 1]);
			if (row[j - 1] + 1 < row[j])
				row[j] = row[j - 1] + 1;
			if (cur + 1 < row[j])
				row[j] = cur + 1;
			prev = cur;
		}
	}
	return row[lb];
}

const char *
library_suggest(const struct library *lib, const char *id)
{
	const char *best = NULL, *part = NULL, *titled = NULL, *t;
	size_t i, d, bd = 99, len = strlen(id), limit = len / 3 > 2 ? len / 3 : 2;

	if (len == 0)
		return NULL;
	for (i = 0; i < lib->count; i++) {
		t = lib->items[i]->id;
		d = library_distance(id, t);
		if (d < bd) {
			bd = d;
			best = t;
		}
		/* a part of an id ("desk" for desk-reset), else of a title */
		if (len < 3)
			continue;
		if (strstr(t, id) != NULL &&
		    (part == NULL || strlen(t) < strlen(part)))
			part = t;
		if (strcasestr(lib->items[i]->title, id) != NULL &&
		    (titled == NULL || strlen(t) < strlen(titled)))
			titled = t;
	}
	if (bd <= limit && bd < len)
		return best;
	return part != NULL ? part : titled;
}

int
library_add(struct library *lib, struct routine *r, struct bc_error *err)
{
	const struct routine *old;

	if ((old = library_find(lib, r->id)) != NULL) {
		bc_error_set(err, r->path, r->id_line, r->id_col,
		    _("duplicate id '%s' (also in %s)"), r->id, old->path);
		return -1;
	}
	if (lib->count == lib->alloc) {
		lib->alloc = lib->alloc ? lib->alloc * 2 : 16;
		lib->items = xreallocarray(lib->items, lib->alloc,
		    sizeof *lib->items);
	}
	lib->items[lib->count++] = r;
	if (lib->count * 2 > lib->index_size)
		index_build(lib);
	else
		lib->index[index_slot(lib, r->id)] = lib->count;
	return 0;
}

/* The routines' words in the person's language, where a translation is. */
static void
translate(struct library *lib, FILE *warn)
{
	char langs[ROUTINE_LANG_MAX][ROUTINE_LANG_CODE_MAX];
	size_t n = routine_lang_list(langs, ROUTINE_LANG_MAX), i;

	for (i = 0; n > 0 && i < lib->count; i++)
		routine_lang_apply(lib->items[i], langs, n, warn);
}

int
library_load(struct library *lib, const char *const *dirs, size_t ndirs,
    FILE *warn)
{
	size_t *from = NULL;	/* the directory of each item */
	size_t di, fi, nfiles, from_alloc = 0;
	struct routine *r;
	long k;
	struct bc_error e;
	char **files;
	int skipped = 0;

	memset(lib, 0, sizeof *lib);
	for (di = 0; di < ndirs; di++) {
		if ((files = scan_dir(dirs[di], &nfiles)) == NULL)
			continue;	/* a missing directory is fine */
		for (fi = 0; fi < nfiles; fi++) {
			if (routine_load(files[fi], &r, &e) == -1) {
				warn_skip(warn, &e);
				skipped++;
			} else if ((k = item_of(lib, r->id)) < 0) {
				if (lib->count == from_alloc) {
					from_alloc = from_alloc ? from_alloc * 2 : 16;
					from = xreallocarray(from, from_alloc,
					    sizeof *from);
				}
				from[lib->count] = di;
				library_add(lib, r, &e);
			} else if (from[k] == di) {
				library_add(lib, r, &e);	/* refuses it, says why */
				warn_skip(warn, &e);
				skipped++;
				routine_free(r);
			} else
				routine_free(r);	/* shadowed by a higher directory */
			free(files[fi]);
		}
		free(files);
	}
	free(from);
	translate(lib, warn);
	if (lib->count) {
		qsort(lib->items, lib->count, sizeof *lib->items, cmp_title);
		index_build(lib);
	}
	return skipped;
}

void
library_free(struct library *lib)
{
	size_t i;

	for (i = 0; i < lib->count; i++)
		routine_free(lib->items[i]);
	free(lib->items);
	free(lib->index);
	memset(lib, 0, sizeof *lib);
}

int
library_match(const struct routine *r, const struct library_filter *f)
{
	if (f == NULL)
		return 1;
	if (f->area >= 0 && !(r->areas & (1u << f->area)))
		return 0;
	if (f->kind >= 0 && (int)r->kind != f->kind)
		return 0;
	if (f->max_seconds && routine_total_seconds(r) > f->max_seconds)
		return 0;
	return 1;
}
