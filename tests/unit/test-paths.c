/* Unit tests of paths.c: XDG directories and the home directory. */
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "paths.h"
#include "tap.h"

int
main(void)
{
	struct passwd *pw = getpwuid(getuid());
	const char *want = pw && pw->pw_dir && pw->pw_dir[0] == '/' ? pw->pw_dir : "/";
	char buf[4096];

	setenv("HOME", "/tmp/somewhere", 1);
	is_str(paths_home(), "/tmp/somewhere", "an absolute HOME is the home");
	unsetenv("XDG_STATE_HOME");
	unsetenv("XDG_CONFIG_HOME");
	is_str(paths_state_dir(), "/tmp/somewhere/.local/state/backcoach", "state dir defaults under HOME");
	is_str(paths_config_dir(), "/tmp/somewhere/.config/backcoach", "config dir defaults under HOME");
	is_str(paths_log_file(), "/tmp/somewhere/.local/state/backcoach/sessions.log", "the log file");
	setenv("XDG_STATE_HOME", "/x/state", 1);
	is_str(paths_state_dir(), "/x/state/backcoach", "an absolute XDG_STATE_HOME wins");
	setenv("XDG_STATE_HOME", "relative/state", 1);
	is_str(paths_state_dir(), "/tmp/somewhere/.local/state/backcoach", "a relative XDG_STATE_HOME is ignored");

	/* never the current directory: an empty, relative or missing HOME */
	setenv("HOME", "", 1);
	is_str(paths_home(), want, "an empty HOME: the password database's home");
	setenv("HOME", "rel", 1);
	is_str(paths_home(), want, "a relative HOME: the same");
	unsetenv("HOME");
	is_str(paths_home(), want, "no HOME: the same");
	snprintf(buf, sizeof buf, "%s/.config/backcoach", strcmp(want, "/") ? want : "");
	is_str(paths_config_dir(), buf, "and the config dir is under it");
	return done_testing();
}
