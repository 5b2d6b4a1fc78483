/*
 * setup.h - what the commands gather before they work: the settings file
 * with the command line over it (precedence), the routine directories
 * (--routines-dir, checked, or the search path), the library, and the pain
 * sources of the first directory that has them.
 */
#ifndef BC_SETUP_H
#define BC_SETUP_H

#include <stddef.h>

#include "cmd.h"

struct app;
struct library;
struct settings;

/*
 * The settings file (--config, or the default one), read for every command
 * that uses the library or the log, so a broken file is reported the same
 * way whatever the command.  0, or an exit status once said on stderr
 * (64: --config names no file; 65: the file is bad).
 */
int setup_settings(const struct cmdline *cl, struct settings *set);
/* The command line over the settings file, both ways. */
void setup_apply(const struct cmdline *cl, struct settings *set);
/*
 * The routine directories: the --routines-dir given, each checked (a
 * missing, unreadable or non-directory path is said on stderr and gives
 * 64), or the search path.  *n gets how many; 0 or an exit status.
 */
int setup_routine_dirs(const struct cmdline *cl, const char **dirs,
    size_t max, size_t *n);
/* The library from those directories (warnings on stderr); 0 or an exit status. */
int setup_library(struct library *lib, const struct cmdline *cl);
/* Settings, library and pain sources for a session; 0 or an exit status. */
int setup_app(struct app *app, const struct cmdline *cl);
void setup_free_app(struct app *app);

/*
 * The pain-source file: in the first directory of dirs that has one; its
 * path into buf.  0 if found, -1 if none.
 */
int setup_painsrc_path(const char *const *dirs, size_t n, char *buf,
    size_t size);

#endif
