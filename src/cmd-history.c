/*
 * cmd-history.c - `backcoach history`: the sessions of the logs with the
 * summary the history screen shows, as text, TSV, CSV or JSON Lines
 * (history.c does the reading and the printing).
 */
#include "config.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "cmd.h"
#include "history.h"
#include "i18n.h"
#include "library.h"
#include "paths.h"
#include "routine.h"

#if CMD_LOGS_MAX != HISTORY_LOGS_MAX
#error "--log takes as many logs as history reads"
#endif

/* history's names for routines: the title in the library, if there. */
static const char *
cmd_history_title(const char *id, void *arg)
{
	const struct routine *r = library_find(arg, id);

	return r != NULL ? r->title : NULL;
}
#include "plan.h"
#include "log.h"

/* Does any of the logs hold a session of the routine id? */
static bool
cmd_history_logged(const char *const *paths, size_t n, const char *id)
{
	struct log_reader *lr;
	struct log_record r;
	char err[512];
	bool found = false;
	size_t i;

	for (i = 0; i < n && !found; i++) {
		if (log_open(paths[i], 0, &lr, NULL, err, sizeof err) != 0 ||
		    lr == NULL)
			continue;	/* the history says why, or there is none */
		while (!found && log_next(lr, &r) == 1)
			found = strcmp(r.routine, id) == 0;
		log_close(lr);
	}
	return found;
}

static int
cmd_history_exec(const struct cmdline *cl, int argc, char **argv)
{
	struct history_filter f;
	struct history_print_opts o;
	struct library lib;
	const char *dirs[CMD_DIRS_MAX], *own = paths_log_file();
	size_t n, i;
	int rc;

	(void)argc;
	(void)argv;
	/* a log named on the command line must be there: a typo is not "no sessions" */
	for (i = 0; i < cl->nlogs; i++)
		if (access(cl->logs[i], F_OK) != 0 && errno == ENOENT) {
			/* TRANSLATORS: --log FILE: the system's reason */
			fprintf(stderr, _("backcoach: --log %s: %s\n"),
			    cl->logs[i], strerror(ENOENT));
			return EXIT_USAGE;
		}
	memset(&f, 0, sizeof f);
	f.area = cl->area;
	f.routine = cl->routine;
	if (cl->since != NULL && history_parse_date(cl->since, &f.since) != 0)
		return cmd_usage_error(_("--since wants a date as YYYY-MM-DD, "
		    "not '%s'"), cl->since);
	memset(&o, 0, sizeof o);
	o.paths = cl->nlogs > 0 ? cl->logs : &own;
	o.npaths = cl->nlogs > 0 ? cl->nlogs : 1;
	o.own = cl->nlogs == 0;		/* only the person's own log is narrowed */
	o.filter = &f;
	o.now = history_now();
	o.format = (enum history_format)cl->format;
	/* for titles only: a broken routine file is list's and validate's to report */
	n = paths_routine_dirs(dirs, CMD_DIRS_MAX);
	memset(&lib, 0, sizeof lib);
	library_load(&lib, dirs, n, NULL);
	/* an id that is in neither the library nor a log is a typo, not
	 * "no sessions match" */
	if (f.routine != NULL && library_find(&lib, f.routine) == NULL &&
	    !cmd_history_logged(o.paths, o.npaths, f.routine)) {
		const char *near = library_suggest(&lib, f.routine);
		char hint[ROUTINE_ID_MAX + 32];

		if (near != NULL)
			snprintf(hint, sizeof hint, _("did you mean '%s'?"),
			    near);
		else
			snprintf(hint, sizeof hint, "%s",
			    _("see backcoach list"));
		rc = cmd_usage_hint(hint, _("--routine %s: no such routine in "
		    "the library or the log"), f.routine);
		library_free(&lib);
		return rc;
	}
	o.title = cmd_history_title;
	o.title_arg = &lib;
	o.width = cmd_term_width();	/* the summary fits it, as list and show do */
	rc = history_print(stdout, &o, stderr);
	library_free(&lib);
	if (rc != 0)
		return EXIT_IOERR;	/* a log exists but cannot be read */
	/* the plan's adherence and the reminder's breaks (plan.c, remind's hook) */
	if (cl->format == 0 && plan_history_hook(stdout, cl->plan,
	    paths_log_file(), o.now, o.width, stderr) != 0)
		return EXIT_DATAERR;
	return cmd_flush();
}

const struct cmd_entry cmd_history_entry = {
	.name = "history",
	.args = "",
	.min_args = 0,
	.max_args = 0,
	.options = CMD_O(CO_AREA) | CMD_O(CO_CONFIG) | CMD_O(CO_SINCE) |
	    CMD_O(CO_ROUTINE) | CMD_O(CO_FORMAT) | CMD_O(CO_LOG) |
	    CMD_O(CO_PLAN),
	.flags = CMD_SETTINGS | CMD_NO_POSES,
	.help = N_("your sessions, pain before and after"),
	.exec = cmd_history_exec,
};
