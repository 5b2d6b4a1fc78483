/*
 * library.c - the routines a person can choose from: every *.yaml along the
 * search path (earlier directories override later ones by id), sorted by
 * title, looked up by id and filtered by area, kind and length.  A bad file
 * is a warning, never a reason to stop.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "library.h"
#include "painsrc.h"
#include "xmalloc.h"

struct entry {
	struct routine *r;
	size_t dir;		/* index of the directory it came from */
};

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
	    strcmp(name, PAINSRC_FILE_NAME) != 0;
}

static void
warn_skip(FILE *warn, struct bc_error *e)
{
	size_t n = strlen(e->msg);

	if (warn == NULL)
		return;
	snprintf(e->msg + n, sizeof e->msg - n, " (skipped)");
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

int
library_load(struct library *lib, const char *const *dirs, size_t ndirs,
    FILE *warn)
{
	struct entry *ents = NULL;
	size_t nents = 0, alloc = 0, di, fi, nfiles, k;
	struct routine *r;
	struct bc_error e;
	char **files;
	int skipped = 0;

	lib->items = NULL;
	lib->count = 0;
	for (di = 0; di < ndirs; di++) {
		if ((files = scan_dir(dirs[di], &nfiles)) == NULL)
			continue;	/* a missing directory is fine */
		for (fi = 0; fi < nfiles; fi++) {
			if (routine_load(files[fi], &r, &e) == -1) {
				warn_skip(warn, &e);
				skipped++;
				free(files[fi]);
				continue;
			}
			for (k = 0; k < nents; k++)
				if (strcmp(ents[k].r->id, r->id) == 0)
					break;
			if (k < nents && ents[k].dir == di) {
				bc_error_set(&e, r->path, r->id_line, r->id_col,
				    "duplicate id '%s' (also in %s)", r->id,
				    ents[k].r->path);
				warn_skip(warn, &e);
				skipped++;
				routine_free(r);
			} else if (k < nents) {
				/* shadowed by a higher-priority directory */
				routine_free(r);
			} else {
				if (nents == alloc) {
					alloc = alloc ? alloc * 2 : 16;
					ents = xreallocarray(ents, alloc,
					    sizeof *ents);
				}
				ents[nents].r = r;
				ents[nents++].dir = di;
			}
			free(files[fi]);
		}
		free(files);
	}
	if (nents) {
		lib->items = xreallocarray(NULL, nents, sizeof *lib->items);
		for (k = 0; k < nents; k++)
			lib->items[k] = ents[k].r;
		lib->count = nents;
		qsort(lib->items, nents, sizeof *lib->items, cmp_title);
	}
	free(ents);
	return skipped;
}

void
library_free(struct library *lib)
{
	size_t i;

	for (i = 0; i < lib->count; i++)
		routine_free(lib->items[i]);
	free(lib->items);
	lib->items = NULL;
	lib->count = 0;
}

const struct routine *
library_find(const struct library *lib, const char *id)
{
	size_t i;

	for (i = 0; i < lib->count; i++)
		if (strcmp(lib->items[i]->id, id) == 0)
			return lib->items[i];
	return NULL;
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
