/*
 * remind.c - what the reminder keeps outside its screen: exactly one
 * reminder per user (an flock()ed lock file naming the pid and terminal
 * of the one that runs), the state file it keeps for `remind --status`,
 * the routine it offers, and its break records in the log.
 *
 * Both files live in $XDG_RUNTIME_DIR/backcoach (per login, on tmpfs)
 * when XDG_RUNTIME_DIR is an absolute path, else in the state directory:
 * remind.lock (held while a reminder runs: "PID TTY") and remind.state
 * (one line: "STATE WHEN ID", WHEN in seconds since the epoch).
 *
 * `remind --status` prints the same words in every language: the manual
 * gives them as a fixed format, for a tmux status line or a prompt script
 * to show or match.  The lock's words ("pid 12 on /dev/pts/3") are a
 * person's, and translated.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "library.h"
#include "log.h"
#include "paths.h"
#include "plan.h"
#include "remind.h"
#include "routine.h"
#include "schedule.h"
#include "text.h"

/* Where the lock and the state file live (static buffer). */
const char *
remind_dir(void)
{
	static char buf[4096];
	const char *rt = getenv("XDG_RUNTIME_DIR");

	if (rt != NULL && rt[0] == '/')
		snprintf(buf, sizeof buf, "%s/backcoach", rt);
	else
		snprintf(buf, sizeof buf, "%s", paths_state_dir());
	return buf;
}

/* The lock file's words about the reminder that holds it ("pid 12 on /dev/pts/3"). */
static void
remind_holder(int fd, char *who, size_t size)
{
	char buf[256], tty[200];
	ssize_t n;
	long pid;

	snprintf(who, size, "%s", _("pid unknown"));
	if ((n = pread(fd, buf, sizeof buf - 1, 0)) <= 0)
		return;
	buf[n] = '\0';
	tty[0] = '\0';
	if (sscanf(buf, "%ld %199s", &pid, tty) >= 1) {
		text_scrub(tty, false);
		if (tty[0] != '\0' && strcmp(tty, "-") != 0)
			snprintf(who, size, _("pid %ld on %s"), pid, tty);
		else
			snprintf(who, size, _("pid %ld"), pid);
	}
}

/*
 * Take the lock: its descriptor (kept open while the reminder runs), or -1
 * with the holder in who (or errno's reason when the file cannot be made).
 */
int
remind_lock(char *who, size_t size)
{
	char path[4200], line[300];
	const char *tty = ttyname(STDIN_FILENO);
	int fd;

	if (paths_mkdir_p(remind_dir(), 0700) != 0) {
		snprintf(who, size, _("cannot make %s: %s"), remind_dir(),
		    strerror(errno));
		return -1;
	}
	snprintf(path, sizeof path, "%s/remind.lock", remind_dir());
	if ((fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600)) < 0) {
		snprintf(who, size, _("cannot open %.300s: %s"), path,
		    strerror(errno));
		return -1;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		remind_holder(fd, who, size);
		close(fd);
		errno = EWOULDBLOCK;
		return -1;
	}
	snprintf(line, sizeof line, "%ld %s\n", (long)getpid(), tty ? tty : "-");
	if (ftruncate(fd, 0) != 0 ||
	    pwrite(fd, line, strlen(line), 0) != (ssize_t)strlen(line)) {
		/* the lock holds all the same; only the words are missing */
	}
	return fd;
}

/*
 * `remind --status`: one line for a status bar or a prompt.  Reads two small
 * files and asks for no lock it would wait on.  Not translated (see the top
 * of the file).
 */
int
remind_status(void)
{
	char path[4200], buf[256], state[16], id[80], left[32];
	long long when;
	time_t now;
	ssize_t n;
	int fd;

	snprintf(path, sizeof path, "%s/remind.lock", remind_dir());
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
		puts("no reminder running");
		return 0;
	}
	/* a lock nobody holds: the reminder is gone (even killed with -9) */
	if (flock(fd, LOCK_SH | LOCK_NB) == 0) {
		close(fd);
		puts("no reminder running");
		return 0;
	}
	close(fd);
	snprintf(path, sizeof path, "%s/remind.state", remind_dir());
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0 ||
	    (n = read(fd, buf, sizeof buf - 1)) <= 0) {
		if (fd >= 0)
			close(fd);
		puts("reminder starting");
		return 0;
	}
	close(fd);
	buf[n] = '\0';
	if (sscanf(buf, "%15s %lld %79s", state, &when, id) != 3) {
		puts("reminder running");
		return 0;
	}
	text_scrub(id, false);
	now = time(NULL);
	if (strcmp(state, "due") == 0)
		printf("break due: %s\n", id);
	else if (strcmp(state, "run") == 0)
		printf("%s running\n", id);
	else if (strcmp(state, "off") == 0) {
		struct tm tm;
		time_t w = (time_t)when;

		/* the C locale's day names, as the rest of the line */
		static const char *const wday[7] = { "Sun", "Mon", "Tue", "Wed",
		    "Thu", "Fri", "Sat" };

		if (when > 0 && localtime_r(&w, &tm) != NULL) {
			if (w - now < 20 * 3600 || tm.tm_wday < 0 ||
			    tm.tm_wday > 6)
				printf("reminder off until %02d:%02d\n",
				    tm.tm_hour, tm.tm_min);
			else
				printf("reminder off until %s %02d:%02d\n",
				    wday[tm.tm_wday], tm.tm_hour, tm.tm_min);
		} else
			puts("reminder off");
	} else {
		schedule_format_left(when > now ? (unsigned)(when - now) : 0,
		    left, sizeof left);
		printf("%s in %s\n", id, left);
	}
	return 0;
}

void
remind_state_write(struct remind *r, const char *state, time_t when,
    const char *id)
{
	static char last[256];
	char line[256], tmp[4300];
	int fd;

	snprintf(line, sizeof line, "%s %lld %s\n", state, (long long)when,
	    id ? id : "-");
	if (strcmp(line, last) == 0)
		return;
	snprintf(tmp, sizeof tmp, "%s.tmp", r->state_path);
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600)) < 0)
		return;
	if (write(fd, line, strlen(line)) == (ssize_t)strlen(line) &&
	    close(fd) == 0 && rename(tmp, r->state_path) == 0)
		snprintf(last, sizeof last, "%s", line);
	else
		unlink(tmp);
}

void
remind_log_break(struct remind *r, const struct routine *rt, bool skipped)
{
	struct log_record rec;
	struct tm tm;
	time_t now = time(NULL);
	char err[256];

	memset(&rec, 0, sizeof rec);
	rec.version = LOG_VERSION;
	rec.start = now;
	if (localtime_r(&now, &tm) != NULL)
		rec.utc_offset = (int)tm.tm_gmtoff;
	snprintf(rec.routine, sizeof rec.routine, "%s", rt ? rt->id : "-");
	rec.areas = rt ? rt->areas : 0;
	rec.planned = rt ? routine_total_seconds(rt) : 0;
	rec.outcome = skipped ? LOG_SKIPPED : LOG_SNOOZED;
	rec.pain_before = rec.pain_after = -1;
	snprintf(rec.progver, sizeof rec.progver, "%s", PACKAGE_VERSION);
	/* a log that cannot be written loses a break record, not the reminder */
	(void)log_append(r->app->log_path, &rec, err, sizeof err);
}

const struct routine *
remind_offer(struct remind *r, time_t t)
{
	const struct library *lib = &r->app->lib;
	const struct routine *best = NULL;
	const char *id = NULL;
	size_t i;

	if (strcmp(r->offer, REMIND_OFFER_PLAN) == 0) {
		if (plan_view_active(r->app->plan, t)) {
			plan_view_refresh(r->app->plan);
			id = plan_next_due(r->app->plan->plan,
			    r->app->plan->recs, r->app->plan->n, t);
		}
	} else
		id = r->offer;
	if (id != NULL && (best = library_find(lib, id)) != NULL)
		return best;
	if ((best = library_find(lib, "desk-reset")) != NULL)
		return best;
	for (i = 0; i < lib->count; i++)
		if (best == NULL || routine_total_seconds(lib->items[i]) <
		    routine_total_seconds(best))
			best = lib->items[i];
	return best;
}
