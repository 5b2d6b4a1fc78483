/*
 * cmd.c - the table of commands and the table of options (see cmd.h), and
 * what is made from them: option parsing, --help, the check that an option
 * belongs to the command it is given to, the argument count, and the hidden
 * listings the bash completion and the man-page test read.  Also the small
 * helpers the commands share (usage errors, scrubbed names, columns).
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "app.h"
#include "cmd.h"
#include "history.h"
#include "i18n.h"
#include "library.h"
#include "routine.h"
#include "settings.h"
#include "setup.h"
#include "text.h"
#include "xmalloc.h"

/* The commands, in the order of --help. */
const struct cmd_entry *const cmd_table[] = {
	&cmd_coach_entry,
	&cmd_run_entry,
	&cmd_list_entry,
	&cmd_show_entry,
	&cmd_validate_entry,
	&cmd_history_entry,
	&cmd_today_entry,
	&cmd_remind_entry,
	&cmd_keys_entry,
	&cmd_poses_entry,
	&cmd_map_entry,
	&cmd_log_guard_entry,
	NULL
};
/* the masks: commands in a uint32_t (cmd_takers), options in a uint64_t */
_Static_assert(sizeof cmd_table / sizeof cmd_table[0] <= 32 + 1,
    "more than 32 commands: widen cmd_takers' mask");
_Static_assert(CO_COUNT <= 64, "more than 64 options: widen CMD_O");

/*
 * An option's argument word (AREA, FILE) is marked for translation: --help
 * shows it in the person's language, --list-options in English for the
 * completion (cmd.h), which a word in lower case ("back|front") stays.
 */
const struct cmd_option cmd_options[CO_COUNT] = {
	/* TRANSLATORS: the argument words of the options and commands
	   (AREA, DIR, FILE, SECONDS, KIND, ID, MUSCLE, NAME...) are shown
	   in --help and in the help's lines ("read settings from FILE"): one
	   word in capitals, the same in both places */
	[CO_AREA] = { "area", 'a', N_("AREA"),
	    N_("open the routines for AREA, or list and history\n"
	    "for it only (neck, shoulders, upper-back,\n"
	    "middle-back, lower-back)"), 0 },
	[CO_ROUTINES_DIR] = { "routines-dir", 'd', N_("DIR"),
	    N_("look for routines in DIR (repeatable; replaces\n"
	    "the default search path)"), 0 },
	[CO_CONFIG] = { "config", 0, N_("FILE"), N_("read settings from FILE"), 0 },
	[CO_PLAIN] = { "plain", 0, NULL,
	    N_("print one line per event instead of drawing"), 0 },
	[CO_SOUND] = { "sound", 0, NULL, N_("audio cues on or off"), 0 },
	[CO_NO_SOUND] = { "no-sound", 0, NULL, NULL, 0 },
	[CO_BELL] = { "bell", 0, NULL, N_("use the terminal bell for cues"), 0 },
	[CO_VOICE] = { "voice", 0, NULL,
	    N_("also speak step names (needs espeak-ng), or not;\n"
	    "with --no-sound, the voice alone"), 0 },
	[CO_NO_VOICE] = { "no-voice", 0, NULL, NULL, 0 },
	[CO_VOLUME] = { "volume", 0, "N",
	    N_("loudness of the sounds and the voice, 0-100"), 0 },
	[CO_READY] = { "ready", 0, N_("SECONDS"),
	    N_("get-ready countdown before the first step (0-60)"), 0 },
	[CO_PAIN] = { "pain", 0, NULL,
	    N_("ask for pain ratings before and after, or not\n"
	    "(plain mode asks on stdin only with --pain)"), 0 },
	[CO_NO_PAIN] = { "no-pain", 0, NULL, NULL, 0 },
	[CO_COLOR] = { "color", 0, NULL, N_("colours, or none"), 0 },
	[CO_NO_COLOR] = { "no-color", 0, NULL, NULL, 0 },
	[CO_KIND] = { "kind", 0, N_("KIND"), N_("only stretch, massage or mixed"), 0 },
	[CO_MAX_MINUTES] = { "max-minutes", 0, "N",
	    N_("only routines of at most N minutes"), 0 },
	[CO_SINCE] = { "since", 0, "YYYY-MM-DD",
	    N_("only sessions since that day"), 0 },
	[CO_ROUTINE] = { "routine", 0, N_("ID"),
	    N_("only sessions of that routine"), 0 },
	[CO_FORMAT] = { "format", 0, "text|tsv|csv|json",
	    N_("how to print the sessions (json: JSON Lines)"), 0 },
	[CO_LOG] = { "log", 0, N_("FILE"),
	    N_("read FILE instead of the session log\n"
	    "(repeatable: the logs are read together)"), 0 },
	[CO_PLAN] = { "plan", 0, N_("FILE"),
	    N_("the plan to follow (default plan.yaml in the\n"
	    "config dir)"), 0 },
	[CO_EVERY] = { "every", 0, N_("DURATION"),
	    N_("time between breaks, e.g. 45m, 1h30m, 90s"), 0 },
	[CO_SNOOZE] = { "snooze", 0, N_("DURATION"),
	    N_("how long s puts a break off (5m)"), 0 },
	[CO_HOURS] = { "hours", 0, N_("FROM-TO"),
	    N_("working hours, e.g. 09:00-17:30 (all)"), 0 },
	[CO_DAYS] = { "days", 0, N_("DAYS"),
	    N_("working days, e.g. mon-fri (all)"), 0 },
	[CO_OFFER] = { "offer", 0, "ID|plan",
	    N_("the routine to offer (plan: the plan's next due)"), 0 },
	[CO_NOTIFY] = { "notify", 0, NULL,
	    N_("a desktop notification when a break is due, or not"), 0 },
	[CO_NO_NOTIFY] = { "no-notify", 0, NULL, NULL, 0 },
	[CO_STATUS] = { "status", 0, NULL,
	    N_("print the running reminder's state in a line"), 0 },
	[CO_VIEW] = { "view", 0, "back|front",
	    N_("the body seen from the back or the front"), 0 },
	[CO_ASCII] = { "ascii", 0, NULL,
	    N_("ASCII characters only, even in a UTF-8 locale"), 0 },
	[CO_SIZE] = { "size", 0, "WxH",
	    N_("each figure's width and height in cells"), 0 },
	[CO_HELP] = { "help", 'h', NULL, N_("show this help"), CMD_OPT_ANY },
	[CO_VERSION] = { "version", 'V', NULL, N_("show the version"), CMD_OPT_ANY },
	[CO_LIST_COMMANDS] = { "list-commands", 0, NULL, NULL,
	    CMD_OPT_ANY | CMD_OPT_HIDDEN },
	[CO_LIST_OPTIONS] = { "list-options", 0, "COMMAND", NULL,
	    CMD_OPT_ANY | CMD_OPT_HIDDEN },
	[CO_LIST_WORDS] = { "list-words", 0, "ARG", NULL,
	    CMD_OPT_ANY | CMD_OPT_HIDDEN },
};

#define HELP_COL 27	/* where an option's help starts in --help */

/* A command's name for a person: "list", or "the coach". */
static const char *
cmd_display_name(const struct cmd_entry *e)
{
	/* TRANSLATORS: in "Options of the coach and run:" */
	return e->name ? e->name : _("the coach");
}

/* A table's text in the person's language ("" stays "": gettext("") is the
 * catalog's header). */
static const char *
cmd_tr(const char *s)
{
	return s != NULL && *s != '\0' ? _(s) : s;
}

/*
 * "--area AREA" or "--plain" into buf; with tr, the argument's word in the
 * person's language ("--area BEREICH"), as --help shows it (the completion
 * reads the English words of --list-options).
 */
static void
cmd_option_synopsis(char *buf, size_t size, const struct cmd_option *o,
    bool tr)
{
	snprintf(buf, size, "--%s%s%s", o->name, o->arg ? " " : "",
	    o->arg ? (tr ? cmd_tr(o->arg) : o->arg) : "");
}

/* The mask of the visible commands that take option o. */
static uint32_t
cmd_takers(enum cmd_opt o)
{
	uint32_t m = 0;
	size_t i;

	for (i = 0; cmd_table[i] != NULL; i++)
		if (!(cmd_table[i]->flags & CMD_HIDDEN) &&
		    (cmd_table[i]->options & CMD_O(o)))
			m |= UINT32_C(1) << i;
	return m;
}

#define HELP_WIDTH 79	/* no line of --help is longer */

/*
 * Print text from column col (a line is begun), in a column starting at
 * indent: words wrapped before HELP_WIDTH, a '\n' in text starts a line.
 */
static void
cmd_help_text(FILE *fp, size_t col, size_t indent, const char *text)
{
	const char *p = text, *end;
	size_t w;

	if (col + 2 > indent) {
		fputc('\n', fp);
		col = 0;
	}
	fprintf(fp, "%*s", (int)(indent - col), "");
	col = indent;
	while (*p != '\0') {
		if (*p == '\n' || *p == ' ') {
			if (*p == '\n') {
				fprintf(fp, "\n%*s", (int)indent, "");
				col = indent;
			}
			p++;
			continue;
		}
		end = p + strcspn(p, " \n");
		w = text_width_n(p, (size_t)(end - p));
		if (col > indent && col + 1 + w > HELP_WIDTH) {
			fprintf(fp, "\n%*s", (int)indent, "");
			col = indent;
		} else if (col > indent) {
			fputc(' ', fp);
			col++;
		}
		fwrite(p, 1, (size_t)(end - p), fp);
		col += w;
		p = end;
	}
	fputc('\n', fp);
}

/* One option (and the flag-less ones after it that share its help). */
static int
cmd_print_option(FILE *fp, int o)
{
	const struct cmd_option *op = &cmd_options[o];
	char line[128];
	size_t len;
	int n = 1;

	if (op->short_name)
		len = (size_t)snprintf(line, sizeof line, "  -%c, ", op->short_name);
	else
		len = (size_t)snprintf(line, sizeof line, "      ");
	cmd_option_synopsis(line + len, sizeof line - len, op, true);
	while (o + n < CO_COUNT && cmd_options[o + n].help == NULL &&
	    !(cmd_options[o + n].flags & CMD_OPT_HIDDEN)) {
		len = strlen(line);
		snprintf(line + len, sizeof line - len, ", ");
		len = strlen(line);
		cmd_option_synopsis(line + len, sizeof line - len,
		    &cmd_options[o + n], true);
		n++;
	}
	fputs(line, fp);
	cmd_help_text(fp, text_width(line), HELP_COL, cmd_tr(op->help));
	return n;
}

void
cmd_usage(FILE *fp)
{
	const struct cmd_entry *e;
	uint64_t done = 0, bit;
	uint32_t m;
	size_t i, k, nnames, width = 0, len;
	char line[128];
	int pass;
	const char *names[32];
	/* TRANSLATORS: the first line of --help; the lines under it are
	   indented by as many columns as this takes */
	const char *usage = _("usage: ");
	int o, indent = (int)text_width(usage);

	/* a usage line per command, its help in a column after the longest */
	for (pass = 0; pass < 2; pass++)
		for (i = 0; (e = cmd_table[i]) != NULL; i++) {
			if (e->flags & CMD_HIDDEN)
				continue;
			snprintf(line, sizeof line, "%s%*sbackcoach%s%s%s%s%s",
			    i == 0 ? usage : "", i == 0 ? 0 : indent, "",
			    (e->options & ~(CMD_O(CO_HELP) | CMD_O(CO_VERSION))) ?
			    _(" [OPTIONS]") : "", e->name ? " " : "",
			    e->name ? e->name : "", *e->args ? " " : "",
			    cmd_tr(e->args));
			if (pass == 0 && text_width(line) + 2 > width)
				width = text_width(line) + 2;
			else if (pass == 1) {
				fputs(line, fp);
				cmd_help_text(fp, text_width(line), width,
				    cmd_tr(e->help));
			}
		}
	fputs("\n", fp);
	fputs(_("A terminal coach for upper and middle back pain: timed stretches and\n"
"self-massage, step by step, with a large countdown and sound cues.\n"), fp);

	/* the options, grouped by the commands that take them */
	for (o = 0; o < CO_COUNT; o++) {
		if ((cmd_options[o].flags & (CMD_OPT_HIDDEN | CMD_OPT_ANY)) ||
		    cmd_options[o].help == NULL || (done & CMD_O(o)))
			continue;
		m = cmd_takers(o);
		nnames = 0;
		for (i = 0; cmd_table[i] != NULL && nnames < 32; i++)
			if (m & (UINT32_C(1) << i))
				names[nnames++] = cmd_display_name(cmd_table[i]);
		/* "Options of list, show and history:" */
		len = 0;
		for (k = 0; k < nnames && len < sizeof line; k++)
			len += (size_t)snprintf(line + len, sizeof line - len,
			    "%s%s", k == 0 ? "" : k + 1 == nnames ?
			    /* TRANSLATORS: the last join of a list: "a, b and c" */
			    _(" and ") : ", ", names[k]);
		fputs("\n", fp);
		fprintf(fp, _("Options of %s:\n"), line);
		for (k = (size_t)o; k < CO_COUNT; ) {
			bit = CMD_O(k);
			if ((cmd_options[k].flags & (CMD_OPT_HIDDEN | CMD_OPT_ANY)) ||
			    cmd_options[k].help == NULL || cmd_takers(k) != m) {
				k++;
				continue;
			}
			done |= bit;
			k += (size_t)cmd_print_option(fp, (int)k);
		}
	}
	fputs("\n", fp);
	fputs(_("Options of every command:\n"), fp);
	for (o = 0; o < CO_COUNT; o++)
		if ((cmd_options[o].flags & CMD_OPT_ANY) &&
		    !(cmd_options[o].flags & CMD_OPT_HIDDEN))
			cmd_print_option(fp, o);
	fputs("\n", fp);
	fputs(_("No sound?  The cues need libcanberra's PulseAudio module (Debian:\n"
"libcanberra-pulse) and a running sound server (PulseAudio or PipeWire);\n"
"--bell uses the terminal bell instead.\n"), fp);
	fputs("\n", fp);
	fputs(_("Stop if pain becomes sharp, spreads into an arm, or comes with numbness.\n"
"See man backcoach for everything, and man backcoach-routine for the\n"
"routine format.\n"), fp);
}

const struct cmd_entry *
cmd_find(const char *name)
{
	size_t i;

	for (i = 0; cmd_table[i] != NULL; i++) {
		if (name == NULL ? cmd_table[i]->name == NULL :
		    cmd_table[i]->name != NULL && strcmp(name, cmd_table[i]->name) == 0)
			return cmd_table[i];
	}
	return NULL;
}

/*
 * --list-options CMD: the options of CMD ("" for the coach, "*" for those
 * of every command), one a line: "--area AREA", "-a AREA", "--plain".  For
 * the bash completion and the man-page test.
 */
static int
cmd_list_options(const char *name)
{
	const struct cmd_entry *e = NULL;
	uint32_t mask = 0;
	char buf[64];
	size_t i;
	int o;

	if (strcmp(name, "*") == 0) {
		for (i = 0; cmd_table[i] != NULL; i++)
			if (!(cmd_table[i]->flags & CMD_HIDDEN))
				mask |= cmd_table[i]->options;
	} else {
		e = cmd_find(*name ? name : NULL);
		if (e == NULL || (e->flags & CMD_HIDDEN))
			return cmd_usage_error(_("unknown command '%s'"), name);
		mask = e->options;
	}
	for (o = 0; o < CO_COUNT; o++) {
		if ((cmd_options[o].flags & CMD_OPT_HIDDEN) ||
		    (!(mask & CMD_O(o)) &&
		    !(cmd_options[o].flags & CMD_OPT_ANY)))
			continue;
		cmd_option_synopsis(buf, sizeof buf, &cmd_options[o], false);
		printf("%s\n", buf);
		if (cmd_options[o].short_name)
			printf("-%c%s%s\n", cmd_options[o].short_name,
			    cmd_options[o].arg ? " " : "",
			    cmd_options[o].arg ? cmd_options[o].arg : "");
	}
	return cmd_flush();
}

/* --list-words ARG: the words an option's argument takes (AREA, KIND). */
static int
cmd_list_words(const char *arg)
{
	int i;

	if (strcmp(arg, "AREA") == 0)
		for (i = 0; i < AREA_COUNT; i++)
			printf("%s\n", routine_area_name(i));
	else if (strcmp(arg, "KIND") == 0)
		for (i = 0; i < KIND_COUNT; i++)
			printf("%s\n", routine_kind_name(i));
	return cmd_flush();
}

/*
 * --list-commands: the command words, one a line, each with the synopsis
 * of its arguments ("run ID", "validate FILE...", "list").
 */
static int
cmd_list_commands(void)
{
	const struct cmd_entry *e;
	size_t i;

	for (i = 0; (e = cmd_table[i]) != NULL; i++)
		if (e->name != NULL && !(e->flags & CMD_HIDDEN))
			printf("%s%s%s\n", e->name, *e->args ? " " : "", e->args);
	return cmd_flush();
}

/* A whole non-negative number in [0, max], or -1. */
static long
cmd_parse_count(const char *s, long max)
{
	char *end;
	long v;

	if (*s < '0' || *s > '9')
		return -1;	/* no sign, no leading space: strtol would allow them */
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < 0 || v > max)
		return -1;
	return v;
}

int
cmd_parse(struct cmdline *cl, int *argcp, char ***argvp)
{
	struct option lopts[CO_COUNT + 1];
	char sopts[2 * CO_COUNT + 2], *sp = sopts;
	int argc = *argcp, c, o;
	char **argv = *argvp;
	long v;

	memset(cl, 0, sizeof *cl);
	cl->area = -1;
	cl->kind = -1;
	cl->ready = -1;
	cl->volume = -1;
	cl->max_minutes = -1;
	cl->sound = cl->voice = cl->pain = cl->color = -1;
	cl->notify = -1;

	*sp++ = ':';
	for (o = 0; o < CO_COUNT; o++) {
		lopts[o].name = cmd_options[o].name;
		lopts[o].has_arg = cmd_options[o].arg ? required_argument :
		    no_argument;
		lopts[o].flag = NULL;
		lopts[o].val = cmd_options[o].short_name ?
		    cmd_options[o].short_name : 256 + o;
		if (cmd_options[o].short_name) {
			*sp++ = (char)cmd_options[o].short_name;
			if (cmd_options[o].arg)
				*sp++ = ':';
		}
	}
	memset(&lopts[CO_COUNT], 0, sizeof lopts[CO_COUNT]);
	*sp = '\0';

	opterr = 0;
	while ((c = getopt_long(argc, argv, sopts, lopts, NULL)) != -1) {
		if (c == ':')
			return cmd_usage_error(_("option %s needs a value"),
			    argv[optind - 1]);
		if (c == '?') {
			if (optopt != 0) {
				char s[3] = { '-', (char)optopt, '\0' };

				return cmd_usage_error(_("unknown option '%s'"), s);
			}
			return cmd_usage_error(_("unknown option '%s'"),
			    argv[optind - 1]);
		}
		if (c >= 256)
			o = c - 256;
		else
			for (o = 0; o < CO_COUNT; o++)
				if (cmd_options[o].short_name == c)
					break;
		cl->seen[o] = true;
		switch (o) {
		case CO_AREA:
			if ((cl->area = routine_area_from_name(optarg)) < 0)
				return cmd_usage_error(_("unknown area '%s' (neck, "
				    "shoulders, upper-back, middle-back, "
				    "lower-back)"), optarg);
			break;
		case CO_ROUTINES_DIR:
			if (cl->ndirs == CMD_DIRS_MAX)
				return cmd_usage_error("%s",
				    _("too many --routines-dir"));
			cl->dirs[cl->ndirs++] = optarg;
			break;
		case CO_CONFIG: cl->config = optarg; break;
		case CO_PLAIN: cl->plain = true; break;
		case CO_SOUND: cl->sound = 1; break;
		case CO_NO_SOUND: cl->sound = 0; break;
		case CO_BELL: cl->bell = true; break;
		case CO_VOICE: cl->voice = 1; break;
		case CO_NO_VOICE: cl->voice = 0; break;
		case CO_READY:
			if ((cl->ready = cmd_parse_count(optarg, 60)) < 0)
				return cmd_usage_error(_("--ready wants seconds "
				    "from 0 to 60, not '%s'"), optarg);
			break;
		case CO_VOLUME:
			if ((cl->volume = cmd_parse_count(optarg, 100)) < 0)
				return cmd_usage_error(_("--volume wants a number "
				    "from 0 to 100, not '%s'"), optarg);
			break;
		case CO_PAIN: cl->pain = 1; break;
		case CO_NO_PAIN: cl->pain = 0; break;
		case CO_COLOR: cl->color = 1; break;
		case CO_NO_COLOR: cl->color = 0; break;
		case CO_KIND:
			if ((cl->kind = routine_kind_from_name(optarg)) < 0)
				return cmd_usage_error(_("unknown kind '%s' "
				    "(stretch, massage, mixed)"), optarg);
			break;
		case CO_MAX_MINUTES:
			if ((v = cmd_parse_count(optarg, 100000)) < 0)
				return cmd_usage_error(_("--max-minutes wants a "
				    "whole number of minutes, not '%s'"), optarg);
			cl->max_minutes = v;
			break;
		case CO_SINCE: cl->since = optarg; break;
		case CO_ROUTINE: cl->routine = optarg; break;
		case CO_FORMAT: {
			enum history_format f;

			if (history_format_from_name(optarg, &f) != 0)
				return cmd_usage_error(_("--format wants text, tsv, "
				    "csv or json, not '%s'"), optarg);
			cl->format = (int)f;
			break;
		}
		case CO_LOG:
			if (cl->nlogs == CMD_LOGS_MAX)
				return cmd_usage_error("%s", _("too many --log "
				    "(at most 16)"));
			cl->logs[cl->nlogs++] = optarg;
			break;
		case CO_PLAN: cl->plan = optarg; break;
		case CO_EVERY: cl->every = optarg; break;
		case CO_SNOOZE: cl->snooze = optarg; break;
		case CO_HOURS: cl->hours = optarg; break;
		case CO_DAYS: cl->days = optarg; break;
		case CO_OFFER: cl->offer = optarg; break;
		case CO_NOTIFY: cl->notify = 1; break;
		case CO_NO_NOTIFY: cl->notify = 0; break;
		case CO_STATUS: cl->status = true; break;
		case CO_VIEW: cl->view = optarg; break;
		case CO_ASCII: cl->ascii = true; break;
		case CO_SIZE: cl->size = optarg; break;
		case CO_HELP:
			cmd_usage(stdout);
			return 0;
		case CO_VERSION:
			printf("%s\n", PACKAGE_STRING);
			return 0;
		case CO_LIST_COMMANDS:
			return cmd_list_commands();
		case CO_LIST_OPTIONS:
			return cmd_list_options(optarg);
		case CO_LIST_WORDS:
			return cmd_list_words(optarg);
		default:
			return EXIT_SOFTWARE;	/* an option without a case */
		}
	}
	*argcp = argc - optind;
	*argvp = argv + optind;
	return -1;
}

int
cmd_exec(const struct cmd_entry *e, const struct cmdline *cl, int argc,
    char **argv)
{
	struct settings set;
	char fmt[256];
	int o, st;

	/* options belong to commands: any other use is a usage error */
	for (o = 0; o < CO_COUNT && !(e->flags & CMD_HIDDEN); o++) {
		if (!cl->seen[o] || (e->options & CMD_O(o)) ||
		    (cmd_options[o].flags & CMD_OPT_ANY))
			continue;
		fputs("backcoach: ", stderr);
		fprintf(stderr, _("--%s is not an option of %s "
		    "(try backcoach --help)"), cmd_options[o].name,
		    cmd_display_name(e));
		fputc('\n', stderr);
		return EXIT_USAGE;
	}
	if (argc < e->min_args || (e->max_args >= 0 && argc > e->max_args)) {
		if (e->flags & CMD_HIDDEN)
			return cmd_usage_error(_("unknown command '%s'"), e->name);
		if (e->max_args == 0) {
			/* TRANSLATORS: "list takes no argument 'foo'": the
			   command, then the argument (%%s, filled in after) */
			snprintf(fmt, sizeof fmt, _("%s takes no argument '%%s'"),
			    e->name);
			return cmd_usage_error(fmt, argv[0]);
		}
		return cmd_usage_error("%s", cmd_tr(e->arg_error));
	}
	if ((e->flags & CMD_SETTINGS) &&
	    (st = setup_settings(cl, &set)) != 0)
		return st;
	return e->exec(cl, argc, argv);
}

int
cmd_usage_hint(const char *hint, const char *fmt, const char *arg)
{
	char *clean = xstrdup(arg), cut[256];

	/* arguments are echoed back: keep escapes out of the terminal, and a
	 * long one (a 100 KB id) to one line of the screen */
	text_scrub(clean, false);
	text_cut(cut, sizeof cut, clean, (size_t)-1, 64);
	fputs("backcoach: ", stderr);
	fprintf(stderr, fmt, cut);
	free(clean);
	fprintf(stderr, " (%s)\n", hint);	/* translated by the caller */
	return EXIT_USAGE;
}

int
cmd_usage_error(const char *fmt, const char *arg)
{
	return cmd_usage_hint(_("try backcoach --help"), fmt, arg);
}

int
cmd_no_such_routine(const struct library *lib, const char *id)
{
	const char *near = lib != NULL ? library_suggest(lib, id) : NULL;
	char hint[ROUTINE_ID_MAX + 32];

	if (near != NULL) {
		snprintf(hint, sizeof hint, _("did you mean '%s'?"), near);
		return cmd_usage_hint(hint, _("no routine with id '%s'"), id);
	}
	return cmd_usage_hint(_("see backcoach list"),
	    _("no routine with id '%s'"), id);
}

const char *
cmd_clean(const char *s)
{
	static char *buf;

	free(buf);
	buf = xstrdup(s);
	text_scrub(buf, false);
	return buf;
}

int
cmd_term_width(void)
{
	struct winsize ws;
	int w = 80;

	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
	    ws.ws_col > 0)
		w = ws.ws_col;
	return w > 100 ? 100 : w;
}

void
cmd_fmt_names(char *buf, size_t size, uint32_t bits, int count,
    const char *(*name)(int), const char *sep, const char *empty)
{
	size_t len = 0;
	int i;

	buf[0] = '\0';
	for (i = 0; i < count; i++) {
		if (!(bits & (UINT32_C(1) << i)))
			continue;
		len += (size_t)snprintf(buf + len, size - len, "%s%s",
		    len ? sep : "", name(i));
		if (len >= size)
			break;
	}
	if (len == 0)
		snprintf(buf, size, "%s", empty);
}

int
cmd_flush(void)
{
	return fflush(stdout) == 0 ? 0 : EXIT_SOFTWARE;
}
