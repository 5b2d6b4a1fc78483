/*
 * plain.c - plain mode: a routine run without drawing, one line per session
 * event on stdout, for screen readers, pipes and scripts.  The same session
 * engine, cues and log as the screen; Ctrl-C ends it (logged as abandoned).
 *
 * Line format (tab-separated):
 *   OFFSET  EVENT  STEP-NUMBER  STEP-NAME  SIDE  DETAIL
 * OFFSET is the real time since the session started, in seconds with three
 * decimals; EVENT is session_event_name(); SIDE is left, right or "-".
 * Three kinds of line carry words rather than events, for a person who
 * cannot see a screen: "routine" (title; length and steps) and "caution"
 * first, and "instructions" after the step-start of each new step.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "clock.h"
#include "cues.h"
#include "log.h"
#include "safety.h"
#include "session.h"
#include "sig.h"
#include "text.h"
#include "xmalloc.h"

static int bell_fd = -1;

static void
plain_bell(void *arg)
{
	(void)arg;
	if (bell_fd >= 0)
		(void)!write(bell_fd, "\a", 1);
}

/* A text line that is not a session event: routine, caution, instructions. */
static void
print_text(const char *what, unsigned step, const char *name, const char *side,
    const char *text, uint64_t offset)
{
	char *t = xstrdup(text), *p;

	/* one line: a newline reads as a space; anything else odd is scrubbed */
	for (p = t; *p != '\0'; p++)
		if (*p == '\n')
			*p = ' ';
	/* a YAML block scalar ends in a newline: no trailing space for it */
	for (p = t + strlen(t); p > t && p[-1] == ' '; p--)
		p[-1] = '\0';
	text_scrub(t, false);
	printf("%llu.%03llu\t%s\t%u\t%s\t%s\t%s\n",
	    (unsigned long long)(offset / 1000),
	    (unsigned long long)(offset % 1000), what, step, name, side, t);
	free(t);
}

static void
print_event(const struct session *s, const struct session_event *ev,
    uint64_t offset)
{
	const struct session_seg *g = &s->segs[ev->seg];
	const struct routine_step *st = &s->routine->steps[g->step];
	const char *side = g->side == SIDE_NONE ? "-" : session_side_name(g->side);
	char detail[64] = "";

	switch (ev->type) {
	case SEV_COUNTDOWN:
		snprintf(detail, sizeof detail, "%u", ev->count);
		break;
	case SEV_READY:
	case SEV_REST_START:
		snprintf(detail, sizeof detail, "%us%s", (unsigned)(g->ms / 1000),
		    g->prepare ? " to get into position" : "");
		break;
	case SEV_STEP_START:
	case SEV_SIDE_SWITCH:
		if (g->reps > 1)
			snprintf(detail, sizeof detail, "rep %u/%u, %us", g->rep,
			    g->reps, (unsigned)(g->ms / 1000));
		else
			snprintf(detail, sizeof detail, "%us",
			    (unsigned)(g->ms / 1000));
		break;
	case SEV_FINISHED:
	case SEV_ABANDONED:
		snprintf(detail, sizeof detail, "%u/%u step%s",
		    session_steps_done(s), session_steps_total(s),
		    session_steps_total(s) == 1 ? "" : "s");
		break;
	default:
		break;
	}
	printf("%llu.%03llu\t%s\t%u\t%s\t%s\t%s\n",
	    (unsigned long long)(offset / 1000),
	    (unsigned long long)(offset % 1000), session_event_name(ev->type),
	    g->step + 1, g->kind == SEG_READY ? "Get ready" : st->name, side,
	    detail);
	/* a person who cannot see the screen needs the words too, once per step */
	if (ev->type == SEV_STEP_START && g->rep == 1 && g->side != SIDE_RIGHT)
		print_text("instructions", g->step + 1, st->name, side,
		    st->instructions, offset);
}

static void
end_log(struct run_log *rl, const struct session *s)
{
	char err[512], line[LOG_LINE_MAX];

	if (run_log_end(rl, s, -1, err, sizeof err, line, sizeof line) != 0)
		fprintf(stderr, "backcoach: %s; the session was:\n%s", err, line);
}

int
plain_run(struct app *app, const struct routine *r)
{
	struct session s;
	struct session_event ev;
	struct cue_opts co;
	struct cues *cues;
	struct pollfd pfd[2];
	struct run_log *rl;
	uint64_t start, now, deadline;
	time_t started;
	const char *notice;
	int bits = 0, timeout, nfd, quit_signal = 0;

	setvbuf(stdout, NULL, _IOLBF, 0);
	/* the first session ever: the safety note, where it cannot mix with the events */
	if (!log_exists(app->log_path))
		safety_print(stderr, 72);
	if (session_init(&s, r, (uint64_t)app->settings.ready_seconds * 1000) != 0)
		return EXIT_SOFTWARE;
	if (sig_init(1) != 0) {
		session_free(&s);
		return EXIT_SOFTWARE;
	}
	bell_fd = open("/dev/tty", O_WRONLY | O_NOCTTY | O_CLOEXEC);
	if (bell_fd < 0 && isatty(STDOUT_FILENO))
		bell_fd = STDOUT_FILENO;

	memset(&co, 0, sizeof co);
	co.mode = app->cue_mode;
	co.voice = app->settings.voice;
	co.sounds_dir = app->sounds_dir;
	co.bell = plain_bell;
	cues = cue_open(&co);

	{
		char what[64], len[16];

		text_duration(len, sizeof len, routine_total_seconds(r));
		snprintf(what, sizeof what, "%s, %u step%s", len, r->steps_count,
		    r->steps_count == 1 ? "" : "s");
		print_text("routine", 0, r->title, "-", what, 0);
		print_text("caution", 0, r->title, "-", r->caution, 0);
	}
	started = time(NULL);
	start = clock_now();
	session_start(&s, start);
	rl = run_log_begin(app->log_path, &s, started, -1);
	while (s.state == SESSION_RUNNING || s.state == SESSION_PAUSED) {
		now = clock_now();
		session_tick(&s, now);
		while (session_next_event(&s, &ev)) {
			print_event(&s, &ev, now - start);
			cue_event(cues, &s, &ev);
		}
		run_log_progress(rl, &s, now);
		if ((notice = cue_take_notice(cues)) != NULL)
			fprintf(stderr, "backcoach: %s\n", notice);
		if (s.state != SESSION_RUNNING && s.state != SESSION_PAUSED)
			break;

		deadline = session_next_deadline(&s, now);
		if (deadline == UINT64_MAX)
			timeout = -1;
		else if (deadline <= now)
			timeout = 0;
		else
			timeout = deadline - now > INT32_MAX ? INT32_MAX :
			    (int)clock_real_ms(deadline - now);
		pfd[0].fd = sig_fd();
		pfd[0].events = POLLIN;
		nfd = 1;
		if (cue_fd(cues) >= 0) {
			pfd[1].fd = cue_fd(cues);
			pfd[1].events = POLLIN;
			nfd = 2;
		}
		if (poll(pfd, (nfds_t)nfd, timeout) < 0 && errno != EINTR)
			break;
		if (nfd == 2 && (pfd[1].revents & POLLIN))
			cue_handle(cues);
		if (!(pfd[0].revents & POLLIN))
			continue;
		bits = sig_take();
		now = clock_now();
		if (bits & SIGBIT_QUIT_MASK) {
			quit_signal = sig_number(bits);
			session_quit(&s, now);
		} else if (bits & SIGBIT_TSTP) {
			/* suspended time never counts as done */
			session_pause(&s, now);
			while (session_next_event(&s, &ev))
				print_event(&s, &ev, now - start);
			sig_suspend_self();
			now = clock_now();
			session_resume(&s, now);
		}
	}
	while (session_next_event(&s, &ev)) {
		print_event(&s, &ev, clock_now() - start);
		cue_event(cues, &s, &ev);
	}
	end_log(rl, &s);
	cue_close(cues);
	if (bell_fd > STDERR_FILENO)
		close(bell_fd);
	session_free(&s);
	return quit_signal ? 128 + quit_signal : 0;
}
