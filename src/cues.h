/*
 * cues.h - the audio cue player.  Turns session events into sounds
 * (libcanberra on a worker thread of its own: a sound server can block a
 * call for 30 s), falls back to the terminal bell, then to silence, and
 * speaks the words it is handed through espeak-ng.  Knows the events and
 * their sounds, not the session: the runner says what the voice says.
 */
#ifndef BC_CUES_H
#define BC_CUES_H

#include <stdbool.h>

#include "session.h"

enum cue_mode {
	CUE_SOUND,		/* libcanberra, bell if that fails */
	CUE_BELL,		/* the terminal bell only */
	CUE_NONE		/* no sound and no bell (the voice is separate) */
};

struct cue_opts {
	enum cue_mode mode;
	/* Also speak through espeak-ng; independent of mode (CUE_NONE too). */
	bool voice;
	int volume;		/* of the sounds and the voice, 0-100 (0: silent; set it) */
	const char *sounds_dir;	/* where the .wav files are */
	/* Rings the terminal bell; called on the caller's (the face's) thread only. */
	void (*bell)(void *arg);
	void *bell_arg;
};

struct cues;

/* Never fails: the worst case is silence.  Starts the worker; never blocks. */
struct cues *cue_open(const struct cue_opts *o);
/*
 * Play the cue for an event (non-blocking), and say `say` after it (NULL:
 * nothing) when the voice is on.  Of the events due at the same instant
 * (ev->at) only the highest-priority one sounds.
 */
void cue_event(struct cues *c, const struct session_event *ev, const char *say);
/*
 * The player is done opening: sound is connected with its sounds uploaded,
 * or the cues have gone to the bell or silence.  Until then a cue waits
 * in the queue (and is dropped if it goes stale there).
 */
bool cue_ready(struct cues *c);
/* The voice is on and not muted: worth building the words for cue_event. */
bool cue_speaks(const struct cues *c);
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
 * Sound was asked for and cannot be played here (no sound server, no
 * PulseAudio backend, no libcanberra): the cues went to the bell.  Not set
 * for a server that stopped answering.
 */
bool cue_sound_unavailable(const struct cues *c);
/*
 * Stop the worker (never waits more than ~200 ms on a stuck server).  With
 * sound working, first lets the last cue and its voice play out (at most
 * ~2.5 s), so that "complete" is heard when the program ends right after.
 * Likewise lets a voice line that speaks for itself finish (at most
 * ~2.5 s), then ends espeak-ng.
 */
void cue_close(struct cues *c);

/*
 * The cue table, for tests and tools.  One sound per event kind; events
 * due at the same instant play only the highest-priority one:
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

#endif
