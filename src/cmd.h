/*
 * cmd.h - the commands of the command line, as one table (cmd.c), in the
 * manner of tmux's cmd_entry: each command is a struct cmd_entry with its
 * name, its arguments, the options it takes, a line of help and the
 * function that does it.  Usage, --help, the refusal of an option given to
 * a command it is not for, the man-page coverage test and the bash
 * completion (through the hidden --list-commands, --list-options CMD and
 * --list-words ARG) all read this table.
 *
 * To add a command NAME:
 *   1. write src/cmd-NAME.c with `int cmd_NAME_exec(const struct cmdline *,
 *      int, char **)` and `const struct cmd_entry cmd_NAME_entry = { ... }`
 *      (name, args, arg_error, min_args, max_args, options, flags, help,
 *      exec; see cmd-show.c for a small one), and declare the entry below;
 *   2. add &cmd_NAME_entry to cmd_table in src/cmd.c, where the order is
 *      the order of --help;
 *   3. add src/cmd-NAME.c to the "commands" block of Makefile.am;
 *   4. document it under COMMANDS in man/backcoach.1.in (and its options
 *      under OPTIONS): tests/man/man-coverage.sh fails until you do;
 *   5. a new option goes in enum cmd_opt and cmd_options[] (cmd.c), is
 *      parsed into struct cmdline in cmd_parse, and is named in the
 *      `options` of each command that takes it.
 * --help, the option checks and the bash completion (src/backcoach.bash)
 * then know the command without further work.  The completion reads the
 * words of `args` and of an option's `arg`: ID completes routine ids, FILE
 * files, DIR directories, AREA and KIND their words (--list-words), a word
 * in lower case itself ("ID|plan"); "[X]" is an optional X, "X..." any
 * number of them.  Name an argument with one of these where it fits.
 */
#ifndef BC_CMD_H
#define BC_CMD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define CMD_DIRS_MAX 32
#define CMD_LOGS_MAX 16		/* --log (HISTORY_LOGS_MAX) */

/* The options, in the order of --help and of the checks. */
enum cmd_opt {
	CO_AREA, CO_ROUTINES_DIR, CO_CONFIG, CO_PLAIN, CO_SOUND, CO_NO_SOUND,
	CO_BELL, CO_VOICE, CO_NO_VOICE, CO_VOLUME, CO_READY, CO_PAIN, CO_NO_PAIN,
	CO_COLOR, CO_NO_COLOR, CO_KIND, CO_MAX_MINUTES, CO_SINCE, CO_ROUTINE,
	CO_FORMAT, CO_LOG,
	CO_PLAN, CO_EVERY, CO_SNOOZE, CO_HOURS, CO_DAYS, CO_OFFER, CO_NOTIFY,
	CO_NO_NOTIFY, CO_STATUS,
	CO_VIEW, CO_ASCII, CO_SIZE,
	CO_HELP, CO_VERSION,
	CO_LIST_COMMANDS, CO_LIST_OPTIONS, CO_LIST_WORDS,	/* hidden */
	CO_COUNT
};
#define CMD_O(o) (UINT64_C(1) << (o))
/* What a session takes (the coach and run). */
#define CMD_O_SESSION (CMD_O(CO_ROUTINES_DIR) | \
	CMD_O(CO_CONFIG) | CMD_O(CO_PLAIN) | CMD_O(CO_SOUND) | \
	CMD_O(CO_NO_SOUND) | CMD_O(CO_BELL) | CMD_O(CO_VOICE) | \
	CMD_O(CO_NO_VOICE) | CMD_O(CO_VOLUME) | CMD_O(CO_READY) | CMD_O(CO_PAIN) | \
	CMD_O(CO_NO_PAIN) | CMD_O(CO_COLOR) | CMD_O(CO_NO_COLOR))

struct cmd_option {
	const char *name;	/* long name, without "--" */
	int short_name;		/* 'a', or 0 */
	const char *arg;	/* "AREA", or NULL for a flag */
	/*
	 * A line for --help ('\n' continues it); NULL: shown on the line of
	 * the option before it ("--sound, --no-sound").
	 */
	const char *help;
	unsigned flags;
#define CMD_OPT_ANY	0x1	/* taken by every command (--help) */
#define CMD_OPT_HIDDEN	0x2	/* not in --help: for completion and tests */
};
extern const struct cmd_option cmd_options[CO_COUNT];

/* The command line once parsed (cmd_parse). */
struct cmdline {
	int area;		/* -1: not given */
	bool plain, bell;
	int sound, voice, pain, color;	/* -1 not given, else the last of --x / --no-x */
	long ready;		/* -1: not given */
	long volume;		/* -1: not given */
	const char *dirs[CMD_DIRS_MAX];	/* --routines-dir, in order */
	size_t ndirs;
	const char *config;
	int kind;		/* -1: not given */
	long max_minutes;	/* -1: not given */
	const char *since, *routine;
	int format;		/* --format: enum history_format (0: text) */
	const char *logs[CMD_LOGS_MAX];	/* --log, in order */
	size_t nlogs;
	const char *plan;	/* --plan FILE, or NULL for the default */
	/* remind: as written, checked by the command */
	const char *every, *snooze, *hours, *days, *offer;
	int notify;		/* -1 not given, else --notify / --no-notify */
	bool status;		/* remind --status */
	/* map: as written, checked by the command */
	const char *view, *size;
	bool ascii;
	bool seen[CO_COUNT];	/* given on the command line */
};

struct cmd_entry {
	const char *name;	/* NULL: no command word (the coach) */
	const char *args;	/* synopsis of the arguments: "ID", "FILE...", "" */
	const char *arg_error;	/* for a wrong count: "run wants one routine ID" */
	int min_args, max_args;	/* max_args -1: no limit */
	uint64_t options;	/* CMD_O() bits of the options it takes */
	unsigned flags;
#define CMD_HIDDEN	0x1	/* internal: not in --help or completion; a
				   wrong count reads as an unknown command, and
				   no option is refused */
#define CMD_SETTINGS	0x2	/* read the settings file first (and refuse a bad one) */
#define CMD_NO_POSES	0x4	/* needs no figures: the poses are not loaded
				   (routines then load without their check) */
	const char *help;	/* one line for --help */
	/* argv[0..argc-1]: the arguments after the command word */
	int (*exec)(const struct cmdline *cl, int argc, char **argv);
};

extern const struct cmd_entry cmd_coach_entry, cmd_run_entry, cmd_list_entry,
    cmd_show_entry, cmd_validate_entry, cmd_history_entry, cmd_keys_entry,
    cmd_log_guard_entry, cmd_poses_entry, cmd_today_entry, cmd_remind_entry,
    cmd_map_entry;
extern const struct cmd_entry *const cmd_table[];

/*
 * Parse the options (anywhere on the line, as getopt_long permutes them)
 * into cl, and shift them out of *argcp / *argvp.  Returns -1 to go on, or
 * an exit status: --help and --version are done here (0), a bad option is
 * reported (64).
 */
int cmd_parse(struct cmdline *cl, int *argcp, char ***argvp);
/* The entry for a command word (NULL: the coach), or NULL when unknown. */
const struct cmd_entry *cmd_find(const char *name);
/* Check cl's options and argc against e, then run it: the exit status. */
int cmd_exec(const struct cmd_entry *e, const struct cmdline *cl, int argc,
    char **argv);
void cmd_usage(FILE *fp);

/* Helpers for the commands. */
/* "backcoach: MESSAGE (HINT)" on stderr, arg scrubbed; returns 64. */
int cmd_usage_hint(const char *hint, const char *fmt, const char *arg);
/* The same with the hint "try backcoach --help". */
int cmd_usage_error(const char *fmt, const char *arg);
/*
 * "no routine with id 'ID' (see backcoach list)", or "(did you mean
 * 'desk-reset'?)" when lib (may be NULL) has an id near it; returns 64.
 */
struct library;
int cmd_no_such_routine(const struct library *lib, const char *id);
/* s with control characters made harmless, in a buffer reused by each call. */
const char *cmd_clean(const char *s);
/* Columns of the terminal on stdout; 80 when it is not one (capped at 100). */
int cmd_term_width(void);
/*
 * The names of the bits set in bits (bit i named name(i), i < count),
 * joined by sep, or empty when none is set; cut at size.
 */
void cmd_fmt_names(char *buf, size_t size, uint32_t bits, int count,
    const char *(*name)(int), const char *sep, const char *empty);
/* Flush stdout: 0, or 70 when the output could not be written. */
int cmd_flush(void);

#endif
