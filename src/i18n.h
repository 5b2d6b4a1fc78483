/*
 * i18n.h - the words the program says, in the person's language: gettext's
 * _() for a message, N_() for one in a table, P_() for plurals.  With
 * --disable-nls they are the English text as it is.
 *
 * Machine formats (plain mode's event words, the log, --format output) and
 * the FILE:LINE:COL part of an error are never translated.
 */
#ifndef BC_I18N_H
#define BC_I18N_H

#include "config.h"

#ifdef ENABLE_NLS
#include <libintl.h>
#define _(s) gettext(s)
#define P_(one, many, n) ngettext((one), (many), (n))
#else
#define _(s) (s)
#define P_(one, many, n) ((n) == 1 ? (one) : (many))
#define textdomain(d) ((void)0)
#define bindtextdomain(d, dir) ((void)0)
#define bind_textdomain_codeset(d, c) ((void)0)
#endif
#define N_(s) (s)

#endif
