/*
 * cues.c - the cue player's dispatcher: session events to sounds.
 *
 * Owns the event -> sound table and its priorities, one cue per instant,
 * the choice between sound (cues-sound.c, the libcanberra worker), bell
 * (cues-bell.c) and silence, dropping to the bell for good when sound
 * fails or the server stops answering, the voice that speaks for itself
 * (cues-voice.c) when no sound server is in between, and the notices.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cues-priv.h"
#include "i18n.h"
#include "paths.h"
#include "xmalloc.h"

#define CUE_NOTICES	4

const struct cue_sound_def cue_sounds[CUE_SOUND_COUNT] = {
	[CUE_SND_STEP_START] =  { "step-start.wav",  "backcoach-step-start",  4 },
	[CUE_SND_SIDE_SWITCH] = { "side-switch.wav", "backcoach-side-switch", 5 },
	[CUE_SND_REST_START] =  { "rest-start.wav",  "backcoach-rest-start",  3 },
	[CUE_SND_COUNTDOWN] =   { "countdown.wav",   "backcoach-countdown",   1 },
	[CUE_SND_STEP_END] =    { "step-end.wav",    "backcoach-step-end",    2 },
	[CUE_SND_COMPLETE] =    { "complete.wav",    "backcoach-complete",    6 },
};

struct cues {
	struct cue_opts o;
	char *paths[CUE_SOUND_COUNT];	/* NULL when the file is missing */
	enum cue_mode mode;	/* effective: CUE_SOUND drops to CUE_BELL for good */
	bool muted;
	bool voice;		/* voice wanted and espeak-ng found */
	bool unavailable;	/* sound failed: see cue_sound_unavailable */
	struct cue_player *player;	/* the sound worker (CUE_SOUND) */
	struct cue_speaker speaker;	/* the voice when it speaks for itself */

	/* One cue per instant: the last sound-making event taken. */
	bool have_last;
	uint64_t last_at;
	int last_prio;

	char notices[CUE_NOTICES][256];
	unsigned nnotice, taken;
	bool noticed_missing;
};

uint64_t
cue_now(void)
{
	struct timespec ts;

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

/* Sound still works?  If not, drop to the bell for the rest of the run. */
static void
cue_check(struct cues *c)
{
	char why[96];

	if (c->mode != CUE_SOUND)
		return;
	switch (c->player == NULL ? CUE_PLAYER_FAILED :
	    cue_player_state(c->player, why, sizeof why)) {
	case CUE_PLAYER_OK:
		return;
	case CUE_PLAYER_STUCK:
		cue_notice(c, "%s", _("the sound server stopped answering, so "
		    "the cues beep the terminal bell instead"));
		break;
	case CUE_PLAYER_FAILED:
		if (c->player == NULL)
			snprintf(why, sizeof why, "%s", _("no sound player"));
		c->unavailable = true;
		/* TRANSLATORS: %s is why (the sound library's words) */
		cue_notice(c, _("cannot play sounds here (%s), so the cues beep "
		    "the terminal bell instead"), why);
		break;
	}
	c->mode = CUE_BELL;
	if (c->player != NULL) {
		/* cues it could not play before it gave up: the bell says them */
		if (cue_player_handle(c->player) > 0 && !c->muted)
			cue_bell_ring(c->o.bell, c->o.bell_arg);
		/* what is still queued will never play: let the worker forget it */
		cue_player_forget(c->player);
	}
}

struct cues *
cue_open(const struct cue_opts *o)
{
	struct cues *c = xcalloc(1, sizeof *c);
	const char *dir = o->sounds_dir != NULL ? o->sounds_dir : paths_sounds_dir();
	char *p;
	int i;

	c->o = *o;
	c->o.sounds_dir = NULL;
	c->mode = o->mode;
	c->speaker.volume = o->volume;
	for (i = 0; i < CUE_SOUND_COUNT; i++) {
		xasprintf(&p, "%s/%s", dir, cue_sounds[i].file);
		if (access(p, R_OK) == 0)
			c->paths[i] = p;
		else
			free(p);
	}
	if (o->voice) {
		c->voice = cue_voice_found();
		if (c->voice)
			cue_voice_choose();
		else
			cue_notice(c, "%s", c->mode == CUE_NONE ?
			    _("espeak-ng is not installed, so there is no voice") :
			    _("espeak-ng is not installed, so there is no voice; "
			    "the sounds go on"));
	}
	if (c->mode == CUE_SOUND) {
		c->player = cue_player_open(c->paths, c->voice, o->volume);
		if (c->player == NULL)
			cue_check(c);
	}
	return c;
}

void
cue_event(struct cues *c, const struct session_event *ev, const char *say)
{
	int snd;
	bool superseding;

	if (c == NULL || c->muted || (c->mode == CUE_NONE && !c->voice))
		return;
	cue_speaker_reap(&c->speaker);
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

	cue_check(c);
	if (c->mode == CUE_SOUND && c->paths[snd] != NULL) {
		cue_player_enqueue(c->player, snd, ev->at, c->voice ? say : NULL);
		return;
	}
	if (c->mode == CUE_SOUND && !c->noticed_missing) {
		c->noticed_missing = true;
		cue_notice(c, _("sound file %s is missing, so that cue beeps the "
		    "terminal bell"), cue_sounds[snd].file);
	}
	if (c->mode != CUE_NONE && !superseding)
		cue_bell_ring(c->o.bell, c->o.bell_arg);
	if (c->voice && say != NULL)
		cue_speaker_say(&c->speaker, say);
}

void
cue_call(struct cues *c, int snd, const char *voice)
{
	if (c == NULL || c->muted || snd < 0 || snd >= CUE_SOUND_COUNT ||
	    (c->mode == CUE_NONE && !c->voice))
		return;
	cue_speaker_reap(&c->speaker);
	c->have_last = false;
	cue_check(c);
	if (c->mode == CUE_SOUND && c->paths[snd] != NULL) {
		cue_player_enqueue(c->player, snd, cue_now(), c->voice ? voice : NULL);
		return;
	}
	if (c->mode != CUE_NONE)
		cue_bell_ring(c->o.bell, c->o.bell_arg);
	if (c->voice && voice != NULL)
		cue_speaker_say(&c->speaker, voice);
}

bool
cue_ready(struct cues *c)
{
	if (c == NULL)
		return true;
	cue_check(c);
	return c->mode != CUE_SOUND || c->player == NULL ||
	    cue_player_ready(c->player);
}

bool
cue_speaks(const struct cues *c)
{
	return c != NULL && c->voice && !c->muted;
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
	return c == NULL || c->mode != CUE_SOUND ? -1 : cue_player_fd(c->player);
}

void
cue_handle(struct cues *c)
{
	unsigned bells;

	if (c == NULL)
		return;
	cue_speaker_reap(&c->speaker);
	if (c->player == NULL)
		return;
	/* a cue the worker could not play: the bell says it instead */
	bells = cue_player_handle(c->player);
	if (bells > 0 && !c->muted && c->mode != CUE_NONE)
		cue_bell_ring(c->o.bell, c->o.bell_arg);
	cue_check(c);
}

const char *
cue_take_notice(struct cues *c)
{
	if (c == NULL)
		return NULL;
	cue_check(c);
	if (c->taken >= c->nnotice)
		return NULL;
	return c->notices[c->taken++];
}

bool
cue_sound_unavailable(const struct cues *c)
{
	return c != NULL && c->unavailable;
}

void
cue_close(struct cues *c)
{
	int i;

	if (c == NULL)
		return;
	cue_speaker_finish(&c->speaker, CUE_DRAIN_MS);
	if (c->player != NULL)
		cue_player_close(c->player, c->mode == CUE_SOUND &&
		    cue_player_state(c->player, NULL, 0) == CUE_PLAYER_OK);
	for (i = 0; i < CUE_SOUND_COUNT; i++)
		free(c->paths[i]);
	free(c);
}
