/*
 * main.c - the command line: options, subcommands and exit codes.  Gathers
 * settings, routines and paths into a struct app and hands it to the screen
 * (ui_main) or to plain mode; list, show, validate, history and keys print
 * and exit.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "app.h"
#include "error.h"
#include "history.h"
#include "library.h"
#include "painsrc.h"
#include "i18n.h"
#include "paths.h"
#include "routine.h"
#include "session.h"
#include "settings.h"
#include "text.h"
#include "ui.h"
#include "xmalloc.h"

#define DIRS_MAX 32

enum {
	OPT_PLAIN = 256, OPT_NO_SOUND, OPT_BELL, OPT_VOICE, OPT_READY,
	OPT_NO_PAIN, OPT_NO_COLOR, OPT_CONFIG, OPT_KIND, OPT_MAX_MINUTES,
	OPT_SINCE, OPT_ROUTINE, OPT_SOUND, OPT_NO_VOICE, OPT_PAIN, OPT_COLOR
};

/* The commands, as bits: which options each one takes. */
enum {
	C_COACH = 1 << 0, C_RUN = 1 << 1, C_LIST = 1 << 2, C_SHOW = 1 << 3,
	C_VALIDATE = 1 << 4, C_HISTORY = 1 << 5, C_KEYS = 1 << 6
};
#define C_SESSION (C_COACH | C_RUN)

/* Option (getopt value) -> the commands it belongs to. */
static const struct {
	int opt;
	const char *name;
	int cmds;
} opt_cmds[] = {
	{ 'a', "--area", C_COACH | C_LIST | C_HISTORY },
	{ 'd', "--routines-dir", C_SESSION | C_LIST | C_SHOW },
	{ OPT_CONFIG, "--config", C_SESSION | C_LIST | C_SHOW | C_HISTORY },
	{ OPT_PLAIN, "--plain", C_SESSION },
	{ OPT_SOUND, "--sound", C_SESSION },
	{ OPT_NO_SOUND, "--no-sound", C_SESSION },
	{ OPT_BELL, "--bell", C_SESSION },
	{ OPT_VOICE, "--voice", C_SESSION },
	{ OPT_NO_VOICE, "--no-voice", C_SESSION },
	{ OPT_READY, "--ready", C_SESSION },
	{ OPT_PAIN, "--pain", C_SESSION },
	{ OPT_NO_PAIN, "--no-pain", C_SESSION },
	{ OPT_COLOR, "--color", C_SESSION },
	{ OPT_NO_COLOR, "--no-color", C_SESSION },
	{ OPT_KIND, "--kind", C_LIST },
	{ OPT_MAX_MINUTES, "--max-minutes", C_LIST },
	{ OPT_SINCE, "--since", C_HISTORY },
	{ OPT_ROUTINE, "--routine", C_HISTORY },
};

static const struct option long_opts[] = {
	{ "area", required_argument, NULL, 'a' },
	{ "plain", no_argument, NULL, OPT_PLAIN },
	{ "sound", no_argument, NULL, OPT_SOUND },
	{ "no-sound", no_argument, NULL, OPT_NO_SOUND },
	{ "bell", no_argument, NULL, OPT_BELL },
	{ "voice", no_argument, NULL, OPT_VOICE },
	{ "no-voice", no_argument, NULL, OPT_NO_VOICE },
	{ "ready", required_argument, NULL, OPT_READY },
	{ "pain", no_argument, NULL, OPT_PAIN },
	{ "no-pain", no_argument, NULL, OPT_NO_PAIN },
	{ "color", no_argument, NULL, OPT_COLOR },
	{ "no-color", no_argument, NULL, OPT_NO_COLOR },
	{ "routines-dir", required_argument, NULL, 'd' },
	{ "config", required_argument, NULL, OPT_CONFIG },
	{ "kind", required_argument, NULL, OPT_KIND },
	{ "max-minutes", required_argument, NULL, OPT_MAX_MINUTES },
	{ "since", required_argument, NULL, OPT_SINCE },
	{ "routine", required_argument, NULL, OPT_ROUTINE },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

struct cmdline {
	int area;
	bool plain, bell;
	int sound, voice, pain, color;	/* -1 not given, else the last of --x / --no-x */
	long ready;		/* -1: not given */
	const char *dirs[DIRS_MAX];
	size_t ndirs;
	const char *config;
	int kind;
	long max_minutes;	/* -1: not given */
	const char *since, *routine;
	int seen[sizeof opt_cmds / sizeof opt_cmds[0]];	/* given on the command line */
};

static void
usage(FILE *fp)
{
	fputs(
"usage: backcoach [OPTIONS]                 open the coach\n"
"       backcoach [OPTIONS] run ID          run a routine\n"
"       backcoach list [--area AREA] [--kind KIND] [--max-minutes N]\n"
"       backcoach show ID\n"
"       backcoach validate FILE...\n"
"       backcoach history [--since YYYY-MM-DD] [--routine ID] [--area AREA]\n"
"       backcoach keys\n"
"\n"
"A terminal coach for upper and middle back pain: timed stretches and\n"
"self-massage, step by step, with a large countdown and sound cues.\n"
"\n"
"Options:\n"
"  -a, --area AREA          open the routines for AREA (neck, shoulders,\n"
"                           upper-back, middle-back, lower-back)\n"
"      --plain              print one line per event instead of drawing\n"
"      --sound, --no-sound  audio cues on or off\n"
"      --bell               use the terminal bell for cues\n"
"      --voice, --no-voice  also speak step names (needs espeak-ng), or not\n"
"      --ready SECONDS      get-ready countdown before the first step (0-60)\n"
"      --pain, --no-pain    ask for pain ratings before and after, or not\n"
"      --color, --no-color  colours, or none\n"
"  -d, --routines-dir DIR   look for routines in DIR (repeatable; replaces\n"
"                           the default search path)\n"
"      --config FILE        read settings from FILE\n"
"      --kind KIND          list: only stretch, massage or mixed\n"
"      --max-minutes N      list: only routines of at most N minutes\n"
"      --since YYYY-MM-DD   history: only sessions since that day\n"
"      --routine ID         history: only sessions of that routine\n"
"  -h, --help               show this help\n"
"  -V, --version            show the version\n"
"\n"
"Stop if pain becomes sharp, spreads into an arm, or comes with numbness.\n"
"See man backcoach for everything, and man backcoach-routine for the\n"
"routine format.\n", fp);
}

/* "backcoach: MESSAGE (HINT)" on one line; exit status 64. */
static int
usage_hint(const char *hint, const char *fmt, const char *arg)
{
	char *clean = xstrdup(arg);

	/* arguments are echoed back: keep escapes out of the terminal */
	text_scrub(clean, false);
	fputs("backcoach: ", stderr);
	fprintf(stderr, fmt, clean);
	free(clean);
	fprintf(stderr, " (%s)\n", hint);
	return EXIT_USAGE;
}

static int
usage_error(const char *fmt, const char *arg)
{
	return usage_hint("try backcoach --help", fmt, arg);
}

static int
no_such_routine(const char *id)
{
	return usage_hint("see backcoach list", "no routine with id '%s'", id);
}

/* A whole non-negative number in [0, max], or -1. */
static long
parse_count(const char *s, long max)
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

static int
load_library(struct library *lib, const struct cmdline *cl)
{
	const char *dirs[DIRS_MAX];
	size_t n;

	if (cl->ndirs > 0) {
		memcpy(dirs, cl->dirs, cl->ndirs * sizeof dirs[0]);
		n = cl->ndirs;
	} else
		n = paths_routine_dirs(dirs, DIRS_MAX);
	return library_load(lib, dirs, n, stderr);
}

static void
fmt_areas(char *buf, size_t size, uint32_t areas)
{
	size_t len = 0;
	int a;

	buf[0] = '\0';
	for (a = 0; a < AREA_COUNT; a++) {
		if (!(areas & (1u << a)))
			continue;
		len += (size_t)snprintf(buf + len, size - len, "%s%s",
		    len ? "," : "", routine_area_name(a));
		if (len >= size)
			break;
	}
}

static void
fmt_equipment(char *buf, size_t size, uint32_t equip)
{
	size_t len = 0;
	int e;

	buf[0] = '\0';
	for (e = 0; e < EQUIP_COUNT; e++) {
		if (!(equip & (1u << e)))
			continue;
		len += (size_t)snprintf(buf + len, size - len, "%s%s",
		    len ? ", " : "", routine_equipment_name(e));
		if (len >= size)
			break;
	}
	if (len == 0)
		snprintf(buf, size, "none");
}

/* s with control characters made harmless, in a buffer reused by each call. */
static const char *
clean(const char *s)
{
	static char *buf;

	free(buf);
	buf = xstrdup(s);
	text_scrub(buf, false);
	return buf;
}

/* Print s padded with spaces to width columns (display width, not bytes). */
static void
print_padded(const char *s, size_t width)
{
	size_t w = text_width(s);

	fputs(s, stdout);
	while (w++ < width)
		putchar(' ');
}

/* Columns of the terminal on stdout; 80 when it is not one (capped at 100 for reading). */
static int
term_width(void)
{
	struct winsize ws;
	int w = 80;

	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
	    ws.ws_col > 0)
		w = ws.ws_col;
	return w > 100 ? 100 : w;
}

/* The areas of r as a five-letter map for a terminal: "NSU--" (see AREA_LETTERS). */
#define AREA_LETTERS "NSUML"
static void
fmt_area_map(char *buf, uint32_t areas)
{
	int a;

	for (a = 0; a < AREA_COUNT; a++)
		buf[a] = (areas & (1u << a)) ? AREA_LETTERS[a] : '-';
	buf[AREA_COUNT] = '\0';
}

/* Print s cut to at most width columns, with "..." when cut. */
static void
print_cut(const char *s, size_t width)
{
	char *t;
	size_t n;

	if (text_width(s) <= width) {
		fputs(s, stdout);
		return;
	}
	t = xstrdup(s);
	for (n = strlen(t); n > 0 && text_width(t) + 3 > width; ) {
		/* drop one whole UTF-8 character */
		do
			n--;
		while (n > 0 && ((unsigned char)t[n] & 0xc0) == 0x80);
		t[n] = '\0';
	}
	printf("%s...", t);
	free(t);
}

static int
by_id(const void *a, const void *b)
{
	return strcmp((*(const struct routine *const *)a)->id,
	    (*(const struct routine *const *)b)->id);
}

static int
cmd_list(const struct cmdline *cl)
{
	struct library lib;
	struct library_filter f = { cl->area, cl->kind, 0 };
	const struct routine **rs;
	size_t i, n = 0, wid = 2, wkind = 4, used;
	bool tty = isatty(STDOUT_FILENO);
	int width = term_width();
	char len[16], areas[128];
	const struct routine *r;

	if (cl->max_minutes >= 0)
		f.max_seconds = (unsigned)cl->max_minutes * 60;
	if (cl->max_minutes == 0)
		f.max_seconds = 1;	/* nothing lasts 0 minutes: list nothing */
	load_library(&lib, cl);
	rs = xcalloc(lib.count + 1, sizeof *rs);
	for (i = 0; i < lib.count; i++)
		if (library_match(lib.items[i], &f))
			rs[n++] = lib.items[i];
	/* the id comes first and is what `run` takes: sort by it */
	qsort(rs, n, sizeof *rs, by_id);
	for (i = 0; i < n; i++) {
		if (text_width(rs[i]->id) > wid)
			wid = text_width(rs[i]->id);
		if (strlen(routine_kind_name(rs[i]->kind)) > wkind)
			wkind = strlen(routine_kind_name(rs[i]->kind));
	}
	if (tty && n > 0) {
		print_padded("ID", wid + 2);
		print_padded("LENGTH", 8);
		print_padded("KIND", wkind + 2);
		print_padded("AREAS", 7);
		printf("TITLE\n");
	}
	for (i = 0; i < n; i++) {
		r = rs[i];
		text_duration(len, sizeof len, routine_total_seconds(r));
		if (tty) {
			fmt_area_map(areas, r->areas);
			print_padded(r->id, wid + 2);
			print_padded(len, 8);
			print_padded(routine_kind_name(r->kind), wkind + 2);
			print_padded(areas, 7);
			used = wid + 2 + 8 + wkind + 2 + 7;
			print_cut(r->title, (size_t)width > used + 4 ?
			    (size_t)width - used : 4);
			putchar('\n');
		} else {
			fmt_areas(areas, sizeof areas, r->areas);
			printf("%s\t%s\t%s\t%s\t%s\n", r->id, len,
			    routine_kind_name(r->kind), areas, r->title);
		}
	}
	if (tty && n > 0)
		printf("AREAS: N neck, S shoulders, U upper back, M middle back, "
		    "L lower back\n");
	free(rs);
	library_free(&lib);
	return fflush(stdout) == 0 ? 0 : EXIT_SOFTWARE;
}

static const char *
side_label(enum session_side side)
{
	return side == SIDE_LEFT ? "left side" : side == SIDE_RIGHT ?
	    "right side" : "";
}

static int
cmd_show(const struct cmdline *cl, const char *id)
{
	struct library lib;
	const struct routine *r;
	struct session s;
	const struct session_seg *g;
	char len[16], at[16], buf[256];
	uint64_t t = 0;
	unsigned i;
	size_t k;
	int width = term_width();
	char *caution;

	load_library(&lib, cl);
	if ((r = library_find(&lib, id)) == NULL) {
		library_free(&lib);
		return no_such_routine(id);
	}
	text_duration(len, sizeof len, routine_total_seconds(r));
	printf("%s\n", r->title);
	printf("id: %s    length: %s    kind: %s    level: %s\n", r->id, len,
	    routine_kind_name(r->kind), routine_level_name(r->level));
	fmt_areas(buf, sizeof buf, r->areas);
	printf("areas: %s\n", buf);
	fmt_equipment(buf, sizeof buf, r->equipment);
	printf("equipment: %s\n", buf);
	printf("file: %s\n\n", clean(r->path));
	text_wrap_print(stdout, r->summary, 0, width);
	putchar('\n');
	xasprintf(&caution, "Caution: %s", r->caution);
	text_wrap_print(stdout, caution, 0, width);
	free(caution);
	printf("\nSteps:\n");
	for (i = 0; i < r->steps_count; i++) {
		const struct routine_step *st = &r->steps[i];

		printf("%2u. %s (%us", i + 1, st->name, (unsigned)st->seconds);
		if (st->sides == SIDES_LEFT_RIGHT)
			printf(", each side");
		if (st->reps > 1)
			printf(", %u reps", (unsigned)st->reps);
		if (st->rest > 0)
			printf(", %us rest between", (unsigned)st->rest);
		if (st->prepare > 0)
			printf(", %us to get into position first",
			    (unsigned)st->prepare);
		printf(")\n");
		text_wrap_print(stdout, st->instructions, 4, width);
	}
	if (session_init(&s, r, 0) != 0) {
		library_free(&lib);
		return EXIT_SOFTWARE;
	}
	printf("\nTimeline:\n");
	for (k = 0; k < s.nsegs; k++) {
		g = &s.segs[k];
		text_duration(at, sizeof at, t / 1000);
		if (g->kind == SEG_REST)
			printf("  %s  %s %us\n", at, g->prepare ?
			    "get into position" : "rest", (unsigned)(g->ms / 1000));
		else {
			printf("  %s  %s", at, r->steps[g->step].name);
			if (g->side != SIDE_NONE)
				printf(", %s", side_label(g->side));
			if (g->reps > 1)
				printf(", rep %u/%u", g->rep, g->reps);
			printf(" (%us)\n", (unsigned)(g->ms / 1000));
		}
		t += g->ms;
	}
	text_duration(at, sizeof at, t / 1000);
	printf("  %s  end\n\nTotal: %s\n", at, len);
	session_free(&s);
	library_free(&lib);
	return fflush(stdout) == 0 ? 0 : EXIT_SOFTWARE;
}

/*
 * Every routine a pain-source file names must exist beside it (in the same
 * directory): a suggestion that leads nowhere is an error.
 */
static int
check_painsrc_ids(const char *path, const struct painsrc *p, struct bc_error *err)
{
	struct library lib;
	char *dir = xstrdup(path), *slash;
	const char *dirs[1];
	unsigned a, m, k;
	int rc = 0;

	if ((slash = strrchr(dir, '/')) != NULL)
		slash[slash == dir ? 1 : 0] = '\0';
	else
		strcpy(dir, ".");
	dirs[0] = dir;
	library_load(&lib, dirs, 1, NULL);
	for (a = 0; a < p->areas_count && rc == 0; a++)
		for (m = 0; m < p->areas[a].muscles_count && rc == 0; m++)
			for (k = 0; k < p->areas[a].muscles[m].routines_count; k++) {
				const char *id = p->areas[a].muscles[m].routines[k];

				if (library_find(&lib, id) != NULL)
					continue;
				bc_error_set(err, path, 0, 0, "routine '%s' (for "
				    "%s, %s) is not in %s", id,
				    p->areas[a].muscles[m].name,
				    routine_area_name(p->areas[a].area), dir);
				rc = -1;
				break;
			}
	library_free(&lib);
	free(dir);
	return rc;
}

static int
cmd_validate(int argc, char **argv)
{
	struct bc_error err;
	struct routine *r;
	struct painsrc *p;
	const char *base;
	int i, status = 0, rc;

	if (argc == 0)
		return usage_error("%s", "validate needs at least one FILE");
	for (i = 0; i < argc; i++) {
		base = strrchr(argv[i], '/');
		base = base ? base + 1 : argv[i];
		if (strcmp(base, PAINSRC_FILE_NAME) == 0) {
			rc = painsrc_load(argv[i], &p, &err);
			if (rc == 0) {
				rc = check_painsrc_ids(argv[i], p, &err);
				painsrc_free(p);
			}
		} else {
			rc = routine_load(argv[i], &r, &err);
			if (rc == 0)
				routine_free(r);
		}
		if (rc == 0)
			printf("%s: ok\n", clean(argv[i]));
		else {
			fflush(stdout);
			bc_error_print(&err, stderr);
			status = EXIT_DATAERR;
		}
	}
	return status;
}

static int
cmd_history(const struct cmdline *cl)
{
	struct history_filter f;

	memset(&f, 0, sizeof f);
	f.area = cl->area;
	f.routine = cl->routine;
	if (cl->since != NULL && history_parse_date(cl->since, &f.since) != 0)
		return usage_error("--since wants a date as YYYY-MM-DD, not '%s'",
		    cl->since);
	if (history_print(stdout, paths_log_file(), &f, time(NULL), stderr) != 0)
		return EXIT_IOERR;	/* the log exists but cannot be read */
	return 0;
}

/*
 * The settings file: read for every command that uses the library or the
 * log, so a broken file is reported the same way whatever the command.
 */
static int
load_settings(const struct cmdline *cl, struct settings *set)
{
	struct bc_error err;
	const char *path;

	settings_defaults(set);
	path = cl->config ? cl->config : paths_config_file();
	if (cl->config && access(cl->config, F_OK) != 0) {
		fprintf(stderr, "backcoach: %s: %s\n", clean(cl->config),
		    strerror(errno));
		return EXIT_USAGE;
	}
	if (settings_load(path, set, &err) != 0) {
		bc_error_print(&err, stderr);
		return EXIT_DATAERR;
	}
	return 0;
}

/* Gather settings and routines for the coach; returns 0 or an exit status. */
static int
setup_app(struct app *app, const struct cmdline *cl)
{
	struct bc_error err;
	const char *term;
	int status;
	char psrc[PATH_MAX];
	const char *dirs[DIRS_MAX];
	size_t n, i;

	memset(app, 0, sizeof *app);
	if ((status = load_settings(cl, &app->settings)) != 0)
		return status;
	if (cl->ready >= 0)
		app->settings.ready_seconds = (unsigned)cl->ready;
	/*
	 * The command line wins over the file.  --bell and --voice ask for
	 * cues, so they turn cues on unless --no-sound says otherwise.
	 */
	if (cl->bell)
		app->settings.bell = true;
	if (cl->voice >= 0)
		app->settings.voice = cl->voice;
	if ((cl->bell || cl->voice == 1) && cl->sound != 0)
		app->settings.sound = true;
	if (cl->sound >= 0)
		app->settings.sound = cl->sound;
	if (cl->pain >= 0)
		app->settings.ask_pain = cl->pain;
	if ((term = getenv("NO_COLOR")) && *term)
		app->settings.color = false;
	if (cl->color >= 0)
		app->settings.color = cl->color;
	app->cue_mode = !app->settings.sound ? CUE_NONE :
	    app->settings.bell ? CUE_BELL : CUE_SOUND;
	app->sounds_dir = paths_sounds_dir();
	app->log_path = paths_log_file();
	app->start_area = cl->area;
	load_library(&app->lib, cl);

	/* the pain sources: the first directory of the search path that has them */
	if (cl->ndirs > 0) {
		memcpy(dirs, cl->dirs, cl->ndirs * sizeof dirs[0]);
		n = cl->ndirs;
	} else
		n = paths_routine_dirs(dirs, DIRS_MAX);
	for (i = 0; i < n; i++) {
		snprintf(psrc, sizeof psrc, "%s/%s", dirs[i], PAINSRC_FILE_NAME);
		if (access(psrc, F_OK) != 0)
			continue;
		if (painsrc_load(psrc, &app->painsrc, &err) != 0) {
			bc_error_print(&err, stderr);
			fprintf(stderr, "backcoach: going on without pain sources\n");
			app->painsrc = NULL;
		}
		break;
	}
	return 0;
}

static void
free_app(struct app *app)
{
	library_free(&app->lib);
	if (app->painsrc)
		painsrc_free(app->painsrc);
}

static bool
want_plain(const struct cmdline *cl)
{
	const char *term = getenv("TERM");

	return cl->plain || !isatty(STDOUT_FILENO) || !isatty(STDIN_FILENO) ||
	    term == NULL || *term == '\0' || strcmp(term, "dumb") == 0;
}

static int
cmd_coach(const struct cmdline *cl, const char *run_id)
{
	struct app app;
	const struct routine *r = NULL;
	int status;

	if ((status = setup_app(&app, cl)) != 0)
		return status;
	if (run_id != NULL && (r = library_find(&app.lib, run_id)) == NULL) {
		free_app(&app);
		return no_such_routine(run_id);
	}
	if (want_plain(cl)) {
		if (r == NULL) {
			free_app(&app);
			if (cl->plain)
				return usage_hint("see backcoach list", "%s",
				    "plain mode needs a routine: backcoach "
				    "--plain run ID");
			return usage_hint("see backcoach list", "%s",
			    "the coach needs a terminal that can draw (input "
			    "and output on a terminal, TERM set and not dumb); "
			    "here a routine runs in plain mode: backcoach run ID");
		}
		status = plain_run(&app, r);
	} else {
		if (app.lib.count == 0) {
			fprintf(stderr, "backcoach: no routines found (see "
			    "backcoach list and man backcoach-routine)\n");
			free_app(&app);
			return EXIT_DATAERR;
		}
		app.run_id = run_id;
		status = ui_main(&app);
	}
	free_app(&app);
	return status;
}

static void
note_option(struct cmdline *cl, int opt)
{
	size_t i;

	for (i = 0; i < sizeof opt_cmds / sizeof opt_cmds[0]; i++)
		if (opt_cmds[i].opt == opt)
			cl->seen[i] = 1;
}

/* Refuse an option given to a command it is not for (exit 64). */
static int
check_options(const struct cmdline *cl, const char *cmd)
{
	static const struct { const char *name; int bit; } cmds[] = {
		{ "run", C_RUN }, { "list", C_LIST }, { "show", C_SHOW },
		{ "validate", C_VALIDATE }, { "history", C_HISTORY },
		{ "keys", C_KEYS }, { "log-guard", 0 },
	};
	char what[64];
	size_t i;
	int bit = -1;

	if (cmd == NULL)
		bit = C_COACH;
	for (i = 0; bit < 0 && i < sizeof cmds / sizeof cmds[0]; i++)
		if (strcmp(cmd, cmds[i].name) == 0)
			bit = cmds[i].bit;
	if (bit <= 0)
		return 0;	/* an unknown command is reported on its own */
	for (i = 0; i < sizeof opt_cmds / sizeof opt_cmds[0]; i++) {
		if (!cl->seen[i] || (opt_cmds[i].cmds & bit))
			continue;
		snprintf(what, sizeof what, "%s", cmd ? cmd : "the coach");
		fprintf(stderr, "backcoach: %s is not an option of %s "
		    "(try backcoach --help)\n", opt_cmds[i].name, what);
		return EXIT_USAGE;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	struct cmdline cl;
	struct settings set;
	const char *cmd;
	long v;
	int c, st;

	setlocale(LC_ALL, "");
	bindtextdomain(PACKAGE, paths_locale_dir());
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
	memset(&cl, 0, sizeof cl);
	cl.area = -1;
	cl.kind = -1;
	cl.ready = -1;
	cl.max_minutes = -1;
	cl.sound = cl.voice = cl.pain = cl.color = -1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":a:d:hV", long_opts, NULL)) != -1) {
		note_option(&cl, c);
		switch (c) {
		case 'a':
			if ((cl.area = routine_area_from_name(optarg)) < 0)
				return usage_error("unknown area '%s' (neck, "
				    "shoulders, upper-back, middle-back, "
				    "lower-back)", optarg);
			break;
		case 'd':
			if (cl.ndirs == DIRS_MAX)
				return usage_error("%s", "too many --routines-dir");
			cl.dirs[cl.ndirs++] = optarg;
			break;
		case OPT_PLAIN: cl.plain = true; break;
		case OPT_SOUND: cl.sound = 1; break;
		case OPT_NO_SOUND: cl.sound = 0; break;
		case OPT_BELL: cl.bell = true; break;
		case OPT_VOICE: cl.voice = 1; break;
		case OPT_NO_VOICE: cl.voice = 0; break;
		case OPT_PAIN: cl.pain = 1; break;
		case OPT_NO_PAIN: cl.pain = 0; break;
		case OPT_COLOR: cl.color = 1; break;
		case OPT_NO_COLOR: cl.color = 0; break;
		case OPT_CONFIG: cl.config = optarg; break;
		case OPT_READY:
			if ((cl.ready = parse_count(optarg, 60)) < 0)
				return usage_error("--ready wants seconds from 0 "
				    "to 60, not '%s'", optarg);
			break;
		case OPT_KIND:
			if ((cl.kind = routine_kind_from_name(optarg)) < 0)
				return usage_error("unknown kind '%s' (stretch, "
				    "massage, mixed)", optarg);
			break;
		case OPT_MAX_MINUTES:
			if ((v = parse_count(optarg, 100000)) < 0)
				return usage_error("--max-minutes wants a whole "
				    "number of minutes, not '%s'", optarg);
			cl.max_minutes = v;
			break;
		case OPT_SINCE: cl.since = optarg; break;
		case OPT_ROUTINE: cl.routine = optarg; break;
		case 'h':
			usage(stdout);
			return 0;
		case 'V':
			printf("%s\n", PACKAGE_STRING);
			return 0;
		case ':':
			return usage_error("option %s needs a value",
			    argv[optind - 1]);
		default:
			if (optopt != 0) {
				char o[3] = { '-', (char)optopt, '\0' };

				return usage_error("unknown option '%s'", o);
			}
			return usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	argc -= optind;
	argv += optind;
	cmd = argc > 0 ? argv[0] : NULL;

	if ((st = check_options(&cl, cmd)) != 0)
		return st;

	if (cmd == NULL)
		return cmd_coach(&cl, NULL);
	if (strcmp(cmd, "run") == 0) {
		if (argc != 2)
			return usage_error("%s", "run wants one routine ID");
		return cmd_coach(&cl, argv[1]);
	}
	if (strcmp(cmd, "list") == 0) {
		if (argc != 1)
			return usage_error("list takes no argument '%s'", argv[1]);
		if ((st = load_settings(&cl, &set)) != 0)
			return st;
		return cmd_list(&cl);
	}
	if (strcmp(cmd, "show") == 0) {
		if (argc != 2)
			return usage_error("%s", "show wants one routine ID");
		if ((st = load_settings(&cl, &set)) != 0)
			return st;
		return cmd_show(&cl, argv[1]);
	}
	if (strcmp(cmd, "validate") == 0)
		return cmd_validate(argc - 1, argv + 1);
	if (strcmp(cmd, "history") == 0) {
		if (argc != 1)
			return usage_error("history takes no argument '%s'", argv[1]);
		if ((st = load_settings(&cl, &set)) != 0)
			return st;
		return cmd_history(&cl);
	}
	if (strcmp(cmd, "log-guard") == 0 && argc == 2)
		return run_log_guard_main(argv[1]);
	if (strcmp(cmd, "keys") == 0) {
		ui_print_keys(stdout);
		return 0;
	}
	return usage_error("unknown command '%s'", cmd);
}
