/*
 * ui-remind.c - the reminder's screen and its loop: the time until the
 * next break and the routine it will offer, shown calmly in one place;
 * "Break due: ..." when it is, with the cues the person chose, a desktop
 * notification and a tmux message; Enter runs the routine on the normal
 * run screen (ui_main) and comes back, s snoozes, x skips.
 *
 * The loop sleeps in poll() until the next visible change: the minute
 * shown ticks over (every second only in the last minute), working time
 * begins or ends, or a minute has passed (the schedule's rule for a
 * suspended machine needs a look at the clock at least that often; the log
 * is looked at then too, for sessions done in another terminal).
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "cues.h"
#include "i18n.h"
#include "notify.h"
#include "plan.h"
#include "remind.h"
#include "schedule.h"
#include "sig.h"
#include "text.h"
#include "ui-priv.h"

/* The longest sleep (ms): the schedule wants a look once a minute. */
#define REMIND_POLL_MAX 60000

struct rem {
	struct remind *r;
	struct schedule s;
	struct cues *cues;
	const struct routine *offer;
	bool help;
	bool done;
	int exit_status;
	/* wall time: real, or run faster by BACKCOACH_CLOCK_SCALE from real0 */
	long long real0_ms;
	uint64_t mono0;
	double scale;
	time_t last_taken;	/* the latest break counted from the log */
	size_t seen;		/* log records looked at */
	char notice[160];
};

static long long
real_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The reminder's wall clock in ms: real time, unless the clock is scaled. */
static long long
rem_now_ms(struct rem *x)
{
	if (x->scale == 1.0)
		return real_ms();
	return x->real0_ms + (long long)(clock_now() - x->mono0);
}

static time_t
rem_now(struct rem *x)
{
	return (time_t)(rem_now_ms(x) / 1000);
}

/* A time on the reminder's clock as real wall time (for --status). */
static time_t
rem_to_real(struct rem *x, time_t t)
{
	if (x->scale == 1.0 || t <= 0)
		return t;
	return (time_t)((x->real0_ms + (double)(t * 1000LL - x->real0_ms) /
	    x->scale) / 1000);
}

/* A real wall time (from the log) on the reminder's clock. */
static time_t
rem_from_real(struct rem *x, time_t t)
{
	if (x->scale == 1.0)
		return t;
	return (time_t)((x->real0_ms + ((double)t * 1000 - x->real0_ms) *
	    x->scale) / 1000);
}

static void
rem_state(struct rem *x)
{
	const char *id = x->offer ? x->offer->id : "-";
	time_t now = rem_now(x);

	switch (x->s.state) {
	case SCHED_DUE:
		remind_state_write(x->r, "due", 0, id);
		break;
	case SCHED_OFF:
		remind_state_write(x->r, "off",
		    rem_to_real(x, schedule_work_begins(&x->s.cfg, now)), id);
		break;
	default:
		remind_state_write(x->r, "wait", rem_to_real(x, x->s.due), id);
		break;
	}
}

/*
 * Completed sessions that ended since the last look restart the interval
 * (from this terminal or another); abandoned ones and breaks do not.
 */
static void
rem_read_log(struct rem *x)
{
	struct plan_view *v = x->r->app->plan;
	const struct log_record *rec;
	time_t end, now = rem_now(x);
	size_t i;

	if (!plan_view_refresh(v))
		return;
	if (v->n < x->seen)
		x->seen = 0;	/* a new log file: look at all of it */
	/* the log only grows: what is new is at its end */
	for (i = x->seen; i < v->n; i++) {
		rec = &v->recs[i];
		if (rec->outcome != LOG_COMPLETED)
			continue;
		end = rem_from_real(x, rec->start) + (time_t)rec->done;
		schedule_break_taken(&x->s, end < now ? end : now, now);
	}
	x->seen = v->n;
}

static void
rem_title(const struct routine *rt, char *buf, size_t size)
{
	char len[16];

	text_duration(len, sizeof len, routine_total_seconds(rt));
	snprintf(buf, size, "%s (%s)", rt->title, len);
}

/* The break is due: say so on the screen, and call the person. */
static void
rem_call(struct rem *x)
{
	char what[300], text[400];

	x->offer = remind_offer(x->r, rem_now(x));
	if (x->offer == NULL)
		return;
	rem_title(x->offer, what, sizeof what);
	/* TRANSLATORS: said by the voice and shown as a tmux message */
	snprintf(text, sizeof text, _("Break due: %s"), what);
	cue_call(x->cues, CUE_SND_STEP_START, text);
	if (x->r->notify)
		/* TRANSLATORS: the desktop notification's summary */
		notify_desktop(_("Break due"), what);
	notify_tmux(text);
}

static void
rem_draw(struct rem *x)
{
	char buf[400], left[32], days[512], what[300], snooze[32];
	time_t now = rem_now(x), when;
	struct plan_view *v = x->r->app->plan;
	struct plan_count c;
	struct tm tm;
	int y = 2, w = COLS - 4;
	unsigned i;

	erase();
	if (ui_too_small()) {
		ui_put(0, 0, COLS, _("terminal too small"), A_BOLD);
		if (x->s.state == SCHED_DUE)
			ui_put(1, 0, COLS, _("break due"), A_BOLD);
		refresh();
		return;
	}
	ui_put(0, 1, COLS - 2, "backcoach remind", ui_attr(ROLE_TITLE) |
	    A_BOLD);
	if (x->offer != NULL)
		rem_title(x->offer, what, sizeof what);
	else
		snprintf(what, sizeof what, "%s", _("no routine to offer"));
	switch (x->s.state) {
	case SCHED_DUE:
		ui_printf(y++, 2, w, ui_attr(ROLE_WORK) | A_BOLD,
		    _("Break due: %s"), what);
		y++;
		schedule_format_duration(x->s.cfg.snooze, snooze, sizeof snooze);
		/* TRANSLATORS: Enter, s and x are the keys; %s is a duration
		 * as the settings write it (5m) */
		ui_printf(y++, 2, w, A_NORMAL, _("Enter starts it now; s puts it "
		    "off %s; x skips this break."), snooze);
		break;
	case SCHED_OFF:
		when = schedule_work_begins(&x->s.cfg, now);
		if (when != (time_t)-1 && localtime_r(&when, &tm) != NULL) {
			/* TRANSLATORS: strftime format: a weekday and a time */
			strftime(buf, sizeof buf, _("%a %H:%M"), &tm);
			ui_printf(y++, 2, w, A_BOLD, _("Outside working time: the "
			    "next interval starts %s"), buf);
		} else
			ui_put(y++, 2, w, _("No working days: no breaks"),
			    A_BOLD);
		y++;
		ui_printf(y++, 2, w, A_NORMAL, _("It will offer: %s"), what);
		break;
	default:
		schedule_format_left(x->s.due > now ?
		    (unsigned)(x->s.due - now) : 0, left, sizeof left);
		/* TRANSLATORS: %s is the time left, as 12m or 1h05m or 40s */
		ui_printf(y++, 2, w, A_BOLD, x->s.snoozed ?
		    _("Snoozed: the break in %s") : _("Next break in %s"), left);
		y++;
		ui_printf(y++, 2, w, A_NORMAL, _("It will offer: %s"), what);
		break;
	}
	y++;
	schedule_format_duration(x->s.cfg.every, left, sizeof left);
	schedule_format_days_local(x->s.cfg.days, days, sizeof days);
	if (x->s.cfg.from_min == 0 && x->s.cfg.to_min == 24 * 60)
		snprintf(buf, sizeof buf, "%s", _("all day"));
	else
		snprintf(buf, sizeof buf, "%02u:%02u-%02u:%02u",
		    x->s.cfg.from_min / 60, x->s.cfg.from_min % 60,
		    x->s.cfg.to_min / 60, x->s.cfg.to_min % 60);
	/* TRANSLATORS: the interval (45m), the working hours (09:00-17:30
	 * or "all day") and the days ("Mon-Fri" or "every day") */
	ui_printf(y++, 2, w, A_DIM, _("Every %s, %s, %s."), left, buf,
	    days[0] == '\0' ? _("every day") : days);
	if (plan_view_active(v, now)) {
		ui_printf(y++, 2, w, A_DIM, _("Plan: %s"), v->plan->title);
		for (i = 0; i < v->plan->items_count && y < LINES - 2; i++) {
			if (v->plan->items[i].times_a_day > 0) {
				plan_count_day(v->plan, i, v->recs, v->n, now, &c);
				if (c.planned == 0)
					continue;
				/* TRANSLATORS: a routine id, done of planned */
				ui_printf(y++, 4, w - 2, A_DIM, _("%s %u/%u today"),
				    v->plan->items[i].routine, c.done, c.planned);
			} else {
				plan_count_week(v->plan, i, v->recs, v->n, now,
				    &c);
				ui_printf(y++, 4, w - 2, A_DIM,
				    _("%s %u/%u this week"),
				    v->plan->items[i].routine, c.done, c.planned);
			}
		}
	}
	if (x->notice[0] && y < LINES - 2)
		ui_put(LINES - 2, 2, w, x->notice, A_DIM);
	ui_put(LINES - 1, 1, COLS - 2, ui_keys_line(SCR_REMIND),
	    ui_attr(ROLE_KEYS));
	if (x->help)
		ui_keys_draw_help(SCR_REMIND);
	refresh();
}

/* Real milliseconds until the screen or the schedule next changes. */
static int
rem_timeout(struct rem *x)
{
	long long now = rem_now_ms(x), next, t;
	time_t ch, sec = (time_t)(now / 1000), ls;

	/*
	 * A look at least once a minute of the reminder's own clock: with a
	 * scaled clock that is less than a real minute, or the schedule would
	 * take each long sleep for time away.
	 */
	next = now + REMIND_POLL_MAX;
	ch = schedule_next_change(&x->s, sec);
	if (ch != (time_t)-1 && ch * 1000LL < next)
		next = ch * 1000LL;
	if (x->s.state == SCHED_WAIT && (ls = x->s.due - sec) > 0) {
		/*
		 * The countdown shows minutes rounded up, seconds in the last
		 * one: it next changes when ls crosses a multiple of 60, or
		 * at the next second.
		 */
		if (ls > 60)
			t = (sec + ls - (ls - 1) / 60 * 60) * 1000LL;
		else
			t = (sec + 1) * 1000LL;
		if (t < next)
			next = t;
	}
	t = next > now ? next - now : 0;
	t = (long long)clock_real_ms((uint64_t)t);
	if (t > REMIND_POLL_MAX)
		t = REMIND_POLL_MAX;
	return (int)t;
}

/* Enter: run the offered routine on the run screen, then come back. */
static void
rem_run(struct rem *x)
{
	struct app *app = x->r->app;
	int st;

	x->offer = remind_offer(x->r, rem_now(x));
	if (x->offer == NULL)
		return;
	remind_state_write(x->r, "run", 0, x->offer->id);
	if (x->cues != NULL) {
		cue_close(x->cues);
		x->cues = NULL;
	}
	ui_term_end();
	app->run_id = x->offer->id;
	app->back_after_run = true;
	st = ui_main(app);
	app->run_id = NULL;
	if (st >= 128) {
		/* a signal ended the session: it ends the reminder too */
		x->exit_status = st;
		x->done = true;
		return;
	}
	if (ui_term_start(app->settings.color) != 0) {
		x->exit_status = EXIT_SOFTWARE;
		x->done = true;
		return;
	}
	(void)sig_init(1);
	/*
	 * The time on the run screen was not time away: only a completed
	 * session in the log restarts the interval.
	 */
	x->s.last = rem_now(x);
	rem_read_log(x);
	x->offer = remind_offer(x->r, rem_now(x));
}

static void
rem_open_cues(struct rem *x)
{
	struct cue_opts co;

	memset(&co, 0, sizeof co);
	co.mode = x->r->app->cue_mode;
	co.voice = x->r->app->settings.voice;
	co.volume = (int)x->r->app->settings.volume;
	co.sounds_dir = x->r->app->sounds_dir;
	co.bell = ui_beep;
	x->cues = cue_open(&co);
}

static void
rem_key(struct rem *x, int ch)
{
	time_t now = rem_now(x);

	if (ch == KEY_RESIZE)
		return;
	if (x->help) {
		x->help = false;
		return;
	}
	switch (ui_key_action(SCR_REMIND, ch)) {
	case ACT_ENTER:
		rem_run(x);
		if (!x->done && x->cues == NULL)
			rem_open_cues(x);
		break;
	case ACT_SNOOZE:
		if (x->s.state != SCHED_DUE)
			break;
		remind_log_break(x->r, x->offer, false);
		schedule_snooze(&x->s, now);
		/* our own record is not a session: nothing to restart */
		rem_read_log(x);
		break;
	case ACT_SKIP:
		if (x->s.state != SCHED_DUE)
			break;
		remind_log_break(x->r, x->offer, true);
		schedule_skip(&x->s, now);
		rem_read_log(x);
		break;
	case ACT_HELP:
		x->help = true;
		break;
	case ACT_QUIT:
		x->done = true;
		break;
	default:
		break;
	}
}

int
ui_remind_main(struct remind *r)
{
	struct rem x;
	struct pollfd pfd[3];
	int nfd, bits, ch, i;
	unsigned long wakeups = 0;
	long long t0;
	const char *notice, *stats = getenv("BACKCOACH_LOOP_STATS");

	memset(&x, 0, sizeof x);
	x.r = r;
	x.mono0 = clock_now();
	x.real0_ms = real_ms();
	x.scale = 1000000.0 / (double)clock_real_ms(1000000);
	if (x.scale < 1.0)
		x.scale = 1.0;
	schedule_init(&x.s, &r->cfg, rem_now(&x));
	x.last_taken = rem_now(&x);
	plan_view_refresh(r->app->plan);
	x.seen = r->app->plan->n;
	x.offer = remind_offer(r, rem_now(&x));
	if (ui_term_start(r->app->settings.color) != 0)
		return EXIT_SOFTWARE;
	if (sig_init(1) != 0) {
		ui_term_end();
		fprintf(stderr, "backcoach: %s: %s\n",
		    _("cannot set up signals"), strerror(errno));
		return EXIT_SOFTWARE;
	}
	rem_open_cues(&x);
	t0 = real_ms();
	while (!x.done) {
		if (schedule_tick(&x.s, rem_now(&x)))
			rem_call(&x);
		rem_state(&x);
		rem_draw(&x);
		pfd[0].fd = STDIN_FILENO;
		pfd[0].events = POLLIN;
		pfd[1].fd = sig_fd();
		pfd[1].events = POLLIN;
		nfd = 2;
		if (x.cues != NULL && cue_fd(x.cues) >= 0) {
			pfd[2].fd = cue_fd(x.cues);
			pfd[2].events = POLLIN;
			nfd = 3;
		}
		for (i = 0; i < nfd; i++)
			pfd[i].revents = 0;
		if (poll(pfd, (nfds_t)nfd, rem_timeout(&x)) < 0 &&
		    errno != EINTR)
			break;
		wakeups++;
		if (pfd[1].revents & POLLIN) {
			bits = sig_take();
			if (bits & SIGBIT_QUIT_MASK) {
				x.exit_status = 128 + sig_number(bits);
				break;
			}
			if (bits & SIGBIT_TSTP) {
				ui_term_suspend();
				sig_suspend_self();
				ui_term_resume();
			}
			if (bits & (SIGBIT_WINCH | SIGBIT_CONT))
				ui_term_resize();
		}
		if (nfd == 3 && (pfd[2].revents & POLLIN))
			cue_handle(x.cues);
		if (x.cues != NULL && (notice = cue_take_notice(x.cues)) != NULL)
			snprintf(x.notice, sizeof x.notice, _("Sound: %s."),
			    notice);
		if (pfd[0].revents & POLLIN) {
			while (!x.done && (ch = ui_term_getch()) != ERR)
				rem_key(&x, ch);
		} else if (pfd[0].revents & (POLLHUP | POLLERR | POLLNVAL)) {
			x.exit_status = 128 + SIGHUP;
			break;
		}
		rem_read_log(&x);
		/* what is offered may change as the plan's day goes on */
		if (x.s.state != SCHED_DUE)
			x.offer = remind_offer(r, rem_now(&x));
	}
	if (x.cues != NULL)
		cue_close(x.cues);
	ui_term_end();
	if (stats != NULL && *stats != '\0')
		fprintf(stderr, "backcoach: %lu wake-ups in %.3f s\n", wakeups,
		    (double)(real_ms() - t0) / 1000.0);
	return x.exit_status;
}
