/*
 * runner.c - one running session: engine + cues + log + guard, wired once
 * for both faces (ui-run.c, plain.c).  Owns the session, the order of
 * things at each tick (events to the cues, then to the face; the record's
 * progress to the guard), what the voice says for each event, and the
 * once-per-machine hint on how to get sound.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app.h"
#include "clock.h"
#include "i18n.h"
#include "log.h"
#include "runner.h"
#include "xmalloc.h"

/* Bytes of a step name that are spoken: a cue, not a lecture. */
#define RUNNER_VOICE_MAX 200
/* The file in the state dir that says the sound hint was given. */
#define RUNNER_HINT_MARK "sound-hint-shown"

struct runner {
	struct runner_opts o;
	char *log_path, *state_dir;
	struct cues *cues;
	struct session s;
	bool live;		/* s is initialised */
	bool logged;		/* its record is written */
	struct run_log *rl;	/* the record in progress */
	bool hinted;		/* the sound hint was taken this run */
	bool mark;		/* leave the hint's mark on close */
};

struct runner *
runner_open(const struct runner_opts *o)
{
	struct runner *run = xcalloc(1, sizeof *run);

	run->o = *o;
	run->log_path = xstrdup(o->log_path);
	run->state_dir = o->state_dir != NULL ? xstrdup(o->state_dir) : NULL;
	run->o.log_path = run->log_path;
	run->o.state_dir = run->state_dir;
	run->logged = true;
	run->cues = cue_open(&o->cues);
	return run;
}

int
runner_start(struct runner *run, const struct routine *r, int pain_before)
{
	if (run->live) {
		if (!run->logged)
			runner_log(run, -1, NULL, 0, NULL, 0);
		session_free(&run->s);
		run->live = false;
	}
	if (session_init(&run->s, r, (uint64_t)run->o.ready_seconds * 1000) != 0)
		return -1;
	run->live = true;
	run->logged = false;
	session_start(&run->s, clock_now());
	run->rl = run_log_begin(run->log_path, &run->s, time(NULL), pain_before);
	return 0;
}

const struct session *
runner_session(const struct runner *run)
{
	return run != NULL && run->live ? &run->s : NULL;
}

/* Every queued event: its cue (with the words to say), then the face. */
static bool
runner_drain(struct runner *run, uint64_t now)
{
	struct session_event ev;
	char *say;
	bool any = false;

	while (session_next_event(&run->s, &ev)) {
		say = cue_speaks(run->cues) ? runner_voice_text(&run->s, &ev) : NULL;
		cue_event(run->cues, &ev, say);
		free(say);
		if (run->o.on_event != NULL)
			run->o.on_event(run->o.arg, &run->s, &ev, now);
		any = true;
	}
	return any;
}

bool
runner_tick(struct runner *run)
{
	uint64_t now;
	bool any;

	if (run == NULL || !run->live)
		return false;
	now = clock_now();
	/* once over, only what is still queued (the "abandoned" of a quit) */
	if (runner_active(run))
		session_tick(&run->s, now);
	any = runner_drain(run, now);
	if (run->rl != NULL)
		run_log_progress(run->rl, &run->s, now);
	return any;
}

void
runner_cmd(struct runner *run, enum runner_cmd cmd)
{
	uint64_t now = clock_now();

	if (cmd == RUN_MUTE) {
		cue_set_muted(run->cues, !cue_muted(run->cues));
		return;
	}
	if (!runner_active(run))
		return;
	switch (cmd) {
	case RUN_PAUSE:
		session_toggle_pause(&run->s, now);
		break;
	case RUN_PAUSE_ONLY:
		if (run->s.state == SESSION_RUNNING)
			session_pause(&run->s, now);
		break;
	case RUN_RESUME:
		if (run->s.state == SESSION_PAUSED)
			session_resume(&run->s, now);
		break;
	case RUN_NEXT:
		session_skip(&run->s, now);
		break;
	case RUN_NEXT_STEP:
		session_skip_step(&run->s, now);
		break;
	case RUN_BACK:
		session_back(&run->s, now);
		break;
	case RUN_EXTEND:
		session_extend(&run->s, now, 10000);
		break;
	case RUN_QUIT:
		session_quit(&run->s, now);
		break;
	case RUN_MUTE:
		break;
	}
	runner_tick(run);
}

bool
runner_muted(const struct runner *run)
{
	return run == NULL || cue_muted(run->cues);
}

bool
runner_active(const struct runner *run)
{
	return run != NULL && run->live && (run->s.state == SESSION_RUNNING ||
	    run->s.state == SESSION_PAUSED);
}

bool
runner_over(const struct runner *run)
{
	return run != NULL && run->live && (run->s.state == SESSION_FINISHED ||
	    run->s.state == SESSION_ABANDONED);
}

uint64_t
runner_wait(const struct runner *run)
{
	uint64_t now, d;

	if (!runner_active(run))
		return UINT64_MAX;
	now = clock_now();
	d = session_next_deadline(&run->s, now);
	if (d == UINT64_MAX)
		return d;
	return d > now ? d - now : 0;
}

int
runner_fd(const struct runner *run)
{
	return run == NULL ? -1 : cue_fd(run->cues);
}

void
runner_handle(struct runner *run)
{
	if (run != NULL)
		cue_handle(run->cues);
}

const char *
runner_take_notice(struct runner *run)
{
	return run == NULL ? NULL : cue_take_notice(run->cues);
}

char *
runner_take_hint(struct runner *run)
{
	char *mark = NULL;

	if (run == NULL || run->hinted || !cue_sound_unavailable(run->cues))
		return NULL;
	run->hinted = true;
	if (run->state_dir != NULL) {
		xasprintf(&mark, "%s/%s", run->state_dir, RUNNER_HINT_MARK);
		if (access(mark, F_OK) == 0) {
			free(mark);
			return NULL;
		}
		free(mark);
		/* the mark is made on close, when the log has made its directory */
		run->mark = true;
	}
	/* TRANSLATORS: lines of at most 72 columns; packages, options, files as they are */
	return xstrdup(_("To hear the cue sounds, install "
	    "libcanberra-pulse (libcanberra's\n"
	    "PulseAudio backend) and run a sound server: PulseAudio, or PipeWire\n"
	    "with pipewire-pulse.  Or choose the terminal bell with --bell (or\n"
	    "'bell: true' in config.yaml).  This is said once; see SOUND in\n"
	    "man backcoach.\n"));
}

int
runner_log(struct runner *run, int pain_after, char *err, size_t errsize,
    char *line, size_t linesize)
{
	char e[512], l[LOG_LINE_MAX];
	uint64_t now;
	int rc;

	if (run == NULL || !run->live || run->logged || run->rl == NULL)
		return 1;
	if (runner_active(run)) {
		now = clock_now();
		session_quit(&run->s, now);
		runner_drain(run, now);
	}
	if (err == NULL) {
		err = e;
		errsize = sizeof e;
	}
	if (line == NULL) {
		line = l;
		linesize = sizeof l;
	}
	run->logged = true;
	rc = run_log_end(run->rl, &run->s, pain_after, err, errsize, line,
	    linesize);
	run->rl = NULL;
	return rc == 0 ? 0 : -1;
}

bool
runner_logged(const struct runner *run)
{
	return run == NULL || !run->live || run->logged;
}

void
runner_close(struct runner *run)
{
	char *mark;
	int fd;

	if (run == NULL)
		return;
	if (run->live && !run->logged)
		runner_log(run, -1, NULL, 0, NULL, 0);
	cue_close(run->cues);
	if (run->mark) {
		/* only where the log went: never a directory of its own */
		xasprintf(&mark, "%s/%s", run->state_dir, RUNNER_HINT_MARK);
		fd = open(mark, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
		    O_CLOEXEC, 0600);
		if (fd >= 0)
			close(fd);
		free(mark);
	}
	if (run->live)
		session_free(&run->s);
	free(run->log_path);
	free(run->state_dir);
	free(run);
}

/*
 * Said to someone with eyes closed: a step's start names the step and, for
 * a sided step, the side to begin on ("Side bend, left side"); a later
 * round of the same step needs no name, only where it starts and which
 * round it is ("left side, round 2"; a side-less step: "Neck tilt, round 2").
 * The words are the message catalog's, the step names the routine's: both
 * in the person's language (cues-voice.c gives espeak-ng its voice).
 */
char *
runner_voice_text(const struct session *s, const struct session_event *ev)
{
	const struct session_seg *seg = NULL;
	const char *name;
	char *t;
	size_t n;

	if (ev == NULL)
		return NULL;
	if (s != NULL && s->segs != NULL && ev->seg < s->nsegs)
		seg = &s->segs[ev->seg];
	switch (ev->type) {
	case SEV_STEP_START:
		if (seg == NULL || s->routine == NULL ||
		    seg->step >= s->routine->steps_count)
			return NULL;
		if (seg->side == SIDE_LEFT && seg->rep >= 2) {
			/* TRANSLATORS: spoken by the voice: the side to begin on, the round */
			xasprintf(&t, _("left side, round %u"), seg->rep);
			return t;
		}
		name = s->routine->steps[seg->step].name;
		if (name == NULL)
			return NULL;
		/* long names are cut at a character boundary */
		n = strlen(name);
		if (n > RUNNER_VOICE_MAX) {
			n = RUNNER_VOICE_MAX;
			while (n > 0 && ((unsigned char)name[n] & 0xc0) == 0x80)
				n--;
		}
		if (seg->side == SIDE_LEFT)
			/* TRANSLATORS: spoken by the voice: the step's name, the side */
			xasprintf(&t, _("%.*s, left side"), (int)n, name);
		else if (seg->rep >= 2)
			/* TRANSLATORS: spoken by the voice: the step's name, the round */
			xasprintf(&t, _("%.*s, round %u"), (int)n, name, seg->rep);
		else
			xasprintf(&t, "%.*s", (int)n, name);
		return t;
	case SEV_SIDE_SWITCH:
		if (seg == NULL)
			return NULL;
		/* TRANSLATORS: spoken by the voice at a switch of sides */
		return xstrdup(seg->side == SIDE_LEFT ? _("left side") :
		    seg->side == SIDE_RIGHT ? _("right side") : _("other side"));
	case SEV_REST_START:
		/* TRANSLATORS: spoken by the voice when a rest starts */
		return xstrdup(_("rest"));
	case SEV_FINISHED:
		/* TRANSLATORS: spoken by the voice at the end of the routine */
		return xstrdup(_("well done"));
	default:
		return NULL;
	}
}
