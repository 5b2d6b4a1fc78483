/*
 * yamlload.h - the one strict YAML loader behind routines, the pain-source
 * file and the settings file.
 *
 * A load reads the file safely (size, regular file, UTF-8, no NUL), walks it
 * once with libyaml into a tree of nodes with their line and column
 * (yaml-map.c: syntax errors, aliases and empty files are refused there),
 * checks that tree against the libcyaml schema (yaml-check.c: unknown,
 * duplicate and missing fields, node types, enum words, number ranges,
 * list and text lengths, control and invisible characters), each error at
 * its own place; only then does libcyaml fill the structs.  The position map
 * stays available for the semantic checks each format does afterwards.
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
#define YAMLLOAD_FILE_MAX  (1024 * 1024)	/* bytes, checked before parsing */
#define YAMLLOAD_ERRORS_MAX 50		/* errors kept of one file */

enum yamlload_type { YAMLLOAD_SCALAR, YAMLLOAD_MAPPING, YAMLLOAD_SEQUENCE };

/* One node of the document and where it is (1-based line and column). */
struct yamlload_node {
	enum yamlload_type type;
	unsigned line, col;	/* the value */
	unsigned key_line, key_col;	/* its key in the parent mapping, 0 if none */
	char *key;		/* that key; NULL for the root and list entries */
	char *value;		/* scalar text, NULL otherwise */
	bool plain;		/* plain (unquoted) scalar */
	size_t parent;		/* index in the map; the root is its own parent */
	size_t index;		/* its place among the parent's children */
	size_t *kids;		/* indexes of the children, in file order */
	size_t nkids;
};

/* The document as a tree: nodes[0] is the root, every node after its parent. */
struct yamlload_map {
	struct yamlload_node *nodes;
	size_t count, alloc;
	size_t *kid_store;	/* every node's kids, one block */
};

/*
 * What a libcyaml schema cannot say about a field, in a table of the
 * format's own: the range of a number (every number refused is worded
 * "'-5' is out of range for rest (0 to 600)"), text that must be one line,
 * or the words for a required list left blank (`steps:` with nothing after
 * it, or ~): the format's own message for an empty list, the same it gives
 * for `steps: []`, marked with N_() (without it: "'steps' is empty").
 * A table ends with an entry whose fields is NULL.
 */
enum {
	YAMLLOAD_RULE_RANGE = 1, YAMLLOAD_RULE_ONE_LINE = 2,
	YAMLLOAD_RULE_EMPTY = 4
};
struct yamlload_rule {
	const cyaml_schema_field_t *fields;	/* the mapping's table of fields */
	const char *key;	/* the field in it */
	unsigned what;		/* YAMLLOAD_RULE_* */
	long long lo, hi;	/* the range, for YAMLLOAD_RULE_RANGE */
	const char *empty;	/* the message, for YAMLLOAD_RULE_EMPTY */
};
#define YAMLLOAD_RANGE(_fields, _key, _lo, _hi) \
	{ (_fields), (_key), YAMLLOAD_RULE_RANGE, (_lo), (_hi), NULL }
#define YAMLLOAD_ONE_LINE(_fields, _key) \
	{ (_fields), (_key), YAMLLOAD_RULE_ONE_LINE, 0, 0, NULL }
#define YAMLLOAD_EMPTY(_fields, _key, _msg) \
	{ (_fields), (_key), YAMLLOAD_RULE_EMPTY, 0, 0, (_msg) }
#define YAMLLOAD_RULES_END { NULL, NULL, 0, 0, 0, NULL }

/* A format: its schema (a top-level CYAML_MAPPING value with CYAML_FLAG_POINTER). */
struct yamlload_format {
	const cyaml_schema_value_t *schema;
	const struct yamlload_rule *rules;	/* NULL or ended by { NULL } */
	bool empty_ok;		/* an empty file loads as NULL, not an error */
};

/* Every error found in a file, in the order they were found. */
struct yamlload_errors {
	struct bc_error *v;
	size_t count, alloc;
	size_t dropped;		/* found past YAMLLOAD_ERRORS_MAX */
};
void yamlload_errors_add(struct yamlload_errors *l, const struct bc_error *e);
/* Add e when a check said -1 (rc); returns rc, for `if (keep(...) == -1)`. */
int yamlload_errors_keep(struct yamlload_errors *l, int rc,
    const struct bc_error *e);
/* Sort by line and column, keeping the order of errors at one place. */
void yamlload_errors_sort(struct yamlload_errors *l);
/*
 * Drop the errors from index from on that are at the place (line and
 * column) of one before it: one error a place, the first check's.
 */
void yamlload_errors_drop_same_place(struct yamlload_errors *l, size_t from);
void yamlload_errors_free(struct yamlload_errors *l);

/*
 * Load path as fmt says.  On success returns 0, sets *out (NULL for an empty
 * file when fmt->empty_ok) and, if map is not NULL, *map (free with
 * yamlload_map_free).  On failure returns -1 with every error found added
 * to errs (the structure is checked whole; a syntax error or a file that
 * cannot be read is one error); *out and *map are NULL.  A missing file
 * gives errno ENOENT in *errno_out (if not NULL), so that optional files
 * can be told apart.
 */
int yamlload_load(const char *path, const struct yamlload_format *fmt,
    void **out, struct yamlload_map **map, struct yamlload_errors *errs,
    int *errno_out);

/*
 * The same, but when only the structure check failed, *map is still set
 * (and must be freed) while *out is NULL: a format whose own rules read the
 * map rather than the structs can go on and report those errors too, in
 * the same pass.
 */
int yamlload_load_map(const char *path, const struct yamlload_format *fmt,
    void **out, struct yamlload_map **map, struct yamlload_errors *errs,
    int *errno_out);

/* The same as yamlload_load with the first error found in err. */
int yamlload_file_as(const char *path, const struct yamlload_format *fmt,
    void **out, struct yamlload_map **map, struct bc_error *err,
    int *errno_out);
/* The same with a schema alone (no rules; an empty file is an error). */
int yamlload_file(const char *path, const cyaml_schema_value_t *schema,
    void **out, struct yamlload_map **map, struct bc_error *err,
    int *errno_out);
/* Free data loaded with schema (NULL is fine). */
void yamlload_free(const cyaml_schema_value_t *schema, void *data);
void yamlload_map_free(struct yamlload_map *m);

/* The node at a printf-formatted path ("", "title", "steps.0.seconds"), or NULL. */
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
 * at the field's position.  yamlload_check_text refuses control and invisible
 * formatting characters (text.h) and, when required, an empty, blank or
 * null (~) value.
 */
int yamlload_check_text(struct bc_error *err, const char *file,
    const struct yamlload_map *m, const char *path, const char *s,
    bool required);
/* A number given in the file (if present) must be in lo..hi, in plain decimal. */
int yamlload_check_uint(struct bc_error *err, const char *file,
    const struct yamlload_map *m, const char *path, uint32_t v, uint32_t lo,
    uint32_t hi);

/*
 * A boolean in the file must be true/false (or yes/no, on/off).  The schema
 * check refuses any other word already; this stays for formats that check
 * a scalar of their own.
 */
int yamlload_check_bool(struct bc_error *err, const char *file,
    const struct yamlload_map *m, const char *path);

#endif
