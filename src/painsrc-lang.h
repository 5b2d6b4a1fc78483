/*
 * painsrc-lang.h - the pain-source file's words in the person's language:
 * LANG/pain-sources.yaml beside pain-sources.yaml holds the areas' notes,
 * the muscles' shown names, where their pain refers and where their knot
 * lies, keyed by the area word and the English muscle name; nothing else
 * (backcoach-routine(5), TRANSLATIONS).
 */
#ifndef BC_PAINSRC_LANG_H
#define BC_PAINSRC_LANG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "error.h"
#include "painsrc.h"
#include "routine-lang.h"

/*
 * Put the words of the translation file into p.  0 on success; -1 with err
 * set (FILE:LINE:COL) when the file is bad, and then p is unchanged.
 */
int painsrc_lang_apply_file(struct painsrc *p, const char *file,
    struct bc_error *err);

/*
 * The first translation of p (loaded from path) found for langs, applied:
 * 1 if one was, 0 if there is none (p stays English), -1 if the one found
 * is bad (a warning on warn, if not NULL; p stays English).
 */
int painsrc_lang_apply(struct painsrc *p, const char *path,
    char langs[][ROUTINE_LANG_CODE_MAX], size_t nlangs, FILE *warn);

/* The same in the languages the environment asks for (routine_lang_list). */
int painsrc_lang_apply_env(struct painsrc *p, const char *path, FILE *warn);

/*
 * Check every translation of the pain-source file at path (LANG/
 * pain-sources.yaml beside it); each bad one printed on errfp.  Returns
 * how many are bad.
 */
int painsrc_lang_check_all(const char *path, FILE *errfp);

#endif
