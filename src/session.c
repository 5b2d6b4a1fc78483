/*
 * session.c - the pure session engine: a routine expanded into a timeline
 * of segments, run against times in milliseconds passed in by the caller.
 * No curses, sound, files or clock reads here.
 *
 * Decisions on rules the contract leaves open:
 * - Countdown: a segment of length L ms (extension included) sends count n
 *   for every n in {3,2,1} with n * 1000 < L, due at end - n * 1000.  A 3 s
 *   segment sends 2 and 1; a 1 s segment sends none.  extend() re-arms every
 *   count whose new due time is still ahead (so +10 s with 2.5 s left sends
 *   3, 2, 1 again before the new end).  Countdowns are sent in READY and
 *   REST segments too.
 * - STEP_START vs SIDE_SWITCH is a property of the segment that starts: a
 *   right-side work segment sends SIDE_SWITCH, any other work segment sends
 *   STEP_START, whether it was reached by time, skip or back.
 * - Every command (pause, skip, back, extend, quit) first advances the
 *   session to its `now`, so events due before the command are queued
 *   before the command's own events, and the command acts on the segment
 *   that is current at `now`.  A pause given late, after a boundary nobody
 *   ticked, lands in the new segment with the time since its start counted.
 * - skip/back/start events are stamped `at` = the command's now.  While
 *   paused, skip/back move to the new segment's start and stay paused; they
 *   still queue the new segment's start event.
 * - back from a REST goes to the work segment just before the rest; back
 *   from READY or from the first work segment restarts the current one.
 *   back never returns to READY.
 * - Prepare (a step's `prepare` seconds) is a REST segment with prepare set,
 *   just before the step's first work segment (after READY for the first
 *   step), carrying that work segment's side and rep.  It sends rest-start
 *   and countdowns like any rest.  skip from the step before it (or from
 *   READY) lands on the prepare, not on the work: skipping a step must not
 *   cost the person the time to change position for the next one.  skip
 *   during a prepare starts its work at once (they are in position early).
 *   back always goes to a work segment, never to a prepare: back redoes
 *   what was just done, from the position the person is in or has just
 *   left, and pause gives more time if it is needed.  So back from a step's
 *   prepare goes to the last work segment of the step before; back in the
 *   first step's prepare (no work before it) restarts the prepare.
 * - quit in IDLE abandons (event at now); quit or any command after the end
 *   is a no-op.  A quit that comes after the session already ran out is a
 *   no-op too: the advance to `now` finishes it first.
 * - Accounting: elapsed counts the active (unpaused) time actually spent in
 *   non-READY segments, including partial segments left by skip/back/quit
 *   and a segment run twice after back, so it can exceed the planned total.
 *   Queries cap the current segment at its length (call tick first for an
 *   exact answer after a long gap).  total = planned non-READY ms plus every
 *   extension of a non-READY segment, kept even if that segment is then
 *   skipped.  A step is done when each of its work segments has run to its
 *   end at least once (a skipped one may be redone with back).
 * - Queue: when full, the oldest queued countdown is dropped to make room.
 *   If no countdown can be dropped, advancing stops at the boundary (the
 *   deadlines stay absolute) and resumes from session_next_event() as the
 *   caller drains the queue, so no step/side/rest/end/finished event is ever
 *   lost by a tick, however late.  Only a command issued while more than
 *   SESSION_QUEUE_MAX events wait undrained drops the oldest ones (counted
 *   in s->dropped).
 */
#include <stdlib.h>
#include <string.h>

#include "session.h"
#include "xmalloc.h"

static bool
is_over(const struct session *s)
{
	return s->state == SESSION_FINISHED || s->state == SESSION_ABANDONED;
}

static bool
is_live(const struct session *s)
{
	return s->state == SESSION_RUNNING || s->state == SESSION_PAUSED;
}

static uint64_t
max64(uint64_t a, uint64_t b)
{
	return a > b ? a : b;
}

/* The time the current segment is measured against. */
static uint64_t
eff_time(const struct session *s, uint64_t now)
{
	switch (s->state) {
	case SESSION_RUNNING:
		return now;
	case SESSION_PAUSED:
		return s->pause_at;
	case SESSION_FINISHED:
	case SESSION_ABANDONED:
		return s->end_at;
	default:
		return s->seg_start;
	}
}

static unsigned
first_count(uint64_t remaining)
{
	unsigned n;

	for (n = 3; n > 0; n--)
		if ((uint64_t)n * 1000 < remaining)
			return n;
	return 0;
}

/* Queue ---------------------------------------------------------------- */

static void
q_remove(struct session *s, size_t i)
{
	memmove(&s->queue[i], &s->queue[i + 1],
	    (s->qlen - i - 1) * sizeof s->queue[0]);
	s->qlen--;
}

/*
 * Make room for n more events: free slots first, then the oldest
 * countdowns.  With force, drop the oldest events of any kind as a last
 * resort.  Returns false when there is no room without losing an event
 * that matters.
 */
static bool
q_room(struct session *s, size_t n, bool force)
{
	size_t i, cd = 0;

	if (SESSION_QUEUE_MAX - s->qlen >= n)
		return true;
	for (i = 0; i < s->qlen; i++)
		if (s->queue[i].type == SEV_COUNTDOWN)
			cd++;
	if (SESSION_QUEUE_MAX - s->qlen + cd < n && !force)
		return false;
	for (i = 0; i < s->qlen && SESSION_QUEUE_MAX - s->qlen < n;) {
		if (s->queue[i].type == SEV_COUNTDOWN) {
			q_remove(s, i);
			s->dropped++;
		} else
			i++;
	}
	while (SESSION_QUEUE_MAX - s->qlen < n) {
		q_remove(s, 0);
		s->dropped++;
	}
	return true;
}

static void
q_push(struct session *s, enum session_event_type type, size_t seg,
    unsigned count, uint64_t at)
{
	struct session_event *ev;

	/* Callers made room; this keeps a slip from writing past the end. */
	q_room(s, 1, true);
	ev = &s->queue[s->qlen++];
	ev->type = type;
	ev->seg = seg;
	ev->count = count;
	ev->at = at;
}

/* Segments ------------------------------------------------------------- */

static uint64_t
cur_len(const struct session *s)
{
	return s->segs[s->cur].ms + s->seg_extra;
}

/* Enter segment i at time `at` and queue its start event. */
static void
seg_begin(struct session *s, size_t i, uint64_t at)
{
	const struct session_seg *g = &s->segs[i];
	enum session_event_type t;

	s->cur = i;
	s->seg_start = at;
	s->seg_extra = 0;
	s->next_count = first_count(g->ms);
	switch (g->kind) {
	case SEG_READY:
		t = SEV_READY;
		break;
	case SEG_REST:
		t = SEV_REST_START;
		break;
	default:
		t = g->side == SIDE_RIGHT ? SEV_SIDE_SWITCH : SEV_STEP_START;
		break;
	}
	q_push(s, t, i, 0, at);
}

/* Count the active time of the current segment up to t (leaving it). */
static void
seg_account(struct session *s, uint64_t t)
{
	uint64_t len = cur_len(s), part;

	part = t > s->seg_start ? t - s->seg_start : 0;
	if (part > len)
		part = len;
	if (s->segs[s->cur].kind != SEG_READY)
		s->done_before += part;
	if (s->segs[s->cur].kind == SEG_WORK)
		s->work_done += part;
}

/*
 * Run the clock forward to now: countdowns, segment ends and starts, in
 * order, each stamped with its nominal time.  Stops early (behind = true)
 * only when the queue is full of events that must not be dropped.
 */
static void
advance(struct session *s, uint64_t now, bool force)
{
	while (s->state == SESSION_RUNNING) {
		uint64_t len = cur_len(s), end = s->seg_start + len;

		while (s->next_count > 0 &&
		    end - (uint64_t)s->next_count * 1000 <= now) {
			if (!q_room(s, 1, force))
				goto behind;
			q_push(s, SEV_COUNTDOWN, s->cur, s->next_count,
			    end - (uint64_t)s->next_count * 1000);
			s->next_count--;
		}
		if (end > now)
			break;
		/* A boundary queues at most STEP_END and one start/finish. */
		if (!q_room(s, 2, force))
			goto behind;
		seg_account(s, end);
		if (s->segs[s->cur].kind == SEG_WORK) {
			s->seg_ran[s->cur] = true;
			q_push(s, SEV_STEP_END, s->cur, 0, end);
		}
		if (s->cur + 1 >= s->nsegs) {
			s->state = SESSION_FINISHED;
			s->end_at = end;
			q_push(s, SEV_FINISHED, s->cur, 0, end);
			break;
		}
		seg_begin(s, s->cur + 1, end);
	}
	s->behind = false;
	return;
behind:
	s->behind = true;
}

/* Before a command: every event due by now is queued first. */
static void
catch_up(struct session *s, uint64_t now)
{
	if (s->state != SESSION_RUNNING)
		return;
	s->tick_now = max64(s->tick_now, now);
	advance(s, s->tick_now, true);
}

/* Public API ----------------------------------------------------------- */

int
session_init(struct session *s, const struct routine *r, uint64_t ready_ms)
{
	size_t n = 0, k;
	unsigned i, rep, side, nsides, reps;
	bool merge;

	memset(s, 0, sizeof *s);
	if (r == NULL)
		return -1;
	s->routine = r;
	/*
	 * A first step with a prepare time already waits before its work:
	 * the get-ready merges into that wait (one wait, the longer of the two).
	 */
	merge = ready_ms > 0 && r->steps_count > 0 && r->steps[0].prepare > 0;
	if (ready_ms > 0 && !merge)
		n++;
	for (i = 0; i < r->steps_count; i++) {
		const struct routine_step *st = &r->steps[i];
		size_t w;

		reps = st->reps > 0 ? st->reps : 1;
		w = (size_t)reps * (st->sides == SIDES_LEFT_RIGHT ? 2 : 1);
		n += w + (st->rest > 0 ? w - 1 : 0) + (st->prepare > 0);
	}
	s->segs = xcalloc(n > 0 ? n : 1, sizeof *s->segs);
	s->seg_ran = xcalloc(n > 0 ? n : 1, sizeof *s->seg_ran);
	s->nsegs = n;

	k = 0;
	if (ready_ms > 0 && !merge) {
		s->segs[k].kind = SEG_READY;
		s->segs[k].ms = ready_ms;
		k++;
	}
	for (i = 0; i < r->steps_count; i++) {
		const struct routine_step *st = &r->steps[i];
		bool first = true;

		reps = st->reps > 0 ? st->reps : 1;
		nsides = st->sides == SIDES_LEFT_RIGHT ? 2 : 1;
		for (rep = 1; rep <= reps; rep++) {
			for (side = 0; side < nsides; side++) {
				struct session_seg g;

				memset(&g, 0, sizeof g);
				g.step = i;
				g.side = nsides == 1 ? SIDE_NONE :
				    side == 0 ? SIDE_LEFT : SIDE_RIGHT;
				g.rep = rep;
				g.reps = reps;
				if (first && st->prepare > 0) {
					/* time to get into position: a rest
					 * before the step's first work */
					g.kind = SEG_REST;
					g.ms = (uint64_t)st->prepare * 1000;
					if (i == 0 && merge)
						g.ms = max64(g.ms, ready_ms);
					g.prepare = true;
					s->segs[k++] = g;
					s->planned += g.ms;
					g.prepare = false;
				}
				if (!first && st->rest > 0) {
					g.kind = SEG_REST;
					g.ms = (uint64_t)st->rest * 1000;
					s->segs[k++] = g;
					s->planned += g.ms;
				}
				g.kind = SEG_WORK;
				g.ms = (uint64_t)st->seconds * 1000;
				s->segs[k++] = g;
				s->planned += g.ms;
				first = false;
			}
		}
	}
	return 0;
}

void
session_free(struct session *s)
{
	free(s->segs);
	free(s->seg_ran);
	memset(s, 0, sizeof *s);
}

void
session_start(struct session *s, uint64_t now)
{
	if (s->state != SESSION_IDLE)
		return;
	s->tick_now = now;
	if (s->nsegs == 0) {
		s->state = SESSION_FINISHED;
		s->end_at = now;
		q_push(s, SEV_FINISHED, 0, 0, now);
		return;
	}
	s->state = SESSION_RUNNING;
	seg_begin(s, 0, now);
	advance(s, now, false);
}

void
session_tick(struct session *s, uint64_t now)
{
	if (s->state != SESSION_RUNNING)
		return;
	s->tick_now = max64(s->tick_now, now);
	advance(s, s->tick_now, false);
}

bool
session_next_event(struct session *s, struct session_event *ev)
{
	if (s->qlen == 0 && s->behind)
		advance(s, s->tick_now, false);
	if (s->qlen == 0)
		return false;
	*ev = s->queue[0];
	q_remove(s, 0);
	/* A tick that stopped on a full queue goes on as it drains. */
	if (s->behind)
		advance(s, s->tick_now, false);
	return true;
}

void
session_pause(struct session *s, uint64_t now)
{
	if (s->state != SESSION_RUNNING)
		return;
	catch_up(s, now);
	if (s->state != SESSION_RUNNING)
		return;
	s->pause_at = s->tick_now;
	s->state = SESSION_PAUSED;
	q_push(s, SEV_PAUSED, s->cur, 0, s->pause_at);
}

void
session_resume(struct session *s, uint64_t now)
{
	uint64_t t;

	if (s->state != SESSION_PAUSED)
		return;
	t = max64(now, s->pause_at);
	s->seg_start += t - s->pause_at;
	s->tick_now = max64(s->tick_now, t);
	s->state = SESSION_RUNNING;
	q_push(s, SEV_RESUMED, s->cur, 0, t);
}

void
session_toggle_pause(struct session *s, uint64_t now)
{
	if (s->state == SESSION_RUNNING)
		session_pause(s, now);
	else if (s->state == SESSION_PAUSED)
		session_resume(s, now);
}

/* Leave the current segment at now for segment i (skip/back). */
static void
jump_to(struct session *s, size_t i, uint64_t now)
{
	uint64_t t;

	seg_account(s, eff_time(s, now));
	t = s->state == SESSION_PAUSED ? max64(now, s->pause_at) : max64(now, s->tick_now);
	if (s->state == SESSION_PAUSED)
		s->pause_at = t;	/* stays paused at the new start */
	s->tick_now = max64(s->tick_now, t);
	q_room(s, 1, true);
	seg_begin(s, i, t);
}

void
session_skip(struct session *s, uint64_t now)
{
	size_t i;

	if (!is_live(s))
		return;
	catch_up(s, now);
	if (!is_live(s))
		return;
	for (i = s->cur + 1; i < s->nsegs; i++)
		if (s->segs[i].kind == SEG_WORK)
			break;
	if (i < s->nsegs) {
		/* a new step still gets its time to get into position */
		if (i - 1 > s->cur && s->segs[i - 1].prepare)
			i--;
		jump_to(s, i, now);
		return;
	}
	/* Skip on the last work segment ends the routine. */
	s->end_at = eff_time(s, now);
	seg_account(s, s->end_at);
	s->state = SESSION_FINISHED;
	q_push(s, SEV_FINISHED, s->cur, 0, max64(now, s->end_at));
}

void
session_skip_step(struct session *s, uint64_t now)
{
	size_t i;
	unsigned step;

	if (!is_live(s))
		return;
	catch_up(s, now);
	if (!is_live(s))
		return;
	/* the get-ready is no step: leaving it is leaving a period */
	if (s->segs[s->cur].kind == SEG_READY) {
		session_skip(s, now);
		return;
	}
	step = s->segs[s->cur].step;
	for (i = s->cur + 1; i < s->nsegs; i++)
		if (s->segs[i].step != step)
			break;
	if (i < s->nsegs) {
		/* the next step's first segment: its prepare if it has one */
		jump_to(s, i, now);
		return;
	}
	s->end_at = eff_time(s, now);
	seg_account(s, s->end_at);
	s->state = SESSION_FINISHED;
	q_push(s, SEV_FINISHED, s->cur, 0, max64(now, s->end_at));
}

void
session_back(struct session *s, uint64_t now)
{
	size_t i, target;

	if (!is_live(s))
		return;
	catch_up(s, now);
	if (!is_live(s))
		return;
	target = s->cur;
	if (s->segs[s->cur].kind != SEG_READY) {
		for (i = s->cur; i-- > 0;)
			if (s->segs[i].kind == SEG_WORK) {
				target = i;
				break;
			}
	}
	jump_to(s, target, now);
}

void
session_extend(struct session *s, uint64_t now, uint64_t ms)
{
	if (!is_live(s) || ms == 0)
		return;
	catch_up(s, now);
	if (!is_live(s))
		return;
	s->seg_extra += ms;
	if (s->segs[s->cur].kind != SEG_READY)
		s->extra_total += ms;
	/* Counts whose new due time is still ahead are sent again. */
	s->next_count = first_count(session_seg_remaining(s, now));
}

void
session_quit(struct session *s, uint64_t now)
{
	if (s->state == SESSION_IDLE) {
		s->state = SESSION_ABANDONED;
		s->end_at = now;
		q_push(s, SEV_ABANDONED, 0, 0, now);
		return;
	}
	if (!is_live(s))
		return;
	catch_up(s, now);
	if (!is_live(s))
		return;
	s->end_at = eff_time(s, now);
	seg_account(s, s->end_at);
	s->state = SESSION_ABANDONED;
	q_push(s, SEV_ABANDONED, s->cur, 0, max64(now, s->end_at));
}

/* Queries -------------------------------------------------------------- */

const struct session_seg *
session_current(const struct session *s)
{
	return s->nsegs > 0 ? &s->segs[s->cur] : NULL;
}

const struct session_seg *
session_next_work(const struct session *s)
{
	size_t i;

	if (is_over(s) || s->nsegs == 0)
		return NULL;
	for (i = s->cur + 1; i < s->nsegs; i++)
		if (s->segs[i].kind == SEG_WORK)
			return &s->segs[i];
	return NULL;
}

uint64_t
session_seg_length(const struct session *s)
{
	return s->nsegs > 0 ? cur_len(s) : 0;
}

uint64_t
session_seg_elapsed(const struct session *s, uint64_t now)
{
	uint64_t t, len;

	if (s->nsegs == 0 || s->state == SESSION_IDLE)
		return 0;
	t = eff_time(s, now);
	len = cur_len(s);
	if (t <= s->seg_start)
		return 0;
	return t - s->seg_start < len ? t - s->seg_start : len;
}

uint64_t
session_seg_remaining(const struct session *s, uint64_t now)
{
	return session_seg_length(s) - session_seg_elapsed(s, now);
}

uint64_t
session_elapsed(const struct session *s, uint64_t now)
{
	if (is_live(s) && s->segs[s->cur].kind != SEG_READY)
		return s->done_before + session_seg_elapsed(s, now);
	return s->done_before;
}

uint64_t
session_work_done(const struct session *s, uint64_t now)
{
	if (is_live(s) && s->segs[s->cur].kind == SEG_WORK)
		return s->work_done + session_seg_elapsed(s, now);
	return s->work_done;
}

uint64_t
session_position(const struct session *s, uint64_t now)
{
	uint64_t pos = 0;
	size_t i;

	if (s->nsegs == 0)
		return 0;
	if (s->state == SESSION_FINISHED) {
		/* at the end, however it got there */
		for (i = 0; i < s->nsegs; i++)
			if (s->segs[i].kind != SEG_READY)
				pos += s->segs[i].ms;
		return pos;
	}
	for (i = 0; i < s->cur; i++)
		if (s->segs[i].kind != SEG_READY)
			pos += s->segs[i].ms;
	if (s->segs[s->cur].kind != SEG_READY)
		pos += session_seg_elapsed(s, now);
	return pos;
}

uint64_t
session_left(const struct session *s, uint64_t now)
{
	uint64_t left = 0;
	size_t i;

	if (s->nsegs == 0 || is_over(s))
		return 0;
	for (i = s->cur + 1; i < s->nsegs; i++)
		left += s->segs[i].ms;
	if (s->segs[s->cur].kind != SEG_READY)
		left += session_seg_remaining(s, now);
	return left;
}

uint64_t
session_total(const struct session *s)
{
	return s->planned + s->extra_total;
}

bool
session_completed(const struct session *s)
{
	return s->state == SESSION_FINISHED &&
	    2 * session_steps_done(s) >= session_steps_total(s);
}

unsigned
session_steps_done(const struct session *s)
{
	unsigned done = 0;
	size_t i = 0;

	/* The segments of one step are contiguous. */
	while (i < s->nsegs) {
		unsigned step = s->segs[i].step;
		bool all = true, any = false;

		if (s->segs[i].kind == SEG_READY) {
			i++;
			continue;
		}
		for (; i < s->nsegs && s->segs[i].kind != SEG_READY &&
		    s->segs[i].step == step; i++) {
			if (s->segs[i].kind != SEG_WORK)
				continue;
			any = true;
			if (!s->seg_ran[i])
				all = false;
		}
		if (any && all)
			done++;
	}
	return done;
}

unsigned
session_steps_total(const struct session *s)
{
	return s->routine != NULL ? s->routine->steps_count : 0;
}

uint64_t
session_next_deadline(const struct session *s, uint64_t now)
{
	uint64_t rem, end, d;

	if (s->state != SESSION_RUNNING)
		return UINT64_MAX;
	if (s->behind)
		return s->tick_now;
	end = s->seg_start + cur_len(s);
	rem = session_seg_remaining(s, now);
	if (rem == 0)
		return end;
	/* The display shows ceil(rem / 1000); it drops at each whole second. */
	d = (rem + 999) / 1000;
	return end - (d - 1) * 1000;
}

const char *
session_event_name(enum session_event_type t)
{
	static const char *const names[] = {
		[SEV_READY] = "ready",
		[SEV_STEP_START] = "step-start",
		[SEV_SIDE_SWITCH] = "side-switch",
		[SEV_REST_START] = "rest-start",
		[SEV_COUNTDOWN] = "countdown",
		[SEV_STEP_END] = "step-end",
		[SEV_PAUSED] = "paused",
		[SEV_RESUMED] = "resumed",
		[SEV_FINISHED] = "finished",
		[SEV_ABANDONED] = "abandoned",
	};

	if ((unsigned)t < sizeof names / sizeof names[0] && names[t] != NULL)
		return names[t];
	return "unknown";
}

const char *
session_side_name(enum session_side side)
{
	switch (side) {
	case SIDE_LEFT:
		return "left";
	case SIDE_RIGHT:
		return "right";
	default:
		return "";
	}
}
