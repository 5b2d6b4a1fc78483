/*
 * notify.c - desktop notifications and tmux messages (notify.h).  A call
 * forks twice: the first child forks the notifier and exits at once, so the
 * caller waits only for a fork and leaves no zombie; the notifier has
 * stdin, stdout and stderr on /dev/null (its complaints never reach the
 * screen) and an alarm that ends it after NOTIFY_TIMEOUT seconds, since a
 * D-Bus call to a hung server waits 25 s for its reply.
 */
#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "notify.h"
#include "xmalloc.h"

/* Is prog an executable in PATH? */
static bool
notify_in_path(const char *prog)
{
	const char *path = getenv("PATH"), *p, *e;
	char buf[4096];
	size_t n;

	if (path == NULL || *path == '\0')
		path = "/usr/bin:/bin";
	for (p = path; *p; p = *e ? e + 1 : e) {
		e = strchr(p, ':');
		if (e == NULL)
			e = p + strlen(p);
		n = (size_t)(e - p);
		if (n == 0 || n + strlen(prog) + 2 > sizeof buf)
			continue;
		snprintf(buf, sizeof buf, "%.*s/%s", (int)n, p, prog);
		if (access(buf, X_OK) == 0)
			return true;
	}
	return false;
}

static bool
notify_spawn(char *const argv[])
{
	pid_t pid, kid;
	int fd, st;
	sigset_t all;

	if ((pid = fork()) < 0)
		return false;
	if (pid == 0) {
		if ((kid = fork()) != 0)
			_exit(kid < 0 ? 1 : 0);
		setsid();
		if ((fd = open("/dev/null", O_RDWR)) >= 0) {
			dup2(fd, 0);
			dup2(fd, 1);
			dup2(fd, 2);
			if (fd > 2)
				close(fd);
		}
		/* the screen's handlers are not the notifier's */
		signal(SIGALRM, SIG_DFL);
		signal(SIGPIPE, SIG_DFL);
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		sigemptyset(&all);
		sigprocmask(SIG_SETMASK, &all, NULL);
		alarm(NOTIFY_TIMEOUT);
		execvp(argv[0], argv);
		_exit(127);
	}
	while (waitpid(pid, &st, 0) < 0)
		;
	return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

bool
notify_desktop_available(void)
{
	const char *d = getenv("DISPLAY"), *w = getenv("WAYLAND_DISPLAY");

	if ((d == NULL || *d == '\0') && (w == NULL || *w == '\0'))
		return false;
	return notify_in_path("notify-send");
}

bool
notify_desktop(const char *summary, const char *body)
{
	char *argv[] = { "notify-send", "--app-name=backcoach",
	    "--urgency=normal", "--", (char *)summary, (char *)body, NULL };

	if (!notify_desktop_available())
		return false;
	return notify_spawn(argv);
}

bool
notify_tmux(const char *text)
{
	const char *tmux = getenv("TMUX"), *pane = getenv("TMUX_PANE");
	char *msg, *q;
	const char *p;
	bool ok;

	if (tmux == NULL || *tmux == '\0' || !notify_in_path("tmux"))
		return false;
	/* display-message expands formats: a '#' must be written '##' */
	msg = xmalloc(strlen(text) * 2 + 1);
	for (p = text, q = msg; *p; p++) {
		if (*p == '#')
			*q++ = '#';
		*q++ = *p;
	}
	*q = '\0';
	if (pane != NULL && *pane != '\0') {
		char *argv[] = { "tmux", "display-message", "-t", (char *)pane,
		    msg, NULL };

		ok = notify_spawn(argv);
	} else {
		char *argv[] = { "tmux", "display-message", msg, NULL };

		ok = notify_spawn(argv);
	}
	free(msg);
	return ok;
}
