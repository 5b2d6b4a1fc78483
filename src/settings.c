/*
 * settings.c - the optional settings file (config.yaml), read through the
 * same strict loader as routines.  Fields absent from the file keep the
 * value they had, so callers apply defaults first and options after.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <cyaml/cyaml.h>

#include "i18n.h"
#include "routine.h"
#include "schedule.h"
#include "settings.h"
#include "yamlload.h"

#define SETTINGS_READY_MAX 60
#define SETTINGS_VOLUME_MAX 100

static const cyaml_schema_field_t remind_fields[] = {
	CYAML_FIELD_STRING("every", CYAML_FLAG_OPTIONAL,
	    struct settings_remind, every, 0),
	CYAML_FIELD_STRING("snooze", CYAML_FLAG_OPTIONAL,
	    struct settings_remind, snooze, 0),
	CYAML_FIELD_STRING("hours", CYAML_FLAG_OPTIONAL,
	    struct settings_remind, hours, 0),
	CYAML_FIELD_STRING("days", CYAML_FLAG_OPTIONAL,
	    struct settings_remind, days, 0),
	CYAML_FIELD_STRING("offer", CYAML_FLAG_OPTIONAL,
	    struct settings_remind, offer, 0),
	CYAML_FIELD_BOOL("notify", CYAML_FLAG_OPTIONAL, struct settings_remind,
	    notify),
	CYAML_FIELD_END
};

static const cyaml_schema_field_t settings_fields[] = {
	CYAML_FIELD_UINT("ready-seconds", CYAML_FLAG_OPTIONAL, struct settings,
	    ready_seconds),
	CYAML_FIELD_BOOL("sound", CYAML_FLAG_OPTIONAL, struct settings, sound),
	CYAML_FIELD_BOOL("bell", CYAML_FLAG_OPTIONAL, struct settings, bell),
	CYAML_FIELD_BOOL("voice", CYAML_FLAG_OPTIONAL, struct settings, voice),
	CYAML_FIELD_BOOL("color", CYAML_FLAG_OPTIONAL, struct settings, color),
	CYAML_FIELD_BOOL("ask-pain", CYAML_FLAG_OPTIONAL, struct settings,
	    ask_pain),
	CYAML_FIELD_MAPPING("remind", CYAML_FLAG_OPTIONAL, struct settings,
	    remind, remind_fields),
	CYAML_FIELD_UINT("volume", CYAML_FLAG_OPTIONAL, struct settings,
	    volume),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t settings_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, struct settings, settings_fields),
};

static const struct yamlload_rule settings_rules[] = {
	YAMLLOAD_RANGE(settings_fields, "ready-seconds", 0, SETTINGS_READY_MAX),
	YAMLLOAD_RANGE(settings_fields, "volume", 0, SETTINGS_VOLUME_MAX),
	YAMLLOAD_RULES_END
};

/* A file with only comments is as good as none: the defaults stand. */
static const struct yamlload_format settings_format = {
	&settings_schema, settings_rules, true
};

void
settings_defaults(struct settings *s)
{
	s->ready_seconds = 5;
	s->sound = true;
	s->bell = false;
	s->voice = false;
	s->color = true;
	s->ask_pain = true;
	snprintf(s->remind.every, sizeof s->remind.every, "45m");
	snprintf(s->remind.snooze, sizeof s->remind.snooze, "5m");
	snprintf(s->remind.hours, sizeof s->remind.hours, "all");
	snprintf(s->remind.days, sizeof s->remind.days, "all");
	snprintf(s->remind.offer, sizeof s->remind.offer, "plan");
	s->remind.notify = true;
	s->volume = SETTINGS_VOLUME_MAX;
}

/* The value at a path of the map when it is one value, else NULL. */
static const char *
settings_scalar(const struct yamlload_map *m, const char *path)
{
	const struct yamlload_node *n = yamlload_find(m, "%s", path);

	return n != NULL && n->type == YAMLLOAD_SCALAR ? n->value : NULL;
}

/* Keep the error a check set in e, when it said -1. */
#define KEEP(rc) yamlload_errors_keep(errs, (rc), &e)

/*
 * The reminder's keys (written as people write them), read from the map so
 * that they are checked even when the structure check found errors: each
 * error at its value, into errs.
 */
static void
settings_check(const char *path, const struct yamlload_map *m,
    struct yamlload_errors *errs)
{
	struct bc_error e;
	const char *v;
	unsigned n, a, b;

	if ((v = settings_scalar(m, "remind.every")) != NULL &&
	    (schedule_parse_duration(v, &n) != 0 || n < 60))
		/* TRANSLATORS: "'5x': want a duration like 45m, 1h30m or
		 * 90s, at least 1m"; 1m is as it is written in the file */
		KEEP(yamlload_error(&e, path, m, "remind.every",
		    _("'%s': %s, at least 1m"), v, _(SCHEDULE_DURATION_HINT)));
	if ((v = settings_scalar(m, "remind.snooze")) != NULL &&
	    schedule_parse_duration(v, &n) != 0)
		KEEP(yamlload_error(&e, path, m, "remind.snooze", "'%s': %s",
		    v, _(SCHEDULE_DURATION_HINT)));
	if ((v = settings_scalar(m, "remind.hours")) != NULL &&
	    schedule_parse_hours(v, &a, &b) != 0)
		KEEP(yamlload_error(&e, path, m, "remind.hours",
		    /* TRANSLATORS: all is a word of the file: keep it */
		    _("'%s' is not a span of hours (like 09:00-17:30, or all)"),
		    v));
	if ((v = settings_scalar(m, "remind.days")) != NULL &&
	    schedule_parse_days(v, &n) != 0)
		KEEP(yamlload_error(&e, path, m, "remind.days",
		    /* TRANSLATORS: mon-fri, mon,wed,fri and all are words of
		     * the file: keep them */
		    _("'%s' is not a set of days (like mon-fri, mon,wed,fri, "
		    "or all)"), v));
	if ((v = settings_scalar(m, "remind.offer")) != NULL &&
	    strcmp(v, "plan") != 0 && !routine_id_valid(v))
		KEEP(yamlload_error(&e, path, m, "remind.offer",
		    /* TRANSLATORS: plan is a word of the file: keep it */
		    _("'%s' is not a routine id (or plan)"), v));
}

/* Copy what the file says over what s holds. */
static void
settings_copy(const struct yamlload_map *m, const struct settings *f,
    struct settings *s)
{
	if (yamlload_find(m, "remind.every"))
		memcpy(s->remind.every, f->remind.every, sizeof s->remind.every);
	if (yamlload_find(m, "remind.snooze"))
		memcpy(s->remind.snooze, f->remind.snooze,
		    sizeof s->remind.snooze);
	if (yamlload_find(m, "remind.hours"))
		memcpy(s->remind.hours, f->remind.hours, sizeof s->remind.hours);
	if (yamlload_find(m, "remind.days"))
		memcpy(s->remind.days, f->remind.days, sizeof s->remind.days);
	if (yamlload_find(m, "remind.offer"))
		memcpy(s->remind.offer, f->remind.offer, sizeof s->remind.offer);
	if (yamlload_find(m, "remind.notify"))
		s->remind.notify = f->remind.notify;
	if (yamlload_find(m, "ready-seconds"))
		s->ready_seconds = f->ready_seconds;
	if (yamlload_find(m, "sound"))
		s->sound = f->sound;
	if (yamlload_find(m, "bell"))
		s->bell = f->bell;
	if (yamlload_find(m, "voice"))
		s->voice = f->voice;
	if (yamlload_find(m, "color"))
		s->color = f->color;
	if (yamlload_find(m, "ask-pain"))
		s->ask_pain = f->ask_pain;
	if (yamlload_find(m, "volume"))
		s->volume = f->volume;
}

/* Read path into s; every error into errs, in the order found; 0 or -1. */
static int
settings_load_all(const char *path, struct settings *s,
    struct yamlload_errors *errs, int *errno_out)
{
	struct yamlload_map *m = NULL;
	size_t before = errs->count + errs->dropped, first;
	void *data;

	if (yamlload_load_map(path, &settings_format, &data, &m, errs,
	    errno_out) == -1 && m == NULL)
		return -1;
	if (m == NULL)
		return 0;	/* only comments: the defaults stand */
	first = errs->count;
	settings_check(path, m, errs);
	yamlload_errors_drop_same_place(errs, first);
	if (errs->count + errs->dropped == before)
		settings_copy(m, data, s);
	yamlload_map_free(m);
	yamlload_free(&settings_schema, data);
	return errs->count + errs->dropped == before ? 0 : -1;
}

int
settings_load(const char *path, struct settings *s, struct bc_error *err)
{
	struct yamlload_errors errs = { NULL, 0, 0, 0 };
	int e = 0, rc;

	rc = settings_load_all(path, s, &errs, &e);
	if (rc == -1 && e == ENOENT)
		rc = 0;		/* no file: the defaults stand */
	else if (rc == -1) {
		*err = errs.v[0];
	}
	yamlload_errors_free(&errs);
	return rc;
}

int
settings_check_file(const char *path, struct yamlload_errors *errs)
{
	struct settings s;
	int rc;

	settings_defaults(&s);
	rc = settings_load_all(path, &s, errs, NULL);
	yamlload_errors_sort(errs);
	return rc;
}
