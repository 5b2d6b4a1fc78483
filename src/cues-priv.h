/*
 * cues-priv.h - what the parts of the cue player share (cues.c the
 * dispatcher, cues-sound.c the libcanberra worker, cues-bell.c the terminal
 * bell, cues-voice.c espeak-ng).  Nothing outside cues*.c includes it.
 */
#ifndef BC_CUES_PRIV_H
#define BC_CUES_PRIV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "cues.h"

/*
 * The cue table (cues.c): one sound per event kind, with the priority that
 * decides which one plays when several events fall due at the same instant
 * (a step's end is also the next step's start: the start says more).
 */
struct cue_sound_def {
	const char *file;
	const char *event_id;	/* its name in the server's sample cache */
	int prio;		/* higher wins at the same instant */
};
extern const struct cue_sound_def cue_sounds[CUE_SOUND_COUNT];

/* Real monotonic ms, even when a test runs the session on a scaled clock. */
uint64_t cue_now(void);

/* cues-bell.c: ring the bell through the face's hook, or BEL on stdout. */
void cue_bell_ring(void (*bell)(void *), void *arg);

/* cues-voice.c: espeak-ng. */
bool cue_voice_found(void);
/*
 * Choose the voice's language, once, before any voice is spawned: the
 * message catalog's, when espeak-ng has a voice for it (else its default).
 */
void cue_voice_choose(void);
/*
 * Start espeak-ng saying text, into wavfile or (NULL) out of the speakers
 * itself, at amplitude volume (0-100 of espeak-ng's default); its pid or 0.
 */
pid_t cue_voice_spawn(const char *wavfile, const char *text, int volume);
/* The child has ended (and is reaped), or was never ours. */
bool cue_voice_reaped(pid_t pid);
/* End it now (SIGKILL) and reap it. */
void cue_voice_kill(pid_t pid);
/* A voice that speaks for itself: a newer line cuts an older one. */
struct cue_speaker {
	pid_t pid;		/* 0 if none */
	int volume;
};
void cue_speaker_say(struct cue_speaker *sp, const char *text);
void cue_speaker_reap(struct cue_speaker *sp);
/* Let the last line finish (at most limit_ms), then end it. */
void cue_speaker_finish(struct cue_speaker *sp, unsigned limit_ms);

/* cues-sound.c: the libcanberra worker thread. */
struct cue_player;
/*
 * Start the worker for the sound files in paths (NULL where missing),
 * speaking through voice files when voice; volume 0-100.  NULL when there is
 * no libcanberra or no thread: the bell instead.
 */
struct cue_player *cue_player_open(char *const paths[CUE_SOUND_COUNT],
    bool voice, int volume);
void cue_player_enqueue(struct cue_player *p, int snd, uint64_t at,
    const char *voice);
enum cue_player_state {
	CUE_PLAYER_OK,
	CUE_PLAYER_FAILED,	/* open or play failed: why says why */
	CUE_PLAYER_STUCK	/* inside one call to the server for too long */
};
enum cue_player_state cue_player_state(struct cue_player *p, char *why,
    size_t whysize);
/* Connected with the sounds uploaded, or failed, or stuck: no longer opening. */
bool cue_player_ready(struct cue_player *p);
/* Drop what is queued (it will never play). */
void cue_player_forget(struct cue_player *p);
int cue_player_fd(const struct cue_player *p);
/* Read the worker's news: how many cues it could not play (ring the bell). */
unsigned cue_player_handle(struct cue_player *p);
/*
 * Let what is playing end when drain (at most CUE_DRAIN_MS), stop the
 * worker and free; a worker stuck in a call is left behind (never waits
 * more than ~200 ms for it).
 */
void cue_player_close(struct cue_player *p, bool drain);

/* How long cue_close lets the last sound (and voice) play out, at most. */
#define CUE_DRAIN_MS	2500

#endif
