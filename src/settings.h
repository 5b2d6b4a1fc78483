/*
 * settings.h - the optional settings file, $XDG_CONFIG_HOME/backcoach/config.yaml,
 * read through the same strict loader as routines.  Command-line options
 * override it.
 */
#ifndef BC_SETTINGS_H
#define BC_SETTINGS_H

#include <stdbool.h>

#include "error.h"

struct settings {
	unsigned ready_seconds;	/* get-ready countdown, 0..60, default 5 */
	bool sound;		/* cues through libcanberra, default true */
	bool bell;		/* force the terminal bell instead, default false */
	bool voice;		/* speak through espeak-ng, default false */
	bool color;		/* colours when the terminal has them, default true */
	bool ask_pain;		/* ask 0-10 before and after, default true */
};

void settings_defaults(struct settings *s);
/*
 * Read path into s (fields absent from the file keep their value).  A missing
 * file is not an error (returns 0).  Returns -1 with err set on a bad file.
 */
int settings_load(const char *path, struct settings *s, struct bc_error *err);

#endif
