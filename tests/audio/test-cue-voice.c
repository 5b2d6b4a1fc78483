/*
 * test-cue-voice.c - what --voice says for each event (runner_voice_text): a
 * sided step's start names the side to begin on, a later round says which
 * round, a switch names the new side.
 */
#include "config.h"

#include <stdlib.h>

#include "runner.h"
#include "tap.h"

static struct routine_step steps[] = {
	{ .name = (char *)"Side bend", .seconds = 30 },
	{ .name = (char *)"Neck tilt", .seconds = 20 },
};
static struct routine rt = { .id = (char *)"t", .steps = steps, .steps_count = 2 };
/* Side bend: 2 reps, left then right; Neck tilt: 2 side-less reps. */
static struct session_seg segs[] = {
	{ .kind = SEG_READY },
	{ .kind = SEG_WORK, .step = 0, .side = SIDE_LEFT, .rep = 1, .reps = 2 },
	{ .kind = SEG_REST, .step = 0, .side = SIDE_RIGHT, .rep = 1, .reps = 2 },
	{ .kind = SEG_WORK, .step = 0, .side = SIDE_RIGHT, .rep = 1, .reps = 2 },
	{ .kind = SEG_WORK, .step = 0, .side = SIDE_LEFT, .rep = 2, .reps = 2 },
	{ .kind = SEG_WORK, .step = 0, .side = SIDE_RIGHT, .rep = 2, .reps = 2 },
	{ .kind = SEG_WORK, .step = 1, .side = SIDE_NONE, .rep = 1, .reps = 2 },
	{ .kind = SEG_WORK, .step = 1, .side = SIDE_NONE, .rep = 2, .reps = 2 },
};
static struct session s = { .routine = &rt, .segs = segs, .nsegs = 8 };

static void
says(enum session_event_type type, size_t seg, const char *want, const char *what)
{
	struct session_event ev = { .type = type, .seg = seg };
	char *t = runner_voice_text(&s, &ev);

	if (want == NULL)
		ok(t == NULL, "%s: nothing said (got '%s')", what, t ? t : "(null)");
	else
		is_str(t, want, "%s: '%s'", what, want);
	free(t);
}

int
main(void)
{
	struct session_event ev = { .type = SEV_STEP_START, .seg = 1 };
	char *t;

	says(SEV_STEP_START, 1, "Side bend, left side", "first left period names the step and the side");
	says(SEV_REST_START, 2, "rest", "rest");
	says(SEV_SIDE_SWITCH, 3, "right side", "switch to the right");
	says(SEV_STEP_START, 4, "left side, round 2", "second round of a sided step");
	says(SEV_SIDE_SWITCH, 5, "right side", "second switch to the right");
	says(SEV_STEP_START, 6, "Neck tilt", "a side-less step says its name alone");
	says(SEV_STEP_START, 7, "Neck tilt, round 2", "its second round");
	says(SEV_FINISHED, 7, "well done", "the end");
	says(SEV_COUNTDOWN, 1, NULL, "countdown");
	says(SEV_STEP_START, 99, NULL, "a segment out of range");
	t = runner_voice_text(NULL, &ev);
	ok(t == NULL, "no session: nothing said");
	free(t);
	return done_testing();
}
