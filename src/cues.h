/*
 * cues.h - the audio cue player.  Turns session events into sounds through
 * libcanberra on a worker thread of its own (a sound server can block a call
 * for 30 s), falls back to the terminal bell, then to silence.  Knows the
 * events, not the session's rules.
 */
#ifndef BC_CUES_H
#define BC_CUES_H

#include <stdbool.h>

#include "session.h"

enum cue_mode {
	CUE_SOUND,		/* libcanberra, bell if that fails */
	CUE_BELL,		/* the terminal bell only */
	CUE_NONE		/* silence */
};

struct cue_opts {
	enum cue_mode mode;
	bool voice;		/* also speak through espeak-ng */
	const char *sounds_dir;	/* where the .oga/.wav files are */
	/* Rings the terminal bell; called on the caller's (the UI's) thread only. */
	void (*bell)(void *arg);
	void *bell_arg;
};

struct cues;

/* Never fails: the worst case is silence.  Starts the worker; never blocks. */
struct cues *cue_open(const struct cue_opts *o);
/* Play the cue for an event (non-blocking).  Uses s for step names (voice). */
void cue_event(struct cues *c, const struct session *s, const struct session_event *ev);
/*
 * A cue outside a session (the reminder's call): sound snd (enum
 * cue_sound_id) and, with voice on, the words of voice (NULL for none).
 * Falls back to the bell like cue_event.  Non-blocking.
 */
void cue_call(struct cues *c, int snd, const char *voice);
void cue_set_muted(struct cues *c, bool muted);
bool cue_muted(const struct cues *c);
/* A descriptor to poll for the worker's news (-1 if none), and its handler. */
int cue_fd(const struct cues *c);
void cue_handle(struct cues *c);
/*
 * A one-line notice for the user, once (e.g. "no sound server: using the
 * terminal bell"), or NULL.  Cleared by reading.
 */
const char *cue_take_notice(struct cues *c);
/*
 * Stop the worker (never waits more than ~200 ms on a stuck server).  With
 * sound working, first lets the last cue and its voice play out (at most
 * ~2.5 s), so that "complete" is heard when the program ends right after.
 * In bell mode it likewise lets a voice line still being spoken finish (at
 * most ~2.5 s), then ends espeak-ng.
 */
void cue_close(struct cues *c);

/*
 * Added by cues.c: the cue table, for tests and tools.  One sound per event
 * kind; events due at the same instant play only the highest-priority one:
 * complete > side-switch > step-start > rest-start > step-end > countdown.
 * ready, paused, resumed and abandoned have no cue.
 */
enum cue_sound_id {
	CUE_SND_STEP_START,
	CUE_SND_SIDE_SWITCH,
	CUE_SND_REST_START,
	CUE_SND_COUNTDOWN,
	CUE_SND_STEP_END,
	CUE_SND_COMPLETE,
	CUE_SOUND_COUNT
};
/* The sound for an event type, or -1 when it has none. */
int cue_sound_for_event(enum session_event_type t);
/* Its file name in the sounds dir ("step-start.wav"), or NULL. */
const char *cue_sound_file(int snd);
/*
 * What --voice says for an event ("Side bend, left side", "left side,
 * round 2", "right side", "rest", "well done"), or NULL for none.  s gives
 * the step names and sides; the caller frees the result.
 */
char *cue_voice_text(const struct session *s, const struct session_event *ev);

#endif
