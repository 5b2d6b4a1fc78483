/*
 * library.h - the routines a person can choose from: found along a search
 * path (earlier directories override later ones by id), listed and filtered.
 */
#ifndef BC_LIBRARY_H
#define BC_LIBRARY_H

#include <stdio.h>

#include "routine.h"

struct library {
	struct routine **items;	/* sorted by title after library_load */
	size_t count, alloc;
	size_t *index;		/* ids: open addressing, item index + 1 */
	size_t index_size;	/* a power of two, or 0 */
};

/*
 * Load every *.yaml in dirs (highest priority first), skipping
 * PAINSRC_FILE_NAME.  A bad file gives a one-line warning on warn (if not
 * NULL) and is skipped.  Missing directories are not an error.  A duplicate id
 * in a lower-priority directory is shadowed silently; a duplicate inside one
 * directory is warned about.  Returns the number of files skipped for errors.
 */
int library_load(struct library *lib, const char *const *dirs, size_t ndirs, FILE *warn);
void library_free(struct library *lib);
/* The routine with this id, or NULL (a look-up in a hash table). */
const struct routine *library_find(const struct library *lib, const char *id);
/*
 * The id of lib nearest to id, for "did you mean": one a few edits away
 * (a typo), else the shortest that holds id or whose title does ("desk"
 * gives desk-reset); NULL when none is near.
 */
const char *library_suggest(const struct library *lib, const char *id);
/*
 * Add r to lib (which library_load filled or which starts zeroed) and own
 * it, unless its id is there already: then return -1 with err set at r's
 * id ("duplicate id 'x' (also in FILE)") and leave r to the caller.
 */
int library_add(struct library *lib, struct routine *r, struct bc_error *err);

struct library_filter {
	int area;		/* -1 any, else enum routine_area */
	int kind;		/* -1 any, else enum routine_kind */
	unsigned max_seconds;	/* 0 any */
};
/* Does r pass the filter? */
int library_match(const struct routine *r, const struct library_filter *f);

#endif
