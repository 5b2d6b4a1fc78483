/*
 * cmd-today.c - `backcoach today`: what the plan asks for today and this
 * week, and what the log says is done (plan.c does the counting).
 */
#include "config.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "cmd.h"
#include "library.h"
#include "log.h"
#include "history.h"
#include "i18n.h"
#include "paths.h"
#include "plan.h"
#include "setup.h"

static int
cmd_today_exec(const struct cmdline *cl, int argc, char **argv)
{
	struct log_record *recs = NULL;
	const char *path = cl->plan ? cl->plan : plan_default_path();
	struct library lib;
	struct bc_error err;
	struct plan *p;
	long n;
	int e = 0, st;

	(void)argc;
	(void)argv;
	if ((st = setup_library(&lib, cl)) != 0)
		return st;
	if (plan_load(path, &lib, &p, &err, &e) != 0) {
		library_free(&lib);
		if (e == ENOENT && cl->plan == NULL) {
			/* TRANSLATORS: REMINDERS AND PLANS is a section of the
			 * manual, which is in English */
			printf(_("No plan: write one in %s (see man backcoach, "
			    "REMINDERS AND PLANS).\n"), cmd_clean(path));
			return cmd_flush();
		}
		bc_error_print(&err, stderr);
		return e == ENOENT ? EXIT_USAGE : EXIT_DATAERR;
	}
	if ((n = log_read(paths_log_file(), &recs, stderr)) < 0) {
		fprintf(stderr, "backcoach: ");
		fprintf(stderr, _("cannot read %s: %s"), paths_log_file(),
		    strerror(errno));
		fputc('\n', stderr);
		plan_free(p);
		library_free(&lib);
		return EXIT_IOERR;
	}
	plan_print_today(stdout, p, recs, (size_t)n, history_now());
	free(recs);
	plan_free(p);
	library_free(&lib);
	return cmd_flush();
}

const struct cmd_entry cmd_today_entry = {
	.name = "today",
	.args = "",
	.min_args = 0,
	.max_args = 0,
	.options = CMD_O(CO_PLAN) | CMD_O(CO_ROUTINES_DIR) | CMD_O(CO_CONFIG),
	.flags = CMD_SETTINGS,
	.help = N_("what your plan asks for today, and what is done"),
	.exec = cmd_today_exec,
};
