/*
 * cmd-remind.c - `backcoach remind`: the settings' remind: mapping with
 * the options over it, the checks, the lock (remind.c), then the screen
 * (ui-remind.c); `remind --status` prints the running one's line.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "cmd.h"
#include "i18n.h"
#include "library.h"
#include "plan.h"
#include "remind.h"
#include "routine.h"
#include "schedule.h"
#include "setup.h"

/* "backcoach: --every: want a duration like 45m... , not 'x' (try ...)" */
static int
cmd_remind_bad(const char *opt, const char *want, const char *arg)
{
	char fmt[256];

	/* TRANSLATORS: an option (--every), what it wants, then the value
	 * given: keep the %%s as it is ("--every wants ..., not 'x'") */
	snprintf(fmt, sizeof fmt, _("%s wants %s, not '%%s'"), opt, want);
	return cmd_usage_error(fmt, arg);
}

/* The settings' remind: mapping, then the options over it, into r. */
static int
cmd_remind_configure(struct remind *r, const struct cmdline *cl)
{
	const struct settings_remind *sr = &r->app->settings.remind;

	if (cl->every && (schedule_parse_duration(cl->every, &r->cfg.every) ||
	    r->cfg.every < 60))
		return cmd_remind_bad("--every", _("a duration of at least 1m, "
		    "like 45m, 1h30m"), cl->every);
	if (!cl->every)
		(void)schedule_parse_duration(sr->every, &r->cfg.every);
	if (cl->snooze && schedule_parse_duration(cl->snooze, &r->cfg.snooze))
		return cmd_remind_bad("--snooze", _("a duration like 5m or 90s"),
		    cl->snooze);
	if (!cl->snooze)
		(void)schedule_parse_duration(sr->snooze, &r->cfg.snooze);
	if (schedule_parse_hours(cl->hours ? cl->hours : sr->hours,
	    &r->cfg.from_min, &r->cfg.to_min) != 0)
		return cmd_remind_bad("--hours", _("a span like 09:00-17:30 (or "
		    "all)"), cl->hours);
	if (schedule_parse_days(cl->days ? cl->days : sr->days,
	    &r->cfg.days) != 0)
		return cmd_remind_bad("--days", _("days like mon-fri or "
		    "mon,wed,fri (or all)"), cl->days);
	snprintf(r->offer, sizeof r->offer, "%.71s", cl->offer ? cl->offer :
	    sr->offer);
	if (strcmp(r->offer, REMIND_OFFER_PLAN) != 0 &&
	    !routine_id_valid(r->offer))
		/* TRANSLATORS: "plan" is the word to give, not translated */
		return cmd_remind_bad("--offer", _("a routine id or plan"),
		    cl->offer ? cl->offer : r->offer);
	r->notify = cl->notify >= 0 ? cl->notify : sr->notify;
	return 0;
}

static int
cmd_remind_exec(const struct cmdline *cl, int argc, char **argv)
{
	struct remind r;
	struct app app;
	const char *term;
	char who[512];
	int st, lock;

	(void)argc;
	(void)argv;
	if (cl->status)
		return remind_status();
	memset(&r, 0, sizeof r);
	r.app = &app;
	if ((st = setup_app(&app, cl)) != 0)
		return st;
	if ((st = cmd_remind_configure(&r, cl)) != 0)
		goto out;
	if (strcmp(r.offer, REMIND_OFFER_PLAN) != 0 &&
	    library_find(&app.lib, r.offer) == NULL) {
		st = cmd_no_such_routine(&app.lib, r.offer);
		goto out;
	}
	if (app.lib.count == 0) {
		fprintf(stderr, "backcoach: %s\n", _("no routines found (see "
		    "backcoach list and man backcoach-routine)"));
		st = EXIT_DATAERR;
		goto out;
	}
	if (cl->plan != NULL && access(cl->plan, F_OK) != 0) {
		fprintf(stderr, "backcoach: %s: %s\n", cmd_clean(cl->plan),
		    strerror(errno));
		st = EXIT_USAGE;
		goto out;
	}
	/* the lock before the terminal: a second reminder says who runs */
	if ((lock = remind_lock(who, sizeof who)) < 0) {
		if (errno == EWOULDBLOCK) {
			/* TRANSLATORS: %s is "pid 12 on /dev/pts/3" */
			fprintf(stderr, "backcoach: ");
			fprintf(stderr, _("a reminder is already running (%s); "
			    "this one is not started"), who);
			fputc('\n', stderr);
			st = EXIT_RUNNING;
		} else {
			fprintf(stderr, "backcoach: %s\n", who);
			st = EXIT_IOERR;
		}
		goto out;
	}
	term = getenv("TERM");
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO) || term == NULL ||
	    *term == '\0' || strcmp(term, "dumb") == 0) {
		fprintf(stderr, "backcoach: %s\n", _("remind needs a terminal "
		    "that can draw (for a status line, use backcoach remind "
		    "--status)"));
		close(lock);
		st = EXIT_USAGE;
		goto out;
	}
	snprintf(r.state_path, sizeof r.state_path, "%s/remind.state",
	    remind_dir());
	st = ui_remind_main(&r);
	unlink(r.state_path);
	close(lock);
out:
	setup_free_app(&app);
	return st;
}

const struct cmd_entry cmd_remind_entry = {
	.name = "remind",
	.args = "",
	.min_args = 0,
	.max_args = 0,
	.options = CMD_O(CO_EVERY) | CMD_O(CO_SNOOZE) | CMD_O(CO_HOURS) |
	    CMD_O(CO_DAYS) | CMD_O(CO_OFFER) | CMD_O(CO_PLAN) |
	    CMD_O(CO_NOTIFY) | CMD_O(CO_NO_NOTIFY) | CMD_O(CO_STATUS) |
	    CMD_O(CO_CONFIG) | CMD_O(CO_ROUTINES_DIR) | CMD_O(CO_SOUND) |
	    CMD_O(CO_NO_SOUND) | CMD_O(CO_BELL) | CMD_O(CO_VOICE) |
	    CMD_O(CO_NO_VOICE) | CMD_O(CO_COLOR) | CMD_O(CO_NO_COLOR) |
	    CMD_O(CO_READY) | CMD_O(CO_PAIN) | CMD_O(CO_NO_PAIN),
	.flags = 0,
	.help = N_("wait, and say when a break is due"),
	.exec = cmd_remind_exec,
};
