/*
 * paths.h - where things live: XDG config and state dirs, the installed
 * data dir, and the source tree when run uninstalled from the build tree.
 */
#ifndef BC_PATHS_H
#define BC_PATHS_H

#include <stddef.h>

/*
 * The home directory: $HOME when it is an absolute path, else the password
 * database's, else "/".  Never relative.
 */
const char *paths_home(void);
/* $XDG_CONFIG_HOME/backcoach (default ~/.config/backcoach).  Static buffer. */
const char *paths_config_dir(void);
/* $XDG_STATE_HOME/backcoach (default ~/.local/state/backcoach). */
const char *paths_state_dir(void);
/* <state dir>/sessions.log */
const char *paths_log_file(void);
/* <config dir>/config.yaml */
const char *paths_config_file(void);
/*
 * Data dir holding routines/ and sounds/: $BACKCOACH_DATADIR if set; the
 * source tree when the running binary is the build tree's; else $(pkgdatadir).
 */
const char *paths_data_dir(void);
/* <data dir>/sounds */
const char *paths_sounds_dir(void);
/* Where the message catalogs are: $(localedir), or the build tree's po/locale. */
const char *paths_locale_dir(void);
/*
 * The default routine search path, highest priority first:
 * <config dir>/routines, <data dir>/routines.  Returns the count (<= max).
 */
size_t paths_routine_dirs(const char **dirs, size_t max);
/* mkdir -p with the given mode for each created component; 0 or -1 (errno). */
int paths_mkdir_p(const char *dir, unsigned mode);

#endif
