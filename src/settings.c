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

/*
 * The reminder's keys (written as people write them): a clear error at
 * the value, else copy what the file gives over what s holds.
 */
static int
settings_remind(const char *path, const struct yamlload_map *m,
    const struct settings_remind *f, struct settings_remind *s,
    struct bc_error *err)
{
	unsigned v, a, b;

	if (yamlload_find(m, "remind.every") &&
	    (schedule_parse_duration(f->every, &v) != 0 || v < 60))
		/* TRANSLATORS: "'5x': want a duration like 45m, 1h30m or
		 * 90s, at least 1m"; 1m is as it is written in the file */
		return yamlload_error(err, path, m, "remind.every",
		    _("'%s': %s, at least 1m"), f->every,
		    _(SCHEDULE_DURATION_HINT));
	if (yamlload_find(m, "remind.snooze") &&
	    schedule_parse_duration(f->snooze, &v) != 0)
		return yamlload_error(err, path, m, "remind.snooze", "'%s': %s",
		    f->snooze, _(SCHEDULE_DURATION_HINT));
	if (yamlload_find(m, "remind.hours") &&
	    schedule_parse_hours(f->hours, &a, &b) != 0)
		return yamlload_error(err, path, m, "remind.hours", 
		    /* TRANSLATORS: all is a word of the file: keep it */
		    _("'%s' is not a span of hours (like 09:00-17:30, or all)"),
		    f->hours);
	if (yamlload_find(m, "remind.days") &&
	    schedule_parse_days(f->days, &v) != 0)
		return yamlload_error(err, path, m, "remind.days", 
		    /* TRANSLATORS: mon-fri, mon,wed,fri and all are words of
		     * the file: keep them */
		    _("'%s' is not a set of days (like mon-fri, mon,wed,fri, "
		    "or all)"), f->days);
	if (yamlload_find(m, "remind.offer") && strcmp(f->offer, "plan") != 0 &&
	    !routine_id_valid(f->offer))
		return yamlload_error(err, path, m, "remind.offer", 
		    /* TRANSLATORS: plan is a word of the file: keep it */
		    _("'%s' is not a routine id (or plan)"), f->offer);
	if (yamlload_check_bool(err, path, m, "remind.notify") == -1)
		return -1;
	if (yamlload_find(m, "remind.every"))
		memcpy(s->every, f->every, sizeof s->every);
	if (yamlload_find(m, "remind.snooze"))
		memcpy(s->snooze, f->snooze, sizeof s->snooze);
	if (yamlload_find(m, "remind.hours"))
		memcpy(s->hours, f->hours, sizeof s->hours);
	if (yamlload_find(m, "remind.days"))
		memcpy(s->days, f->days, sizeof s->days);
	if (yamlload_find(m, "remind.offer"))
		memcpy(s->offer, f->offer, sizeof s->offer);
	if (yamlload_find(m, "remind.notify"))
		s->notify = f->notify;
	return 0;
}

int
settings_load(const char *path, struct settings *s, struct bc_error *err)
{
	struct yamlload_map *m;
	struct settings *f;
	void *data;
	int e;

	if (yamlload_file_as(path, &settings_format, &data, &m, err, &e) == -1)
		return e == ENOENT ? 0 : -1;	/* no file: the defaults stand */
	if ((f = data) == NULL)
		return 0;
	if (settings_remind(path, m, &f->remind, &s->remind, err) == -1) {
		yamlload_map_free(m);
		yamlload_free(&settings_schema, data);
		return -1;
	}
	/* only what the file says overrides what s holds */
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
	yamlload_map_free(m);
	yamlload_free(&settings_schema, data);
	return 0;
}
