/*
 * plan.c - the plan file (plan.yaml): its schema as data, its own rules
 * (dates in order, known day names, one of times-a-day or times-a-week,
 * routines that exist), and counting it against the log for `today`,
 * `history`, the picker and the reminder.  See plan.h for the counting
 * rules.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>

#include <cyaml/cyaml.h>

#include "history.h"
#include "i18n.h"
#include "library.h"
#include "paths.h"
#include "plan.h"
#include "routine.h"
#include "schedule.h"
#include "text.h"
#include "xmalloc.h"
#include "yaml-map.h"
#include "yamlload.h"

#define PLAN_DATE_MAX 32

static const cyaml_schema_value_t plan_string_schema = {
	CYAML_VALUE_STRING(CYAML_FLAG_POINTER, char, 0, YAMLLOAD_TEXT_MAX),
};

static const cyaml_schema_field_t plan_item_fields[] = {
	CYAML_FIELD_STRING_PTR("routine", CYAML_FLAG_POINTER, struct plan_item,
	    routine, 1, YAMLLOAD_TEXT_MAX),
	CYAML_FIELD_UINT("times-a-day", CYAML_FLAG_OPTIONAL, struct plan_item,
	    times_a_day),
	CYAML_FIELD_UINT("times-a-week", CYAML_FLAG_OPTIONAL, struct plan_item,
	    times_a_week),
	CYAML_FIELD_SEQUENCE("days", CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL,
	    struct plan_item, days, &plan_string_schema, 0, 7),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t plan_item_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct plan_item,
	    plan_item_fields),
};

static const cyaml_schema_field_t plan_fields[] = {
	CYAML_FIELD_STRING_PTR("title", CYAML_FLAG_POINTER, struct plan, title,
	    1, YAMLLOAD_TEXT_MAX),
	CYAML_FIELD_STRING_PTR("from", CYAML_FLAG_POINTER, struct plan, from,
	    1, PLAN_DATE_MAX),
	CYAML_FIELD_STRING_PTR("until", CYAML_FLAG_POINTER, struct plan, until,
	    1, PLAN_DATE_MAX),
	CYAML_FIELD_SEQUENCE("items", CYAML_FLAG_POINTER, struct plan, items,
	    &plan_item_schema, 0, PLAN_ITEMS_MAX),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t plan_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, struct plan, plan_fields),
};

static const struct yamlload_rule plan_rules[] = {
	YAMLLOAD_RANGE(plan_item_fields, "times-a-day", 1, PLAN_TIMES_MAX),
	YAMLLOAD_RANGE(plan_item_fields, "times-a-week", 1, PLAN_TIMES_MAX),
	YAMLLOAD_RULES_END
};

static const struct yamlload_format plan_format = {
	&plan_schema, plan_rules, false
};

/* Keep the error a check set in e, when it said -1. */
#define KEEP(rc) yamlload_errors_keep(errs, (rc), &e)

/* The scalar at a path of the map, or NULL (absent, or not one value). */
static const char *
plan_scalar(const struct yamlload_map *m, const char *path)
{
	const struct yamlload_node *n = yamlload_find(m, "%s", path);

	return n != NULL && n->type == YAMLLOAD_SCALAR ? n->value : NULL;
}

/* Has the item a field the plan does not know (a typo said already)? */
static bool
plan_item_unknown_key(const struct yamlload_map *m,
    const struct yamlload_node *item)
{
	const char *k;
	size_t j, f;

	for (j = 0; j < item->nkids; j++) {
		k = m->nodes[item->kids[j]].key;
		for (f = 0; plan_item_fields[f].key != NULL; f++)
			if (k != NULL && strcmp(k, plan_item_fields[f].key) == 0)
				break;
		if (plan_item_fields[f].key == NULL)
			return true;
	}
	return false;
}

/*
 * One item, read from the map (so that it runs after the structure check
 * too, whatever that found): every error into errs.  What the structure
 * check says (types, ranges, empty text) is not said again.
 */
static void
plan_check_item(const struct yamlload_map *m, const struct yamlload_node *item,
    unsigned i, const char *file, const struct library *lib,
    struct yamlload_errors *errs)
{
	const struct yamlload_node *n;
	const char *id, *other, *hint;
	struct bc_error e;
	bool day, week;
	char path[64];
	unsigned j;

	snprintf(path, sizeof path, "items.%u.routine", i);
	id = plan_scalar(m, path);
	if (id != NULL && id[strspn(id, " \t\n")] != '\0' &&
	    !yaml_map_null_word(id)) {
		for (j = 0; j < i; j++) {
			snprintf(path, sizeof path, "items.%u.routine", j);
			if ((other = plan_scalar(m, path)) != NULL &&
			    strcmp(other, id) == 0)
				break;
		}
		snprintf(path, sizeof path, "items.%u.routine", i);
		if (!routine_id_valid(id))
			KEEP(yamlload_error(&e, file, m, path,
			    _("'%.64s' is not a valid routine id"), id));
		else if (j < i)
			KEEP(yamlload_error(&e, file, m, path,
			    _("routine '%s' is in the plan twice (item %u too)"),
			    id, j + 1));
		else if (lib != NULL && library_find(lib, id) == NULL) {
			if ((hint = library_suggest(lib, id)) != NULL)
				KEEP(yamlload_error(&e, file, m, path,
				    _("no routine '%s' (did you mean '%s'?)"),
				    id, hint));
			else
				KEEP(yamlload_error(&e, file, m, path,
				    _("no routine '%s' (see backcoach list)"),
				    id));
		}
	}
	day = yamlload_find(m, "items.%u.times-a-day", i) != NULL;
	week = yamlload_find(m, "items.%u.times-a-week", i) != NULL;
	snprintf(path, sizeof path, "items.%u.times-a-week", i);
	if (day && week)
		/* TRANSLATORS: times-a-day, times-a-week and days are the
		 * plan file's words, not translated */
		KEEP(yamlload_error(&e, file, m, path, "%s", _("an item has "
		    "times-a-day or times-a-week, not both")));
	if (!day && !week && !plan_item_unknown_key(m, item)) {
		snprintf(path, sizeof path, "items.%u", i);
		KEEP(yamlload_error(&e, file, m, path, _("item '%s' needs "
		    "times-a-day or times-a-week"), id ? id : "?"));
	}
	if ((n = yamlload_find(m, "items.%u.days", i)) == NULL)
		return;
	snprintf(path, sizeof path, "items.%u.days", i);
	if (week) {
		KEEP(yamlload_error(&e, file, m, path, "%s", _("'days' goes "
		    "with times-a-day (for times-a-week any day will do)")));
		return;
	}
	if (n->type != YAMLLOAD_SEQUENCE)
		return;		/* the structure check said what it is */
	if (n->nkids == 0)
		KEEP(yamlload_error(&e, file, m, path, "%s",
		    _("'days' is empty")));
	for (j = 0; j < n->nkids; j++) {
		const struct yamlload_node *d = &m->nodes[n->kids[j]];

		snprintf(path, sizeof path, "items.%u.days.%u", i, j);
		if (d->type == YAMLLOAD_SCALAR &&
		    schedule_day_from_name(d->value) < 0)
			/* TRANSLATORS: the day names are the file's words */
			KEEP(yamlload_error(&e, file, m, path, _("unknown day "
			    "'%.32s' (mon, tue, wed, thu, fri, sat, sun)"),
			    d->value));
	}
}

/* A date the file gives as one value that is not blank (else NULL). */
static const char *
plan_date_word(const struct yamlload_map *m, const char *path)
{
	const char *v = plan_scalar(m, path);

	return v != NULL && v[strspn(v, " \t\n")] != '\0' &&
	    !yaml_map_null_word(v) ? v : NULL;
}

/*
 * The plan's own rules, on the map: every error into errs.  They run
 * whether or not the structure check found errors, so that one validate
 * says them all.
 */
static void
plan_check(const struct yamlload_map *m, const char *file,
    const struct library *lib, struct yamlload_errors *errs)
{
	const struct yamlload_node *items;
	const char *from, *until;
	struct bc_error e;
	time_t first = 0, last = 0;
	bool from_ok = false, until_ok = false;
	size_t i;

	if ((from = plan_date_word(m, "from")) != NULL &&
	    !(from_ok = history_parse_date(from, &first) == 0))
		KEEP(yamlload_error(&e, file, m, "from", _("'%s' is not a "
		    "date (want YYYY-MM-DD)"), from));
	if ((until = plan_date_word(m, "until")) != NULL &&
	    !(until_ok = history_parse_date(until, &last) == 0))
		KEEP(yamlload_error(&e, file, m, "until", _("'%s' is not a "
		    "date (want YYYY-MM-DD)"), until));
	if (from_ok && until_ok && last < first)
		/* TRANSLATORS: the dates are until: and from: as written */
		KEEP(yamlload_error(&e, file, m, "until", _("the plan ends "
		    "(%s) before it starts (%s)"), until, from));
	if ((items = yamlload_find(m, "items")) == NULL ||
	    items->type != YAMLLOAD_SEQUENCE)
		return;
	if (items->nkids == 0)
		KEEP(yamlload_error(&e, file, m, "items", "%s",
		    _("'items' is empty")));
	for (i = 0; i < items->nkids && i < PLAN_ITEMS_MAX; i++)
		if (m->nodes[items->kids[i]].type == YAMLLOAD_MAPPING)
			plan_check_item(m, &m->nodes[items->kids[i]],
			    (unsigned)i, file, lib, errs);
}

/* What a plan that passed its checks holds beyond the file's text. */
static void
plan_fill(struct plan *p)
{
	time_t last;
	unsigned i, j;
	int d;

	(void)history_parse_date(p->from, &p->first);
	(void)history_parse_date(p->until, &last);
	p->end = history_day_start(last, 1);
	for (i = 0; i < p->items_count; i++) {
		struct plan_item *it = &p->items[i];

		it->day_mask = it->days_count > 0 ? 0 : SCHEDULE_DAYS_ALL;
		for (j = 0; j < it->days_count; j++)
			if ((d = schedule_day_from_name(it->days[j])) >= 0)
				it->day_mask |= 1u << d;
	}
}

/* Load path; every error found goes into errs, in the order found. */
static int
plan_load_all(const char *path, const struct library *lib, struct plan **out,
    struct yamlload_errors *errs, int *errno_out)
{
	struct yamlload_map *m = NULL;
	size_t before = errs->count + errs->dropped, first;
	void *data;

	*out = NULL;
	if (yamlload_load_map(path, &plan_format, &data, &m, errs,
	    errno_out) == -1 && m == NULL)
		return -1;
	first = errs->count;
	plan_check(m, path, lib, errs);
	/* one error a place: the structure check's */
	yamlload_errors_drop_same_place(errs, first);
	yamlload_map_free(m);
	if (errs->count + errs->dropped > before) {
		yamlload_free(&plan_schema, data);
		return -1;
	}
	plan_fill(data);
	*out = data;
	return 0;
}

int
plan_load(const char *path, const struct library *lib, struct plan **out,
    struct bc_error *err, int *errno_out)
{
	struct yamlload_errors errs = { NULL, 0, 0, 0 };
	int rc;

	if ((rc = plan_load_all(path, lib, out, &errs, errno_out)) == -1) {
		*err = errs.v[0];
	}
	yamlload_errors_free(&errs);
	return rc;
}

void
plan_free(struct plan *p)
{
	yamlload_free(&plan_schema, p);
}

bool
plan_file_looks_like(const char *path)
{
	const char *base = strrchr(path, '/');
	char line[256];
	bool yes = false;
	struct stat st;
	size_t seen = 0;
	FILE *fp;
	int fd;

	base = base ? base + 1 : path;
	if (strcmp(base, PLAN_FILE_NAME) == 0)
		return true;
	/* only a regular file is looked into: a FIFO must not block, nor
	 * /dev/zero run on; the loader refuses them with a reason */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) == -1)
		return false;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
	    (fp = fdopen(fd, "r")) == NULL) {
		close(fd);
		return false;
	}
	/* a top-level `items:` (routines have `steps:`), in the first 64 KiB */
	while (!yes && seen < 65536 && fgets(line, sizeof line, fp) != NULL) {
		yes = strncmp(line, "items:", 6) == 0;
		seen += strlen(line) + 1;
	}
	fclose(fp);
	return yes;
}

const char *
plan_default_path(void)
{
	static char buf[4096];

	snprintf(buf, sizeof buf, "%s/%s", paths_config_dir(), PLAN_FILE_NAME);
	return buf;
}

bool
plan_covers(const struct plan *p, time_t t)
{
	return t >= p->first && t < p->end;
}

/* Completed sessions of id that started in [from, to). */
static unsigned
plan_done_between(const char *id, const struct log_record *recs, size_t n,
    time_t from, time_t to)
{
	unsigned c = 0;
	size_t i;

	for (i = 0; i < n; i++)
		if (recs[i].outcome == LOG_COMPLETED &&
		    recs[i].start >= from && recs[i].start < to &&
		    strcmp(recs[i].routine, id) == 0)
			c++;
	return c;
}

void
plan_count_day(const struct plan *p, unsigned i,
    const struct log_record *recs, size_t n, time_t t,
    struct plan_count *c)
{
	const struct plan_item *it = &p->items[i];
	time_t day = history_day_start(t, 0);

	c->done = plan_done_between(it->routine, recs, n, day,
	    history_day_start(t, 1));
	c->planned = 0;
	if (it->times_a_day > 0 && plan_covers(p, day) &&
	    (it->day_mask & (1u << schedule_weekday(day))))
		c->planned = it->times_a_day;
}

void
plan_count_week(const struct plan *p, unsigned i,
    const struct log_record *recs, size_t n, time_t t,
    struct plan_count *c)
{
	const struct plan_item *it = &p->items[i];
	time_t week = history_week_start(t), day, next;
	unsigned k, days_in = 0, done = 0, d;

	c->done = c->planned = 0;
	for (k = 0; k < 7; k++) {
		day = history_day_start(week, (int)k);
		next = history_day_start(week, (int)k + 1);
		if (!plan_covers(p, day))
			continue;
		days_in++;
		d = plan_done_between(it->routine, recs, n, day, next);
		if (it->times_a_day > 0) {
			if (!(it->day_mask & (1u << k)))
				continue;
			c->planned += it->times_a_day;
			c->done += d < it->times_a_day ? d : it->times_a_day;
		} else
			done += d;
	}
	if (it->times_a_week > 0) {
		c->planned = (it->times_a_week * days_in * 2 + 7) / 14;
		c->done = done < c->planned ? done : c->planned;
	}
}

unsigned
plan_week_left(const struct plan *p, unsigned i,
    const struct log_record *recs, size_t n, time_t now)
{
	const struct plan_item *it = &p->items[i];
	time_t today = history_day_start(now, 0), week = history_week_start(now);
	time_t day;
	struct plan_count c;
	unsigned k, left = 0;

	if (it->times_a_week > 0) {
		/* any day will do, and a day may hold several */
		plan_count_week(p, i, recs, n, now, &c);
		return plan_covers(p, today) ? c.planned - c.done : 0;
	}
	for (k = 0; k < 7; k++) {
		day = history_day_start(week, (int)k);
		if (day < today || !plan_covers(p, day) ||
		    !(it->day_mask & (1u << k)))
			continue;
		if (day == today) {
			plan_count_day(p, i, recs, n, now, &c);
			left += c.done < c.planned ? c.planned - c.done : 0;
		} else
			left += it->times_a_day;
	}
	return left;
}

/* Is item i still due at t (its day, or its week, not done yet)? */
static bool
plan_item_due(const struct plan *p, unsigned i, const struct log_record *recs,
    size_t n, time_t t)
{
	struct plan_count c;

	if (p->items[i].times_a_day > 0)
		plan_count_day(p, i, recs, n, t, &c);
	else
		plan_count_week(p, i, recs, n, t, &c);
	return c.done < c.planned;
}

const char *
plan_next_due(const struct plan *p, const struct log_record *recs, size_t n,
    time_t t)
{
	unsigned i, pass;

	if (p == NULL || !plan_covers(p, t))
		return NULL;
	/* what today asks first: it is what a break is for */
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < p->items_count; i++)
			if ((p->items[i].times_a_day > 0) == (pass == 0) &&
			    plan_item_due(p, i, recs, n, t))
				return p->items[i].routine;
	return NULL;
}

bool
plan_is_due(const struct plan *p, const char *id,
    const struct log_record *recs, size_t n, time_t t)
{
	unsigned i;

	if (p == NULL || !plan_covers(p, t))
		return false;
	for (i = 0; i < p->items_count; i++)
		if (strcmp(p->items[i].routine, id) == 0)
			return plan_item_due(p, i, recs, n, t);
	return false;
}

/* A date as history writes it (the locale's: 30.11.2026 in German). */
static void
plan_date(time_t t, char *buf, size_t size)
{
	struct tm tm;

	localtime_r(&t, &tm);
	if (strftime(buf, size, history_date_format(), &tm) == 0)
		buf[0] = '\0';
}

/* A day: its weekday's short name and its date. */
static void
plan_day(time_t t, char *buf, size_t size)
{
	char wd[64], d[64];
	struct tm tm;

	localtime_r(&t, &tm);
	if (strftime(wd, sizeof wd, "%a", &tm) == 0)
		wd[0] = '\0';
	plan_date(t, d, sizeof d);
	/* TRANSLATORS: a weekday's short name and a date: "Thu 2026-12-03" */
	snprintf(buf, size, _("%s %s"), wd, d);
}

static int
plan_id_width(const struct plan *p)
{
	size_t w = 8, i;

	for (i = 0; i < p->items_count; i++)
		if (strlen(p->items[i].routine) > w)
			w = strlen(p->items[i].routine);
	return (int)w;
}

/* Whole local days from a to b (both local midnights), DST-safe. */
static long
plan_days_between(time_t a, time_t b)
{
	return (long)((b - a + 43200) / 86400);
}

void
plan_print_today(FILE *out, const struct plan *p,
    const struct log_record *recs, size_t n, time_t now)
{
	time_t today = history_day_start(now, 0), week;
	struct plan_count c, w;
	char d1[128], d2[128], days[512], fig[32];
	int iw = plan_id_width(p);
	long total = plan_days_between(p->first, p->end), left;
	unsigned i;

	fprintf(out, "%s\n", p->title);
	plan_date(p->first, d1, sizeof d1);
	plan_date(history_day_start(p->end, -1), d2, sizeof d2);
	if (now < p->first) {
		left = plan_days_between(today, p->first);
		fprintf(out, P_("The plan starts on %s (in %ld day).\n",
		    "The plan starts on %s (in %ld days).\n",
		    (unsigned long)left), d1, left);
		return;
	}
	if (now >= p->end) {
		fprintf(out, _("The plan ended on %s.\n"), d2);
		return;
	}
	/* TRANSLATORS: the plan's first and last day */
	fprintf(out, _("%s to %s, day %ld of %ld\n\n"), d1, d2,
	    plan_days_between(p->first, today) + 1, total);
	plan_day(now, d1, sizeof d1);
	fprintf(out, _("Today (%s):\n"), d1);
	for (i = 0; i < p->items_count; i++) {
		const struct plan_item *it = &p->items[i];

		plan_count_day(p, i, recs, n, now, &c);
		if (it->times_a_day > 0 && c.planned > 0) {
			snprintf(fig, sizeof fig, "%u/%u", c.done, c.planned);
			if (c.done >= c.planned)
				fprintf(out, "  %-*s  %-6s %s\n", iw,
				    it->routine, fig, _("done"));
			else
				fprintf(out, _("  %-*s  %-6s %u to go\n"), iw,
				    it->routine, fig, c.planned - c.done);
		} else if (it->times_a_day > 0) {
			schedule_format_days_local(it->day_mask, days,
			    sizeof days);
			fprintf(out, _("  %-*s  not today (%s)\n"), iw,
			    it->routine, days);
		} else {
			plan_count_week(p, i, recs, n, now, &w);
			fprintf(out, _("  %-*s  %u today; %u a week\n"), iw,
			    it->routine, c.done, it->times_a_week);
		}
	}
	week = history_week_start(now);
	plan_day(week, d1, sizeof d1);
	plan_day(history_day_start(week, 6), d2, sizeof d2);
	fprintf(out, _("\nThis week (%s to %s):\n"), d1, d2);
	for (i = 0; i < p->items_count; i++) {
		plan_count_week(p, i, recs, n, now, &w);
		snprintf(fig, sizeof fig, "%u/%u", w.done, w.planned);
		left = plan_week_left(p, i, recs, n, now);
		if (w.done >= w.planned)
			fprintf(out, "  %-*s  %-6s %s\n", iw,
			    p->items[i].routine, fig, _("done"));
		else if (w.planned - w.done > (unsigned)left)
			/* TRANSLATORS: left is what can still be done this
			 * week; missed, what past days asked and did not get */
			fprintf(out, _("  %-*s  %-6s %ld left, %u missed\n"), iw,
			    p->items[i].routine, fig, left,
			    w.planned - w.done - (unsigned)left);
		else
			fprintf(out, _("  %-*s  %-6s %ld left\n"), iw,
			    p->items[i].routine, fig, left);
	}
}

/* Skipped and snoozed breaks per week, for the last weeks that have any. */
static void
plan_print_breaks(FILE *out, const struct log_record *recs, size_t n,
    time_t now)
{
	time_t week = history_week_start(now), from, to;
	unsigned sk, sn;
	bool any = false;
	char d[64];
	size_t i;
	int k;

	for (k = HISTORY_WEEKS - 1; k >= 0; k--) {
		from = history_day_start(week, -7 * k);
		to = history_day_start(from, 7);
		sk = sn = 0;
		for (i = 0; i < n; i++) {
			if (recs[i].start < from || recs[i].start >= to)
				continue;
			sk += recs[i].outcome == LOG_SKIPPED;
			sn += recs[i].outcome == LOG_SNOOZED;
		}
		if (sk == 0 && sn == 0)
			continue;
		if (!any)
			fputs(_("\nBreaks the reminder offered and put off:\n"),
			    out);
		any = true;
		plan_date(from, d, sizeof d);
		fprintf(out, _("  Week of %s:  %u skipped, %u snoozed\n"), d,
		    sk, sn);
	}
}

/* Continuation lines of a week's items start here. */
#define PLAN_WRAP_INDENT 4

void
plan_print_adherence(FILE *out, const struct plan *p,
    const struct log_record *recs, size_t n, time_t now, int width)
{
	time_t week, last;
	struct plan_count c;
	unsigned i, done, planned;
	char d[64], d2[64], head[256], item[128];
	int col, w;

	if (width <= 0)
		width = 80;
	if (p != NULL && now >= p->first) {
		plan_date(p->first, d, sizeof d);
		plan_date(history_day_start(p->end, -1), d2, sizeof d2);
		fprintf(out, _("\nPlan: %s (%s to %s)\n"), p->title, d, d2);
		last = now < p->end ? now : p->end - 1;
		for (week = history_week_start(p->first); week <= last;
		    week = history_day_start(week, 7)) {
			done = planned = 0;
			for (i = 0; i < p->items_count; i++) {
				plan_count_week(p, i, recs, n, week, &c);
				done += c.done;
				planned += c.planned;
			}
			plan_date(week, d, sizeof d);
			col = snprintf(head, sizeof head,
			    _("  Week of %s:  %u of %u planned"), d, done,
			    planned);
			if (planned > 0 && col >= 0 && (size_t)col < sizeof head)
				snprintf(head + col, sizeof head - (size_t)col,
				    " (%u%%)", done * 100 / planned);
			fprintf(out, "%s -", head);
			col = (int)text_width(head) + 2;
			/* the items, wrapped between them: an id is never cut */
			for (i = 0; i < p->items_count; i++) {
				plan_count_week(p, i, recs, n, week, &c);
				snprintf(item, sizeof item, "%s %u/%u%s",
				    p->items[i].routine, c.done, c.planned,
				    i + 1 < p->items_count ? "," : "");
				w = (int)text_width(item);
				if (col + 1 + w > width && col > PLAN_WRAP_INDENT) {
					fprintf(out, "\n%*s%s", PLAN_WRAP_INDENT,
					    "", item);
					col = PLAN_WRAP_INDENT + w;
				} else {
					fprintf(out, " %s", item);
					col += 1 + w;
				}
			}
			fputc('\n', out);
		}
	}
	plan_print_breaks(out, recs, n, now);
}

int
plan_history_hook(FILE *out, const char *path, const char *log_path,
    time_t now, int width, FILE *warn)
{
	struct log_record *recs = NULL;
	struct bc_error err;
	struct plan *p = NULL;
	time_t since;
	long n;
	int e = 0, rc = 0;

	if (path == NULL)
		path = plan_default_path();
	if (plan_load(path, NULL, &p, &err, &e) != 0) {
		if (e != ENOENT) {
			bc_error_print(&err, warn);
			rc = -1;
		}
		p = NULL;
	}
	/*
	 * the log was read and its bad lines reported already.  Only the weeks
	 * shown are read (the breaks' last HISTORY_WEEKS, the plan's): a long
	 * log is not held in memory (history's minimal hook).
	 */
	since = history_day_start(history_week_start(now), -7 * (HISTORY_WEEKS - 1));
	if (p != NULL && history_week_start(p->first) < since)
		since = history_week_start(p->first);
	if ((n = log_read_window(log_path, since, history_day_start(now, 8),
	    LOG_BREAKS, &recs, NULL)) < 0)
		n = 0;
	plan_print_adherence(out, p, recs, (size_t)n, now, width);
	free(recs);
	if (p != NULL)
		plan_free(p);
	return rc;
}

int
plan_validate_file(const char *path, struct yamlload_errors *errs)
{
	struct library lib;
	const char *dirs[4];
	struct plan *p;
	size_t n;
	int rc;

	n = paths_routine_dirs(dirs, 4);
	library_load(&lib, dirs, n, NULL);
	rc = plan_load_all(path, &lib, &p, errs, NULL);
	yamlload_errors_sort(errs);
	if (rc == 0)
		plan_free(p);
	library_free(&lib);
	return rc;
}

struct plan_view *
plan_view_open(const char *path, const char *log_path,
    const struct library *lib, FILE *warn)
{
	struct plan_view *v = xcalloc(1, sizeof *v);
	struct bc_error err;
	int e = 0;

	v->log_path = xstrdup(log_path);
	v->size = v->mtime_ns = -2;
	if (path == NULL)
		path = plan_default_path();
	if (plan_load(path, lib, &v->plan, &err, &e) != 0) {
		if (e != ENOENT && warn != NULL) {
			bc_error_print(&err, warn);
			fprintf(warn, "backcoach: %s\n",
			    _("going on without the plan"));
		}
		v->plan = NULL;
	}
	plan_view_refresh(v);
	return v;
}

void
plan_view_free(struct plan_view *v)
{
	if (v == NULL)
		return;
	if (v->plan != NULL)
		plan_free(v->plan);
	free(v->recs);
	free(v->log_path);
	free(v);
}

bool
plan_view_refresh(struct plan_view *v)
{
	static time_t since;
	struct stat st;
	long long size = -1, ns = -1;
	long n;

	if (stat(v->log_path, &st) == 0) {
		size = (long long)st.st_size;
		ns = (long long)st.st_mtim.tv_sec * 1000000000LL +
		    st.st_mtim.tv_nsec;
	}
	if (size == v->size && ns == v->mtime_ns)
		return false;
	v->size = size;
	v->mtime_ns = ns;
	free(v->recs);
	v->recs = NULL;
	v->n = 0;
	/*
	 * bad lines were reported where the log is shown; here they are
	 * skipped.  Only the recent weeks (and the plan's) are read, so that
	 * a long log is not held in memory; where they start is fixed for the
	 * life of the process, so the records keep their places as the log
	 * grows (history's minimal hook: a log of 1 000 000 records held
	 * 150 MiB here).
	 */
	if (since == 0) {
		since = history_day_start(history_week_start(time(NULL)),
		    -7 * (HISTORY_WEEKS - 1));
		if (v->plan != NULL && history_week_start(v->plan->first) < since)
			since = history_week_start(v->plan->first);
	}
	if ((n = log_read_window(v->log_path, since, 0, LOG_BREAKS, &v->recs,
	    NULL)) > 0)
		v->n = (size_t)n;
	return true;
}

bool
plan_view_active(struct plan_view *v, time_t t)
{
	return v != NULL && v->plan != NULL && plan_covers(v->plan, t);
}

const char *
plan_view_next_due(struct plan_view *v, time_t now)
{
	if (!plan_view_active(v, now))
		return NULL;
	plan_view_refresh(v);
	return plan_next_due(v->plan, v->recs, v->n, now);
}

bool
plan_view_due(struct plan_view *v, const char *id, time_t now)
{
	if (!plan_view_active(v, now))
		return false;
	plan_view_refresh(v);
	return plan_is_due(v->plan, id, v->recs, v->n, now);
}

void
plan_view_sort_due(struct plan_view *v, const struct routine **rs, size_t n,
    time_t now)
{
	const struct routine **tmp;
	size_t i, k = 0;
	bool *due;

	if (!plan_view_active(v, now) || n < 2)
		return;
	plan_view_refresh(v);
	tmp = xcalloc(n, sizeof *tmp);
	due = xcalloc(n, sizeof *due);
	for (i = 0; i < n; i++)
		if ((due[i] = plan_is_due(v->plan, rs[i]->id, v->recs, v->n, now)))
			tmp[k++] = rs[i];
	for (i = 0; i < n; i++)
		if (!due[i])
			tmp[k++] = rs[i];
	memcpy(rs, tmp, n * sizeof *rs);
	free(due);
	free(tmp);
}
