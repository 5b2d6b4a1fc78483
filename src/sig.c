/*
 * sig.c - the self-pipe: signal handlers only say that something happened,
 * the event loop does the work (as tmux turns signals into events).
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "sig.h"

static int pipefd[2] = { -1, -1 };

static void
on_signal(int signo)
{
	int saved = errno;
	unsigned char b = (unsigned char)signo;

	/* the pipe is non-blocking: if it is full, the loop already has news */
	(void)!write(pipefd[1], &b, 1);
	errno = saved;
}

static int
catch(int signo, void (*fn)(int))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	return sigaction(signo, &sa, NULL);
}

int
sig_init(int catch_tstp)
{
	int i;

	if (pipefd[0] == -1) {
		if (pipe(pipefd) != 0)
			return -1;
		for (i = 0; i < 2; i++) {
			fcntl(pipefd[i], F_SETFL, fcntl(pipefd[i], F_GETFL) | O_NONBLOCK);
			fcntl(pipefd[i], F_SETFD, FD_CLOEXEC);
		}
	}
	catch(SIGINT, on_signal);
	catch(SIGTERM, on_signal);
	catch(SIGHUP, on_signal);
	/* Ctrl-\ ends the program like Ctrl-C: no core, the terminal restored */
	catch(SIGQUIT, on_signal);
	catch(SIGWINCH, on_signal);
	catch(SIGCONT, on_signal);
	if (catch_tstp)
		catch(SIGTSTP, on_signal);
	catch(SIGPIPE, SIG_IGN);
	catch(SIGXFSZ, SIG_IGN);
	return 0;
}

int
sig_fd(void)
{
	return pipefd[0];
}

int
sig_take(void)
{
	unsigned char buf[64];
	ssize_t n, i;
	int bits = 0;

	while ((n = read(pipefd[0], buf, sizeof buf)) > 0) {
		for (i = 0; i < n; i++) {
			switch (buf[i]) {
			case SIGINT: bits |= SIGBIT_INT; break;
			case SIGTERM: bits |= SIGBIT_TERM; break;
			case SIGHUP: bits |= SIGBIT_HUP; break;
			case SIGQUIT: bits |= SIGBIT_QUIT; break;
			case SIGWINCH: bits |= SIGBIT_WINCH; break;
			case SIGTSTP: bits |= SIGBIT_TSTP; break;
			case SIGCONT: bits |= SIGBIT_CONT; break;
			}
		}
	}
	return bits;
}

int
sig_number(int bits)
{
	if (bits & SIGBIT_INT)
		return SIGINT;
	if (bits & SIGBIT_TERM)
		return SIGTERM;
	if (bits & SIGBIT_HUP)
		return SIGHUP;
	if (bits & SIGBIT_QUIT)
		return SIGQUIT;
	return 0;
}

void
sig_suspend_self(void)
{
	sigset_t set, old;

	catch(SIGTSTP, SIG_DFL);
	sigemptyset(&set);
	sigaddset(&set, SIGTSTP);
	sigprocmask(SIG_UNBLOCK, &set, &old);
	raise(SIGTSTP);
	/* here again after SIGCONT */
	sigprocmask(SIG_SETMASK, &old, NULL);
	catch(SIGTSTP, on_signal);
}
