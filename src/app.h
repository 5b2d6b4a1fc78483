/*
 * app.h - what main() has gathered for a screen or a plain run: settings,
 * the routine library, the pain sources, and the paths in use.
 */
#ifndef BC_APP_H
#define BC_APP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "cues.h"
#include "library.h"
#include "painsrc.h"
#include "settings.h"

struct plan_view;

struct app {
	struct settings settings;	/* config file, then command line applied */
	struct library lib;
	struct painsrc *painsrc;	/* NULL when the file is missing or bad */
	enum cue_mode cue_mode;		/* from settings and --no-sound/--bell */
	const char *sounds_dir;
	const char *log_path;
	int start_area;			/* --area, or -1 */
	const char *run_id;		/* `run ID`, or NULL */
	int load_skipped;		/* routine files that could not be loaded */
	char *load_warnings;		/* their one-line reasons, or NULL */
	/* the shipped figures and pain sources, when they could not be
	 * loaded: why (FILE:LINE:COL: message), for the first screen; or NULL */
	char *poses_error, *painsrc_error;
	struct plan_view *plan;		/* the plan and its log (plan.h), or NULL */
	bool back_after_run;		/* `run ID` from the reminder: its summary ends the screen */
	bool plain_pain;		/* --pain given: plain mode asks on stdin */
};

/* The full-screen coach (ui.c).  Returns the process exit status. */
int ui_main(struct app *app);
/* Plain mode: one line per event on stdout (plain.c).  Returns the exit status. */
int plain_run(struct app *app, const struct routine *r);

/*
 * Recording a session (run.c), shared by the screen and plain mode so both
 * log the same way.  run_log_begin() when the session starts (after the
 * pain question), run_log_progress() after every tick (cheap),
 * run_log_end() once it is over: it appends the record and returns 0, or -1
 * with a reason in err and the record's text in line, to print on stderr
 * after the screen is restored so nothing is lost.  If the process dies
 * in between, even by SIGKILL, a guard process logs it as abandoned.
 */
struct log_record;
struct session;
struct run_log;
struct run_log *run_log_begin(const char *log_path, const struct session *s,
    time_t started, int pain_before);
void run_log_progress(struct run_log *rl, const struct session *s, uint64_t now);
int run_log_end(struct run_log *rl, const struct session *s, int pain_after,
    char *err, size_t errsize, char *line, size_t linesize);
/* Has a run_log_end() of this process failed to write its record? */
bool run_log_failed(void);
/* `backcoach log-guard PATH`: the guard's side (internal). */
int run_log_guard_main(const char *path);
/* The record of a session that has ended. */
void run_make_record(struct log_record *rec, const struct session *s,
    time_t started, int pain_before, int pain_after);

/* Exit statuses (sysexits.h values). */
#define EXIT_USAGE   64
#define EXIT_DATAERR 65
#define EXIT_SOFTWARE 70
#define EXIT_IOERR   74

#endif
