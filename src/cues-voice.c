/*
 * cues-voice.c - the voice: espeak-ng as a child process, either writing a
 * WAV file that the sound worker plays after its cue (so the two never
 * talk over each other), or speaking for itself when there is no sound
 * server in between (bell mode, or no sounds at all).  It speaks the
 * language of the message catalog when espeak-ng has a voice for it.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cues-priv.h"
#include "i18n.h"
#include "xmalloc.h"

extern char **environ;

/* How long espeak-ng may take to list its voices, in real milliseconds. */
#define CUE_VOICE_LIST_MS 3000

/* espeak-ng's voice for the words' language; "" for its default voice. */
static char voice_lang[16];
static bool voice_chosen;

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

/*
 * Start espeak-ng with argv, stdin and stderr on /dev/null, stdout on the
 * write end of pipe out (its read end closed in the child) or /dev/null;
 * its pid, or 0.  The UI may block signals in its threads: the child gets
 * a clean mask.
 */
static pid_t
cue_voice_exec(char **argv, const int *out)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	sigset_t none;
	pid_t pid;

	posix_spawn_file_actions_init(&fa);
	if (out != NULL)
		posix_spawn_file_actions_addclose(&fa, out[0]);
	posix_spawn_file_actions_addopen(&fa, STDIN_FILENO, "/dev/null",
	    O_RDONLY, 0);
	if (out != NULL) {
		posix_spawn_file_actions_adddup2(&fa, out[1], STDOUT_FILENO);
		posix_spawn_file_actions_addclose(&fa, out[1]);
	} else
		posix_spawn_file_actions_addopen(&fa, STDOUT_FILENO,
		    "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, "/dev/null",
	    O_WRONLY, 0);
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

/*
 * Does espeak-ng have a voice for lang?  `espeak-ng --voices=LANG` lists
 * them under a header, the language in the second column ("de" for
 * German); a voice of exactly that language is wanted.
 */
static bool
cue_voice_has(const char *lang)
{
	struct pollfd pfd;
	char opt[32], buf[8192], *line, *save, col[32];
	char *argv[] = { (char *)"espeak-ng", opt, NULL };
	size_t len = 0;
	ssize_t n;
	uint64_t until;
	int fds[2], left;
	bool found = false, first = true;
	pid_t pid;

	snprintf(opt, sizeof opt, "--voices=%s", lang);
	if (pipe(fds) != 0)
		return false;
	pid = cue_voice_exec(argv, fds);
	close(fds[1]);
	if (pid <= 0) {
		close(fds[0]);
		return false;
	}
	/* its whole list, or what came before a stuck one was given up on */
	until = cue_now() + CUE_VOICE_LIST_MS;
	while (len < sizeof buf - 1) {
		left = (int)(until > cue_now() ? until - cue_now() : 0);
		pfd.fd = fds[0];
		pfd.events = POLLIN;
		if (left == 0 || poll(&pfd, 1, left) == 0)
			break;
		n = read(fds[0], buf + len, sizeof buf - 1 - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	buf[len] = '\0';
	close(fds[0]);
	if (!cue_voice_reaped(pid))
		cue_voice_kill(pid);
	for (line = strtok_r(buf, "\n", &save); line != NULL && !found;
	    line = strtok_r(NULL, "\n", &save)) {
		if (first) {
			first = false;	/* the header */
			continue;
		}
		found = sscanf(line, "%*s %31s", col) == 1 &&
		    strcmp(col, lang) == 0;
	}
	return found;
}

void
cue_voice_choose(void)
{
	/*
	 * TRANSLATORS: not words but the code of espeak-ng's voice for this
	 * language, as `espeak-ng --voices` lists it: de for German.  The
	 * voice speaks this catalog's words with it when espeak-ng has it.
	 */
	const char *code = _("en");
	const char *p;

	if (voice_chosen)
		return;
	voice_chosen = true;
	voice_lang[0] = '\0';
	if (strcmp(code, "en") == 0 || *code == '\0' ||
	    strlen(code) >= sizeof voice_lang)
		return;
	for (p = code; *p != '\0'; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '_'))
			return;
	if (cue_voice_has(code))
		snprintf(voice_lang, sizeof voice_lang, "%s", code);
}

pid_t
cue_voice_spawn(const char *wavfile, const char *text, int volume)
{
	char *argv[12], amp[16];
	int i = 0;

	argv[i++] = (char *)"espeak-ng";
	if (volume >= 0 && volume < 100) {
		/* espeak-ng's amplitude: 100 is its default loudness */
		snprintf(amp, sizeof amp, "%d", volume);
		argv[i++] = (char *)"-a";
		argv[i++] = amp;
	}
	if (voice_lang[0] != '\0') {
		argv[i++] = (char *)"-v";
		argv[i++] = voice_lang;
	}
	if (wavfile != NULL) {
		argv[i++] = (char *)"-w";
		argv[i++] = (char *)wavfile;
	}
	/* "--": a step name starting with '-' is text, not an option */
	argv[i++] = (char *)"--";
	argv[i++] = (char *)text;
	argv[i] = NULL;
	return cue_voice_exec(argv, NULL);
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
