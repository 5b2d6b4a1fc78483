/*
 * cues.c - the audio cue player: session events to sounds.
 *
 * Owns the event -> sound table and its priorities, the libcanberra worker
 * thread (the only thread that ever calls libcanberra), the terminal-bell
 * fallback, and the espeak-ng voice.  The UI thread only enqueues; anything
 * that can block (open, cache, play: 30 s on a frozen server) runs on the
 * worker, which the UI side watches and gives up on when it is stuck.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifdef HAVE_CANBERRA
#include <canberra.h>
#endif

#include "cues.h"
#include "paths.h"
#include "xmalloc.h"

extern char **environ;

/* Requests older than this when the worker gets to them are dropped: a late cue misleads. */
#define CUE_STALE_MS	400
/* How long the worker waits for more events of the same instant before choosing one. */
#define CUE_COALESCE_MS	4
/* A worker inside one libcanberra call for longer than this is stuck. */
#define CUE_STUCK_MS	1000
/* cue_close joins a stuck worker for at most this long. */
#define CUE_JOIN_MS	200
/* cue_close lets the last sound (and voice) play out for at most this long. */
#define CUE_DRAIN_MS	2500
/* espeak-ng gets this long to write its file. */
#define CUE_VOICE_MS	3000
#define CUE_QUEUE_MAX	16
#define CUE_NOTICES	4
#define CUE_VOICE_TEXT	200	/* bytes of a step name that are spoken */

enum { ID_CUE = 1, ID_VOICE = 2 };

/*
 * The cue table: one sound per event kind, with the priority that decides
 * which one plays when several events fall due at the same instant (a step's
 * end is also the next step's start: the start says more).
 */
static const struct cue_sound {
	const char *file;
	const char *event_id;	/* its name in the server's sample cache */
	int prio;		/* higher wins at the same instant */
	unsigned ms;		/* length, for letting it play out on close */
} cue_sounds[CUE_SOUND_COUNT] = {
	/* lengths include the files' 15 ms silent lead-in (sounds/make-sounds.sh) */
	[CUE_SND_STEP_START] =  { "step-start.wav",  "backcoach-step-start",  4, 415 },
	[CUE_SND_SIDE_SWITCH] = { "side-switch.wav", "backcoach-side-switch", 5, 715 },
	[CUE_SND_REST_START] =  { "rest-start.wav",  "backcoach-rest-start",  3, 715 },
	[CUE_SND_COUNTDOWN] =   { "countdown.wav",   "backcoach-countdown",   1, 165 },
	[CUE_SND_STEP_END] =    { "step-end.wav",    "backcoach-step-end",    2, 415 },
	[CUE_SND_COMPLETE] =    { "complete.wav",    "backcoach-complete",    6, 665 },
};

struct cue_req {
	int snd;
	uint64_t at;		/* the event's nominal time: same at = same instant */
	uint64_t queued;	/* real monotonic ms when enqueued */
	char *voice;		/* text to speak after it, or NULL */
};

struct cues {
	struct cue_opts o;
	char *sounds_dir;
	char *paths[CUE_SOUND_COUNT];	/* NULL when the file is missing */
	enum cue_mode mode;	/* effective: CUE_SOUND drops to CUE_BELL for good */
	bool muted;
	bool voice;		/* voice wanted and espeak-ng found */

	/* Coalescing on the UI side: the last sound-making event taken. */
	bool have_last;
	uint64_t last_at;
	int last_prio;
	pid_t voice_pid;	/* espeak-ng playing itself (bell mode), 0 if none */

	char notices[CUE_NOTICES][256];
	unsigned nnotice, taken;
	bool noticed_missing, noticed_stuck;

	int pipe[2];		/* worker -> UI: 'b' ring the bell, 'f' sound failed */

#ifdef HAVE_CANBERRA
	bool have_thread;
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	/* Under mu: */
	struct cue_req q[CUE_QUEUE_MAX];
	unsigned qhead, qlen;
	bool stop;
	bool failed;		/* the worker gave up: open or play failed */
	char failmsg[96];
	uint64_t quiet_at;	/* real ms when what was played will have ended */
	/* Written by the worker around every libcanberra call, read by the UI side. */
	_Atomic uint64_t busy_since;
#endif
};

static inline uint64_t
cue_now(void)
{
	struct timespec ts;

	/* Real time even when a test runs the session on the fake clock. */
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static void
cue_notice(struct cues *c, const char *fmt, const char *arg)
{
	if (c->nnotice >= CUE_NOTICES)
		return;
	snprintf(c->notices[c->nnotice++], sizeof c->notices[0], fmt, arg);
}

static void
cue_ring(struct cues *c)
{
	if (c->o.bell != NULL)
		c->o.bell(c->o.bell_arg);
	else if (write(STDOUT_FILENO, "\a", 1) < 0) {
		/* nothing to do: a bell that cannot ring is silence */
	}
}

int
cue_sound_for_event(enum session_event_type t)
{
	switch (t) {
	case SEV_STEP_START:	return CUE_SND_STEP_START;
	case SEV_SIDE_SWITCH:	return CUE_SND_SIDE_SWITCH;
	case SEV_REST_START:	return CUE_SND_REST_START;
	case SEV_COUNTDOWN:	return CUE_SND_COUNTDOWN;
	case SEV_STEP_END:	return CUE_SND_STEP_END;
	case SEV_FINISHED:	return CUE_SND_COMPLETE;
	default:		return -1;
	}
}

const char *
cue_sound_file(int snd)
{
	if (snd < 0 || snd >= CUE_SOUND_COUNT)
		return NULL;
	return cue_sounds[snd].file;
}

/*
 * What the voice says for an event, or NULL; the caller frees it.  Said to
 * someone with eyes closed: a step's start names the step and, for a sided
 * step, the side to begin on ("Side bend, left side"); a later round of the
 * same step needs no name, only where it starts and which round it is
 * ("left side, round 2"; a side-less step: "Neck tilt, round 2").
 */
char *
cue_voice_text(const struct session *s, const struct session_event *ev)
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
		if (seg == NULL || s->routine == NULL || seg->step >= s->routine->steps_count)
			return NULL;
		if (seg->side == SIDE_LEFT && seg->rep >= 2) {
			xasprintf(&t, "left side, round %u", seg->rep);
			return t;
		}
		name = s->routine->steps[seg->step].name;
		if (name == NULL)
			return NULL;
		/* Long names are cut at a character boundary: a cue, not a lecture. */
		n = strlen(name);
		if (n > CUE_VOICE_TEXT) {
			n = CUE_VOICE_TEXT;
			while (n > 0 && ((unsigned char)name[n] & 0xc0) == 0x80)
				n--;
		}
		if (seg->side == SIDE_LEFT)
			xasprintf(&t, "%.*s, left side", (int)n, name);
		else if (seg->rep >= 2)
			xasprintf(&t, "%.*s, round %u", (int)n, name, seg->rep);
		else
			xasprintf(&t, "%.*s", (int)n, name);
		return t;
	case SEV_SIDE_SWITCH:
		if (seg == NULL)
			return NULL;
		return xstrdup(seg->side == SIDE_LEFT ? "left side" :
		    seg->side == SIDE_RIGHT ? "right side" : "other side");
	case SEV_REST_START:
		return xstrdup("rest");
	case SEV_FINISHED:
		return xstrdup("well done");
	default:
		return NULL;
	}
}

static bool
cue_in_path(const char *prog)
{
	const char *p = getenv("PATH"), *e;
	char *f;
	bool found = false;

	if (p == NULL || *p == '\0')
		p = "/usr/local/bin:/usr/bin:/bin";
	while (!found && *p != '\0') {
		e = strchr(p, ':');
		if (e == NULL)
			e = p + strlen(p);
		if (e == p)
			xasprintf(&f, "./%s", prog);
		else
			xasprintf(&f, "%.*s/%s", (int)(e - p), p, prog);
		found = access(f, X_OK) == 0;
		free(f);
		p = *e == ':' ? e + 1 : e;
	}
	return found;
}

/* Start espeak-ng with stdout and stderr on /dev/null; returns its pid or 0. */
static pid_t
cue_spawn_espeak(const char *wavfile, const char *text)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	sigset_t none;
	char *argv[8];
	int i = 0;
	pid_t pid;

	argv[i++] = (char *)"espeak-ng";
	if (wavfile != NULL) {
		argv[i++] = (char *)"-w";
		argv[i++] = (char *)wavfile;
	}
	/* "--": a step name starting with '-' is text, not an option */
	argv[i++] = (char *)"--";
	argv[i++] = (char *)text;
	argv[i] = NULL;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
	/* The UI may block signals in its threads: the child gets a clean mask. */
	posix_spawnattr_init(&at);
	sigemptyset(&none);
	posix_spawnattr_setsigmask(&at, &none);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK);
	if (posix_spawnp(&pid, "espeak-ng", &fa, &at, argv, environ) != 0)
		pid = 0;
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&at);
	return pid;
}

/* Reap a child if it has ended; true when it is gone (or was never ours). */
static bool
cue_reaped(pid_t pid, int *status)
{
	pid_t r;

	do
		r = waitpid(pid, status, WNOHANG);
	while (r < 0 && errno == EINTR);
	if (r < 0)		/* ECHILD: someone else reaped it */
		*status = -1;
	return r != 0;
}

/* The bell-mode voice: espeak-ng plays itself; a newer line cuts an older one. */
static void
cue_speak_direct(struct cues *c, const char *text)
{
	int st;

	if (c->voice_pid > 0 && !cue_reaped(c->voice_pid, &st)) {
		kill(c->voice_pid, SIGTERM);
		/* reaped by the next cue_handle/cue_event/cue_close */
		waitpid(c->voice_pid, &st, WNOHANG);
	}
	c->voice_pid = cue_spawn_espeak(NULL, text);
}

static void
cue_reap_direct(struct cues *c)
{
	int st;

	if (c->voice_pid > 0 && cue_reaped(c->voice_pid, &st))
		c->voice_pid = 0;
}

#ifdef HAVE_CANBERRA

/* ---- the worker: the only code that calls libcanberra ---- */

struct cue_voice {
	pid_t pid;		/* espeak-ng writing file */
	char *file;
	uint64_t due;		/* play when the cue before it has ended */
	uint64_t give_up;
};

static void
cue_tell(struct cues *c, char what)
{
	/* The pipe is non-blocking: if it is full, the UI has news enough. */
	if (write(c->pipe[1], &what, 1) < 0) {
	}
}

static void
cue_busy(struct cues *c, bool busy)
{
	atomic_store(&c->busy_since, busy ? cue_now() : 0);
}

/* Give up on sound for good; the fresh queued requests become bells. */
static void
cue_fail(struct cues *c, int err)
{
	uint64_t now = cue_now();
	struct cue_req *r;

	pthread_mutex_lock(&c->mu);
	if (!c->failed) {
		c->failed = true;
		snprintf(c->failmsg, sizeof c->failmsg, "%s", ca_strerror(err));
		cue_tell(c, 'f');
	}
	while (c->qlen > 0) {
		r = &c->q[c->qhead];
		if (now - r->queued < CUE_STALE_MS)
			cue_tell(c, 'b');
		free(r->voice);
		c->qhead = (c->qhead + 1) % CUE_QUEUE_MAX;
		c->qlen--;
	}
	pthread_mutex_unlock(&c->mu);
}

static int
cue_play(struct cues *c, ca_context *ctx, uint32_t id, int snd, const char *file)
{
	int r;

	cue_busy(c, true);
	ca_context_cancel(ctx, id);
	if (snd >= 0)
		r = ca_context_play(ctx, id,
		    CA_PROP_EVENT_ID, cue_sounds[snd].event_id,
		    CA_PROP_MEDIA_FILENAME, file,
		    CA_PROP_CANBERRA_CACHE_CONTROL, "permanent",
		    CA_PROP_MEDIA_ROLE, "event",
		    NULL);
	else
		r = ca_context_play(ctx, id,
		    CA_PROP_MEDIA_FILENAME, file,
		    CA_PROP_CANBERRA_CACHE_CONTROL, "never",
		    CA_PROP_MEDIA_ROLE, "event",
		    NULL);
	cue_busy(c, false);
	return r;
}

/* Length of a PCM WAV file in ms from its header (0 if unknown). */
static unsigned
cue_wav_ms(const char *file)
{
	unsigned char h[44];
	uint32_t rate;
	struct stat st;
	FILE *f;
	size_t n;

	if ((f = fopen(file, "rb")) == NULL)
		return 0;
	n = fread(h, 1, sizeof h, f);
	fclose(f);
	if (n != sizeof h || stat(file, &st) != 0 || memcmp(h, "RIFF", 4) != 0)
		return 0;
	rate = h[28] | h[29] << 8 | h[30] << 16 | (uint32_t)h[31] << 24;
	if (rate == 0)
		return 0;
	return (unsigned)((uint64_t)(st.st_size - 44) * 1000 / rate);
}

static void
cue_voice_drop(struct cue_voice *v)
{
	int st;

	if (v->pid > 0) {
		kill(v->pid, SIGKILL);
		waitpid(v->pid, &st, 0);
		v->pid = 0;
	}
	if (v->file != NULL) {
		unlink(v->file);
		free(v->file);
		v->file = NULL;
	}
}

/* Push the voice on: reap espeak-ng, play its file when it is due.  false on a play failure. */
static bool
cue_voice_step(struct cues *c, ca_context *ctx, struct cue_voice *v)
{
	uint64_t now = cue_now(), end;
	int st, r;

	if (v->file == NULL)
		return true;
	if (v->pid > 0) {
		if (!cue_reaped(v->pid, &st)) {
			if (now >= v->give_up)
				cue_voice_drop(v);
			return true;
		}
		v->pid = 0;
	}
	if (now < v->due)
		return true;
	end = now + cue_wav_ms(v->file);
	r = cue_play(c, ctx, ID_VOICE, -1, v->file);
	/* pulse has opened the file by now: it can go */
	cue_voice_drop(v);
	if (r < 0)
		return false;
	pthread_mutex_lock(&c->mu);
	if (end > c->quiet_at)
		c->quiet_at = end;
	pthread_mutex_unlock(&c->mu);
	return true;
}

static void *
cue_worker(void *arg)
{
	struct cues *c = arg;
	ca_context *ctx = NULL;
	struct cue_voice v = { 0 };
	struct cue_req req, *r;
	struct timespec ts;
	char *vdir = NULL, tmpl[] = "/tmp/backcoach-voice.XXXXXX";
	const char *tmpdir;
	uint64_t now, wake, last_at = 0, end;
	int last_prio = -1, err, i;
	bool played_any = false;
	unsigned nvoice = 0;

	cue_busy(c, true);
	err = ca_context_create(&ctx);
	/* pulse only: the ALSA backend prints "ALSA lib ..." on stderr when it fails */
	if (err == CA_SUCCESS)
		err = ca_context_set_driver(ctx, "pulse");
	if (err == CA_SUCCESS)
		err = ca_context_change_props(ctx,
		    CA_PROP_APPLICATION_NAME, "backcoach",
		    CA_PROP_APPLICATION_ID, "org.backcoach.backcoach",
		    NULL);
	if (err == CA_SUCCESS)
		err = ca_context_open(ctx);
	cue_busy(c, false);
	if (err != CA_SUCCESS) {
		cue_fail(c, err);
		goto out;
	}
	/* Upload every sound now, so that a cue is one short request to the server. */
	for (i = 0; i < CUE_SOUND_COUNT; i++) {
		if (c->paths[i] == NULL)
			continue;
		pthread_mutex_lock(&c->mu);
		if (c->stop) {
			pthread_mutex_unlock(&c->mu);
			goto out;
		}
		pthread_mutex_unlock(&c->mu);
		cue_busy(c, true);
		/* a failure here is not final: play streams the file instead */
		ca_context_cache(ctx, CA_PROP_EVENT_ID, cue_sounds[i].event_id,
		    CA_PROP_MEDIA_FILENAME, c->paths[i],
		    CA_PROP_MEDIA_ROLE, "event", NULL);
		cue_busy(c, false);
	}
	if (c->voice) {
		tmpdir = getenv("TMPDIR");
		if (tmpdir != NULL && *tmpdir == '/' && strlen(tmpdir) < 200) {
			xasprintf(&vdir, "%s/backcoach-voice.XXXXXX", tmpdir);
			if (mkdtemp(vdir) == NULL) {
				free(vdir);
				vdir = NULL;
			}
		}
		if (vdir == NULL && mkdtemp(tmpl) != NULL)
			vdir = xstrdup(tmpl);
	}

	for (;;) {
		pthread_mutex_lock(&c->mu);
		if (!c->stop && c->qlen == 0) {
			if (v.file == NULL)
				pthread_cond_wait(&c->cv, &c->mu);
			else {
				/* a voice is on its way: look at espeak-ng every 10 ms */
				wake = cue_now() + 10;
				if (v.pid == 0 && v.due < wake)
					wake = v.due;
				ts.tv_sec = wake / 1000;
				ts.tv_nsec = (long)(wake % 1000) * 1000000;
				pthread_cond_timedwait(&c->cv, &c->mu, &ts);
			}
		}
		if (c->stop) {
			pthread_mutex_unlock(&c->mu);
			break;
		}
		if (c->qlen == 0) {
			pthread_mutex_unlock(&c->mu);
			if (!cue_voice_step(c, ctx, &v)) {
				cue_fail(c, CA_ERROR_IO);
				break;
			}
			continue;
		}
		/* Give the UI a moment to add the other events of this instant. */
		now = cue_now();
		if (now < c->q[c->qhead].queued + CUE_COALESCE_MS) {
			pthread_mutex_unlock(&c->mu);
			usleep((c->q[c->qhead].queued + CUE_COALESCE_MS - now) * 1000);
			pthread_mutex_lock(&c->mu);
		}
		/* Take the most informative request of the first instant in the queue. */
		req = c->q[c->qhead];
		c->qhead = (c->qhead + 1) % CUE_QUEUE_MAX;
		c->qlen--;
		while (c->qlen > 0 && c->q[c->qhead].at == req.at) {
			r = &c->q[c->qhead];
			if (cue_sounds[r->snd].prio > cue_sounds[req.snd].prio) {
				free(req.voice);
				req = *r;
			} else
				free(r->voice);
			c->qhead = (c->qhead + 1) % CUE_QUEUE_MAX;
			c->qlen--;
		}
		pthread_mutex_unlock(&c->mu);

		now = cue_now();
		if (now - req.queued >= CUE_STALE_MS ||
		    (played_any && req.at == last_at && cue_sounds[req.snd].prio <= last_prio)) {
			free(req.voice);
			continue;
		}
		end = now + cue_sounds[req.snd].ms;
		if (cue_play(c, ctx, ID_CUE, req.snd, c->paths[req.snd]) < 0) {
			/* the UI rings the bell for this one; sound is over for the session */
			cue_tell(c, 'b');
			free(req.voice);
			cue_fail(c, CA_ERROR_IO);
			break;
		}
		played_any = true;
		last_at = req.at;
		last_prio = cue_sounds[req.snd].prio;
		pthread_mutex_lock(&c->mu);
		if (end > c->quiet_at)
			c->quiet_at = end;
		pthread_mutex_unlock(&c->mu);
		if (req.voice != NULL && vdir != NULL) {
			/* a newer line replaces one not yet spoken */
			cue_voice_drop(&v);
			xasprintf(&v.file, "%s/v%u.wav", vdir, nvoice++);
			v.pid = cue_spawn_espeak(v.file, req.voice);
			v.due = end;
			v.give_up = now + CUE_VOICE_MS;
			if (v.pid == 0)
				cue_voice_drop(&v);
			else {
				/* close waits for the voice too (about 1.5 s of speech) */
				pthread_mutex_lock(&c->mu);
				if (c->quiet_at < end + 1500)
					c->quiet_at = end + 1500;
				pthread_mutex_unlock(&c->mu);
			}
		}
		free(req.voice);
	}
out:
	cue_voice_drop(&v);
	if (vdir != NULL) {
		rmdir(vdir);
		free(vdir);
	}
	if (ctx != NULL) {
		cue_busy(c, true);
		ca_context_destroy(ctx);
		cue_busy(c, false);
	}
	return NULL;
}

/* The UI side's watch on the worker: gone bad for good? */
static bool
cue_sound_broken(struct cues *c)
{
	uint64_t since = atomic_load(&c->busy_since);
	bool failed;

	if (!c->have_thread)
		return true;
	pthread_mutex_lock(&c->mu);
	failed = c->failed;
	pthread_mutex_unlock(&c->mu);
	if (failed)
		return true;
	if (since != 0 && cue_now() - since > CUE_STUCK_MS) {
		if (!c->noticed_stuck) {
			c->noticed_stuck = true;
			cue_notice(c, "%s", "the sound server stopped answering, so the cues beep the terminal bell instead");
		}
		return true;
	}
	return false;
}

/* Drop to the bell for the rest of the session. */
static void
cue_degrade(struct cues *c)
{
	c->mode = CUE_BELL;
	pthread_mutex_lock(&c->mu);
	if (c->failed && !c->noticed_stuck)
		cue_notice(c, "cannot play sounds here (%s), so the cues beep "
		    "the terminal bell instead", c->failmsg);
	/* what is still queued will never play: let the worker forget it */
	while (c->qlen > 0) {
		free(c->q[c->qhead].voice);
		c->qhead = (c->qhead + 1) % CUE_QUEUE_MAX;
		c->qlen--;
	}
	pthread_mutex_unlock(&c->mu);
}

static void
cue_enqueue(struct cues *c, int snd, uint64_t at, char *voice)
{
	struct cue_req *r;

	pthread_mutex_lock(&c->mu);
	if (c->qlen == CUE_QUEUE_MAX) {
		/* the worker is far behind: never wait for it */
		pthread_mutex_unlock(&c->mu);
		free(voice);
		return;
	}
	r = &c->q[(c->qhead + c->qlen) % CUE_QUEUE_MAX];
	r->snd = snd;
	r->at = at;
	r->queued = cue_now();
	r->voice = voice;
	c->qlen++;
	pthread_cond_signal(&c->cv);
	pthread_mutex_unlock(&c->mu);
}

#endif /* HAVE_CANBERRA */

struct cues *
cue_open(const struct cue_opts *o)
{
	struct cues *c = xcalloc(1, sizeof *c);
	int i;

	c->o = *o;
	c->mode = o->mode;
	c->pipe[0] = c->pipe[1] = -1;
	c->sounds_dir = xstrdup(o->sounds_dir != NULL ? o->sounds_dir : paths_sounds_dir());
	c->o.sounds_dir = c->sounds_dir;
	for (i = 0; i < CUE_SOUND_COUNT; i++) {
		char *p;

		xasprintf(&p, "%s/%s", c->sounds_dir, cue_sounds[i].file);

		if (access(p, R_OK) == 0)
			c->paths[i] = p;
		else
			free(p);
	}
	if (c->mode != CUE_NONE && o->voice) {
		c->voice = cue_in_path("espeak-ng");
		if (!c->voice)
			cue_notice(c, "%s", "espeak-ng is not installed, so there is no voice; the sounds go on");
	}
#ifndef HAVE_CANBERRA
	if (c->mode == CUE_SOUND)
		c->mode = CUE_BELL;
#else
	if (c->mode != CUE_SOUND)
		return c;
	if (pipe2(c->pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
		c->mode = CUE_BELL;
		return c;
	}
	pthread_mutex_init(&c->mu, NULL);
	{
		pthread_condattr_t ca;

		/* the worker's timed waits are on the monotonic clock */
		pthread_condattr_init(&ca);
		pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
		pthread_cond_init(&c->cv, &ca);
		pthread_condattr_destroy(&ca);
	}
	{
		sigset_t all, old;
		pthread_attr_t attr;

		/* Signals stay with the UI thread (its self-pipe), not the worker. */
		sigfillset(&all);
		pthread_sigmask(SIG_SETMASK, &all, &old);
		pthread_attr_init(&attr);
		c->have_thread = pthread_create(&c->thread, &attr, cue_worker, c) == 0;
		pthread_attr_destroy(&attr);
		pthread_sigmask(SIG_SETMASK, &old, NULL);
	}
	if (!c->have_thread)
		c->mode = CUE_BELL;
#endif
	return c;
}

void
cue_event(struct cues *c, const struct session *s, const struct session_event *ev)
{
	int snd;
	bool superseding;

	if (c == NULL || c->mode == CUE_NONE || c->muted)
		return;
	cue_reap_direct(c);
	snd = cue_sound_for_event(ev->type);
	if (snd < 0)
		return;
	/* One cue per instant: the most informative of the events due together. */
	superseding = false;
	if (c->have_last && ev->at == c->last_at) {
		if (cue_sounds[snd].prio <= c->last_prio)
			return;
		superseding = true;
	}
	c->have_last = true;
	c->last_at = ev->at;
	c->last_prio = cue_sounds[snd].prio;

#ifdef HAVE_CANBERRA
	if (c->mode == CUE_SOUND && cue_sound_broken(c))
		cue_degrade(c);
	if (c->mode == CUE_SOUND && c->paths[snd] != NULL) {
		cue_enqueue(c, snd, ev->at, c->voice ? cue_voice_text(s, ev) : NULL);
		return;
	}
	if (c->mode == CUE_SOUND && !c->noticed_missing) {
		c->noticed_missing = true;
		cue_notice(c, "sound file %s is missing, so that cue beeps the terminal bell",
		    cue_sounds[snd].file);
	}
#endif
	if (!superseding)
		cue_ring(c);
	if (c->voice) {
		char *t = cue_voice_text(s, ev);

		if (t != NULL)
			cue_speak_direct(c, t);
		free(t);
	}
}

void
cue_call(struct cues *c, int snd, const char *voice)
{
	if (c == NULL || c->mode == CUE_NONE || c->muted || snd < 0 ||
	    snd >= CUE_SOUND_COUNT)
		return;
	cue_reap_direct(c);
	c->have_last = false;
#ifdef HAVE_CANBERRA
	if (c->mode == CUE_SOUND && cue_sound_broken(c))
		cue_degrade(c);
	if (c->mode == CUE_SOUND && c->paths[snd] != NULL) {
		cue_enqueue(c, snd, cue_now(),
		    c->voice && voice ? xstrdup(voice) : NULL);
		return;
	}
#endif
	cue_ring(c);
	if (c->voice && voice != NULL)
		cue_speak_direct(c, voice);
}

void
cue_set_muted(struct cues *c, bool muted)
{
	if (c != NULL)
		c->muted = muted;
}

bool
cue_muted(const struct cues *c)
{
	return c == NULL || c->muted;
}

int
cue_fd(const struct cues *c)
{
	return c == NULL ? -1 : c->pipe[0];
}

void
cue_handle(struct cues *c)
{
	char buf[64];
	ssize_t n, i;

	if (c == NULL)
		return;
	cue_reap_direct(c);
	if (c->pipe[0] < 0)
		return;
	while ((n = read(c->pipe[0], buf, sizeof buf)) > 0) {
		for (i = 0; i < n; i++) {
			/* a cue the worker could not play: the bell says it instead */
			if (buf[i] == 'b' && !c->muted && c->mode != CUE_NONE)
				cue_ring(c);
		}
	}
#ifdef HAVE_CANBERRA
	if (c->mode == CUE_SOUND && cue_sound_broken(c))
		cue_degrade(c);
#endif
}

const char *
cue_take_notice(struct cues *c)
{
	if (c == NULL)
		return NULL;
#ifdef HAVE_CANBERRA
	if (c->mode == CUE_SOUND && c->have_thread && cue_sound_broken(c))
		cue_degrade(c);
#endif
	if (c->taken >= c->nnotice)
		return NULL;
	return c->notices[c->taken++];
}

void
cue_close(struct cues *c)
{
	int st;

	if (c == NULL)
		return;
	if (c->voice_pid > 0) {
		uint64_t limit = cue_now() + CUE_DRAIN_MS;

		/*
		 * Bell mode: espeak-ng speaks for itself.  Let the last line
		 * ("well done") finish, as sound mode does, but never wait on a
		 * stuck one longer than that.
		 */
		while (!cue_reaped(c->voice_pid, &st) && cue_now() < limit)
			usleep(10000);
		if (!cue_reaped(c->voice_pid, &st)) {
			kill(c->voice_pid, SIGTERM);
			usleep(20000);
			if (!cue_reaped(c->voice_pid, &st)) {
				kill(c->voice_pid, SIGKILL);
				waitpid(c->voice_pid, &st, 0);
			}
		}
		c->voice_pid = 0;
	}
#ifdef HAVE_CANBERRA
	if (c->have_thread) {
		struct timespec ts;
		uint64_t quiet, limit, now;
		bool joined;

		/* Let the last cue (often "complete") and its voice play out, if sound works. */
		now = cue_now();
		limit = now + CUE_DRAIN_MS;
		for (;;) {
			if (c->mode != CUE_SOUND || cue_sound_broken(c))
				break;
			pthread_mutex_lock(&c->mu);
			quiet = c->qlen > 0 ? now + 20 : c->quiet_at;
			pthread_mutex_unlock(&c->mu);
			now = cue_now();
			if (quiet <= now || now >= limit)
				break;
			usleep(((quiet < limit ? quiet : limit) - now > 20 ? 20 :
			    (quiet < limit ? quiet : limit) - now) * 1000);
		}
		pthread_mutex_lock(&c->mu);
		c->stop = true;
		pthread_cond_signal(&c->cv);
		pthread_mutex_unlock(&c->mu);
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += CUE_JOIN_MS * 1000000L;
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		joined = pthread_timedjoin_np(c->thread, NULL, &ts) == 0;
		if (!joined) {
			/*
			 * Stuck in a call to a frozen server: leave it.  It still
			 * uses c, so c is not freed; the process is about to end.
			 */
			pthread_detach(c->thread);
			return;
		}
		pthread_cond_destroy(&c->cv);
		pthread_mutex_destroy(&c->mu);
		while (c->qlen > 0) {
			free(c->q[c->qhead].voice);
			c->qhead = (c->qhead + 1) % CUE_QUEUE_MAX;
			c->qlen--;
		}
	}
#endif
	if (c->pipe[0] >= 0)
		close(c->pipe[0]);
	if (c->pipe[1] >= 0)
		close(c->pipe[1]);
	for (int i = 0; i < CUE_SOUND_COUNT; i++)
		free(c->paths[i]);
	free(c->sounds_dir);
	free(c);
}
