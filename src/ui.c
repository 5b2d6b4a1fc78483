/*
 * ui.c - the coach's entry point and its one loop: poll() on the terminal,
 * the signal pipe and the cue player, with a timeout up to the next visible
 * change; then the active screen's key function, the clock, and its draw
 * function (ncdu's shape: one dispatcher, a draw and a key per screen).
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
#include "log.h"
#include "safety.h"
#include "sig.h"
#include "ui.h"
#include "ui-priv.h"
#include "xmalloc.h"
#include "i18n.h"

struct screen {
	void (*draw)(struct ui *);
	void (*key)(struct ui *, int);
};

static const struct screen screens[SCR_COUNT] = {
	[SCR_SAFETY] = { ui_safety_draw, ui_safety_key },
	[SCR_PICKER] = { ui_picker_draw, ui_picker_key },
	[SCR_LIST] = { ui_list_draw, ui_list_key },
	[SCR_ROUTINE] = { ui_detail_draw, ui_detail_key },
	[SCR_PAIN] = { ui_pain_draw, ui_pain_key },
	[SCR_RUN] = { ui_run_draw, ui_run_key },
	[SCR_SUMMARY] = { ui_summary_draw, ui_summary_key },
	[SCR_HISTORY] = { ui_hist_draw, ui_hist_key },
	[SCR_MAP] = { ui_map_draw, ui_map_key },
};

void
ui_open_first(struct ui *u)
{
	if (u->from_run_id && u->routine != NULL)
		ui_run_begin(u);
	else if (u->app->start_area >= 0 && u->app->start_area < AREA_COUNT)
		ui_list_open(u, u->app->start_area);
	else
		u->scr = SCR_PICKER;
}

static void
draw(struct ui *u)
{
	char buf[64];

	erase();
	if (ui_too_small()) {
		/*
		 * Keys still work, only the drawing waits; a run that cannot
		 * be seen is paused (resumed with Space once it can be).
		 */
		ui_run_pause_too_small(u);
		ui_put(LINES / 2 - 1, 0, COLS, _("terminal too small"), A_BOLD);
		/* TRANSLATORS: columns x rows, needed and present: "need 40x12, have 30x10" */
		snprintf(buf, sizeof buf, _("need %dx%d, have %dx%d"), UI_MIN_COLS,
		    UI_MIN_ROWS, COLS, LINES);
		ui_put(LINES / 2, 0, COLS, buf, A_NORMAL);
		if (u->scr == SCR_RUN && u->s != NULL && !u->s_over)
			ui_put(LINES / 2 + 1, 0, COLS, _("(paused)"), A_NORMAL);
		refresh();
		return;
	}
	if (screens[u->scr].draw != NULL)
		screens[u->scr].draw(u);
	if (u->info && (u->scr == SCR_RUN || u->scr == SCR_PAIN))
		ui_run_info_draw(u);
	if (u->help)
		ui_keys_draw_help(u->scr);
	refresh();
}

/* A box that paused the run closed: go on if it was running before. */
static void
overlay_resume(struct ui *u, bool *resume)
{
	if (*resume && u->scr == SCR_RUN && !u->s_over &&
	    u->s->state == SESSION_PAUSED) {
		runner_cmd(u->run, RUN_RESUME);
		ui_run_tick(u);
	}
	*resume = false;
}

static void
key(struct ui *u, int ch)
{
	/*
	 * resizeterm() (on our SIGWINCH) queues KEY_RESIZE: the size is known
	 * already, and resizing again here would queue another one forever.
	 */
	if (ch == KEY_RESIZE)
		return;
	/* any key closes a box; a pause the person made stays */
	if (u->help) {
		u->help = false;
		overlay_resume(u, &u->help_resume);
		return;
	}
	if (u->info) {
		/* scroll keys scroll it, any other key closes it */
		ui_run_info_key(u, ch);
		if (!u->info)
			overlay_resume(u, &u->info_resume);
		return;
	}
	if (u->confirm) {
		ui_confirm_key(u, ch);
		return;
	}
	if (screens[u->scr].key != NULL)
		screens[u->scr].key(u, ch);
}

/* The earlier of two poll timeouts, where -1 is "none". */
static int
earlier(int a, int b)
{
	if (a < 0)
		return b;
	if (b < 0)
		return a;
	return a < b ? a : b;
}

/* How long a notice from the cue player stays on the run screen. */
#define UI_NOTICE_MS 8000

/* A notice from the cue player, on one line, for a few seconds. */
static void
notice_set(struct ui *u, const char *raw)
{
	char *p;

	snprintf(u->notice, sizeof u->notice, /* TRANSLATORS: %s is the cue player's reason, in English */
	    _("Sound: %s."), raw);
	/*
	 * the library's own reason ("(Not available)") is for plain mode's
	 * stderr and bug reports, not for someone doing a stretch
	 */
	if ((p = strstr(u->notice, " (")) != NULL && strchr(p, ')') != NULL)
		memmove(p, strchr(p, ')') + 1, strlen(strchr(p, ')') + 1) + 1);
	u->notice_until = clock_now() + UI_NOTICE_MS;
}

/* A timed notice whose time is up goes. */
static void
notice_expire(struct ui *u)
{
	if (u->notice_until != 0 && clock_now() >= u->notice_until) {
		u->notice[0] = '\0';
		u->notice_until = 0;
	}
}

/* Milliseconds until anything on screen is due to change, or -1. */
static int
loop_timeout(struct ui *u)
{
	int t = earlier(ui_run_timeout(u), ui_pain_timeout(u));
	uint64_t now;

	/* paused or not, the notice must go on time */
	if (u->notice_until != 0) {
		now = clock_now();
		t = earlier(t, now >= u->notice_until ? 0 :
		    (int)(u->notice_until - now));
	}
	return t;
}

/* Ctrl-Z: pause, give the terminal back, and come back paused. */
static void
suspend(struct ui *u)
{
	if (u->scr == SCR_RUN)
		ui_run_pause_for_suspend(u);
	ui_term_suspend();
	sig_suspend_self();
	ui_term_resume();
}

int
ui_main(struct app *app)
{
	struct ui u;
	struct pollfd pfd[3];
	int nfd, timeout, bits, ch, i;
	unsigned long wakeups = 0;
	uint64_t t0 = clock_now();
	const char *notice, *stats = getenv("BACKCOACH_LOOP_STATS");
	char *hint;

	memset(&u, 0, sizeof u);
	u.app = app;
	u.area = app->start_area >= 0 && app->start_area < AREA_COUNT ?
	    app->start_area : AREA_UPPER_BACK;
	u.pain_before_v = u.pain_after_v = -1;
	u.scr = SCR_PICKER;
	if (app->run_id != NULL) {
		if ((u.routine = library_find(&app->lib, app->run_id)) == NULL) {
			fprintf(stderr, _("backcoach: no routine with id '%s'\n"),
			    app->run_id);
			return EXIT_USAGE;
		}
		u.from_run_id = true;
	}
	if (ui_term_start(app->settings.color) != 0)
		return EXIT_SOFTWARE;
	/* after curses, so that our handlers replace its own */
	if (sig_init(1) != 0) {
		ui_term_end();
		fprintf(stderr, _("backcoach: cannot set up signals: %s\n"),
		    strerror(errno));
		return EXIT_SOFTWARE;
	}
	if (!safety_seen(app->log_path))
		u.scr = SCR_SAFETY;
	else
		ui_open_first(&u);

	while (!u.done) {
		draw(&u);
		timeout = loop_timeout(&u);
		pfd[0].fd = STDIN_FILENO;
		pfd[0].events = POLLIN;
		pfd[1].fd = sig_fd();
		pfd[1].events = POLLIN;
		nfd = 2;
		if (runner_fd(u.run) >= 0) {
			pfd[2].fd = runner_fd(u.run);
			pfd[2].events = POLLIN;
			nfd = 3;
		}
		for (i = 0; i < nfd; i++)
			pfd[i].revents = 0;
		if (poll(pfd, (nfds_t)nfd, timeout) < 0 && errno != EINTR)
			break;
		wakeups++;
		if (pfd[1].revents & POLLIN) {
			bits = sig_take();
			if (bits & SIGBIT_QUIT_MASK) {
				ui_run_abandon(&u);
				u.exit_status = 128 + sig_number(bits);
				break;
			}
			if (bits & SIGBIT_TSTP)
				suspend(&u);
			if (bits & (SIGBIT_WINCH | SIGBIT_CONT))
				ui_term_resize();
		}
		if (nfd == 3 && (pfd[2].revents & POLLIN))
			runner_handle(u.run);
		if ((notice = runner_take_notice(u.run)) != NULL)
			notice_set(&u, notice);
		if (pfd[0].revents & POLLIN) {
			while (!u.done && (ch = ui_term_getch()) != ERR)
				key(&u, ch);
		} else if (pfd[0].revents & (POLLHUP | POLLERR | POLLNVAL)) {
			/* the terminal went away: as a hang-up */
			ui_run_abandon(&u);
			u.exit_status = 128 + SIGHUP;
			break;
		}
		ui_pain_tick(&u);
		ui_run_tick(&u);
		notice_expire(&u);
	}
	/* leaving from the pain question after a session: log without it */
	ui_run_abandon(&u);
	/* the hint on how to get sound is for after the screen */
	hint = runner_take_hint(u.run);
	runner_close(u.run);
	ui_term_end();
	if (hint != NULL) {
		fputs(hint, stderr);
		free(hint);
	}
	if (u.log_line_pending) {
		fprintf(stderr, _("backcoach: could not write the log: %s; the session was:\n"),
		    u.log_err);
		fputs(u.log_line, stderr);
	}
	if (stats != NULL && *stats != '\0')
		fprintf(stderr, "backcoach: %lu wake-ups in %.3f s\n", wakeups,
		    (double)(clock_now() - t0) / 1000.0);
	free(u.list);
	if (u.scr == SCR_HISTORY)
		ui_hist_close(&u);
	return u.exit_status;
}
