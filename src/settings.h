/*
 * settings.h - the optional settings file, $XDG_CONFIG_HOME/backcoach/config.yaml,
 * read through the same strict loader as routines.  Command-line options
 * override it.
 */
#ifndef BC_SETTINGS_H
#define BC_SETTINGS_H

#include <stdbool.h>

#include "error.h"

/*
 * The reminder's settings, the `remind:` mapping: kept as written (checked
 * when the file is read), turned into numbers by the reminder.
 */
struct settings_remind {
	char every[32];		/* "45m" (default) */
	char snooze[32];	/* "5m" */
	char hours[32];		/* "09:00-17:30", or "all" (default) */
	char days[64];		/* "mon-fri", or "all" (default) */
	char offer[72];		/* a routine id, or "plan" (default) */
	bool notify;		/* desktop notification, default true */
};

struct settings {
	unsigned ready_seconds;	/* get-ready countdown, 0..60, default 5 */
	bool sound;		/* cues through libcanberra, default true */
	bool bell;		/* force the terminal bell instead, default false */
	bool voice;		/* speak through espeak-ng, default false */
	bool color;		/* colours when the terminal has them, default true */
	bool ask_pain;		/* ask 0-10 before and after, default true */
	struct settings_remind remind;
	unsigned volume;	/* of the cue sounds and voice, 0..100, default 100 */
};

void settings_defaults(struct settings *s);
/*
 * Read path into s (fields absent from the file keep their value).  A missing
 * file is not an error (returns 0).  Returns -1 with err set on a bad file.
 */
int settings_load(const char *path, struct settings *s, struct bc_error *err);
/*
 * `backcoach validate` of a settings file: 0, or -1 with every error in
 * errs, each at its place, in file order.
 */
struct yamlload_errors;
int settings_check_file(const char *path, struct yamlload_errors *errs);

#endif
