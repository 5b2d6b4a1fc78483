/*
 * app.h - what main() has gathered for a screen or a plain run: settings,
 * the routine library, the pain sources, and the paths in use.
 */
#ifndef BC_APP_H
#define BC_APP_H

#include <stdbool.h>
#include <time.h>

#include "cues.h"
#include "library.h"
#include "painsrc.h"
#include "settings.h"

struct app {
	struct settings settings;	/* config file, then command line applied */
	struct library lib;
	struct painsrc *painsrc;	/* NULL when the file is missing or bad */
	enum cue_mode cue_mode;		/* from settings and --no-sound/--bell */
	const char *sounds_dir;
	const char *log_path;
	int start_area;			/* --area, or -1 */
	const char *run_id;		/* `run ID`, or NULL */
};

/* The full-screen coach (ui.c).  Returns the process exit status. */
int ui_main(struct app *app);
/* Plain mode: one line per event on stdout (plain.c).  Returns the exit status. */
int plain_run(struct app *app, const struct routine *r);

/*
 * Build the log record of a session that has ended (run.c).  Shared by the
 * screen and plain mode so both log the same way.
 */
struct log_record;
struct session;
void run_make_record(struct log_record *rec, const struct session *s,
    time_t started, int pain_before, int pain_after);

/* Exit statuses (sysexits.h values). */
#define EXIT_USAGE   64
#define EXIT_DATAERR 65
#define EXIT_SOFTWARE 70

#endif
