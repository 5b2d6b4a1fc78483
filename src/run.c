/*
 * run.c - what the screen and plain mode share about a session that ends:
 * the log record it leaves.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "log.h"
#include "session.h"

void
run_make_record(struct log_record *rec, const struct session *s,
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
	/* elapsed does not move once the session is over: any time will do */
	rec->done = (unsigned)((session_elapsed(s, 0) + 500) / 1000);
	rec->steps_done = session_steps_done(s);
	rec->steps_total = session_steps_total(s);
	rec->outcome = s->state == SESSION_FINISHED ? LOG_COMPLETED : LOG_ABANDONED;
	rec->pain_before = pain_before;
	rec->pain_after = pain_after;
	snprintf(rec->progver, sizeof rec->progver, "%s", PACKAGE_VERSION);
}
