/*
 * cmd-validate.c - `backcoach validate FILE...`: load each routine,
 * pain-source, pose or plan file as the program would, say "FILE: ok" or
 * why not: every error of the file, each at its place, in file order; for
 * a routine, an id that a file given before has taken; a pain-source file
 * must name routines that exist beside it; a routine's translations
 * (LANG/ID.yaml beside it) are checked with it, and a translation given by
 * itself is checked against its routine.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "cmd.h"
#include "error.h"
#include "i18n.h"
#include "library.h"
#include "painsrc.h"
#include "painsrc-lang.h"
#include "pose.h"
#include "routine-lang.h"
#include "plan.h"
#include "routine.h"
#include "settings.h"
#include "xmalloc.h"
#include "yamlload.h"

/* Print every error of a file (found in file order); 0 when there were none. */
static int
cmd_validate_errors(const char *path, struct yamlload_errors *errs)
{
	size_t k;
	int rc = errs->count > 0 ? -1 : 0;

	fflush(stdout);
	for (k = 0; k < errs->count; k++)
		bc_error_print(&errs->v[k], stderr);
	if (errs->dropped > 0)
		fprintf(stderr, P_("%s: %zu more error not shown\n",
		    "%s: %zu more errors not shown\n", errs->dropped),
		    cmd_clean(path), errs->dropped);
	yamlload_errors_free(errs);
	return rc;
}

/* The errors, or "FILE: ok"; 0 or -1. */
static int
cmd_validate_said(const char *path, struct yamlload_errors *errs)
{
	if (cmd_validate_errors(path, errs) != 0)
		return -1;
	printf(_("%s: ok\n"), cmd_clean(path));
	return 0;
}

/*
 * A pain-source file: every error it holds, and every routine it names
 * must exist beside it (in the same directory): a suggestion that leads
 * nowhere is an error.  Then its translations.  0 or -1 (said why).
 */
static int
cmd_validate_painsrc(const char *path)
{
	struct yamlload_errors errs;
	struct library lib;
	struct painsrc *p;
	char *dir = xstrdup(path), *slash;
	const char *dirs[1];

	if ((slash = strrchr(dir, '/')) != NULL)
		slash[slash == dir ? 1 : 0] = '\0';
	else
		strcpy(dir, ".");
	dirs[0] = dir;
	library_load(&lib, dirs, 1, NULL);
	memset(&errs, 0, sizeof errs);
	if (painsrc_check_file(path, &lib, dir, &p, &errs) == 0)
		painsrc_free(p);
	library_free(&lib);
	free(dir);
	if (cmd_validate_errors(path, &errs) != 0)
		return -1;
	/* the translations beside it */
	if (painsrc_lang_check_all(path, stderr) > 0)
		return -1;
	printf(_("%s: ok\n"), cmd_clean(path));
	return 0;
}

/*
 * A routine file: every error it holds (each at its place, in file order),
 * its translations, and its id against the files given before it (seen
 * keeps the routines that passed).  Says "FILE: ok" or why not; 0 or -1.
 */
static int
cmd_validate_routine(const char *path, struct library *seen)
{
	struct yamlload_errors errs;
	struct bc_error err;
	struct routine *r;

	memset(&errs, 0, sizeof errs);
	if (routine_check_file(path, &r, &errs) != 0) {
		cmd_validate_errors(path, &errs);
		return -1;
	}
	yamlload_errors_free(&errs);
	/* the translations beside it */
	fflush(stdout);
	if (routine_lang_check_all(r, stderr) > 0) {
		routine_free(r);
		return -1;	/* they said why */
	}
	/* one id, one routine: as the library would refuse the second */
	if (library_add(seen, r, &err) != 0) {
		bc_error_print(&err, stderr);
		routine_free(r);
		return -1;
	}
	printf(_("%s: ok\n"), cmd_clean(path));
	return 0;
}

static int
cmd_validate_exec(const struct cmdline *cl, int argc, char **argv)
{
	struct bc_error err;
	struct routine *r;
	struct painsrc *p;
	char orig[4096];
	const char *base;
	struct yamlload_errors errs;
	struct library seen;
	int i, status = 0, rc;

	(void)cl;
	memset(&seen, 0, sizeof seen);
	for (i = 0; i < argc; i++) {
		base = strrchr(argv[i], '/');
		base = base ? base + 1 : argv[i];
		memset(&errs, 0, sizeof errs);
		if (strcmp(base, POSE_FILE_NAME) == 0) {
			struct pose_lib *pl;

			/* the pose file (pose.c) */
			if (pose_check_file(argv[i], &pl, &errs) == 0)
				pose_lib_free(pl);
			if (cmd_validate_said(argv[i], &errs) != 0)
				status = EXIT_DATAERR;
			continue;
		} else if (strcmp(base, PAINSRC_FILE_NAME) == 0 &&
		    routine_lang_is_translation(argv[i], orig, sizeof orig)) {
			/* a translation: checked against ../pain-sources.yaml */
			rc = painsrc_load(orig, &p, &err);
			if (rc == 0) {
				rc = painsrc_lang_apply_file(p, argv[i], &err);
				painsrc_free(p);
			}
		} else if (strcmp(base, PAINSRC_FILE_NAME) == 0) {
			if (cmd_validate_painsrc(argv[i]) != 0)
				status = EXIT_DATAERR;	/* it said why */
			continue;
		} else if (routine_lang_is_translation(argv[i], orig,
		    sizeof orig)) {
			/* a translation: checked against its routine */
			rc = routine_load(orig, &r, &err);
			if (rc == 0) {
				rc = routine_lang_apply_file(r, argv[i], &err);
				routine_free(r);
			}
		} else if (strcmp(base, "config.yaml") == 0 &&
		    access(argv[i], F_OK) == 0) {
			/* the settings file (settings.c): every error */
			settings_check_file(argv[i], &errs);
			if (cmd_validate_said(argv[i], &errs) != 0)
				status = EXIT_DATAERR;
			continue;
		} else if (plan_file_looks_like(argv[i])) {
			/* a plan (remind's hook): its routines on the search path */
			plan_validate_file(argv[i], &errs);
			if (cmd_validate_said(argv[i], &errs) != 0)
				status = EXIT_DATAERR;
			continue;
		} else {
			if (cmd_validate_routine(argv[i], &seen) != 0)
				status = EXIT_DATAERR;	/* it said why */
			continue;
		}
		if (rc == 0)
			printf(_("%s: ok\n"), cmd_clean(argv[i]));
		else {
			fflush(stdout);
			bc_error_print(&err, stderr);
			status = EXIT_DATAERR;
		}
	}
	library_free(&seen);
	return status;
}

const struct cmd_entry cmd_validate_entry = {
	.name = "validate",
	.args = N_("FILE..."),
	.arg_error = N_("validate needs at least one FILE"),
	.min_args = 1,
	.max_args = -1,
	.options = 0,
	.flags = 0,
	.help = N_("check routine files you wrote"),
	.exec = cmd_validate_exec,
};
