/*
 * cmd-run.c - a session: the coach (no command word: the full screen from
 * the area picker on), `backcoach run ID` (one routine, on the screen or in
 * plain mode), and the hidden `log-guard PATH` a session starts to log it
 * even if the process is killed (run.c).
 */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "cmd.h"
#include "i18n.h"
#include "library.h"
#include "setup.h"

static bool
cmd_run_want_plain(const struct cmdline *cl)
{
	const char *term = getenv("TERM");

	return cl->plain || !isatty(STDOUT_FILENO) || !isatty(STDIN_FILENO) ||
	    term == NULL || *term == '\0' || strcmp(term, "dumb") == 0;
}

/* The coach, or `run ID` when run_id is not NULL. */
static int
cmd_run_session(const struct cmdline *cl, const char *run_id)
{
	struct app app;
	const struct routine *r = NULL;
	int status;

	if ((status = setup_app(&app, cl)) != 0)
		return status;
	if (run_id != NULL && (r = library_find(&app.lib, run_id)) == NULL) {
		status = cmd_no_such_routine(&app.lib, run_id);
		setup_free_app(&app);
		return status;
	}
	if (cmd_run_want_plain(cl)) {
		if (r == NULL) {
			setup_free_app(&app);
			if (cl->plain)
				return cmd_usage_hint(_("see backcoach list"),
				    "%s", _("plain mode needs a routine: "
				    "backcoach --plain run ID"));
			return cmd_usage_hint(_("see backcoach list"), "%s",
			    _("the coach needs a terminal that can draw (input "
			    "and output on a terminal, TERM set and not dumb); "
			    "here a routine runs in plain mode: backcoach run ID"));
		}
		status = plain_run(&app, r);
	} else {
		if (app.lib.count == 0) {
			fprintf(stderr, "backcoach: %s\n", _("no routines found "
			    "(see backcoach list and man backcoach-routine)"));
			setup_free_app(&app);
			return EXIT_DATAERR;
		}
		app.run_id = run_id;
		status = ui_main(&app);
	}
	setup_free_app(&app);
	/* the session ran, but its record could not be written: said, and 74 */
	if (status == 0 && run_log_failed())
		status = EXIT_IOERR;
	return status;
}

static int
cmd_run_coach_exec(const struct cmdline *cl, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cmd_run_session(cl, NULL);
}

static int
cmd_run_exec(const struct cmdline *cl, int argc, char **argv)
{
	(void)argc;
	return cmd_run_session(cl, argv[0]);
}

static int
cmd_run_log_guard_exec(const struct cmdline *cl, int argc, char **argv)
{
	(void)cl;
	(void)argc;
	return run_log_guard_main(argv[0]);
}

const struct cmd_entry cmd_coach_entry = {
	.name = NULL,
	.args = "",
	.min_args = 0,
	.max_args = 0,
	.options = CMD_O_SESSION | CMD_O(CO_AREA) | CMD_O(CO_PLAN),
	.flags = 0,
	.help = N_("open the coach"),
	.exec = cmd_run_coach_exec,
};

const struct cmd_entry cmd_run_entry = {
	.name = "run",
	.args = N_("ID"),
	.arg_error = N_("run wants one routine ID"),
	.min_args = 1,
	.max_args = 1,
	.options = CMD_O_SESSION,
	.flags = 0,
	.help = N_("run a routine"),
	.exec = cmd_run_exec,
};

/* Internal: the guard process of a running session (see run.c). */
const struct cmd_entry cmd_log_guard_entry = {
	.name = "log-guard",
	.args = "PATH",
	.min_args = 1,
	.max_args = 1,
	.options = 0,
	.flags = CMD_HIDDEN,
	.help = "",
	.exec = cmd_run_log_guard_exec,
};
