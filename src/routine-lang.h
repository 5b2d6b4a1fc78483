/*
 * routine-lang.h - a routine's words in the person's language: LANG/ID.yaml
 * beside ID.yaml holds its title, summary, caution and steps' names and
 * instructions, nothing else (backcoach-routine(5), TRANSLATIONS).
 */
#ifndef BC_ROUTINE_LANG_H
#define BC_ROUTINE_LANG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "error.h"
#include "routine.h"

#define ROUTINE_LANG_CODE_MAX 16	/* "de", "pt_BR" */
#define ROUTINE_LANG_MAX      8		/* languages tried, in order */

/*
 * The languages to look for, best first, as gettext chooses them
 * (LANGUAGE, then the LC_MESSAGES locale; "de_AT" is followed by "de"),
 * up to English or the end.  0 in the C locale.
 */
size_t routine_lang_list(char out[][ROUTINE_LANG_CODE_MAX], size_t max);

/* The translation of path for lang: DIR/LANG/NAME beside path, into buf. */
int routine_lang_path(const char *path, const char *name, const char *lang,
    char *buf, size_t size);
/*
 * The first translation of the file at path that exists for langs
 * (DIR/LANG/NAME, the best language first), into file; false if none.
 * Routines and the pain-source file find theirs the same way.
 */
bool routine_lang_find(const char *path, const char *name,
    char langs[][ROUTINE_LANG_CODE_MAX], size_t nlangs, char *file,
    size_t size);
/* Say that a bad translation was refused and the English text is used. */
void routine_lang_warn(struct bc_error *err, FILE *warn);

/*
 * Put the words of the translation file into r.  0 on success; -1 with err
 * set (FILE:LINE:COL) when the file is bad, and then r is unchanged.
 */
int routine_lang_apply_file(struct routine *r, const char *file,
    struct bc_error *err);

/*
 * The first translation of r found for langs, applied: 1 if one was, 0 if
 * there is none (r stays English), -1 if the one found is bad (a warning
 * on warn, if not NULL; r stays English).
 */
int routine_lang_apply(struct routine *r, char langs[][ROUTINE_LANG_CODE_MAX],
    size_t nlangs, FILE *warn);

/*
 * Is path a translation, DIR/LANG/ID.yaml with DIR/ID.yaml beside it?  The
 * routine's file into routine_path.
 */
bool routine_lang_is_translation(const char *path, char *routine_path,
    size_t size);

/* Check every translation of r (LANG/ID.yaml beside its file); each bad
 * one printed on errfp.  Returns how many are bad. */
int routine_lang_check_all(const struct routine *r, FILE *errfp);

#endif
