/*
 * Unit tests of session.c with a fake clock: timeline expansion, events and
 * their nominal times, pause, skip, back, extend, quit, late ticks, a
 * 60-minute routine driven by irregular ticks, and a 10-minute jump.
 * Routines are built as C structs; expected times are worked out by hand.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session.h"
#include "tap.h"

#define MAXSTEPS 100

static struct routine_step steps[MAXSTEPS];
static struct routine rt;

static void
rt_reset(void)
{
	memset(steps, 0, sizeof steps);
	memset(&rt, 0, sizeof rt);
	rt.id = "test";
	rt.title = "Test";
	rt.steps = steps;
}

static void
rt_add(uint32_t seconds, enum routine_sides sides, uint32_t reps, uint32_t rest)
{
	struct routine_step *st = &steps[rt.steps_count++];

	st->name = "step";
	st->instructions = "do it";
	st->seconds = seconds;
	st->sides = sides;
	st->reps = reps;
	st->rest = rest;
}

/*
 * "small": A 5 s; B 4 s left-right x2 rest 2 s; C 3 s x2 no rest.
 * Timeline (no READY): A 0-5, B-L1 5-9, rest 9-11, B-R1 11-15, rest 15-17,
 * B-L2 17-21, rest 21-23, B-R2 23-27, C1 27-30, C2 30-33; total 33 s.
 */
static void
rt_small(void)
{
	rt_reset();
	rt_add(5, SIDES_NONE, 1, 0);
	rt_add(4, SIDES_LEFT_RIGHT, 2, 2);
	rt_add(3, SIDES_NONE, 2, 0);
}

/* "two": A 5 s, B 5 s. */
static void
rt_two(void)
{
	rt_reset();
	rt_add(5, SIDES_NONE, 1, 0);
	rt_add(5, SIDES_NONE, 1, 0);
}

static char buf[16384];

/* Drain the queue into "name[count]/seg@at" words, times relative to base. */
static const char *
drain(struct session *s, uint64_t base)
{
	struct session_event ev;
	size_t n = 0;

	buf[0] = '\0';
	while (session_next_event(s, &ev) && n < sizeof buf - 64) {
		n += snprintf(buf + n, sizeof buf - n, "%s%s", n ? " " : "",
		    session_event_name(ev.type));
		if (ev.type == SEV_COUNTDOWN)
			n += snprintf(buf + n, sizeof buf - n, "%u", ev.count);
		n += snprintf(buf + n, sizeof buf - n, "/%zu@%" PRIu64, ev.seg,
		    ev.at - base);
	}
	return buf;
}

static const char *
timeline(const struct session *s)
{
	size_t i, n = 0;
	static const char kinds[] = "RWr";
	static const char sides[] = "-LR";

	buf[0] = '\0';
	for (i = 0; i < s->nsegs; i++) {
		const struct session_seg *g = &s->segs[i];

		n += snprintf(buf + n, sizeof buf - n, "%s%c%u%c%u/%u:%" PRIu64,
		    i ? " " : "", kinds[g->kind], g->step, sides[g->side],
		    g->rep, g->reps, g->ms);
	}
	return buf;
}

static void
test_timeline(void)
{
	struct session s;

	rt_small();
	is_int(session_init(&s, &rt, 3000), 0, "init");
	is_int(s.nsegs, 11, "small + ready: 11 segments");
	is_str(timeline(&s),
	    "R0-0/0:3000 W0-1/1:5000 W1L1/2:4000 r1R1/2:2000 W1R1/2:4000 "
	    "r1L2/2:2000 W1L2/2:4000 r1R2/2:2000 W1R2/2:4000 W2-1/2:3000 "
	    "W2-2/2:3000",
	    "ready, sides left then right, rests between, none after the last");
	is_int(session_total(&s), 33000, "total excludes READY: 5+4*4+3*2+2*3 s");
	is_int(session_steps_total(&s), 3, "steps total");
	is_int(session_steps_done(&s), 0, "no step done before start");
	ok(session_current(&s)->kind == SEG_READY, "current is READY before start");
	ok(session_next_work(&s) == &s.segs[1], "next work is the first step");
	is_int(s.state, SESSION_IDLE, "idle before start");
	session_free(&s);

	session_init(&s, &rt, 0);
	is_int(s.nsegs, 10, "no READY when ready_ms is 0");
	is_int(session_total(&s), 33000, "same total without READY");
	session_free(&s);

	rt_reset();
	rt_add(7, SIDES_LEFT_RIGHT, 1, 0);
	rt_add(2, SIDES_NONE, 3, 1);
	session_init(&s, &rt, 0);
	is_str(timeline(&s),
	    "W0L1/1:7000 W0R1/1:7000 W1-1/3:2000 r1-2/3:1000 W1-2/3:2000 "
	    "r1-3/3:1000 W1-3/3:2000",
	    "rest 0 puts no rest between sides; rests between reps");
	is_int(session_total(&s), 22000, "total 7+7+2+1+2+1+2 s");
	session_free(&s);
}

static void
test_names(void)
{
	static const char *want[] = { "ready", "step-start", "side-switch",
	    "rest-start", "countdown", "step-end", "paused", "resumed",
	    "finished", "abandoned" };
	unsigned i;

	for (i = 0; i < 10; i++)
		is_str(session_event_name((enum session_event_type)i), want[i],
		    "event name %u", i);
	is_str(session_side_name(SIDE_NONE), "", "side name none");
	is_str(session_side_name(SIDE_LEFT), "left", "side name left");
	is_str(session_side_name(SIDE_RIGHT), "right", "side name right");
}

/* All events of "small" with a 3 s READY, started at 1000 (times relative). */
static const char small_events[] =
    "ready/0@0 countdown2/0@1000 countdown1/0@2000 "
    "step-start/1@3000 countdown3/1@5000 countdown2/1@6000 countdown1/1@7000 step-end/1@8000 "
    "step-start/2@8000 countdown3/2@9000 countdown2/2@10000 countdown1/2@11000 step-end/2@12000 "
    "rest-start/3@12000 countdown1/3@13000 "
    "side-switch/4@14000 countdown3/4@15000 countdown2/4@16000 countdown1/4@17000 step-end/4@18000 "
    "rest-start/5@18000 countdown1/5@19000 "
    "step-start/6@20000 countdown3/6@21000 countdown2/6@22000 countdown1/6@23000 step-end/6@24000 "
    "rest-start/7@24000 countdown1/7@25000 "
    "side-switch/8@26000 countdown3/8@27000 countdown2/8@28000 countdown1/8@29000 step-end/8@30000 "
    "step-start/9@30000 countdown2/9@31000 countdown1/9@32000 step-end/9@33000 "
    "step-start/10@33000 countdown2/10@34000 countdown1/10@35000 step-end/10@36000 "
    "finished/10@36000";

static void
test_events(void)
{
	struct session s;
	static char all[sizeof buf];
	uint64_t t;

	rt_small();
	session_init(&s, &rt, 3000);
	session_start(&s, 1000);
	all[0] = '\0';
	for (t = 1000; t <= 40000; t += 100) {
		session_tick(&s, t);
		drain(&s, 1000);
		if (buf[0] != '\0') {
			if (all[0] != '\0')
				strcat(all, " ");
			strcat(all, buf);
		}
	}
	is_str(all, small_events, "every event, in order, at its nominal time (ticks every 100 ms)");
	is_int(s.state, SESSION_FINISHED, "finished");
	is_int(session_elapsed(&s, 40000), 33000, "elapsed excludes READY");
	is_int(session_work_done(&s, 40000), 27000, "work done: 5+16+6 s");
	is_int(session_steps_done(&s), 3, "all steps done");
	ok(session_next_work(&s) == NULL, "no next work after the end");
	is_int(session_next_deadline(&s, 40000), UINT64_MAX, "no deadline after the end");
	session_free(&s);

	/* The same events from one late tick that crosses every segment. */
	session_init(&s, &rt, 3000);
	session_start(&s, 1000);
	session_tick(&s, 1000 + 36000 + 5000);
	is_str(drain(&s, 1000), small_events, "one late tick crossing 11 segments queues them all in order");
	is_int(s.dropped, 0, "nothing dropped");
	session_free(&s);

	/* A late tick in the middle: events up to 19.5 s, then the rest. */
	session_init(&s, &rt, 3000);
	session_start(&s, 1000);
	session_tick(&s, 1000 + 19500);
	drain(&s, 1000);
	ok(strlen(buf) > 0 && strcmp(buf + strlen(buf) - strlen("countdown1/5@19000"), "countdown1/5@19000") == 0,
	    "late tick at 19.5 s ends with the rest's countdown at 19 s");
	is_int(s.cur, 5, "in the rest segment");
	is_int(session_seg_elapsed(&s, 1000 + 19500), 1500, "1.5 s into the rest");
	session_free(&s);
}

static void
test_countdown(void)
{
	struct session s;

	rt_reset();
	rt_add(1, SIDES_NONE, 1, 0);
	rt_add(2, SIDES_NONE, 1, 0);
	rt_add(3, SIDES_NONE, 1, 0);
	rt_add(10, SIDES_NONE, 1, 0);
	session_init(&s, &rt, 1500);
	session_start(&s, 0);
	session_tick(&s, 100000);
	is_str(drain(&s, 0),
	    "ready/0@0 countdown1/0@500 "
	    "step-start/1@1500 step-end/1@2500 "
	    "step-start/2@2500 countdown1/2@3500 step-end/2@4500 "
	    "step-start/3@4500 countdown2/3@5500 countdown1/3@6500 step-end/3@7500 "
	    "step-start/4@7500 countdown3/4@14500 countdown2/4@15500 countdown1/4@16500 step-end/4@17500 "
	    "finished/4@17500",
	    "count n is sent when n*1000 < length: 1.5 s gets 1, 1 s none, 2 s 1, 3 s 2,1, 10 s 3,2,1");
	session_free(&s);

	session_init(&s, &rt, 3500);
	session_start(&s, 0);
	session_tick(&s, 3499);
	is_str(drain(&s, 0), "ready/0@0 countdown3/0@500 countdown2/0@1500 countdown1/0@2500",
	    "3.5 s READY counts 3, 2, 1 at 0.5, 1.5, 2.5 s");
	is_int(session_next_deadline(&s, 3499), 3500, "deadline is the segment end");
	session_free(&s);

	/* Deadlines in a 10 s step: each whole second of the display. */
	rt_reset();
	rt_add(10, SIDES_NONE, 1, 0);
	session_init(&s, &rt, 0);
	session_start(&s, 500);
	is_int(session_next_deadline(&s, 500), 1500, "deadline at start: display drops 10 -> 9");
	is_int(session_next_deadline(&s, 501), 1500, "deadline 1 ms later: same second");
	session_tick(&s, 1500);
	is_int(session_next_deadline(&s, 1500), 2500, "on the second: next second");
	session_tick(&s, 10000);
	is_int(session_seg_remaining(&s, 10000), 500, "remaining 0.5 s");
	is_int(session_next_deadline(&s, 10000), 10500, "last second: the segment end");
	session_pause(&s, 10000);
	is_int(session_next_deadline(&s, 10000), UINT64_MAX, "no deadline while paused");
	session_free(&s);
	session_init(&s, &rt, 0);
	is_int(session_next_deadline(&s, 0), UINT64_MAX, "no deadline while idle");
	session_free(&s);
}

static void
test_pause(void)
{
	struct session s;

	rt_reset();
	rt_add(10, SIDES_NONE, 1, 0);
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 4000);
	session_pause(&s, 4000);
	is_str(drain(&s, 0), "step-start/0@0 paused/0@4000", "pause queues paused");
	is_int(s.state, SESSION_PAUSED, "state paused");
	session_pause(&s, 10000);
	is_str(drain(&s, 0), "", "pause while paused is a no-op");
	session_tick(&s, 20000);
	is_str(drain(&s, 0), "", "no countdown while paused");
	is_int(session_seg_remaining(&s, 20000), 6000, "remaining frozen at 6 s");
	is_int(session_elapsed(&s, 20000), 4000, "elapsed frozen at 4 s");
	session_resume(&s, 20000);
	session_resume(&s, 21000);
	is_int(session_seg_remaining(&s, 20000), 6000, "6 s left on resume");
	session_tick(&s, 40000);
	is_str(drain(&s, 0),
	    "resumed/0@20000 countdown3/0@23000 countdown2/0@24000 countdown1/0@25000 "
	    "step-end/0@26000 finished/0@26000",
	    "resume shifts the end by the 16 s paused (from the first pause), resume twice is a no-op");
	is_int(session_elapsed(&s, 40000), 10000, "paused time is not counted");
	is_int(session_total(&s), 10000, "total unchanged");
	session_free(&s);

	/* Pause inside the countdown freezes it. */
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 8500);
	drain(&s, 0);
	session_toggle_pause(&s, 8500);
	session_tick(&s, 50000);
	session_toggle_pause(&s, 50000);
	session_tick(&s, 60000);
	is_str(drain(&s, 0), "paused/0@8500 resumed/0@50000 countdown1/0@50500 "
	    "step-end/0@51500 finished/0@51500",
	    "count 1 comes 0.5 s after resume, the end 1.5 s after");
	session_free(&s);
}

static void
test_pause_boundary(void)
{
	struct session s;

	/* Pause 0.5 s before the end of A, resume 10 s later. */
	rt_two();
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 4500);
	session_pause(&s, 4500);
	drain(&s, 0);
	session_resume(&s, 14500);
	session_tick(&s, 14999);
	is_str(drain(&s, 0), "resumed/0@14500", "A not over 0.499 s after resume");
	session_tick(&s, 30000);
	is_str(drain(&s, 0),
	    "step-end/0@15000 step-start/1@15000 countdown3/1@17000 countdown2/1@18000 "
	    "countdown1/1@19000 step-end/1@20000 finished/1@20000",
	    "A ends 0.5 s after resume, B 5 s later");
	is_int(session_elapsed(&s, 30000), 10000, "elapsed 10 s");
	is_int(session_steps_done(&s), 2, "both steps done");
	session_free(&s);

	/* Last tick before the boundary, pause after it: boundary events first. */
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 4500);
	drain(&s, 0);
	session_pause(&s, 6000);
	is_str(drain(&s, 0), "step-end/0@5000 step-start/1@5000 paused/1@6000",
	    "events due before a late pause come before it, at their own times");
	is_int(s.cur, 1, "paused in B");
	is_int(session_seg_elapsed(&s, 9000), 1000, "B ran 1 s before the pause");
	is_int(session_elapsed(&s, 9000), 6000, "elapsed 6 s");
	session_tick(&s, 9000);
	is_str(drain(&s, 0), "", "tick while paused queues nothing");
	session_resume(&s, 10000);
	session_tick(&s, 20000);
	is_str(drain(&s, 0),
	    "resumed/1@10000 countdown3/1@11000 countdown2/1@12000 countdown1/1@13000 "
	    "step-end/1@14000 finished/1@14000",
	    "B ends 4 s after resume");
	session_free(&s);
}

static void
test_back(void)
{
	struct session s;

	/* Back on the first step restarts it. */
	rt_two();
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 3000);
	drain(&s, 0);
	session_back(&s, 3000);
	is_str(drain(&s, 0), "step-start/0@3000", "back on the first step restarts it");
	is_int(session_seg_elapsed(&s, 3000), 0, "from its start");
	session_tick(&s, 30000);
	drain(&s, 0);
	ok(strstr(buf, "step-end/0@8000 step-start/1@8000") != NULL, "A ends 5 s after the restart");
	ok(strstr(buf, "finished/1@13000") != NULL, "finished 10 s after the restart");
	is_int(session_elapsed(&s, 30000), 13000, "elapsed counts the 3 s done before back");
	is_int(session_total(&s), 10000, "total unchanged");
	is_int(session_steps_done(&s), 2, "both steps done");
	session_free(&s);

	/* Back during READY restarts READY. */
	session_init(&s, &rt, 3000);
	session_start(&s, 0);
	session_tick(&s, 1000);
	drain(&s, 0);
	session_back(&s, 1000);
	session_tick(&s, 4000);
	is_str(drain(&s, 0), "ready/0@1000 countdown2/0@2000 countdown1/0@3000 step-start/1@4000",
	    "back in READY restarts READY");
	is_int(session_elapsed(&s, 4000), 0, "READY not counted");
	session_free(&s);

	/* Back in the middle: from B-R1 (11-15) to B-L1, skipping the rest. */
	rt_small();
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 12000);
	drain(&s, 0);
	session_back(&s, 12000);
	session_tick(&s, 22000);
	is_str(drain(&s, 0),
	    "step-start/1@12000 countdown3/1@13000 countdown2/1@14000 countdown1/1@15000 step-end/1@16000 "
	    "rest-start/2@16000 countdown1/2@17000 "
	    "side-switch/3@18000 countdown3/3@19000 countdown2/3@20000 countdown1/3@21000 step-end/3@22000 "
	    "rest-start/4@22000",
	    "back from B right goes to B left and runs on from there");
	is_int(session_elapsed(&s, 22000), 22000, "elapsed counts all active time");
	session_free(&s);

	/* Back in a rest goes to the work segment before it. */
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 9500);
	drain(&s, 0);
	session_back(&s, 9500);
	is_str(drain(&s, 0), "step-start/1@9500", "back in the rest after B left restarts B left");
	session_free(&s);

	/* Back while paused stays paused at the start of the segment. */
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 6000);
	session_pause(&s, 6000);
	session_back(&s, 7000);
	is_str(drain(&s, 0), "step-start/0@0 countdown3/0@2000 countdown2/0@3000 countdown1/0@4000 "
	    "step-end/0@5000 step-start/1@5000 countdown3/1@6000 paused/1@6000 step-start/0@7000",
	    "back while paused from B left to A");
	is_int(s.state, SESSION_PAUSED, "still paused");
	is_int(session_seg_elapsed(&s, 9000), 0, "at the start of A");
	session_resume(&s, 9000);
	session_tick(&s, 14000);
	is_str(drain(&s, 0), "resumed/0@9000 countdown3/0@11000 countdown2/0@12000 countdown1/0@13000 "
	    "step-end/0@14000 step-start/1@14000", "A runs 5 s from the resume");
	session_free(&s);
}

static void
test_skip(void)
{
	struct session s;

	/* Skip in the middle: from B-L1 to B-R1, over the rest. */
	rt_small();
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 6000);
	drain(&s, 0);
	session_skip(&s, 6000);
	is_str(drain(&s, 0), "side-switch/3@6000", "skip from B left goes to B right, over the rest");
	session_tick(&s, 100000);
	drain(&s, 0);
	ok(strstr(buf, "step-end/3@10000 rest-start/4@10000") != NULL, "B right ends 4 s after the skip");
	ok(strstr(buf, "finished/9@28000") != NULL, "finished 1+4+2+... s: at 28 s");
	ok(strstr(buf, "step-end/1") == NULL, "no step-end for the skipped segment");
	is_int(session_steps_done(&s), 2, "B not done (a side was skipped)");
	is_int(session_elapsed(&s, 100000), 28000, "elapsed: 33 s minus 3 s of B left and the 2 s rest");
	is_int(session_work_done(&s, 100000), 24000, "work done: 27 s minus 3 s");
	is_int(session_total(&s), 33000, "total is still the plan");
	session_free(&s);

	/* Skip on the last step finishes. */
	rt_two();
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 7000);
	drain(&s, 0);
	session_skip(&s, 7000);
	is_str(drain(&s, 0), "finished/1@7000", "skip on the last step finishes");
	is_int(s.state, SESSION_FINISHED, "state finished");
	is_int(session_steps_done(&s), 1, "one step done");
	is_int(session_elapsed(&s, 9000), 7000, "elapsed 7 s");
	session_tick(&s, 20000);
	session_skip(&s, 20000);
	is_str(drain(&s, 0), "", "nothing after the end");
	session_free(&s);

	/* Skip during READY goes to the first step. */
	session_init(&s, &rt, 3000);
	session_start(&s, 0);
	session_tick(&s, 1000);
	drain(&s, 0);
	session_skip(&s, 1000);
	is_str(drain(&s, 0), "step-start/1@1000", "skip during READY starts the first step");
	is_int(session_elapsed(&s, 1000), 0, "elapsed 0");
	session_tick(&s, 20000);
	drain(&s, 0);
	ok(strstr(buf, "finished/2@11000") != NULL, "finished 10 s after the skip");
	session_free(&s);

	/* Skip during a rest goes to the work segment after it. */
	rt_small();
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 10000);
	drain(&s, 0);
	session_skip(&s, 10000);
	is_str(drain(&s, 0), "side-switch/3@10000", "skip in the rest starts B right");
	session_free(&s);

	/* Skip while paused stays paused. */
	rt_two();
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_pause(&s, 2000);
	session_skip(&s, 3000);
	is_str(drain(&s, 0), "step-start/0@0 countdown3/0@2000 paused/0@2000 step-start/1@3000", "skip while paused");
	is_int(s.state, SESSION_PAUSED, "still paused");
	is_int(session_seg_remaining(&s, 4000), 5000, "B whole");
	session_resume(&s, 5000);
	session_tick(&s, 10000);
	drain(&s, 0);
	ok(strstr(buf, "finished/1@10000") != NULL, "B ends 5 s after resume");
	is_int(session_elapsed(&s, 10000), 7000, "elapsed: 2 s of A and 5 s of B");
	session_free(&s);
}

static void
test_extend(void)
{
	struct session s;

	rt_two();
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 2500);
	drain(&s, 0);
	session_extend(&s, 2500, 10000);
	is_int(session_seg_length(&s), 15000, "A is 15 s");
	is_int(session_seg_remaining(&s, 2500), 12500, "12.5 s left");
	is_int(session_next_deadline(&s, 2500), 3000, "display drops 13 -> 12 at 3 s");
	is_int(session_total(&s), 20000, "total +10 s");
	session_tick(&s, 30000);
	is_str(drain(&s, 0),
	    "countdown3/0@12000 countdown2/0@13000 countdown1/0@14000 step-end/0@15000 "
	    "step-start/1@15000 countdown3/1@17000 countdown2/1@18000 countdown1/1@19000 "
	    "step-end/1@20000 finished/1@20000",
	    "the countdown is sent again before the new end, B follows at 15 s");
	is_int(session_elapsed(&s, 30000), 20000, "elapsed 20 s");
	is_int(session_total(&s), 20000, "total 20 s");
	session_free(&s);

	/* Extending READY does not change the total. */
	session_init(&s, &rt, 3000);
	session_start(&s, 0);
	session_extend(&s, 0, 10000);
	is_int(session_total(&s), 10000, "READY extension not in the total");
	is_int(session_seg_length(&s), 13000, "READY is 13 s");
	session_free(&s);

	/* Extend while paused. */
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_pause(&s, 1000);
	session_extend(&s, 2000, 10000);
	is_int(session_seg_remaining(&s, 3000), 14000, "paused: 4 s + 10 s left");
	session_resume(&s, 3000);
	session_tick(&s, 17000);
	drain(&s, 0);
	ok(strstr(buf, "step-end/0@17000") != NULL, "A ends at 3 + 14 s");
	session_free(&s);
}

static void
test_quit(void)
{
	struct session s;

	rt_small();
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 12000);
	drain(&s, 0);
	session_quit(&s, 13000);
	is_str(drain(&s, 0), "countdown2/3@13000 abandoned/3@13000",
	    "quit queues what fell due by then, then abandoned");
	is_int(s.state, SESSION_ABANDONED, "state abandoned");
	is_int(session_steps_done(&s), 1, "A done, B not");
	is_int(session_elapsed(&s, 50000), 13000, "elapsed 13 s, frozen");
	is_int(session_work_done(&s, 50000), 11000, "work 5+4+2 s");
	is_int(session_next_deadline(&s, 50000), UINT64_MAX, "no deadline");
	session_tick(&s, 50000);
	session_quit(&s, 50000);
	session_pause(&s, 50000);
	is_str(drain(&s, 0), "", "nothing after quit");
	session_free(&s);

	/* Quit while paused: elapsed stops at the pause. */
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_pause(&s, 3000);
	session_quit(&s, 9000);
	is_str(drain(&s, 0), "step-start/0@0 countdown3/0@2000 countdown2/0@3000 paused/0@3000 abandoned/0@9000",
	    "quit while paused");
	is_int(session_elapsed(&s, 9000), 3000, "elapsed 3 s");
	is_int(session_steps_done(&s), 0, "no step done");
	session_free(&s);

	/* Quit in READY. */
	session_init(&s, &rt, 5000);
	session_start(&s, 0);
	session_quit(&s, 1000);
	is_str(drain(&s, 0), "ready/0@0 abandoned/0@1000", "quit in READY");
	is_int(session_elapsed(&s, 1000), 0, "elapsed 0");
	session_free(&s);
}

static unsigned rng = 12345;

static unsigned
jitter(unsigned n)
{
	rng = rng * 1103515245u + 12345u;
	return (rng >> 16) % n;
}

/*
 * 60 minutes: 12 steps of 300 s each, three shapes in turn:
 *   a: 60 s left-right x2 rest 20: L 0-60, rest, R 80-140, rest, L 160-220, rest, R 240-300
 *   b: 300 s
 *   c: 40 s x6 rest 12: work at 0, 52, 104, 156, 208, 260 s
 */
struct want { enum session_event_type type; uint64_t at; };

static size_t
hour_expected(struct want *w, uint64_t t0)
{
	size_t n = 0;
	unsigned k, i;

	for (k = 0; k < 12; k++) {
		uint64_t b = t0 + (uint64_t)k * 300000;

		switch (k % 3) {
		case 0:
			for (i = 0; i < 4; i++) {
				uint64_t st = b + i * 80000;

				if (i > 0)
					w[n++] = (struct want){ SEV_REST_START, st - 20000 };
				w[n++] = (struct want){ i % 2 ? SEV_SIDE_SWITCH : SEV_STEP_START, st };
				w[n++] = (struct want){ SEV_STEP_END, st + 60000 };
			}
			break;
		case 1:
			w[n++] = (struct want){ SEV_STEP_START, b };
			w[n++] = (struct want){ SEV_STEP_END, b + 300000 };
			break;
		case 2:
			for (i = 0; i < 6; i++) {
				uint64_t st = b + i * 52000;

				if (i > 0)
					w[n++] = (struct want){ SEV_REST_START, st - 12000 };
				w[n++] = (struct want){ SEV_STEP_START, st };
				w[n++] = (struct want){ SEV_STEP_END, st + 40000 };
			}
			break;
		}
	}
	w[n++] = (struct want){ SEV_FINISHED, t0 + 3600000 };
	return n;
}

static void
rt_hour(void)
{
	unsigned k;

	rt_reset();
	for (k = 0; k < 12; k++) {
		if (k % 3 == 0)
			rt_add(60, SIDES_LEFT_RIGHT, 2, 20);
		else if (k % 3 == 1)
			rt_add(300, SIDES_NONE, 1, 0);
		else
			rt_add(40, SIDES_NONE, 6, 12);
	}
}

/* by_deadline: tick at session_next_deadline() plus 0-30 ms of latency. */
static void
run_hour(bool by_deadline)
{
	struct session s;
	struct session_event ev;
	static struct want w[256];
	size_t nw, iw = 0, ncd = 0, ticks = 0;
	const uint64_t t0 = 123456789;
	uint64_t t = t0, last_at = 0, cd_end = 0, finished_at = 0;
	unsigned bad_order = 0, bad_match = 0, bad_cd = 0, late = 0;
	const char *how = by_deadline ? "deadline-driven" : "irregular";

	rt_hour();
	nw = hour_expected(w, t0);
	session_init(&s, &rt, 0);
	is_int(session_total(&s), 3600000, "%s: the routine is 60 minutes", how);
	session_start(&s, t0);
	while (s.state == SESSION_RUNNING && ticks < 1000000) {
		if (by_deadline)
			t = session_next_deadline(&s, t) + jitter(31);
		else
			t += 997 + jitter(41) + (ticks % 50 == 49 ? 7000 : 0);
		session_tick(&s, t);
		ticks++;
		while (session_next_event(&s, &ev)) {
			if (ev.at < last_at)
				bad_order++;
			if (ev.at > t)
				late++;
			last_at = ev.at;
			if (ev.type == SEV_COUNTDOWN) {
				/* count n is due n s before the end it counts to */
				if (cd_end != 0 && cd_end != ev.at + ev.count * 1000)
					bad_cd++;
				cd_end = ev.at + ev.count * 1000;
				ncd++;
				continue;
			}
			/* A segment's end: its STEP_END, or the start after a rest. */
			if (cd_end != 0 && cd_end != ev.at)
				bad_cd++;
			cd_end = 0;
			if (iw >= nw || w[iw].type != ev.type || w[iw].at != ev.at) {
				if (bad_match++ == 0)
					diag("%s: event %zu: got %s at +%" PRIu64 ", want %s at +%" PRIu64,
					    how, iw, session_event_name(ev.type), ev.at - t0,
					    iw < nw ? session_event_name(w[iw].type) : "none",
					    iw < nw ? w[iw].at - t0 : 0);
			}
			iw++;
			if (ev.type == SEV_FINISHED)
				finished_at = ev.at;
		}
	}
	diag("%s: %zu ticks, %zu events", how, ticks, iw + ncd);
	is_int(finished_at - t0, 3600000, "%s: finished exactly at start + 3600000 ms", how);
	is_int(iw, nw, "%s: every boundary event came", how);
	is_int(bad_match, 0, "%s: each boundary is exactly where it should be", how);
	is_int(bad_order, 0, "%s: events in time order", how);
	is_int(late, 0, "%s: no event stamped after the tick that saw it", how);
	/* a: 4 work + 3 rests, b: 1, c: 6 work + 5 rests; every one >3 s */
	is_int(ncd, 3 * 4 * (7 + 1 + 11), "%s: three counts for every segment", how);
	is_int(bad_cd, 0, "%s: each count n is n s before its segment's end", how);
	is_int(session_elapsed(&s, t), 3600000, "%s: elapsed 60 minutes", how);
	is_int(session_steps_done(&s), 12, "%s: 12 steps done", how);
	if (by_deadline)
		ok(ticks >= 3590 && ticks < 3800, "%s: about one tick per second (%zu)", how, ticks);
	session_free(&s);
}

/* 100 steps of 5 s left-right with 1 s rest: 11 s each.  Jump 10 minutes. */
static void
test_jump(void)
{
	struct session s;
	struct session_event ev;
	static struct want w[512];
	size_t nw = 0, iw = 0, ncd = 0;
	unsigned k, bad = 0, bad_cd = 0;
	uint64_t last = 0;

	rt_reset();
	for (k = 0; k < 100; k++)
		rt_add(5, SIDES_LEFT_RIGHT, 1, 1);
	for (k = 0; k <= 54; k++) {
		uint64_t b = (uint64_t)k * 11000;

		w[nw++] = (struct want){ SEV_STEP_START, b };
		w[nw++] = (struct want){ SEV_STEP_END, b + 5000 };
		w[nw++] = (struct want){ SEV_REST_START, b + 5000 };
		w[nw++] = (struct want){ SEV_SIDE_SWITCH, b + 6000 };
		if (k < 54)
			w[nw++] = (struct want){ SEV_STEP_END, b + 11000 };
	}
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 600000);
	ok(session_next_deadline(&s, 600000) <= 600000, "after the jump, more is due at once");
	while (session_next_event(&s, &ev)) {
		if (ev.at < last)
			bad++;
		last = ev.at;
		if (ev.type == SEV_COUNTDOWN) {
			/* 5 s work segments end 5 s after a start: count n at end - n s */
			if (ev.count < 1 || ev.count > 3 || ev.at > 600000)
				bad_cd++;
			ncd++;
			continue;
		}
		if (iw >= nw || w[iw].type != ev.type || w[iw].at != ev.at) {
			if (bad++ == 0)
				diag("jump: event %zu: got %s at %" PRIu64, iw,
				    session_event_name(ev.type), ev.at);
		}
		iw++;
	}
	is_int(iw, nw, "10-minute jump: all %zu step/side/rest events came", nw);
	is_int(bad, 0, "10-minute jump: in order, at their nominal times");
	is_int(bad_cd, 0, "10-minute jump: countdowns that came are valid");
	is_int(ncd + s.dropped, 54 * 6 + 3, "10-minute jump: countdowns delivered or dropped, none invented");
	ok(s.dropped > 0, "10-minute jump: old countdowns were dropped (%lu)", s.dropped);
	is_int(session_current(&s)->step, 54, "in step 55 after 600 s");
	is_int(session_current(&s)->side, SIDE_RIGHT, "on its right side");
	is_int(session_seg_elapsed(&s, 600000), 0, "at its start");
	is_int(session_elapsed(&s, 600000), 600000, "elapsed 600 s");
	is_int(session_next_deadline(&s, 600000), 601000, "next deadline 1 s later");
	session_tick(&s, 605000);
	is_str(drain(&s, 0), "countdown3/164@602000 countdown2/164@603000 countdown1/164@604000 "
	    "step-end/164@605000 step-start/165@605000", "runs on after the jump");
	session_free(&s);

	/* A command after a jump without draining still lands at its time. */
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 600000);
	session_quit(&s, 600500);
	is_int(s.state, SESSION_ABANDONED, "quit after an undrained jump");
	is_int(session_elapsed(&s, 600500), 600500, "elapsed 600.5 s");
	ok(s.qlen <= SESSION_QUEUE_MAX && s.qlen > 0 &&
	    s.queue[s.qlen - 1].type == SEV_ABANDONED, "abandoned is the last queued event");
	session_free(&s);
}

/*
 * "prep": A 5 s; B 4 s left-right rest 2 s prepare 3 s; C 3 s prepare 2 s.
 * With a 2 s READY: READY 0-2, A 2-7, prepare B 7-10, B-L 10-14, rest 14-16,
 * B-R 16-20, prepare C 20-22, C 22-25; total 23 s (READY excluded).
 */
static void
rt_prep(void)
{
	rt_reset();
	rt_add(5, SIDES_NONE, 1, 0);
	rt_add(4, SIDES_LEFT_RIGHT, 1, 2);
	steps[1].prepare = 3;
	rt_add(3, SIDES_NONE, 1, 0);
	steps[2].prepare = 2;
}

/* "first": A 5 s prepare 4 s, B 5 s. */
static void
rt_first(void)
{
	rt_reset();
	rt_add(5, SIDES_NONE, 1, 0);
	steps[0].prepare = 4;
	rt_add(5, SIDES_NONE, 1, 0);
}

static const char prep_events[] =
    "ready/0@0 countdown1/0@1000 "
    "step-start/1@2000 countdown3/1@4000 countdown2/1@5000 countdown1/1@6000 step-end/1@7000 "
    "rest-start/2@7000 countdown2/2@8000 countdown1/2@9000 "
    "step-start/3@10000 countdown3/3@11000 countdown2/3@12000 countdown1/3@13000 step-end/3@14000 "
    "rest-start/4@14000 countdown1/4@15000 "
    "side-switch/5@16000 countdown3/5@17000 countdown2/5@18000 countdown1/5@19000 step-end/5@20000 "
    "rest-start/6@20000 countdown1/6@21000 "
    "step-start/7@22000 countdown2/7@23000 countdown1/7@24000 step-end/7@25000 "
    "finished/7@25000";

static void
test_prepare(void)
{
	struct session s;

	/* Timeline: the prepare is a rest before the step's first work. */
	rt_prep();
	is_int(routine_step_seconds(&steps[1]), 3 + 4 + 2 + 4,
	    "step seconds include prepare");
	is_int(routine_total_seconds(&rt), 23, "routine total includes prepare");
	is_int(session_init(&s, &rt, 2000), 0, "init with prepare");
	is_str(timeline(&s),
	    "R0-0/0:2000 W0-1/1:5000 r1L1/1:3000 W1L1/1:4000 r1R1/1:2000 "
	    "W1R1/1:4000 r2-1/1:2000 W2-1/1:3000",
	    "prepare rests carry the step, side and rep of its first work segment");
	ok(s.segs[2].prepare && s.segs[6].prepare, "prepare rests are marked");
	ok(!s.segs[4].prepare, "a rest between sides is not a prepare");
	is_int(session_total(&s), 23000, "total includes prepare, not READY");
	session_start(&s, 0);
	session_tick(&s, 30000);
	is_str(drain(&s, 0), prep_events,
	    "prepare sends rest-start and countdowns like a rest");
	is_int(session_steps_done(&s), 3, "all steps done");
	is_int(session_elapsed(&s, 30000), 23000, "elapsed counts prepare time");
	is_int(session_work_done(&s, 30000), 16000, "but work done does not");
	session_free(&s);

	/*
	 * The first step's prepare and the get-ready are one wait, not two:
	 * the prepare, as long as the longer of them.
	 */
	rt_first();
	session_init(&s, &rt, 3000);
	is_str(timeline(&s), "r0-1/1:4000 W0-1/1:5000 W1-1/1:5000",
	    "a 3 s get-ready and a 4 s prepare: one wait of 4 s");
	ok(s.segs[0].prepare, "the one wait is the prepare");
	is_int(session_total(&s), 14000, "total as without a get-ready");
	session_free(&s);
	session_init(&s, &rt, 9000);
	is_str(timeline(&s), "r0-1/1:9000 W0-1/1:5000 W1-1/1:5000",
	    "a 9 s get-ready and a 4 s prepare: one wait of 9 s");
	session_free(&s);
	session_init(&s, &rt, 0);
	is_str(timeline(&s), "r0-1/1:4000 W0-1/1:5000 W1-1/1:5000",
	    "without READY the session opens with the prepare");
	session_free(&s);

	/* skip from a step lands on the next step's prepare, not its work */
	rt_prep();
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 2000);
	drain(&s, 0);
	session_skip(&s, 2000);
	is_str(drain(&s, 0), "rest-start/1@2000", "skip from A lands on B's prepare");
	ok(session_current(&s)->prepare, "current is the prepare");
	/* skip during the prepare starts the work at once */
	session_skip(&s, 3000);
	is_str(drain(&s, 0), "countdown2/1@3000 step-start/2@3000", "skip in the prepare starts B left");
	/* skip from B left goes over the rest between sides as before */
	session_skip(&s, 4000);
	is_str(drain(&s, 0), "countdown3/2@4000 side-switch/4@4000", "skip from B left goes to B right");
	/* skip from B right lands on C's prepare, which runs its 2 s */
	session_skip(&s, 5000);
	session_tick(&s, 20000);
	is_str(drain(&s, 0), "countdown3/4@5000 rest-start/5@5000 countdown1/5@6000 "
	    "step-start/6@7000 countdown2/6@8000 countdown1/6@9000 step-end/6@10000 "
	    "finished/6@10000", "skip from B right: C's prepare, then C");
	is_int(session_steps_done(&s), 1, "only C done in full");
	session_free(&s);

	/* the merged wait: back restarts it, skip starts the work */
	rt_first();
	session_init(&s, &rt, 3000);
	session_start(&s, 0);
	is_str(drain(&s, 0), "rest-start/0@0", "the session opens with the one wait");
	/* back in the first step's prepare restarts it (no work before it) */
	session_back(&s, 2000);
	is_str(drain(&s, 0), "countdown3/0@1000 countdown2/0@2000 rest-start/0@2000", "back in the first prepare restarts it");
	session_tick(&s, 6000);
	drain(&s, 0);
	ok(strstr(buf, "step-start/1@6000") != NULL, "A starts after the 4 s prepare");
	/* back at the first work segment restarts its work, not its prepare */
	session_back(&s, 7000);
	is_str(drain(&s, 0), "step-start/1@7000", "back in A restarts A's work");
	/* back from B goes to A's work, not to A's prepare */
	session_tick(&s, 12000);
	drain(&s, 0);
	session_back(&s, 13000);
	is_str(drain(&s, 0), "step-start/1@13000", "back from B goes to A's work, over its prepare");
	session_free(&s);
	session_init(&s, &rt, 3000);
	session_start(&s, 0);
	drain(&s, 0);
	session_skip(&s, 500);
	is_str(drain(&s, 0), "step-start/1@500", "skip in the one wait starts the first work");
	session_free(&s);

	/* back to a step with prepare restarts at its work segment */
	rt_prep();
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	/* no READY: A 0-5, prepare 5-8, B-L 8-12, rest 12-14, B-R 14-18 */
	session_tick(&s, 15000);
	drain(&s, 0);
	session_back(&s, 15000);
	is_str(drain(&s, 0), "step-start/2@15000", "back from B right goes to B left, not B's prepare");
	session_free(&s);
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 6000);		/* in B's prepare, 5-8 */
	drain(&s, 0);
	session_back(&s, 6000);
	is_str(drain(&s, 0), "step-start/0@6000", "back in B's prepare goes to A's work");
	session_tick(&s, 11000);
	is_str(drain(&s, 0), "countdown3/0@8000 countdown2/0@9000 countdown1/0@10000 "
	    "step-end/0@11000 rest-start/1@11000",
	    "after A again, B's prepare runs again");
	/* A 6-11, prepare 11-14, B-L 14-18, rest 18-20 */
	session_tick(&s, 19500);
	drain(&s, 0);
	session_back(&s, 19500);
	is_str(drain(&s, 0), "step-start/2@19500", "back in the rest between sides goes to B left");
	session_free(&s);
}

/* Completed means the end was reached with at least half the steps done. */
static void
test_completed(void)
{
	struct session s;

	/* small: A, B, C.  Run A, skip the rest: 1 of 3 done, not completed */
	rt_small();
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 5000);
	session_skip(&s, 5000);
	session_skip(&s, 5000);
	session_skip(&s, 5000);
	session_skip(&s, 5000);
	session_skip(&s, 5000);
	session_skip(&s, 5000);
	is_int(s.state, SESSION_FINISHED, "skipping to the end finishes");
	is_int(session_steps_done(&s), 1, "one step of three done");
	ok(!session_completed(&s), "1 of 3 steps is not a completed routine");
	session_free(&s);

	/* two: A, B.  Run A, skip B: 1 of 2 done, completed */
	rt_two();
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 5000);
	session_skip(&s, 6000);
	ok(session_completed(&s), "1 of 2 steps and the end reached is completed");
	session_free(&s);

	/* two, run through: completed; quit at the end of A: not */
	rt_two();
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 10000);
	ok(session_completed(&s), "a routine run to its end is completed");
	session_free(&s);
	rt_two();
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 5000);
	session_quit(&s, 5500);
	ok(!session_completed(&s), "a session quit before the end is not completed");
	session_free(&s);
}

/* N: the rest of a step (sides, reps, rests) is left out at once. */
static void
test_skip_step(void)
{
	struct session s;

	/* small: A 0-5 | B-L1 5-9 r 9-11 B-R1 11-15 r 15-17 B-L2 17-21 r 21-23 B-R2 23-27 | C1 27-30 C2 30-33 */
	rt_small();
	session_init(&s, &rt, 2000);
	session_start(&s, 0);
	drain(&s, 0);
	session_skip_step(&s, 1000);
	is_str(drain(&s, 0), "countdown1/0@1000 step-start/1@1000", "N in the get-ready: to the first step, as n");
	session_skip_step(&s, 2000);
	is_str(drain(&s, 0), "step-start/2@2000", "N in A: to B left, rep 1");
	session_skip_step(&s, 3000);
	is_str(drain(&s, 0), "countdown3/2@3000 step-start/9@3000", "N in B left: over B's reps, sides and rests to C");
	is_int(session_current(&s)->step, 2, "now in step C");
	is_int(session_current(&s)->rep, 1, "rep 1 of C");
	session_skip_step(&s, 4000);
	is_str(drain(&s, 0), "countdown2/9@4000 finished/9@4000", "N in the last step finishes");
	is_int(s.state, SESSION_FINISHED, "finished");
	is_int(session_steps_done(&s), 0, "nothing was done in full");
	session_free(&s);

	/* from a rest between reps it leaves the step too */
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 10000);	/* the rest 9-11 after B-L1 */
	drain(&s, 0);
	is_int(session_current(&s)->kind, SEG_REST, "in B's rest");
	session_skip_step(&s, 10000);
	is_str(drain(&s, 0), "step-start/8@10000", "N in a rest of B: to C");
	session_free(&s);

	/* a next step with a prepare: N lands on the prepare */
	rt_prep();
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	drain(&s, 0);
	session_skip_step(&s, 1000);
	is_str(drain(&s, 0), "rest-start/1@1000", "N from A lands on B's prepare");
	session_skip_step(&s, 2000);
	is_str(drain(&s, 0), "countdown2/1@2000 rest-start/5@2000", "N in B's prepare: over B to C's prepare");
	/* while paused it moves and stays paused */
	session_pause(&s, 2500);
	drain(&s, 0);
	session_skip_step(&s, 3000);
	is_str(drain(&s, 0), "finished/5@3000", "N paused in the last step finishes");
	session_free(&s);
}

/* The routine bar goes by position: a skip moves it, back moves it back. */
static void
test_position(void)
{
	struct session s;

	/* two: A 0-5, B 5-10; a 2 s get-ready before */
	rt_two();
	session_init(&s, &rt, 2000);
	session_start(&s, 0);
	is_int(session_position(&s, 1000), 0, "get-ready: position 0");
	is_int(session_left(&s, 1000), 10000, "get-ready: all 10 s ahead");
	session_tick(&s, 3000);
	drain(&s, 0);
	is_int(session_position(&s, 3000), 1000, "1 s into A");
	is_int(session_left(&s, 3000), 9000, "9 s left");
	session_skip(&s, 3000);
	drain(&s, 0);
	is_int(session_position(&s, 3000), 5000, "skip to B: position 5 s after 1 s spent");
	is_int(session_left(&s, 3000), 5000, "skip to B: 5 s left");
	is_int(session_elapsed(&s, 3000), 1000, "time spent is still 1 s");
	session_extend(&s, 4000, 10000);
	is_int(session_position(&s, 4000), 6000, "1 s into B");
	is_int(session_left(&s, 4000), 14000, "+10 s: 14 s left");
	session_back(&s, 4000);
	drain(&s, 0);
	is_int(session_position(&s, 4000), 0, "back to A: position 0");
	is_int(session_left(&s, 4000), 10000, "back to A: 10 s left");
	session_pause(&s, 5000);
	is_int(session_position(&s, 9000), 1000, "paused: the position holds");
	session_skip(&s, 9000);
	session_skip(&s, 9000);
	drain(&s, 0);
	is_int(s.state, SESSION_FINISHED, "skipped to the end");
	is_int(session_position(&s, 9000), 10000, "finished: position at the end");
	is_int(session_left(&s, 9000), 0, "finished: nothing left");
	session_free(&s);

	/* abandoned: where it stopped */
	session_init(&s, &rt, 0);
	session_start(&s, 0);
	session_tick(&s, 7000);
	drain(&s, 0);
	session_quit(&s, 7000);
	is_int(session_position(&s, 9000), 7000, "abandoned: the position where it stopped");
	session_free(&s);
}

int
main(void)
{
	test_timeline();
	test_completed();
	test_names();
	test_events();
	test_countdown();
	test_pause();
	test_pause_boundary();
	test_back();
	test_skip();
	test_prepare();
	test_skip_step();
	test_position();
	test_extend();
	test_quit();
	run_hour(false);
	run_hour(true);
	test_jump();
	return done_testing();
}
