/*
 * cmd-keys.c - `backcoach keys`: every key of every screen, from the key
 * table the screens use (ui-keys.c).
 */
#include "config.h"

#include <stdio.h>

#include "cmd.h"
#include "i18n.h"
#include "ui.h"

static int
cmd_keys_exec(const struct cmdline *cl, int argc, char **argv)
{
	(void)cl;
	(void)argc;
	(void)argv;
	ui_print_keys(stdout);
	return 0;
}

const struct cmd_entry cmd_keys_entry = {
	.name = "keys",
	.args = "",
	.min_args = 0,
	.max_args = 0,
	.options = 0,
	.flags = CMD_NO_POSES,
	.help = N_("every key of every screen"),
	.exec = cmd_keys_exec,
};
