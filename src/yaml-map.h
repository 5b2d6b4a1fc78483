/*
 * yaml-map.h - the loader's first half (inside the loader only): reading a
 * file safely and the libyaml position map, a tree of nodes with their line
 * and column (struct yamlload_map in yamlload.h).
 */
#ifndef BC_YAML_MAP_H
#define BC_YAML_MAP_H

#include <stddef.h>

#include "error.h"
#include "yamlload.h"

/*
 * Read path whole into *buf (NUL-terminated, free it): a regular file of
 * at most YAMLLOAD_FILE_MAX bytes of UTF-8 without NUL.  -1 with err set
 * otherwise, and errno in *errno_out when it could not be opened.
 */
int yaml_map_read(const char *path, char **buf, size_t *len,
    struct bc_error *err, int *errno_out);

/*
 * Walk buf with libyaml into *out: 0.  Refuses, at their place, with -1:
 * syntax errors (in our words), aliases, more than one document, nesting
 * deeper than YAMLLOAD_DEPTH_MAX, keys that are not plain text or are too
 * long.  A file with nothing in it gives YAML_MAP_EMPTY ("empty file").
 */
#define YAML_MAP_EMPTY 1
int yaml_map_build(const char *file, const char *buf, size_t len,
    struct yamlload_map **out, struct bc_error *err);

/* Is v a null scalar's text: "", ~, null, Null, NULL? */
int yaml_map_null_word(const char *v);

#endif
