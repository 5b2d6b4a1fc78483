/*
 * sig.h - signals as events: each handler only writes the signal number to a
 * self-pipe; the event loop polls sig_fd() and calls sig_take().
 */
#ifndef BC_SIG_H
#define BC_SIG_H

#include <signal.h>

/* Bits returned by sig_take(). */
#define SIGBIT_INT   0x01
#define SIGBIT_TERM  0x02
#define SIGBIT_HUP   0x04
#define SIGBIT_WINCH 0x08
#define SIGBIT_TSTP  0x10
#define SIGBIT_CONT  0x20
#define SIGBIT_QUIT  0x40
#define SIGBIT_QUIT_MASK (SIGBIT_INT | SIGBIT_TERM | SIGBIT_HUP | SIGBIT_QUIT)

/*
 * Catch SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH, SIGTSTP and SIGCONT (and ignore
 * SIGPIPE and SIGXFSZ so that writes fail with an error instead).  With
 * catch_tstp false, SIGTSTP keeps its default (plain mode).  0 or -1.
 */
int sig_init(int catch_tstp);
/* The descriptor to poll for POLLIN. */
int sig_fd(void);
/* Drain the pipe; the SIGBIT_* set of signals seen since the last call. */
int sig_take(void);
/* The signal number behind the first quit bit in bits (for exit 128+N). */
int sig_number(int bits);
/*
 * Stop the process as SIGTSTP would (default action), returning once it is
 * continued.  Call with the terminal already restored.
 */
void sig_suspend_self(void);

#endif
