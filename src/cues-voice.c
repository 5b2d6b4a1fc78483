/*
 * cues-voice.c - the voice: espeak-ng as a child process, either writing a
 * WAV file that the sound worker plays after its cue (so the two never
 * talk over each other), or speaking for itself when there is no sound
 * server in between (bell mode, or no sounds at all).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cues-priv.h"
#include "xmalloc.h"

extern char **environ;

bool
cue_voice_found(void)
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
			f = xstrdup("./espeak-ng");
		else
			xasprintf(&f, "%.*s/espeak-ng", (int)(e - p), p);
		found = access(f, X_OK) == 0;
		free(f);
		p = *e == ':' ? e + 1 : e;
	}
	return found;
}

pid_t
cue_voice_spawn(const char *wavfile, const char *text, int volume)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	sigset_t none;
	char *argv[10], amp[16];
	int i = 0;
	pid_t pid;

	argv[i++] = (char *)"espeak-ng";
	if (volume >= 0 && volume < 100) {
		/* espeak-ng's amplitude: 100 is its default loudness */
		snprintf(amp, sizeof amp, "%d", volume);
		argv[i++] = (char *)"-a";
		argv[i++] = amp;
	}
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

bool
cue_voice_reaped(pid_t pid)
{
	pid_t r;
	int st;

	do
		r = waitpid(pid, &st, WNOHANG);
	while (r < 0 && errno == EINTR);
	/* r < 0 (ECHILD): someone else reaped it */
	return r != 0;
}

void
cue_voice_kill(pid_t pid)
{
	int st;

	if (pid <= 0)
		return;
	kill(pid, SIGKILL);
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
}

void
cue_speaker_say(struct cue_speaker *sp, const char *text)
{
	if (sp->pid > 0 && !cue_voice_reaped(sp->pid)) {
		kill(sp->pid, SIGTERM);
		/* reaped by the next cue_speaker_reap or cue_speaker_finish */
		cue_voice_reaped(sp->pid);
	}
	sp->pid = cue_voice_spawn(NULL, text, sp->volume);
}

void
cue_speaker_reap(struct cue_speaker *sp)
{
	if (sp->pid > 0 && cue_voice_reaped(sp->pid))
		sp->pid = 0;
}

void
cue_speaker_finish(struct cue_speaker *sp, unsigned limit_ms)
{
	uint64_t limit = cue_now() + limit_ms;

	if (sp->pid <= 0)
		return;
	/*
	 * Let the last line ("well done") finish, as sound mode does, but
	 * never wait on a stuck one longer than that.
	 */
	while (!cue_voice_reaped(sp->pid) && cue_now() < limit)
		usleep(10000);
	if (!cue_voice_reaped(sp->pid)) {
		kill(sp->pid, SIGTERM);
		usleep(20000);
		if (!cue_voice_reaped(sp->pid))
			cue_voice_kill(sp->pid);
	}
	sp->pid = 0;
}
