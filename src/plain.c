/*
 * plain.c - plain mode: a routine run without drawing, for screen readers,
 * pipes and scripts.  One line per session event on stdout; the run keys
 * as lines on stdin (while stdin is not at its end); with --pain, the pain
 * questions as lines too.  The session, cues and log are the runner's, as
 * on the screen; Ctrl-C ends it (logged as abandoned).
 *
 * Line format (tab-separated):
 *   OFFSET  EVENT  STEP-NUMBER  STEP-NAME  SIDE  DETAIL
 * OFFSET is the session's time since it started (the program's own
 * clock), in seconds with three decimals, when the event was found (the
 * same for the events found together);
 * EVENT is session_event_name(); SIDE is left, right or "-".  Lines that
 * carry words rather than events, for a person who cannot see a screen:
 * "routine" (title; length and steps) and "caution" first, "instructions"
 * after the step-start of each new step, and with --pain "pain-before" and
 * "pain-after" (the question, answered by a line on stdin).
 *
 * The event lines (event words, "Get ready", DETAIL) are an interface for
 * scripts and stay English whatever the language; the words of the other
 * lines (their DETAIL) and the messages on stderr are translated.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "clock.h"
#include "i18n.h"
#include "log.h"
#include "paths.h"
#include "runner.h"
#include "safety.h"
#include "session.h"
#include "sig.h"
#include "text.h"
#include "xmalloc.h"

/* The longest input line taken whole; longer ones are unknown input. */
#define PLAIN_LINE_MAX 256
/* The routine a very sore back is pointed to (as on the screen). */
#define PLAIN_GENTLE_ID "back-spasm-gentle"

static int bell_fd = -1;

/* Lines from stdin, read without blocking as poll() says they come. */
struct plain_in {
	char buf[PLAIN_LINE_MAX + 1];
	size_t n;
	bool eof;		/* at its end (or unreadable): no longer polled */
	bool skipping;		/* inside a line too long to take */
};

struct plain {
	struct app *app;
	const struct routine *r;
	struct runner *run;
	struct plain_in in;
	uint64_t start;
	int quit_signal;
};

static void
plain_bell(void *arg)
{
	(void)arg;
	if (bell_fd >= 0)
		(void)!write(bell_fd, "\a", 1);
}

static uint64_t
plain_offset(const struct plain *p)
{
	uint64_t now = clock_now();

	/* before the session starts (the pain before): 0, not the clock's epoch */
	if (p->start == 0)
		return 0;
	return now > p->start ? now - p->start : 0;
}

/* A text line that is not a session event: routine, caution, instructions, questions. */
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

/* The runner's on_event: one line per event. */
static void
print_event(void *arg, const struct session *s, const struct session_event *ev,
    uint64_t now)
{
	struct plain *pl = arg;
	const struct session_seg *g = &s->segs[ev->seg];
	const struct routine_step *st = &s->routine->steps[g->step];
	const char *side = g->side == SIDE_NONE ? "-" : session_side_name(g->side);
	uint64_t offset = now > pl->start ? now - pl->start : 0;
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

/*
 * Read what stdin has (it said POLLIN or POLLHUP); take the next whole
 * line into line.  1: a line; 0: none yet; -1: at the end.
 */
static int
plain_in_line(struct plain_in *in, char *line, size_t size, bool readable)
{
	char *nl;
	ssize_t n;
	size_t len;

	for (;;) {
		if ((nl = memchr(in->buf, '\n', in->n)) != NULL) {
			len = (size_t)(nl - in->buf);
			if (in->skipping) {
				in->skipping = false;
				snprintf(line, size, "%s", _("(a line too long)"));
			} else
				snprintf(line, size, "%.*s", (int)len, in->buf);
			memmove(in->buf, nl + 1, in->n - len - 1);
			in->n -= len + 1;
			if (len > 0 && line[strlen(line) - 1] == '\r')
				line[strlen(line) - 1] = '\0';
			return 1;
		}
		if (in->n == PLAIN_LINE_MAX) {
			/* no newline in a full buffer: drop it, up to the line's end */
			in->skipping = true;
			in->n = 0;
		}
		if (in->eof || !readable)
			break;
		n = read(STDIN_FILENO, in->buf + in->n, PLAIN_LINE_MAX - in->n);
		if (n < 0 && (errno == EINTR || errno == EAGAIN))
			return 0;
		if (n <= 0) {
			in->eof = true;
			break;
		}
		in->n += (size_t)n;
		readable = false;	/* one read per POLLIN: never block */
	}
	if (in->eof && in->n > 0 && !in->skipping) {
		/* a last line without its newline */
		snprintf(line, size, "%.*s", (int)in->n, in->buf);
		in->n = 0;
		return 1;
	}
	return in->eof ? -1 : 0;
}

/* The run keys, as lines. */
static bool
plain_command(struct plain *pl, const char *line)
{
	static const struct {
		const char *word;
		enum runner_cmd cmd;
	} words[] = {
		{ " ", RUN_PAUSE }, { "space", RUN_PAUSE }, { "pause", RUN_PAUSE },
		{ "n", RUN_NEXT }, { "N", RUN_NEXT_STEP }, { "p", RUN_BACK },
		{ "+", RUN_EXTEND }, { "m", RUN_MUTE }, { "q", RUN_QUIT },
	};
	char *t;
	size_t i;

	if (*line == '\0')
		return true;	/* an empty line asks for nothing */
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcmp(line, words[i].word) == 0) {
			runner_cmd(pl->run, words[i].cmd);
			return true;
		}
	t = xstrdup(line);
	text_scrub(t, false);
	/* TRANSLATORS: space, pause, n, N, p, +, m, q are what to type: as they are */
	fprintf(stderr, _("backcoach: unknown input '%.40s' (space or pause, n, "
	    "N, p, +, m, q)\n"), t);
	free(t);
	return false;
}

/*
 * Wait for a line on stdin (or a signal).  1: a line; -1: stdin at its
 * end; -2: a signal to stop (quit_signal set).
 */
static int
plain_wait_line(struct plain *pl, char *line, size_t size)
{
	struct pollfd pfd[2];
	int r, bits;

	for (;;) {
		if ((r = plain_in_line(&pl->in, line, size, false)) != 0)
			return r;
		pfd[0].fd = sig_fd();
		pfd[0].events = POLLIN;
		pfd[1].fd = STDIN_FILENO;
		pfd[1].events = POLLIN;
		pfd[0].revents = pfd[1].revents = 0;
		if (poll(pfd, 2, -1) < 0 && errno != EINTR)
			return -1;
		if (pfd[0].revents & POLLIN) {
			bits = sig_take();
			if (bits & SIGBIT_QUIT_MASK) {
				pl->quit_signal = sig_number(bits);
				return -2;
			}
			if (bits & SIGBIT_TSTP)
				sig_suspend_self();
		}
		if (pfd[1].revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL)) {
			if ((r = plain_in_line(&pl->in, line, size, true)) != 0)
				return r;
		}
	}
}

/*
 * Ask the pain question (what: "pain-before" or "pain-after").  0-10, or
 * -1 skipped (an empty line, "s", the end of stdin); -2 for "q" (before:
 * do not start) or a signal.
 */
static int
plain_ask_pain(struct plain *pl, const char *what)
{
	char line[PLAIN_LINE_MAX + 1], *end;
	long v;
	int r;

	for (;;) {
		print_text(what, 0, pl->r->title, "-", _("How much does it hurt "
		    "now? 0 (no pain) to 10 (the worst pain); an empty line "
		    "skips"), plain_offset(pl));
		if ((r = plain_wait_line(pl, line, sizeof line)) == -1)
			return -1;
		if (r == -2)
			return -2;
		if (*line == '\0' || strcmp(line, "s") == 0)
			return -1;
		if (strcmp(line, "q") == 0)
			return -2;
		errno = 0;
		v = strtol(line, &end, 10);
		if (line[0] >= '0' && line[0] <= '9' && *end == '\0' &&
		    errno == 0 && v >= 0 && v <= 10)
			return (int)v;
		fprintf(stderr, _("backcoach: a number from 0 to 10, an empty "
		    "line to skip, or q\n"));
	}
}

/* Before a session, after a rating of 8 or more: the same words as on the screen. */
static int
plain_caution(struct plain *pl, int pain)
{
	const struct routine *g = library_find(&pl->app->lib, PLAIN_GENTLE_ID);
	char buf[512], line[PLAIN_LINE_MAX + 1];
	int r;

	if (g != NULL && g != pl->r)
		/* TRANSLATORS: the pain (0-10), the routine's title, its id (a command word: as it is) */
		snprintf(buf, sizeof buf, _("Your back is very sore right now (%d "
		    "out of 10). With pain this strong, consider the gentle "
		    "routine \"%s\" (backcoach run %s) instead, or simply rest "
		    "today."), pain, g->title, g->id);
	else
		snprintf(buf, sizeof buf, _("Your back is very sore right now (%d "
		    "out of 10). With pain this strong, go very gently and do "
		    "less than the routine asks, or simply rest today."), pain);
	print_text("caution", 0, pl->r->title, "-", buf, 0);
	print_text("caution", 0, pl->r->title, "-", _("Stop at once if the pain "
	    "becomes sharp, spreads into an arm or a leg, or comes with "
	    "numbness, tingling or weakness, and see a doctor."), 0);
	print_text("question", 0, pl->r->title, "-", _("An empty line starts "
	    "anyway; q stops here."), 0);
	r = plain_wait_line(pl, line, sizeof line);
	if (r == -2 || (r == 1 && strcmp(line, "q") == 0))
		return -1;
	return 0;
}

/* Run the session to its end, taking lines and signals; the poll loop. */
static void
plain_loop(struct plain *pl)
{
	char line[PLAIN_LINE_MAX + 1];
	struct pollfd pfd[3];
	const char *notice;
	char *hint;
	uint64_t wait;
	int timeout, nfd, bits, ifd, cfd, r;
	bool readable;

	while (runner_active(pl->run)) {
		runner_tick(pl->run);
		if ((notice = runner_take_notice(pl->run)) != NULL)
			fprintf(stderr, "backcoach: %s\n", notice);
		if ((hint = runner_take_hint(pl->run)) != NULL) {
			fputs(hint, stderr);
			free(hint);
		}
		if (!runner_active(pl->run))
			break;
		wait = runner_wait(pl->run);
		timeout = wait == UINT64_MAX ? -1 : wait > INT32_MAX ? INT32_MAX :
		    (int)clock_real_ms(wait);
		nfd = 0;
		pfd[nfd].fd = sig_fd();
		pfd[nfd++].events = POLLIN;
		ifd = cfd = -1;
		if (!pl->in.eof) {
			ifd = nfd;
			pfd[nfd].fd = STDIN_FILENO;
			pfd[nfd++].events = POLLIN;
		}
		if (runner_fd(pl->run) >= 0) {
			cfd = nfd;
			pfd[nfd].fd = runner_fd(pl->run);
			pfd[nfd++].events = POLLIN;
		}
		for (r = 0; r < nfd; r++)
			pfd[r].revents = 0;
		if (poll(pfd, (nfds_t)nfd, timeout) < 0 && errno != EINTR)
			break;
		if (cfd >= 0 && (pfd[cfd].revents & POLLIN))
			runner_handle(pl->run);
		if (ifd >= 0 && pfd[ifd].revents != 0) {
			/* first time what fell due, then the commands, at their time */
			runner_tick(pl->run);
			/* one read per POLLIN, then the whole lines it gave */
			readable = true;
			while (plain_in_line(&pl->in, line, sizeof line,
			    readable) == 1) {
				plain_command(pl, line);
				readable = false;
			}
		}
		if (!(pfd[0].revents & POLLIN))
			continue;
		bits = sig_take();
		if (bits & SIGBIT_QUIT_MASK) {
			pl->quit_signal = sig_number(bits);
			runner_cmd(pl->run, RUN_QUIT);
		} else if (bits & SIGBIT_TSTP) {
			/* suspended time never counts as done */
			runner_cmd(pl->run, RUN_PAUSE_ONLY);
			sig_suspend_self();
			runner_cmd(pl->run, RUN_RESUME);
		}
	}
}

int
plain_run(struct app *app, const struct routine *r)
{
	struct plain pl;
	struct runner_opts ro;
	char err[512], line[LOG_LINE_MAX], what[64], len[16], *state;
	int pain_before = -1, pain_after = -1;

	memset(&pl, 0, sizeof pl);
	pl.app = app;
	pl.r = r;
	setvbuf(stdout, NULL, _IOLBF, 0);
	/* the first session ever: the safety note, where it cannot mix with the events */
	if (!safety_seen(app->log_path)) {
		safety_print(stderr, 72);
		(void)safety_mark();
	}
	if (sig_init(1) != 0)
		return EXIT_SOFTWARE;
	bell_fd = open("/dev/tty", O_WRONLY | O_NOCTTY | O_CLOEXEC);
	if (bell_fd < 0 && isatty(STDOUT_FILENO))
		bell_fd = STDOUT_FILENO;

	text_duration(len, sizeof len, routine_total_seconds(r));
	/* TRANSLATORS: the routine's length (2:40) and its number of steps */
	snprintf(what, sizeof what, P_("%s, %u step", "%s, %u steps",
	    r->steps_count), len, r->steps_count);
	print_text("routine", 0, r->title, "-", what, 0);
	print_text("caution", 0, r->title, "-", r->caution, 0);
	if (app->plain_pain) {
		pain_before = plain_ask_pain(&pl, "pain-before");
		if (pain_before >= 8 && plain_caution(&pl, pain_before) != 0)
			pain_before = -2;
		if (pain_before == -2) {
			/* not started: nothing to log */
			if (bell_fd > STDERR_FILENO)
				close(bell_fd);
			return pl.quit_signal ? 128 + pl.quit_signal : 0;
		}
	}

	memset(&ro, 0, sizeof ro);
	ro.ready_seconds = app->settings.ready_seconds;
	ro.cues.mode = app->cue_mode;
	ro.cues.voice = app->settings.voice;
	ro.cues.volume = (int)app->settings.volume;
	ro.cues.sounds_dir = app->sounds_dir;
	ro.cues.bell = plain_bell;
	ro.log_path = app->log_path;
	state = xstrdup(app->log_path);
	if (strrchr(state, '/') != NULL)
		*strrchr(state, '/') = '\0';
	ro.state_dir = state;
	ro.on_event = print_event;
	ro.arg = &pl;
	pl.run = runner_open(&ro);
	free(state);
	pl.start = clock_now();
	if (runner_start(pl.run, r, pain_before) != 0) {
		runner_close(pl.run);
		return EXIT_SOFTWARE;
	}
	plain_loop(&pl);
	if (app->plain_pain && !pl.quit_signal &&
	    (pain_after = plain_ask_pain(&pl, "pain-after")) < 0)
		pain_after = -1;
	if (runner_log(pl.run, pain_after, err, sizeof err, line,
	    sizeof line) < 0)
		/* TRANSLATORS: why the log could not be written; then the log record itself */
		fprintf(stderr, _("backcoach: %s; the session was:\n%s"), err,
		    line);
	runner_close(pl.run);
	if (bell_fd > STDERR_FILENO)
		close(bell_fd);
	return pl.quit_signal ? 128 + pl.quit_signal : 0;
}
