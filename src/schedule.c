/*
 * schedule.c - when a break is due (see schedule.h): the interval, working
 * hours and days, snooze and skip, breaks taken elsewhere, and the rule for
 * time the computer spent asleep.  All local-time arithmetic goes through
 * localtime_r and mktime (tm_isdst -1), so a DST change moves working hours
 * with the wall clock while an interval stays so many real seconds.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "schedule.h"

#define SCHEDULE_DURATION_MAX (24u * 3600u)

static const char *const schedule_days[7] = {
	"mon", "tue", "wed", "thu", "fri", "sat", "sun"
};
static const char *const schedule_day_names[7] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday"
};

int
schedule_parse_duration(const char *s, unsigned *seconds)
{
	static const char units[] = "hms";
	static const unsigned mult[] = { 3600, 60, 1 };
	unsigned long total = 0, v;
	int next = 0, i;
	const char *p = s;

	if (s == NULL || *s == '\0')
		return -1;
	while (*p != '\0') {
		if (!isdigit((unsigned char)*p))
			return -1;
		v = 0;
		while (isdigit((unsigned char)*p)) {
			v = v * 10 + (unsigned long)(*p++ - '0');
			if (v > SCHEDULE_DURATION_MAX)
				return -1;
		}
		/* the unit: one of h, m, s, each after the ones before it */
		for (i = next; i < 3 && units[i] != *p; i++)
			;
		if (i == 3 || *p == '\0')
			return -1;
		total += v * mult[i];
		if (total > SCHEDULE_DURATION_MAX)
			return -1;
		next = i + 1;
		p++;
	}
	if (total == 0)
		return -1;
	*seconds = (unsigned)total;
	return 0;
}

void
schedule_format_left(unsigned seconds, char *buf, size_t size)
{
	unsigned m;

	if (seconds < 60) {
		snprintf(buf, size, "%us", seconds);
		return;
	}
	m = (seconds + 59) / 60;
	if (m < 60)
		snprintf(buf, size, "%um", m);
	else
		snprintf(buf, size, "%uh%02um", m / 60, m % 60);
}

void
schedule_format_duration(unsigned seconds, char *buf, size_t size)
{
	unsigned h = seconds / 3600, m = seconds % 3600 / 60, s = seconds % 60;
	size_t n = 0;

	buf[0] = '\0';
	if (h)
		n += (size_t)snprintf(buf + n, size - n, "%uh", h);
	if (m && n < size)
		n += (size_t)snprintf(buf + n, size - n, "%um", m);
	if ((s || seconds == 0) && n < size)
		snprintf(buf + n, size - n, "%us", s);
}

int
schedule_day_from_name(const char *s)
{
	int d;

	for (d = 0; d < 7; d++)
		if (strcmp(s, schedule_days[d]) == 0 ||
		    strcmp(s, schedule_day_names[d]) == 0)
			return d;
	return -1;
}

const char *
schedule_day_name(int day)
{
	return day >= 0 && day < 7 ? schedule_days[day] : "?";
}

int
schedule_parse_days(const char *s, unsigned *mask)
{
	char buf[128], *save, *part, *dash;
	unsigned m = 0;
	int a, b;

	if (strcmp(s, "all") == 0) {
		*mask = SCHEDULE_DAYS_ALL;
		return 0;
	}
	if (strlen(s) >= sizeof buf || *s == '\0')
		return -1;
	strcpy(buf, s);
	if (buf[strlen(buf) - 1] == ',' || buf[0] == ',' || strstr(buf, ",,"))
		return -1;
	for (part = strtok_r(buf, ",", &save); part != NULL;
	    part = strtok_r(NULL, ",", &save)) {
		while (*part == ' ')
			part++;
		if ((dash = strchr(part, '-')) != NULL)
			*dash++ = '\0';
		if ((a = schedule_day_from_name(part)) < 0)
			return -1;
		b = dash ? schedule_day_from_name(dash) : a;
		/* a range runs forwards within one week: fri-mon is not one */
		if (b < a)
			return -1;
		for (; a <= b; a++)
			m |= 1u << a;
	}
	*mask = m;
	return 0;
}

/* Day d (0 is Monday) as the file writes it, or as the locale does. */
static const char *
schedule_day_word(int d, bool local, char *buf, size_t size)
{
	struct tm tm;

	if (!local)
		return schedule_days[d];
	memset(&tm, 0, sizeof tm);
	tm.tm_wday = (d + 1) % 7;
	if (strftime(buf, size, "%a", &tm) == 0)
		snprintf(buf, size, "%s", schedule_days[d]);
	return buf;
}

static void
schedule_format_days_as(unsigned mask, bool local, char *buf, size_t size)
{
	char w1[64], w2[64];
	size_t n = 0;
	int d = 0, e, k;

	buf[0] = '\0';
	if ((mask & SCHEDULE_DAYS_ALL) == SCHEDULE_DAYS_ALL) {
		snprintf(buf, size, "%s", local ? "" : "all");
		return;
	}
	while (d < 7 && n < size) {
		if (!(mask & (1u << d))) {
			d++;
			continue;
		}
		for (e = d; e + 1 < 7 && (mask & (1u << (e + 1))); e++)
			;
		/* three days or more in a row read better as a range */
		if (e >= d + 2)
			n += (size_t)snprintf(buf + n, size - n, "%s%s-%s",
			    n ? "," : "", schedule_day_word(d, local, w1,
			    sizeof w1), schedule_day_word(e, local, w2,
			    sizeof w2));
		else
			for (k = d; k <= e && n < size; k++)
				n += (size_t)snprintf(buf + n, size - n, "%s%s",
				    n ? "," : "", schedule_day_word(k, local,
				    w1, sizeof w1));
		d = e + 1;
	}
}

void
schedule_format_days(unsigned mask, char *buf, size_t size)
{
	schedule_format_days_as(mask, false, buf, size);
}

void
schedule_format_days_local(unsigned mask, char *buf, size_t size)
{
	schedule_format_days_as(mask, true, buf, size);
}

/* "9", "09", "9:30", "09:30" -> minutes; "24:00" allowed as an end. */
static int
schedule_parse_clock(const char *s, size_t len, unsigned *min)
{
	unsigned h = 0, m = 0;
	size_t i = 0, nd = 0;

	while (i < len && isdigit((unsigned char)s[i]) && nd < 2) {
		h = h * 10 + (unsigned)(s[i++] - '0');
		nd++;
	}
	if (nd == 0)
		return -1;
	if (i < len) {
		if (s[i++] != ':' || len - i != 2 ||
		    !isdigit((unsigned char)s[i]) ||
		    !isdigit((unsigned char)s[i + 1]))
			return -1;
		m = (unsigned)(s[i] - '0') * 10 + (unsigned)(s[i + 1] - '0');
	}
	if (m > 59 || h > 24 || (h == 24 && m != 0))
		return -1;
	*min = h * 60 + m;
	return 0;
}

int
schedule_parse_hours(const char *s, unsigned *from_min, unsigned *to_min)
{
	const char *dash;
	unsigned a, b;

	if (strcmp(s, "all") == 0) {
		*from_min = 0;
		*to_min = 24 * 60;
		return 0;
	}
	if ((dash = strchr(s, '-')) == NULL ||
	    schedule_parse_clock(s, (size_t)(dash - s), &a) != 0 ||
	    schedule_parse_clock(dash + 1, strlen(dash + 1), &b) != 0 ||
	    a >= b)
		return -1;
	*from_min = a;
	*to_min = b;
	return 0;
}

int
schedule_weekday(time_t t)
{
	struct tm tm;

	if (localtime_r(&t, &tm) == NULL)
		return 0;
	return (tm.tm_wday + 6) % 7;
}

/* The local day holding t moved by `days`, at `min` minutes on the wall clock. */
static time_t
schedule_at(time_t t, int days, unsigned min)
{
	struct tm tm;

	if (localtime_r(&t, &tm) == NULL)
		return t;
	tm.tm_mday += days;
	tm.tm_hour = (int)(min / 60);
	tm.tm_min = (int)(min % 60);
	tm.tm_sec = 0;
	tm.tm_isdst = -1;
	return mktime(&tm);
}

bool
schedule_working(const struct schedule_cfg *c, time_t t)
{
	struct tm tm;
	unsigned min;

	if (localtime_r(&t, &tm) == NULL)
		return false;
	if (!(c->days & (1u << ((tm.tm_wday + 6) % 7))))
		return false;
	min = (unsigned)(tm.tm_hour * 60 + tm.tm_min);
	return min >= c->from_min && min < c->to_min;
}

time_t
schedule_work_begins(const struct schedule_cfg *c, time_t t)
{
	time_t b;
	int k;

	if (schedule_working(c, t))
		return t;
	for (k = 0; k <= 7; k++) {
		if (!(c->days & (1u << ((schedule_weekday(t) + k) % 7))))
			continue;
		b = schedule_at(t, k, c->from_min);
		if (b > t)
			return b;
	}
	return (time_t)-1;
}

time_t
schedule_work_ends(const struct schedule_cfg *c, time_t t)
{
	return schedule_at(t, 0, c->to_min);
}

static void
schedule_restart(struct schedule *s, time_t t)
{
	s->start = t;
	s->due = t + (time_t)s->cfg.every;
	s->state = SCHED_WAIT;
	s->snoozed = false;
}

void
schedule_init(struct schedule *s, const struct schedule_cfg *c, time_t now)
{
	memset(s, 0, sizeof *s);
	s->cfg = *c;
	s->last = now;
	schedule_restart(s, now);
	if (!schedule_working(c, now))
		s->state = SCHED_OFF;
}

bool
schedule_tick(struct schedule *s, time_t now)
{
	bool away = now < s->last ||
	    now - s->last > SCHEDULE_AWAY_SECONDS;
	time_t begin;

	s->last = now;
	if (!schedule_working(&s->cfg, now)) {
		s->state = SCHED_OFF;
		return false;
	}
	if (away)
		schedule_restart(s, now);
	else if (s->state == SCHED_OFF) {
		/* working time began: count from its start, not from last night */
		begin = schedule_at(now, 0, s->cfg.from_min);
		if (s->start < begin)
			schedule_restart(s, begin);
		else
			s->state = SCHED_WAIT;
	}
	if (s->state == SCHED_WAIT && now >= s->due) {
		s->state = SCHED_DUE;
		return true;
	}
	return false;
}

void
schedule_snooze(struct schedule *s, time_t now)
{
	s->due = now + (time_t)s->cfg.snooze;
	s->snoozed = true;
	if (s->state == SCHED_DUE)
		s->state = SCHED_WAIT;
}

void
schedule_skip(struct schedule *s, time_t now)
{
	enum schedule_state st = s->state;

	schedule_restart(s, now);
	if (st == SCHED_OFF)
		s->state = SCHED_OFF;
}

void
schedule_break_taken(struct schedule *s, time_t end, time_t now)
{
	enum schedule_state st = s->state;

	if (end > now)
		end = now;
	if (end <= s->start)
		return;
	schedule_restart(s, end);
	if (st == SCHED_OFF)
		s->state = SCHED_OFF;
}

time_t
schedule_next_change(const struct schedule *s, time_t now)
{
	time_t end;

	switch (s->state) {
	case SCHED_OFF:
		return schedule_work_begins(&s->cfg, now);
	case SCHED_WAIT:
		end = schedule_work_ends(&s->cfg, now);
		return s->due < end ? s->due : end;
	case SCHED_DUE:
	default:
		return schedule_work_ends(&s->cfg, now);
	}
}
