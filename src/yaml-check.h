/*
 * yaml-check.h - the loader's second half (inside the loader only): the
 * structure of a position map checked against a libcyaml schema, before
 * libcyaml sees the file.
 */
#ifndef BC_YAML_CHECK_H
#define BC_YAML_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include <cyaml/cyaml.h>

#include "yamlload.h"

/*
 * Check every node of m against schema (and rules, NULL or ended by
 * { NULL }), adding each error to errs at its node, in the order a reader
 * meets them (a missing field at the end of its mapping).  Returns the
 * number of errors found; when it is 0, libcyaml can load the file.
 */
size_t yaml_check(const char *file, const struct yamlload_map *m,
    const cyaml_schema_value_t *schema, const struct yamlload_rule *rules,
    struct yamlload_errors *errs);

/* A word from the file made safe to quote in a message, cut to size. */
void yaml_check_word(const char *s, char *out, size_t size);

/*
 * The checks of one scalar, shared with the semantic checks (yamlload.c).
 * yaml_check_number: NULL when t is plain decimal in lo..hi, else what is
 * wrong ("is out of range", "is not a whole number", "... in decimal").
 * yaml_check_bool_word: is v one of true/false, yes/no, on/off?
 * yaml_check_text: NULL, or what s must not hold ("control character
 * U+001B", "invisible formatting character U+202E", "line break" when
 * one_line) written into buf.
 */
const char *yaml_check_number(const char *t, long long lo, long long hi);
bool yaml_check_bool_word(const char *v);
const char *yaml_check_text(const char *s, bool one_line, char *buf,
    size_t size);

#endif
