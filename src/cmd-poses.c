/*
 * cmd-poses.c - `backcoach poses [NAME]`: every figure a step can show (or
 * the one named), drawn with its name, from the shipped pose file: every
 * key frame of a movement, as many side by side as the terminal is wide.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "app.h"
#include "cmd.h"
#include "i18n.h"
#include "paths.h"
#include "pose.h"

/*
 * The columns the frames may take: the terminal's whole width (not the
 * narrower measure of running text), else $COLUMNS, else 80.
 */
static int
gallery_width(void)
{
	struct winsize ws;
	const char *env = getenv("COLUMNS");
	char *end;
	long w;

	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
	    ws.ws_col > 0)
		return ws.ws_col;
	if (env != NULL && *env >= '0' && *env <= '9') {
		w = strtol(env, &end, 10);
		if (*end == '\0' && w > 0 && w <= 10000)
			return (int)w;
	}
	return 80;
}

static int
cmd_poses_exec(const struct cmdline *cl, int argc, char **argv)
{
	int st;

	(void)cl;
	if (pose_shipped() == NULL) {
		fprintf(stderr, "backcoach: ");
		fprintf(stderr, _("no poses in %s/routines"),
		    cmd_clean(paths_data_dir()));
		fputc('\n', stderr);
		return EXIT_DATAERR;
	}
	if (argc == 1 && pose_find(pose_shipped(), argv[0]) == NULL) {
		const char *near = pose_suggest(pose_shipped(), argv[0]);
		char hint[POSE_NAME_MAX + 32];

		if (near) {
			snprintf(hint, sizeof hint, _("did you mean '%s'?"), near);
			return cmd_usage_hint(hint, _("no pose named '%s'"),
			    argv[0]);
		}
		return cmd_usage_hint(_("backcoach poses lists them"),
		    _("no pose named '%s'"), argv[0]);
	}
	st = pose_gallery(pose_shipped(), argc == 1 ? argv[0] : NULL,
	    gallery_width(), stdout, stderr);
	return st ? st : cmd_flush();
}

const struct cmd_entry cmd_poses_entry = {
	.name = "poses",
	.args = N_("[NAME]"),
	.arg_error = N_("poses wants at most one NAME"),
	.min_args = 0,
	.max_args = 1,
	.options = 0,
	.flags = 0,
	.help = N_("draw every figure a step can show, or the one named"),
	.exec = cmd_poses_exec,
};
