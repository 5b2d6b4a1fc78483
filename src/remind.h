/*
 * remind.h - the reminder: its lock, state file, offer and log records
 * (remind.c), its screen and loop (ui-remind.c); the command is
 * cmd-remind.c.
 */
#ifndef BC_REMIND_H
#define BC_REMIND_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "app.h"
#include "schedule.h"

#define REMIND_OFFER_PLAN "plan"
/* Exit status when another reminder is running (EX_TEMPFAIL). */
#define EXIT_RUNNING 75

struct remind {
	struct app *app;	/* settings, routines, plan, cues, log */
	struct schedule_cfg cfg;
	char offer[72];		/* a routine id, or "plan" */
	bool notify;		/* desktop notification (and tmux message) */
	char state_path[4096];	/* what --status reads */
};

/* $XDG_RUNTIME_DIR/backcoach, or the state dir (static buffer). */
const char *remind_dir(void);
/*
 * Take the one-per-user lock: its descriptor (O_CLOEXEC, kept open while
 * the reminder runs), or -1 with errno EWOULDBLOCK and the holder in who
 * ("pid 12 on /dev/pts/3"), or another errno and its reason in who.
 */
int remind_lock(char *who, size_t size);
/* `remind --status`: print the one line; the exit status (0). */
int remind_status(void);

/*
 * The routine the reminder offers at t: the plan's next due routine (when
 * offer is "plan" and a plan is active), else the routine named by offer,
 * else desk-reset, else the shortest routine.  NULL with no routines.
 */
const struct routine *remind_offer(struct remind *r, time_t t);
/*
 * Tell --status: state is "wait", "due", "off" or "run"; when is a real
 * (unscaled) wall time in seconds (0 for none); id the routine offered.
 * Written only when it changes, atomically (a new file renamed over).
 */
void remind_state_write(struct remind *r, const char *state, time_t when,
    const char *id);
/* A break the person skipped or snoozed goes into the log. */
void remind_log_break(struct remind *r, const struct routine *rt,
    bool skipped);

/* The reminder's screen and loop (ui-remind.c).  Returns the exit status. */
int ui_remind_main(struct remind *r);

#endif
