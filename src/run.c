/*
 * run.c - what the screen and plain mode share about recording a session:
 * the log record it leaves, and a guard process that still leaves one when
 * this process is killed outright (SIGKILL, the OOM killer, a crash).
 *
 * The guard is the small program backcoach-log-guard (log-guard.h), found
 * beside this one (the build tree) or in the package's libexec directory,
 * else this same program as `backcoach log-guard PATH`; it runs with a
 * pipe on fd 3 and in a session of its own (so a Ctrl-C or a hang-up aimed
 * at the terminal does not reach it).  The coach sends it the record as
 * the session goes (the log line it would leave if it died now, marked
 * abandoned, at every segment boundary and at most every RUN_LOG_EVERY_MS
 * within one); at a normal end it sends "E" and then appends the record
 * itself.  If the pipe closes without "E", the guard appends the last line
 * it has.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "log.h"
#include "log-guard.h"
#include "session.h"
#include "xmalloc.h"

/*
 * How stale the guard's record may get inside a long segment.  Each
 * message wakes the guard: once a second it was a third of a session's
 * wake-ups; a SIGKILL now loses at most these 10 s of a segment.
 */
#define RUN_LOG_EVERY_MS 10000

struct run_log {
	char *path;
	time_t started;
	int pain_before;
	int fd;			/* write end of the pipe to the guard, or -1 */
	pid_t guard;
	uint64_t last_sent;	/* session_elapsed at the last progress message */
	unsigned last_steps;
	size_t last_seg;
};

/* A record could not be written: the program's exit status says so (74). */
static bool log_write_failed;


static void
make_record(struct log_record *rec, const struct session *s, uint64_t now,
    time_t started, int pain_before, int pain_after)
{
	struct tm tm;

	memset(rec, 0, sizeof *rec);
	rec->version = LOG_VERSION;
	rec->start = started;
	if (localtime_r(&started, &tm) != NULL)
		rec->utc_offset = (int)tm.tm_gmtoff;
	snprintf(rec->routine, sizeof rec->routine, "%s", s->routine->id);
	rec->areas = s->routine->areas;
	rec->planned = (unsigned)((session_total(s) + 500) / 1000);
	rec->done = (unsigned)((session_elapsed(s, now) + 500) / 1000);
	rec->steps_done = session_steps_done(s);
	rec->steps_total = session_steps_total(s);
	rec->outcome = session_completed(s) ? LOG_COMPLETED : LOG_ABANDONED;
	rec->pain_before = pain_before;
	rec->pain_after = pain_after;
	snprintf(rec->progver, sizeof rec->progver, "%s", PACKAGE_VERSION);
}

void
run_make_record(struct log_record *rec, const struct session *s,
    time_t started, int pain_before, int pain_after)
{
	/* once a session is over its elapsed time no longer moves */
	make_record(rec, s, 0, started, pain_before, pain_after);
}

static void
send_msg(struct run_log *rl, char tag, const struct log_record *rec)
{
	static struct log_guard_msg m;
	int n;

	if (rl->fd < 0)
		return;
	memset(&m, 0, sizeof m);
	m.tag = tag;
	if (rec != NULL) {
		if ((n = log_format(rec, m.line, sizeof m.line)) < 0)
			return;
		m.len = (unsigned short)n;
	}
	/* under PIPE_BUF: written whole or not at all; never blocks (O_NONBLOCK) */
	if (write(rl->fd, &m, sizeof m) != (ssize_t)sizeof m && errno != EAGAIN) {
		close(rl->fd);
		rl->fd = -1;
	}
}

/*
 * The guard program: beside this one (an uninstalled build), else in
 * the package's libexec directory; "" when neither is there.
 */
static void
guard_program(char *buf, size_t size)
{
	char self[4096], *slash;
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);

	if (n > 0) {
		self[n] = '\0';
		if ((slash = strrchr(self, '/')) != NULL) {
			*slash = '\0';
			snprintf(buf, size, "%s/backcoach-log-guard", self);
			if (access(buf, X_OK) == 0)
				return;
		}
	}
	snprintf(buf, size, "%s/backcoach-log-guard", BC_PKGLIBEXECDIR);
	if (access(buf, X_OK) == 0)
		return;
	buf[0] = '\0';
}

static void
start_guard(struct run_log *rl)
{
	char prog[4200];
	int p[2];
	pid_t pid;
	int devnull;

	guard_program(prog, sizeof prog);
	rl->fd = -1;
	rl->guard = -1;
	if (pipe(p) != 0)
		return;
	pid = fork();
	if (pid < 0) {
		close(p[0]);
		close(p[1]);
		return;
	}
	if (pid == 0) {
		/* only async-signal-safe calls until exec: threads may exist */
		struct sigaction sa;
		int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGQUIT };
		size_t i;

		memset(&sa, 0, sizeof sa);
		sa.sa_handler = SIG_IGN;
		for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
			sigaction(sigs[i], &sa, NULL);
		setsid();
		if (p[0] != 3) {
			dup2(p[0], 3);
			close(p[0]);
		}
		devnull = open("/dev/null", O_RDWR);
		if (devnull >= 0) {
			dup2(devnull, 0);
			dup2(devnull, 1);
			/* stderr stays: the guard reports a failed write there */
			if (devnull > 3)
				close(devnull);
		}
		close_range(4, ~0U, 0);
		/* the small program (about 1 MiB), else this one again (3 MiB) */
		if (prog[0] != '\0')
			execl(prog, "backcoach-log-guard", rl->path, (char *)NULL);
		execl("/proc/self/exe", "backcoach", "log-guard", rl->path,
		    (char *)NULL);
		_exit(127);
	}
	close(p[0]);
	fcntl(p[1], F_SETFD, FD_CLOEXEC);
	fcntl(p[1], F_SETFL, O_NONBLOCK);
	rl->fd = p[1];
	rl->guard = pid;
}

struct run_log *
run_log_begin(const char *log_path, const struct session *s, time_t started,
    int pain_before)
{
	struct run_log *rl = xcalloc(1, sizeof *rl);
	struct log_record rec;

	rl->path = xstrdup(log_path);
	rl->started = started;
	rl->pain_before = pain_before;
	start_guard(rl);
	make_record(&rec, s, 0, started, pain_before, -1);
	rec.outcome = LOG_ABANDONED;
	send_msg(rl, 'P', &rec);
	return rl;
}

void
run_log_progress(struct run_log *rl, const struct session *s, uint64_t now)
{
	struct log_record rec;
	uint64_t el = session_elapsed(s, now);
	unsigned steps = session_steps_done(s);

	if (rl->fd < 0)
		return;
	if (el < rl->last_sent + RUN_LOG_EVERY_MS && steps == rl->last_steps &&
	    s->cur == rl->last_seg)
		return;
	rl->last_sent = el;
	rl->last_steps = steps;
	rl->last_seg = s->cur;
	make_record(&rec, s, now, rl->started, rl->pain_before, -1);
	rec.outcome = LOG_ABANDONED;
	send_msg(rl, 'P', &rec);
}

int
run_log_end(struct run_log *rl, const struct session *s, int pain_after,
    char *err, size_t errsize, char *line, size_t linesize)
{
	struct log_record rec;
	int rc, status;

	make_record(&rec, s, 0, rl->started, rl->pain_before, pain_after);
	send_msg(rl, 'E', NULL);
	if (rl->fd >= 0)
		close(rl->fd);
	rc = log_append(rl->path, &rec, err, errsize);
	if (rc != 0)
		log_write_failed = true;
	if (rc != 0 && line != NULL && linesize > 0 &&
	    log_format(&rec, line, linesize) < 0)
		line[0] = '\0';
	if (rl->guard > 0)
		while (waitpid(rl->guard, &status, 0) < 0 && errno == EINTR)
			;
	free(rl->path);
	free(rl);
	return rc;
}

bool
run_log_failed(void)
{
	return log_write_failed;
}

int
run_log_guard_main(const char *path)
{
	return log_guard_run(3, path);
}
