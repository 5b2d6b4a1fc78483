/*
 * cues-sound.c - the sound worker: the only thread that ever calls
 * libcanberra.  Anything that can block (open, cache, play: 30 s each on a
 * frozen server) runs here; the face's thread only enqueues, and watches
 * the worker so that it can give up on a stuck one.  The worker chooses
 * the most informative cue of each instant, drops cues gone stale, plays
 * the voice's file after the cue it belongs to, and reports a cue it could
 * not play through a pipe (the face rings the bell for it).
 *
 * When a sound ends is computed from the WAV file's header, not taken from
 * libcanberra's finish callback: measured with the pulse driver in a
 * private PulseAudio server (tests/audio-sandbox.sh, libcanberra 0.30), the
 * callback came 2003-2009 ms after play for every sound whatever its length
 * (1.84 s late for the 0.165 s countdown, 1.38 s for the 0.623 s complete)
 * when nothing read the null sink at a low latency, and 16-20 ms late with
 * a 10 ms recorder on it.  It waits for the sink's buffer, not the sound:
 * a voice line would come seconds after its cue, and closing would wait
 * for nothing.  ca_context_playing() says "playing" until that same moment.
 */
#include "config.h"

#include <stdio.h>

#include "cues-priv.h"
#include "i18n.h"

#ifdef HAVE_CANBERRA

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <canberra.h>

#include "xmalloc.h"

/* Requests older than this when the worker gets to them are dropped: a late cue misleads. */
#define CUE_STALE_MS	400
/* How long the worker waits for more events of the same instant before choosing one. */
#define CUE_COALESCE_MS	4
/*
 * A worker inside one libcanberra call for longer than this is stuck.  A
 * frozen server blocks a call for 30 s; a working one on a loaded machine
 * took over 1 s to connect and upload the sounds (two test suites at once
 * on two cores), and 1 s then turned the sound off for the whole session.
 */
#define CUE_STUCK_MS	3000
/* cue_player_close joins a stuck worker for at most this long. */
#define CUE_JOIN_MS	200
/* espeak-ng gets this long to write its file. */
#define CUE_VOICE_MS	3000
/* A sound whose length cannot be read counts as this long. */
#define CUE_DEFAULT_MS	800
#define CUE_QUEUE_MAX	16

enum { ID_CUE = 1, ID_VOICE = 2 };

struct cue_req {
	int snd;
	uint64_t at;		/* the event's nominal time: same at = same instant */
	uint64_t queued;	/* real monotonic ms when enqueued */
	char *voice;		/* text to speak after it, or NULL */
};

struct cue_voice {
	pid_t pid;		/* espeak-ng writing file */
	char *file;
	uint64_t due;		/* play when the cue before it has ended */
	uint64_t give_up;
};

struct cue_player {
	char *paths[CUE_SOUND_COUNT];
	unsigned ms[CUE_SOUND_COUNT];	/* each sound's length, from its file */
	bool voice;
	int volume;
	char db[16];			/* CA_PROP_CANBERRA_VOLUME for volume */
	int pipe[2];			/* worker -> face: 'b' ring the bell */
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
	/* Written by the worker around every libcanberra call, read by the face's side. */
	_Atomic uint64_t busy_since;
	/* Set by the worker once connected and the sounds uploaded. */
	atomic_bool opened;
};

/* Length of a PCM WAV file in ms from its header (0 if unknown). */
static unsigned
cue_wav_ms(const char *file)
{
	unsigned char h[44];
	uint32_t rate, bytes;
	unsigned ch, bits;
	struct stat st;
	FILE *f;
	size_t n;

	if ((f = fopen(file, "rb")) == NULL)
		return 0;
	n = fread(h, 1, sizeof h, f);
	fclose(f);
	if (n != sizeof h || stat(file, &st) != 0 || memcmp(h, "RIFF", 4) != 0 ||
	    memcmp(h + 8, "WAVE", 4) != 0)
		return 0;
	rate = h[24] | h[25] << 8 | h[26] << 16 | (uint32_t)h[27] << 24;
	ch = h[22] | h[23] << 8;
	bits = h[34] | h[35] << 8;
	bytes = rate * ch * ((bits + 7) / 8);
	if (bytes == 0 || st.st_size <= 44)
		return 0;
	return (unsigned)((uint64_t)(st.st_size - 44) * 1000 / bytes);
}

static void
cue_tell(struct cue_player *p, char what)
{
	/* The pipe is non-blocking: if it is full, the face has news enough. */
	if (write(p->pipe[1], &what, 1) < 0) {
	}
}

static void
cue_busy(struct cue_player *p, bool busy)
{
	atomic_store(&p->busy_since, busy ? cue_now() : 0);
}

static void
cue_queue_clear(struct cue_player *p, bool bells)
{
	uint64_t now = cue_now();
	struct cue_req *r;

	while (p->qlen > 0) {
		r = &p->q[p->qhead];
		if (bells && now - r->queued < CUE_STALE_MS)
			cue_tell(p, 'b');
		free(r->voice);
		p->qhead = (p->qhead + 1) % CUE_QUEUE_MAX;
		p->qlen--;
	}
}

/* Give up on sound for good; the fresh queued requests become bells. */
static void
cue_fail(struct cue_player *p, int err)
{
	pthread_mutex_lock(&p->mu);
	if (!p->failed) {
		p->failed = true;
		snprintf(p->failmsg, sizeof p->failmsg, "%s", ca_strerror(err));
		/* wakes the face, which then looks at the state */
		cue_tell(p, 'f');
	}
	cue_queue_clear(p, true);
	pthread_mutex_unlock(&p->mu);
}

static void
cue_quiet_at(struct cue_player *p, uint64_t end)
{
	pthread_mutex_lock(&p->mu);
	if (end > p->quiet_at)
		p->quiet_at = end;
	pthread_mutex_unlock(&p->mu);
}

static int
cue_play(struct cue_player *p, ca_context *ctx, uint32_t id, int snd,
    const char *file)
{
	int r;

	cue_busy(p, true);
	ca_context_cancel(ctx, id);
	if (snd >= 0)
		r = ca_context_play(ctx, id,
		    CA_PROP_EVENT_ID, cue_sounds[snd].event_id,
		    CA_PROP_MEDIA_FILENAME, file,
		    CA_PROP_CANBERRA_CACHE_CONTROL, "permanent",
		    CA_PROP_CANBERRA_VOLUME, p->db,
		    CA_PROP_MEDIA_ROLE, "event",
		    NULL);
	else
		r = ca_context_play(ctx, id,
		    CA_PROP_MEDIA_FILENAME, file,
		    CA_PROP_CANBERRA_CACHE_CONTROL, "never",
		    CA_PROP_CANBERRA_VOLUME, p->db,
		    CA_PROP_MEDIA_ROLE, "event",
		    NULL);
	cue_busy(p, false);
	return r;
}

static void
cue_voice_drop(struct cue_voice *v)
{
	if (v->pid > 0) {
		cue_voice_kill(v->pid);
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
cue_voice_step(struct cue_player *p, ca_context *ctx, struct cue_voice *v)
{
	uint64_t now = cue_now(), end;
	int r;

	if (v->file == NULL)
		return true;
	if (v->pid > 0) {
		if (!cue_voice_reaped(v->pid)) {
			if (now >= v->give_up)
				cue_voice_drop(v);
			return true;
		}
		v->pid = 0;
	}
	if (now < v->due)
		return true;
	end = now + cue_wav_ms(v->file);
	r = cue_play(p, ctx, ID_VOICE, -1, v->file);
	/* pulse has opened the file by now: it can go */
	cue_voice_drop(v);
	if (r < 0)
		return false;
	cue_quiet_at(p, end);
	return true;
}

/* A private directory for the voice's files, or NULL. */
static char *
cue_voice_dir(void)
{
	char *vdir = NULL, tmpl[] = "/tmp/backcoach-voice.XXXXXX";
	const char *tmpdir = getenv("TMPDIR");

	if (tmpdir != NULL && *tmpdir == '/' && strlen(tmpdir) < 200) {
		xasprintf(&vdir, "%s/backcoach-voice.XXXXXX", tmpdir);
		if (mkdtemp(vdir) == NULL) {
			free(vdir);
			vdir = NULL;
		}
	}
	if (vdir == NULL && mkdtemp(tmpl) != NULL)
		vdir = xstrdup(tmpl);
	return vdir;
}

/* Open the context and upload every sound; false (and failed) if it cannot play. */
static bool
cue_worker_open(struct cue_player *p, ca_context **ctxp)
{
	ca_context *ctx = NULL;
	int err, i;

	cue_busy(p, true);
	err = ca_context_create(&ctx);
	*ctxp = ctx;
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
	cue_busy(p, false);
	if (err != CA_SUCCESS) {
		cue_fail(p, err);
		return false;
	}
	/* Upload every sound now, so that a cue is one short request to the server. */
	for (i = 0; i < CUE_SOUND_COUNT; i++) {
		if (p->paths[i] == NULL)
			continue;
		pthread_mutex_lock(&p->mu);
		if (p->stop) {
			pthread_mutex_unlock(&p->mu);
			return false;
		}
		pthread_mutex_unlock(&p->mu);
		cue_busy(p, true);
		/* a failure here is not final: play streams the file instead */
		ca_context_cache(ctx, CA_PROP_EVENT_ID, cue_sounds[i].event_id,
		    CA_PROP_MEDIA_FILENAME, p->paths[i],
		    CA_PROP_MEDIA_ROLE, "event", NULL);
		cue_busy(p, false);
	}
	return true;
}

/*
 * Wait for a request (or the voice's next moment); with mu held on return.
 * false when told to stop.
 */
static bool
cue_worker_wait(struct cue_player *p, const struct cue_voice *v)
{
	struct timespec ts;
	uint64_t wake;

	pthread_mutex_lock(&p->mu);
	if (!p->stop && p->qlen == 0) {
		if (v->file == NULL)
			pthread_cond_wait(&p->cv, &p->mu);
		else {
			/* a voice is on its way: look at espeak-ng every 10 ms */
			wake = cue_now() + 10;
			if (v->pid == 0 && v->due < wake)
				wake = v->due;
			ts.tv_sec = wake / 1000;
			ts.tv_nsec = (long)(wake % 1000) * 1000000;
			pthread_cond_timedwait(&p->cv, &p->mu, &ts);
		}
	}
	return !p->stop;
}

/* Take the most informative request of the first instant in the queue (mu held). */
static struct cue_req
cue_worker_take(struct cue_player *p)
{
	struct cue_req req, *r;
	uint64_t now = cue_now();

	/* Give the face a moment to add the other events of this instant. */
	if (now < p->q[p->qhead].queued + CUE_COALESCE_MS) {
		pthread_mutex_unlock(&p->mu);
		usleep((p->q[p->qhead].queued + CUE_COALESCE_MS - now) * 1000);
		pthread_mutex_lock(&p->mu);
	}
	req = p->q[p->qhead];
	p->qhead = (p->qhead + 1) % CUE_QUEUE_MAX;
	p->qlen--;
	while (p->qlen > 0 && p->q[p->qhead].at == req.at) {
		r = &p->q[p->qhead];
		if (cue_sounds[r->snd].prio > cue_sounds[req.snd].prio) {
			free(req.voice);
			req = *r;
		} else
			free(r->voice);
		p->qhead = (p->qhead + 1) % CUE_QUEUE_MAX;
		p->qlen--;
	}
	/*
	 * Its end, before mu is let go: cue_player_close must never see an
	 * empty queue and an old quiet_at while this one is being played.
	 */
	if (cue_now() + p->ms[req.snd] > p->quiet_at)
		p->quiet_at = cue_now() + p->ms[req.snd];
	return req;
}

static void *
cue_worker(void *arg)
{
	struct cue_player *p = arg;
	ca_context *ctx = NULL;
	struct cue_voice v = { 0 };
	struct cue_req req;
	char *vdir = NULL;
	uint64_t now, last_at = 0, end;
	int last_prio = -1;
	bool played_any = false;
	unsigned nvoice = 0;

	if (!cue_worker_open(p, &ctx))
		goto out;
	atomic_store(&p->opened, true);
	if (p->voice)
		vdir = cue_voice_dir();

	for (;;) {
		if (!cue_worker_wait(p, &v)) {
			pthread_mutex_unlock(&p->mu);
			break;
		}
		if (p->qlen == 0) {
			pthread_mutex_unlock(&p->mu);
			if (!cue_voice_step(p, ctx, &v)) {
				cue_fail(p, CA_ERROR_IO);
				break;
			}
			continue;
		}
		req = cue_worker_take(p);
		pthread_mutex_unlock(&p->mu);

		now = cue_now();
		if (now - req.queued >= CUE_STALE_MS ||
		    (played_any && req.at == last_at && cue_sounds[req.snd].prio <= last_prio)) {
			free(req.voice);
			continue;
		}
		end = now + p->ms[req.snd];
		if (cue_play(p, ctx, ID_CUE, req.snd, p->paths[req.snd]) < 0) {
			/* the face rings the bell for this one; sound is over for the session */
			cue_tell(p, 'b');
			free(req.voice);
			cue_fail(p, CA_ERROR_IO);
			break;
		}
		played_any = true;
		last_at = req.at;
		last_prio = cue_sounds[req.snd].prio;
		cue_quiet_at(p, end);
		if (req.voice != NULL && vdir != NULL) {
			/* a newer line replaces one not yet spoken */
			cue_voice_drop(&v);
			xasprintf(&v.file, "%s/v%u.wav", vdir, nvoice++);
			v.pid = cue_voice_spawn(v.file, req.voice, -1);
			v.due = end;
			v.give_up = now + CUE_VOICE_MS;
			if (v.pid == 0)
				cue_voice_drop(&v);
			else	/* close waits for the voice too (about 1.5 s of speech) */
				cue_quiet_at(p, end + 1500);
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
		cue_busy(p, true);
		ca_context_destroy(ctx);
		cue_busy(p, false);
	}
	return NULL;
}

struct cue_player *
cue_player_open(char *const paths[CUE_SOUND_COUNT], bool voice, int volume)
{
	struct cue_player *p = xcalloc(1, sizeof *p);
	pthread_condattr_t ca;
	pthread_attr_t attr;
	sigset_t all, old;
	int i, err;

	for (i = 0; i < CUE_SOUND_COUNT; i++) {
		if (paths[i] == NULL)
			continue;
		p->paths[i] = xstrdup(paths[i]);
		p->ms[i] = cue_wav_ms(paths[i]);
		if (p->ms[i] == 0)
			p->ms[i] = CUE_DEFAULT_MS;
	}
	p->voice = voice;
	p->volume = volume < 0 || volume > 100 ? 100 : volume;
	/*
	 * libcanberra's volume is in dB.  0-100 is read as the desktop's
	 * volume controls read it (PulseAudio's cubic scale: amplitude is
	 * (v/100)^3), so 50 is about -18 dB; 0 is far below hearing.
	 */
	snprintf(p->db, sizeof p->db, "%.2f", p->volume == 0 ? -200.0 :
	    60.0 * log10(p->volume / 100.0));
	if (pipe2(p->pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
		for (i = 0; i < CUE_SOUND_COUNT; i++)
			free(p->paths[i]);
		free(p);
		return NULL;
	}
	pthread_mutex_init(&p->mu, NULL);
	/* the worker's timed waits are on the monotonic clock */
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&p->cv, &ca);
	pthread_condattr_destroy(&ca);
	/* Signals stay with the face's thread (its self-pipe), not the worker. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	pthread_attr_init(&attr);
	err = pthread_create(&p->thread, &attr, cue_worker, p);
	pthread_attr_destroy(&attr);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (err != 0) {
		pthread_cond_destroy(&p->cv);
		pthread_mutex_destroy(&p->mu);
		close(p->pipe[0]);
		close(p->pipe[1]);
		for (i = 0; i < CUE_SOUND_COUNT; i++)
			free(p->paths[i]);
		free(p);
		return NULL;
	}
	return p;
}

void
cue_player_enqueue(struct cue_player *p, int snd, uint64_t at, const char *voice)
{
	struct cue_req *r;

	pthread_mutex_lock(&p->mu);
	if (p->qlen == CUE_QUEUE_MAX) {
		/* the worker is far behind: never wait for it */
		pthread_mutex_unlock(&p->mu);
		return;
	}
	r = &p->q[(p->qhead + p->qlen) % CUE_QUEUE_MAX];
	r->snd = snd;
	r->at = at;
	r->queued = cue_now();
	r->voice = voice != NULL && p->voice ? xstrdup(voice) : NULL;
	p->qlen++;
	pthread_cond_signal(&p->cv);
	pthread_mutex_unlock(&p->mu);
}

enum cue_player_state
cue_player_state(struct cue_player *p, char *why, size_t whysize)
{
	uint64_t since = atomic_load(&p->busy_since);
	bool failed;

	pthread_mutex_lock(&p->mu);
	failed = p->failed;
	if (failed && why != NULL)
		snprintf(why, whysize, "%s", p->failmsg);
	pthread_mutex_unlock(&p->mu);
	if (failed)
		return CUE_PLAYER_FAILED;
	if (since != 0 && cue_now() - since > CUE_STUCK_MS)
		return CUE_PLAYER_STUCK;
	return CUE_PLAYER_OK;
}

bool
cue_player_ready(struct cue_player *p)
{
	return atomic_load(&p->opened) ||
	    cue_player_state(p, NULL, 0) != CUE_PLAYER_OK;
}

void
cue_player_forget(struct cue_player *p)
{
	pthread_mutex_lock(&p->mu);
	cue_queue_clear(p, false);
	pthread_mutex_unlock(&p->mu);
}

int
cue_player_fd(const struct cue_player *p)
{
	return p == NULL ? -1 : p->pipe[0];
}

unsigned
cue_player_handle(struct cue_player *p)
{
	char buf[64];
	ssize_t n, i;
	unsigned bells = 0;

	while ((n = read(p->pipe[0], buf, sizeof buf)) > 0)
		for (i = 0; i < n; i++)
			if (buf[i] == 'b')
				bells++;
	return bells;
}

void
cue_player_close(struct cue_player *p, bool drain)
{
	struct timespec ts;
	uint64_t quiet, limit, now, wait;
	int i;

	/* Let the last cue (often "complete") and its voice play out. */
	now = cue_now();
	limit = now + CUE_DRAIN_MS;
	while (drain && cue_player_state(p, NULL, 0) == CUE_PLAYER_OK) {
		pthread_mutex_lock(&p->mu);
		quiet = p->qlen > 0 ? now + 20 : p->quiet_at;
		pthread_mutex_unlock(&p->mu);
		now = cue_now();
		if (quiet > limit)
			quiet = limit;
		if (quiet <= now)
			break;
		wait = quiet - now > 20 ? 20 : quiet - now;
		usleep((useconds_t)wait * 1000);
	}
	pthread_mutex_lock(&p->mu);
	p->stop = true;
	pthread_cond_signal(&p->cv);
	pthread_mutex_unlock(&p->mu);
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_nsec += CUE_JOIN_MS * 1000000L;
	if (ts.tv_nsec >= 1000000000L) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000L;
	}
	if (pthread_timedjoin_np(p->thread, NULL, &ts) != 0) {
		/*
		 * Stuck in a call to a frozen server: leave it.  It still
		 * uses p, so p is not freed; the process is about to end.
		 */
		pthread_detach(p->thread);
		return;
	}
	pthread_cond_destroy(&p->cv);
	pthread_mutex_destroy(&p->mu);
	cue_queue_clear(p, false);
	close(p->pipe[0]);
	close(p->pipe[1]);
	for (i = 0; i < CUE_SOUND_COUNT; i++)
		free(p->paths[i]);
	free(p);
}

#else /* !HAVE_CANBERRA */

struct cue_player *
cue_player_open(char *const paths[CUE_SOUND_COUNT], bool voice, int volume)
{
	(void)paths;
	(void)voice;
	(void)volume;
	return NULL;
}

void
cue_player_enqueue(struct cue_player *p, int snd, uint64_t at, const char *voice)
{
	(void)p;
	(void)snd;
	(void)at;
	(void)voice;
}

enum cue_player_state
cue_player_state(struct cue_player *p, char *why, size_t whysize)
{
	(void)p;
	if (why != NULL)
		snprintf(why, whysize, "%s", _("built without libcanberra"));
	return CUE_PLAYER_FAILED;
}

bool
cue_player_ready(struct cue_player *p)
{
	(void)p;
	return true;
}

void
cue_player_forget(struct cue_player *p)
{
	(void)p;
}

int
cue_player_fd(const struct cue_player *p)
{
	(void)p;
	return -1;
}

unsigned
cue_player_handle(struct cue_player *p)
{
	(void)p;
	return 0;
}

void
cue_player_close(struct cue_player *p, bool drain)
{
	(void)p;
	(void)drain;
}

#endif /* HAVE_CANBERRA */
