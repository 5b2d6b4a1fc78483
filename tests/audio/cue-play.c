/*
 * cue-play.c - drive the cue player without the session engine: play a list
 * of events at fixed times, printing one line per event as plain mode does
 * (OFFSET<TAB>EVENT), so that a recording can be checked against it, and a
 * third column: the wall-clock time of the event in ms (for the benchmark).
 *
 *   cue-play [-b] [-n] [-v] [-w] [-a VOLUME] [-d SOUNDS] [-g GAP-MS] [-s START-MS] EVENT...
 *
 * EVENT is a session event name (step-start, side-switch, rest-start,
 * countdown, step-end, finished); "a+b" sends both at the same instant; a
 * side-switch is to the right side.  -b forces the bell, -n no sound, -v
 * voice (the runner's words for each event), -a the volume (0-100), -s
 * the time from opening the player to the first event (default 0: at once;
 * the player may still be connecting then, and drops a cue gone stale), -w
 * first waits (at most 30 s) until the player is done opening: connected
 * with its sounds uploaded, or fallen back to the bell; a state, where a
 * loaded machine meets no fixed time.  The bell writes BEL to stdout.  Notices and the time cue_close
 * took go to stderr.
 */
#include "config.h"

#include <poll.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cues.h"
#include "runner.h"

static uint64_t
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static void
bell(void *arg)
{
	(void)arg;
	fputc('\a', stdout);
	fflush(stdout);
}

static int
event_type(const char *name)
{
	static const char *names[] = { "ready", "step-start", "side-switch",
	    "rest-start", "countdown", "step-end", "paused", "resumed",
	    "finished", "abandoned" };

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(names[i], name) == 0)
			return (int)i;
	return -1;
}

/* Wait until t, serving the cue player's news meanwhile. */
static void
wait_until(struct cues *c, uint64_t t)
{
	struct pollfd p = { .fd = cue_fd(c), .events = POLLIN };
	uint64_t n;
	const char *msg;

	while ((n = now_ms()) < t) {
		if (poll(&p, p.fd >= 0, (int)(t - n)) > 0)
			cue_handle(c);
		while ((msg = cue_take_notice(c)) != NULL)
			fprintf(stderr, "notice: %s\n", msg);
	}
}

int
main(int argc, char **argv)
{
	struct cue_opts o = { .mode = CUE_SOUND, .volume = 100, .bell = bell };
	struct routine_step step = { .name = (char *)"Doorway stretch", .seconds = 2 };
	struct routine rt = { .id = (char *)"cue-play", .steps = &step, .steps_count = 1 };
	struct session_seg seg = { .kind = SEG_WORK, .side = SIDE_RIGHT, .reps = 1 };
	struct session s = { .routine = &rt, .segs = &seg, .nsegs = 1 };
	struct session_event ev;
	struct cues *c;
	uint64_t start, gap = 1000, lead = 0, t0, wall;
	struct timespec wts;
	const char *msg;
	char *list, *name, *save, *say;
	int ch, i, type;
	bool wait_ready = false;

	while ((ch = getopt(argc, argv, "bnvwa:d:g:s:")) != -1) {
		switch (ch) {
		case 'b': o.mode = CUE_BELL; break;
		case 'n': o.mode = CUE_NONE; break;
		case 'v': o.voice = true; break;
		case 'w': wait_ready = true; break;
		case 'a': o.volume = atoi(optarg); break;
		case 'd': o.sounds_dir = optarg; break;
		case 'g': gap = strtoull(optarg, NULL, 10); break;
		case 's': lead = strtoull(optarg, NULL, 10); break;
		default:
			fprintf(stderr, "usage: cue-play [-b] [-n] [-v] [-w] [-a VOLUME] [-d SOUNDS] [-g GAP-MS] [-s START-MS] EVENT...\n");
			return 64;
		}
	}
	if (o.sounds_dir == NULL)
		o.sounds_dir = BC_SRCDIR "/sounds";
	setvbuf(stdout, NULL, _IOLBF, 0);
	c = cue_open(&o);
	for (t0 = now_ms(); wait_ready && !cue_ready(c) && now_ms() - t0 < 30000; )
		wait_until(c, now_ms() + 20);
	if (wait_ready)
		fprintf(stderr, "ready after %llu ms\n", (unsigned long long)(now_ms() - t0));
	wait_until(c, now_ms() + lead);
	start = now_ms();
	for (i = optind; i < argc; i++) {
		wait_until(c, start + (uint64_t)(i - optind) * gap);
		list = strdup(argv[i]);
		t0 = now_ms();
		clock_gettime(CLOCK_REALTIME, &wts);
		wall = (uint64_t)wts.tv_sec * 1000 + (uint64_t)wts.tv_nsec / 1000000;
		for (name = strtok_r(list, "+", &save); name != NULL; name = strtok_r(NULL, "+", &save)) {
			if ((type = event_type(name)) < 0) {
				fprintf(stderr, "cue-play: unknown event %s\n", name);
				return 64;
			}
			memset(&ev, 0, sizeof ev);
			ev.type = (enum session_event_type)type;
			ev.at = (uint64_t)(i - optind) * gap;
			ev.count = type == SEV_COUNTDOWN ? 1 : 0;
			say = cue_speaks(c) ? runner_voice_text(&s, &ev) : NULL;
			cue_event(c, &ev, say);
			free(say);
			printf("%.3f\t%s\t%llu\n", (double)(t0 - start) / 1000, name,
			    (unsigned long long)wall);
		}
		free(list);
	}
	wait_until(c, start + (uint64_t)(argc - optind) * gap);
	while ((msg = cue_take_notice(c)) != NULL)
		fprintf(stderr, "notice: %s\n", msg);
	t0 = now_ms();
	cue_close(c);
	fprintf(stderr, "close took %llu ms\n", (unsigned long long)(now_ms() - t0));
	return 0;
}
