/*
 * runner.h - one running session: the session engine, the cue player, the
 * log record and its guard, wired together once and driven by either face
 * (the run screen, plain mode).  A face asks the runner to start, tick and
 * take commands, draws or prints the session it hands back, and tells it
 * the pain answers; the runner plays the cues, tells the cue player what the
 * voice says, and records how the session ended.
 *
 * One runner can run several sessions in turn (the screen's "again"): the
 * cue player stays open between them, so a sound that is still playing at a
 * session's end is not cut off.
 */
#ifndef BC_RUNNER_H
#define BC_RUNNER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "cues.h"
#include "session.h"

struct runner_opts {
	unsigned ready_seconds;	/* get-ready countdown before the first step */
	struct cue_opts cues;	/* mode, voice, sounds dir, volume, bell hook */
	const char *log_path;
	/*
	 * Where the "how to get sound" hint's mark lives (the state dir), or
	 * NULL: the hint is then given every time sound fails.
	 */
	const char *state_dir;
	/*
	 * Called for every event the session produces, after its cue, or
	 * NULL; now is the clock_now() of the tick or command that found it
	 * (the same for the events found together).
	 */
	void (*on_event)(void *arg, const struct session *s,
	    const struct session_event *ev, uint64_t now);
	void *arg;
};

/* The commands a face can give; each takes effect at the current time. */
enum runner_cmd {
	RUN_PAUSE,		/* pause or resume */
	RUN_PAUSE_ONLY,		/* pause if running (a box, a suspend) */
	RUN_RESUME,		/* resume if paused */
	RUN_NEXT,		/* n: the next period (side, rep) */
	RUN_NEXT_STEP,		/* N: the next step */
	RUN_BACK,		/* p: the previous period */
	RUN_EXTEND,		/* +: 10 s more */
	RUN_MUTE,		/* m: cues off or on */
	RUN_QUIT		/* end now, as abandoned */
};

struct runner;

/* Never fails (the cue player's worst case is silence). */
struct runner *runner_open(const struct runner_opts *o);
/*
 * Start a session of routine r now (any earlier one must be logged).
 * pain_before is 0-10 or -1.  Returns 0, or -1 when the session cannot be
 * built (out of memory).
 */
int runner_start(struct runner *run, const struct routine *r, int pain_before);
/* The session (NULL before the first start); valid until the next start. */
const struct session *runner_session(const struct runner *run);
/* Advance to now: events to the cues and on_event.  true if any came. */
bool runner_tick(struct runner *run);
void runner_cmd(struct runner *run, enum runner_cmd cmd);
bool runner_muted(const struct runner *run);
/* A session is there and has finished or been abandoned. */
bool runner_over(const struct runner *run);
/* A session is running or paused. */
bool runner_active(const struct runner *run);
/*
 * Session time (ms, scaled like clock_now) until the next visible change
 * or event, UINT64_MAX when none is due (paused, over).
 */
uint64_t runner_wait(const struct runner *run);
/* For the face's poll(): the cue player's descriptor (-1 if none), and its handler. */
int runner_fd(const struct runner *run);
void runner_handle(struct runner *run);
/* A one-line notice from the cue player (cleared by reading), or NULL. */
const char *runner_take_notice(struct runner *run);
/*
 * When sound failed: the lines that say how to get it (package, sound
 * server, --bell), once per machine (a mark in the state dir), else NULL.
 * The caller frees it.
 */
char *runner_take_hint(struct runner *run);
/*
 * Write the record of an ended session (once; quits a live one first, as
 * abandoned).  pain_after is 0-10 or -1.  Returns 0, 1 when there was
 * nothing to log, or -1 with a reason in err and the record's text in line
 * (to print after the screen is restored, so that nothing is lost).
 */
int runner_log(struct runner *run, int pain_after, char *err, size_t errsize,
    char *line, size_t linesize);
/* The record is written (or there is no session). */
bool runner_logged(const struct runner *run);
/* Close the cue player (lets the last cue play out, bounded) and free. */
void runner_close(struct runner *run);

/*
 * What the voice says for an event ("Side bend, left side", "left side,
 * round 2", "right side", "rest", "well done"), or NULL for none; the
 * caller frees it.
 */
char *runner_voice_text(const struct session *s, const struct session_event *ev);

#endif
