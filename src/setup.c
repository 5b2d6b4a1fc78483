/*
 * setup.c - settings precedence (file, then command line) and where a
 * command's routines and pain sources are found; see setup.h.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "error.h"
#include "i18n.h"
#include "library.h"
#include "painsrc.h"
#include "painsrc-lang.h"
#include "paths.h"
#include "plan.h"
#include "pose.h"
#include "settings.h"
#include "setup.h"

int
setup_settings(const struct cmdline *cl, struct settings *set)
{
	struct bc_error err;
	const char *path;

	settings_defaults(set);
	path = cl->config ? cl->config : paths_config_file();
	if (cl->config && access(cl->config, F_OK) != 0) {
		fprintf(stderr, "backcoach: %s: %s\n", cmd_clean(cl->config),
		    strerror(errno));
		return EXIT_USAGE;
	}
	if (settings_load(path, set, &err) != 0) {
		bc_error_print(&err, stderr);
		return EXIT_DATAERR;
	}
	return 0;
}

void
setup_apply(const struct cmdline *cl, struct settings *set)
{
	const char *nc;

	if (cl->ready >= 0)
		set->ready_seconds = (unsigned)cl->ready;
	/*
	 * The command line wins over the file.  --bell asks for cues, so it
	 * turns them on unless --no-sound says otherwise; the voice is
	 * independent of the sounds (--no-sound --voice: the voice alone).
	 */
	if (cl->bell)
		set->bell = true;
	if (cl->voice >= 0)
		set->voice = cl->voice;
	if (cl->bell && cl->sound != 0)
		set->sound = true;
	if (cl->sound >= 0)
		set->sound = cl->sound;
	if (cl->pain >= 0)
		set->ask_pain = cl->pain;
	if (cl->volume >= 0)
		set->volume = (unsigned)cl->volume;
	if ((nc = getenv("NO_COLOR")) && *nc)
		set->color = false;
	if (cl->color >= 0)
		set->color = cl->color;
}

int
setup_routine_dirs(const struct cmdline *cl, const char **dirs, size_t max,
    size_t *n)
{
	DIR *d;
	size_t i;

	if (cl->ndirs == 0) {
		*n = paths_routine_dirs(dirs, max);
		return 0;
	}
	/* a directory asked for by name must be there: no silent empty list */
	for (i = 0; i < cl->ndirs && i < max; i++) {
		if ((d = opendir(cl->dirs[i])) == NULL) {
			fprintf(stderr, "backcoach: --routines-dir %s: %s\n",
			    cmd_clean(cl->dirs[i]), strerror(errno));
			return EXIT_USAGE;
		}
		closedir(d);
		dirs[i] = cl->dirs[i];
	}
	*n = i;
	return 0;
}

int
setup_library(struct library *lib, const struct cmdline *cl)
{
	const char *dirs[CMD_DIRS_MAX];
	size_t n;
	int st;

	if ((st = setup_routine_dirs(cl, dirs, CMD_DIRS_MAX, &n)) != 0)
		return st;
	library_load(lib, dirs, n, stderr);
	return 0;
}

int
setup_painsrc_path(const char *const *dirs, size_t n, char *buf, size_t size)
{
	size_t i;

	for (i = 0; i < n; i++) {
		snprintf(buf, size, "%s/%s", dirs[i], PAINSRC_FILE_NAME);
		if (access(buf, F_OK) == 0)
			return 0;
	}
	return -1;
}

/* An error as the one line bc_error_print writes, without its newline. */
static char *
setup_error_line(const struct bc_error *err)
{
	char *line = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&line, &len);

	if (fp == NULL)
		return NULL;
	bc_error_print(err, fp);
	if (fclose(fp) != 0) {
		free(line);
		return NULL;
	}
	line[strcspn(line, "\n")] = '\0';
	return line;
}

/*
 * The pain sources: the first directory of the search path that has them.
 * When they do not load, why goes to stderr and into *why (for the screen:
 * stderr is hidden while it is up).
 */
static struct painsrc *
setup_painsrc(const char *const *dirs, size_t n, char **why)
{
	struct bc_error err;
	struct painsrc *p;
	char path[PATH_MAX];

	if (setup_painsrc_path(dirs, n, path, sizeof path) != 0)
		return NULL;
	if (painsrc_load(path, &p, &err) != 0) {
		bc_error_print(&err, stderr);
		fprintf(stderr, "backcoach: %s\n",
		    _("going on without pain sources"));
		*why = setup_error_line(&err);
		return NULL;
	}
	painsrc_lang_apply_env(p, path, stderr);
	return p;
}

/*
 * Load the library; its warnings (files that could not be loaded) go to
 * stderr and into app->load_warnings, so that the coach can say on screen
 * what a person would otherwise only see after quitting.
 */
static void
setup_load_library(struct app *app, const char *const *dirs, size_t n)
{
	size_t len = 0;
	FILE *fp = open_memstream(&app->load_warnings, &len);

	app->load_skipped = library_load(&app->lib, dirs, n,
	    fp != NULL ? fp : stderr);
	if (fp != NULL) {
		fclose(fp);
		if (app->load_warnings != NULL)
			fputs(app->load_warnings, stderr);
	}
}

int
setup_app(struct app *app, const struct cmdline *cl)
{
	const char *dirs[CMD_DIRS_MAX];
	size_t n;
	int st;

	memset(app, 0, sizeof *app);
	if ((st = setup_settings(cl, &app->settings)) != 0)
		return st;
	setup_apply(cl, &app->settings);
	/* plain mode asks on stdin only when told to on the command line */
	app->plain_pain = cl->pain == 1;
	app->cue_mode = !app->settings.sound ? CUE_NONE :
	    app->settings.bell ? CUE_BELL : CUE_SOUND;
	app->sounds_dir = paths_sounds_dir();
	app->log_path = paths_log_file();
	app->start_area = cl->area;
	if ((st = setup_routine_dirs(cl, dirs, CMD_DIRS_MAX, &n)) != 0)
		return st;
	/* the warnings for stderr, and kept for the screens to show */
	setup_load_library(app, dirs, n);
	app->painsrc = setup_painsrc(dirs, n, &app->painsrc_error);
	/* the figures were loaded before the command (main.c), and said */
	if (pose_shipped_error() != NULL)
		app->poses_error = setup_error_line(pose_shipped_error());
	/* the plan, for the picker and the reminder (remind's hook) */
	app->plan = plan_view_open(cl->plan, app->log_path, &app->lib, stderr);
	return 0;
}

void
setup_free_app(struct app *app)
{
	library_free(&app->lib);
	free(app->load_warnings);
	free(app->poses_error);
	free(app->painsrc_error);
	plan_view_free(app->plan);
	if (app->painsrc)
		painsrc_free(app->painsrc);
}
