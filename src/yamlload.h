/*
 * yamlload.h - the one strict YAML loader behind routines, the pain-source
 * file and the settings file.
 *
 * A load checks the file's size and UTF-8, walks it once with libyaml to
 * record where every node is (and to refuse syntax errors, aliases, duplicate
 * keys and empty files with a position), then loads it with libcyaml against
 * a schema.  libcyaml's own errors are turned into FILE:LINE:COLUMN: message
 * in plain words.  The position map stays available for the semantic checks
 * each format does afterwards.
 */
#ifndef BC_YAMLLOAD_H
#define BC_YAMLLOAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cyaml/cyaml.h>

#include "error.h"

#define YAMLLOAD_TEXT_MAX  4096		/* any string, in bytes */
#define YAMLLOAD_DEPTH_MAX 32		/* nesting of mappings and lists */

enum yamlload_type { YAMLLOAD_SCALAR, YAMLLOAD_MAPPING, YAMLLOAD_SEQUENCE };

/* One node of the document and where it is (1-based line and column). */
struct yamlload_node {
	char *path;		/* "" root, "title", "steps.0.seconds" (0-based) */
	enum yamlload_type type;
	unsigned line, col;	/* the value */
	unsigned key_line, key_col;	/* its key in the parent mapping, 0 if none */
	char *value;		/* scalar text, NULL otherwise */
	bool plain;		/* plain (unquoted) scalar */
};

struct yamlload_map {
	struct yamlload_node *nodes;
	size_t count, alloc;
	size_t *hash;		/* open addressing: node index + 1, 0 empty */
	size_t hash_size;
};

/*
 * Load path against schema (a top-level CYAML_MAPPING value with
 * CYAML_FLAG_POINTER).  On success returns 0, sets *out and, if map is not
 * NULL, *map (free with yamlload_map_free).  On failure returns -1 with err
 * set; *out and *map are NULL.  A missing file gives errno ENOENT in
 * *errno_out (if not NULL), so that optional files can be told apart.
 */
int yamlload_file(const char *path, const cyaml_schema_value_t *schema,
    void **out, struct yamlload_map **map, struct bc_error *err,
    int *errno_out);
/* Free data loaded with schema (NULL is fine). */
void yamlload_free(const cyaml_schema_value_t *schema, void *data);
void yamlload_map_free(struct yamlload_map *m);

/* The node at a printf-formatted path, or NULL. */
const struct yamlload_node *yamlload_find(const struct yamlload_map *m,
    const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/*
 * Set err at the node for path (its value), or at 1:1 when the path is not in
 * the map.  Always returns -1, so that a check can `return yamlload_error(...)`.
 */
int yamlload_error(struct bc_error *err, const char *file,
    const struct yamlload_map *m, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/*
 * Semantic checks shared by the formats; each returns 0, or -1 with err set
 * at the field's position.  yamlload_check_text refuses control characters
 * (text.h) and, when required, an empty, blank or null (~) value.
 */
int yamlload_check_text(struct bc_error *err, const char *file,
    const struct yamlload_map *m, const char *path, const char *s,
    bool required);
/* A number given in the file (if present) must be in lo..hi, in plain decimal. */
int yamlload_check_uint(struct bc_error *err, const char *file,
    const struct yamlload_map *m, const char *path, uint32_t v, uint32_t lo,
    uint32_t hi);

/*
 * libcyaml reads any word that is not false-like as true ("maybe" is true):
 * a boolean in the file must be true/false (or yes/no, on/off).
 */
int yamlload_check_bool(struct bc_error *err, const char *file,
    const struct yamlload_map *m, const char *path);

#endif
