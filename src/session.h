/*
 * session.h - the pure session engine.
 *
 * A session expands a routine into a timeline of segments (get-ready, work
 * per side and rep, rests) and runs it against a monotonic time in
 * milliseconds that the caller passes in.  It knows nothing of curses,
 * sound or files: the screen draws its state, the cue player and the plain
 * printer consume its events, the log records how it ended.
 *
 * Timing rule: every deadline is absolute.  A segment ends at its start plus
 * its length (plus any extension); the next segment starts exactly at that
 * deadline, however late tick() is called.  Paused time moves the current
 * segment's start forward, so it never counts as done.
 */
#ifndef BC_SESSION_H
#define BC_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "routine.h"

enum session_seg_kind { SEG_READY, SEG_WORK, SEG_REST };
enum session_side { SIDE_NONE, SIDE_LEFT, SIDE_RIGHT };

struct session_seg {
	enum session_seg_kind kind;
	unsigned step;		/* index in routine->steps (READY: 0, REST: the step it belongs to) */
	enum session_side side;	/* WORK and REST: the side of this (or the next) work segment */
	unsigned rep;		/* 1-based rep of this work segment (REST: of the next one) */
	unsigned reps;		/* reps of the step */
	uint64_t ms;		/* planned length */
	bool prepare;		/* REST: the step's prepare time, before its first work */
};

enum session_state {
	SESSION_IDLE,		/* initialised, not started */
	SESSION_RUNNING,
	SESSION_PAUSED,
	SESSION_FINISHED,	/* ran to the end (possibly with skips) */
	SESSION_ABANDONED	/* quit before the end */
};

enum session_event_type {
	SEV_READY,		/* get-ready segment started */
	SEV_STEP_START,		/* a work segment started: a new step, or a new rep of a one-sided step */
	SEV_SIDE_SWITCH,	/* a work segment of the same step started on the other side */
	SEV_REST_START,		/* a rest segment started */
	SEV_COUNTDOWN,		/* count = 3, 2, 1 seconds left in the current segment */
	SEV_STEP_END,		/* a work segment ran to its end (not sent on skip/back) */
	SEV_PAUSED,
	SEV_RESUMED,
	SEV_FINISHED,		/* the last segment ended, or skip on the last one */
	SEV_ABANDONED		/* session_quit() */
};

struct session_event {
	enum session_event_type type;
	size_t seg;		/* index of the segment it concerns */
	unsigned count;		/* SEV_COUNTDOWN: 3, 2 or 1; otherwise 0 */
	uint64_t at;		/* the nominal time it was due (not when tick saw it) */
};

#define SESSION_QUEUE_MAX 64

struct session {
	const struct routine *routine;
	struct session_seg *segs;
	size_t nsegs;
	size_t cur;		/* current segment */
	enum session_state state;

	uint64_t seg_start;	/* when the current segment started, shifted by pauses */
	uint64_t seg_extra;	/* ms added to the current segment by extend */
	uint64_t pause_at;	/* when the pause began (PAUSED only) */
	uint64_t end_at;	/* when it finished or was abandoned */
	uint64_t tick_now;	/* the latest time seen by tick or a command */
	unsigned next_count;	/* next countdown value to send for this segment (3..1), 0 = none left */
	bool behind;		/* advancing stopped on a full queue; goes on as it drains */

	uint64_t planned;	/* planned ms of the non-READY segments */
	uint64_t done_before;	/* active ms of non-READY time spent before the current segment */
	uint64_t work_done;	/* ms of work segments that actually ran, before the current one */
	uint64_t extra_total;	/* ms added by extend to non-READY segments over the whole session */
	bool *seg_ran;		/* per segment: ran to its end at least once */
	unsigned long dropped;	/* events dropped from a full queue (countdowns first) */

	struct session_event queue[SESSION_QUEUE_MAX];	/* queue[0] is the oldest */
	size_t qlen;
};

/*
 * Build the timeline.  ready_ms > 0 puts a get-ready segment first, unless
 * the first step has a prepare time: then there is one wait, not two, its
 * prepare rest, lengthened to ready_ms if that is longer.  Order
 * inside a step: a rest of step.prepare seconds (if not 0) to get into
 * position, then for each rep, left then right (or one side-less segment),
 * with a rest of step.rest seconds between consecutive work segments of the
 * same step (none after the last).  Returns 0, or -1 on allocation failure.
 */
int session_init(struct session *s, const struct routine *r, uint64_t ready_ms);
void session_free(struct session *s);

void session_start(struct session *s, uint64_t now);
/* Advance to now, queueing every event that fell due (in order). */
void session_tick(struct session *s, uint64_t now);
/*
 * Pop the oldest queued event; false when there is none.  Drain the queue
 * after every tick: when a very late tick produced more than
 * SESSION_QUEUE_MAX events, the oldest countdowns are dropped and the rest
 * of the advance to that tick's time happens here, as the queue drains.
 */
bool session_next_event(struct session *s, struct session_event *ev);

void session_pause(struct session *s, uint64_t now);
void session_resume(struct session *s, uint64_t now);
void session_toggle_pause(struct session *s, uint64_t now);
/*
 * To the start of the next work segment, or of the prepare rest before it
 * when that work segment begins a step with a prepare time; on the last
 * work segment, finishes.
 */
void session_skip(struct session *s, uint64_t now);
/*
 * To the first segment of the next step (its prepare rest if it has one):
 * the rest of this step's sides, reps and rests are left out.  From the
 * get-ready, as session_skip; on the last step, finishes.
 */
void session_skip_step(struct session *s, uint64_t now);
/*
 * To the start of the previous work segment (never to a prepare rest); on
 * the first, restarts it.
 */
void session_back(struct session *s, uint64_t now);
/* Add ms to the current segment (and to session_total unless in READY). */
void session_extend(struct session *s, uint64_t now, uint64_t ms);
/*
 * End now as abandoned.  Every command first queues the events that fell
 * due by its `now`, then its own (stamped `now`); see session.c's top
 * comment for the rules on edge cases.
 */
void session_quit(struct session *s, uint64_t now);

/* Queries (all take now, so they are right while running and while paused). */
const struct session_seg *session_current(const struct session *s);
const struct session_seg *session_next_work(const struct session *s);	/* NULL at the end */
uint64_t session_seg_length(const struct session *s);	/* current segment incl. extension */
uint64_t session_seg_elapsed(const struct session *s, uint64_t now);
uint64_t session_seg_remaining(const struct session *s, uint64_t now);
uint64_t session_elapsed(const struct session *s, uint64_t now);	/* active ms, READY excluded */
uint64_t session_work_done(const struct session *s, uint64_t now);	/* active ms of work segments */
uint64_t session_total(const struct session *s);	/* planned ms incl. extensions, READY excluded */
/*
 * Where the person is in the routine, by position rather than by time
 * spent: the planned ms of the non-READY segments before the current one
 * plus the time into it (READY: 0; FINISHED: the whole plan).  A skip moves
 * it forward, back moves it back.  session_left() is what lies ahead of
 * that point: the rest of the current segment (with its extension) and
 * every later segment's planned ms; 0 once over.
 */
uint64_t session_position(const struct session *s, uint64_t now);
uint64_t session_left(const struct session *s, uint64_t now);
unsigned session_steps_done(const struct session *s);
/*
 * Did the person do the routine?  It reached its end (FINISHED) with at
 * least half of its steps done in full: reaching the end by skipping
 * everything is not completing it.
 */
bool session_completed(const struct session *s);
unsigned session_steps_total(const struct session *s);
/*
 * The next time (absolute ms) something visible changes or an event is due:
 * the next whole second of the countdown (shown as ceil(remaining / 1000)),
 * or the segment's end.  UINT64_MAX when idle, paused or over.  A time at or
 * before the last tick when that tick left events undrained (tick again).
 */
uint64_t session_next_deadline(const struct session *s, uint64_t now);

const char *session_event_name(enum session_event_type t);	/* "step-start" ... */
const char *session_side_name(enum session_side side);	/* "", "left", "right" */

#endif
