/*
 * paths.c - where backcoach's files live (XDG base directories), and where
 * its data is when it runs uninstalled from the build tree.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <pwd.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "paths.h"

static char config_dir[PATH_MAX], state_dir[PATH_MAX], log_file[PATH_MAX],
    config_file[PATH_MAX], data_dir[PATH_MAX], sounds_dir[PATH_MAX],
    user_routines[PATH_MAX], data_routines[PATH_MAX];

/* $VAR/backcoach if VAR is an absolute path (XDG says relative ones are ignored), else $HOME/fallback/backcoach. */
static const char *
xdg_dir(char *buf, const char *var, const char *fallback)
{
	const char *v = getenv(var), *home;

	if (v != NULL && v[0] == '/')
		snprintf(buf, PATH_MAX, "%s/backcoach", v);
	else {
		home = paths_home();
		snprintf(buf, PATH_MAX, "%s/%s/backcoach", home, fallback);
	}
	return buf;
}

const char *
paths_home(void)
{
	static char home[PATH_MAX];
	const char *h = getenv("HOME");
	struct passwd *pw;

	/* an unset, empty or relative HOME would scatter logs over the cwd */
	if (h != NULL && h[0] == '/')
		return h;
	if (home[0] == '\0') {
		if ((pw = getpwuid(getuid())) != NULL && pw->pw_dir != NULL &&
		    pw->pw_dir[0] == '/')
			snprintf(home, sizeof home, "%s", pw->pw_dir);
		else
			snprintf(home, sizeof home, "/");
	}
	return home;
}

const char *
paths_config_dir(void)
{
	return xdg_dir(config_dir, "XDG_CONFIG_HOME", ".config");
}

const char *
paths_state_dir(void)
{
	return xdg_dir(state_dir, "XDG_STATE_HOME", ".local/state");
}

const char *
paths_log_file(void)
{
	snprintf(log_file, sizeof log_file, "%s/sessions.log", paths_state_dir());
	return log_file;
}

const char *
paths_config_file(void)
{
	snprintf(config_file, sizeof config_file, "%s/config.yaml", paths_config_dir());
	return config_file;
}

/*
 * When the running binary is the one in the build tree, the build wrote the
 * source tree's path into uninstalled-srcdir beside it: that tree, if it
 * holds routines/, into buf.  An installed binary has no such file.
 */
static char build_dir[PATH_MAX], locale_dir[PATH_MAX + 16];

static bool
uninstalled_srcdir(char *buf, size_t size)
{
	char self[PATH_MAX], mark[PATH_MAX + 32], *slash;
	struct stat st;
	ssize_t n;
	FILE *fp;
	size_t len;

	n = readlink("/proc/self/exe", self, sizeof self - 1);
	if (n < 0)
		return false;
	self[n] = '\0';
	if ((slash = strrchr(self, '/')) == NULL)
		return false;
	*slash = '\0';
	snprintf(mark, sizeof mark, "%s/uninstalled-srcdir", self);
	/* the build tree is the parent of src/ */
	if ((slash = strrchr(self, '/')) != NULL)
		*slash = '\0';
	snprintf(build_dir, sizeof build_dir, "%s", self);
	if ((fp = fopen(mark, "r")) == NULL)
		return false;
	if (fgets(buf, (int)size, fp) == NULL) {
		fclose(fp);
		return false;
	}
	fclose(fp);
	len = strcspn(buf, "\n");
	buf[len] = '\0';
	snprintf(mark, sizeof mark, "%s/routines", buf);
	return buf[0] == '/' && stat(mark, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *
paths_data_dir(void)
{
	const char *v = getenv("BACKCOACH_DATADIR");

	if (v != NULL && v[0] != '\0')
		snprintf(data_dir, sizeof data_dir, "%s", v);
	else if (!uninstalled_srcdir(data_dir, sizeof data_dir))
		snprintf(data_dir, sizeof data_dir, "%s", BC_PKGDATADIR);
	return data_dir;
}

const char *
paths_locale_dir(void)
{
	char src[PATH_MAX];

	if (uninstalled_srcdir(src, sizeof src))
		snprintf(locale_dir, sizeof locale_dir, "%s/po/locale", build_dir);
	else
		snprintf(locale_dir, sizeof locale_dir, "%s", BC_LOCALEDIR);
	return locale_dir;
}

const char *
paths_sounds_dir(void)
{
	snprintf(sounds_dir, sizeof sounds_dir, "%s/sounds", paths_data_dir());
	return sounds_dir;
}

size_t
paths_routine_dirs(const char **dirs, size_t max)
{
	size_t n = 0;

	snprintf(user_routines, sizeof user_routines, "%s/routines", paths_config_dir());
	snprintf(data_routines, sizeof data_routines, "%s/routines", paths_data_dir());
	if (n < max)
		dirs[n++] = user_routines;
	if (n < max)
		dirs[n++] = data_routines;
	return n;
}

int
paths_mkdir_p(const char *dir, unsigned mode)
{
	char buf[PATH_MAX], *p;
	size_t len = strlen(dir);

	if (len == 0 || len >= sizeof buf) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(buf, dir, len + 1);
	for (p = buf + 1; ; p++) {
		if (*p == '/' || *p == '\0') {
			char c = *p;

			*p = '\0';
			if (mkdir(buf, (mode_t)mode) != 0 && errno != EEXIST)
				return -1;
			*p = c;
			if (c == '\0')
				break;
		}
	}
	return 0;
}
