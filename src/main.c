/*
 * main.c - the dispatcher: the locale and the message catalog, the options
 * (cmd_parse), then the command of the table in cmd.c that the first word
 * names, or the coach.  Exit statuses are in app.h (sysexits values) and
 * the manual.  The shipped poses are loaded before a command that draws
 * or checks figures runs (not for history or keys).
 */
#include "config.h"

#include <locale.h>
#include <stddef.h>
#include <stdio.h>

#include "cmd.h"
#include "i18n.h"
#include "paths.h"
#include "pose.h"

int
main(int argc, char **argv)
{
	struct cmdline cl;
	const struct cmd_entry *e;
	struct bc_error err;
	const char *name;
	int st;

	setlocale(LC_ALL, "");
	/* the data files write 1.5, never 1,5: numbers are read (strtod, libcyaml) in C */
	setlocale(LC_NUMERIC, "C");
	bindtextdomain(PACKAGE, paths_locale_dir());
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
	if ((st = cmd_parse(&cl, &argc, &argv)) >= 0)
		return st;
	name = argc > 0 ? argv[0] : NULL;
	if ((e = cmd_find(name)) == NULL)
		return cmd_usage_error(_("unknown command '%s'"), name);
	if (name != NULL) {
		argc--;
		argv++;
	}
	/* the figures; loading a routine checks its figure names against them */
	if (!(e->flags & (CMD_HIDDEN | CMD_NO_POSES)) &&
	    !cl.status &&	/* remind --status: run often, needs none */
	    pose_shipped_load(&err) != 0) {
		bc_error_print(&err, stderr);
		fprintf(stderr, "backcoach: %s\n", _("going on without figures"));
	}
	return cmd_exec(e, &cl, argc, argv);
}
