/*
 * cmd-history.c - `backcoach history`: the sessions of the log with the
 * summary the history screen shows, as text.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "cmd.h"
#include "history.h"
#include "paths.h"

static int
cmd_history_exec(const struct cmdline *cl, int argc, char **argv)
{
	struct history_filter f;

	(void)argc;
	(void)argv;
	memset(&f, 0, sizeof f);
	f.area = cl->area;
	f.routine = cl->routine;
	if (cl->since != NULL && history_parse_date(cl->since, &f.since) != 0)
		return cmd_usage_error("--since wants a date as YYYY-MM-DD, "
		    "not '%s'", cl->since);
	if (history_print(stdout, paths_log_file(), &f, time(NULL), stderr) != 0)
		return EXIT_IOERR;	/* the log exists but cannot be read */
	return 0;
}

const struct cmd_entry cmd_history_entry = {
	.name = "history",
	.args = "",
	.min_args = 0,
	.max_args = 0,
	.options = CMD_O(CO_AREA) | CMD_O(CO_CONFIG) | CMD_O(CO_SINCE) |
	    CMD_O(CO_ROUTINE),
	.flags = CMD_SETTINGS,
	.help = "your sessions, pain before and after",
	.exec = cmd_history_exec,
};
