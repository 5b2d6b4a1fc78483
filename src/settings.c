/*
 * settings.c - the optional settings file (config.yaml), read through the
 * same strict loader as routines.  Fields absent from the file keep the
 * value they had, so callers apply defaults first and options after.
 */
#include <errno.h>
#include <string.h>

#include <cyaml/cyaml.h>

#include "routine-schema.h"
#include "settings.h"
#include "yamlload.h"

#define SETTINGS_READY_MAX 60

static const cyaml_schema_field_t settings_fields[] = {
	ROUTINE_FIELD_UINT_RANGE("ready-seconds", CYAML_FLAG_OPTIONAL,
	    struct settings, ready_seconds, 0, SETTINGS_READY_MAX),
	CYAML_FIELD_BOOL("sound", CYAML_FLAG_OPTIONAL, struct settings, sound),
	CYAML_FIELD_BOOL("bell", CYAML_FLAG_OPTIONAL, struct settings, bell),
	CYAML_FIELD_BOOL("voice", CYAML_FLAG_OPTIONAL, struct settings, voice),
	CYAML_FIELD_BOOL("color", CYAML_FLAG_OPTIONAL, struct settings, color),
	CYAML_FIELD_BOOL("ask-pain", CYAML_FLAG_OPTIONAL, struct settings,
	    ask_pain),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t settings_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, struct settings, settings_fields),
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
}

int
settings_load(const char *path, struct settings *s, struct bc_error *err)
{
	struct yamlload_map *m;
	struct settings *f;
	void *data;
	int e;

	if (yamlload_file(path, &settings_schema, &data, &m, err, &e) == -1)
		/* no file, or one with only comments: the defaults stand */
		return e == ENOENT || strcmp(err->msg, "empty file") == 0 ?
		    0 : -1;
	f = data;
	if (yamlload_check_uint(err, path, m, "ready-seconds", f->ready_seconds,
	    0, SETTINGS_READY_MAX) == -1 ||
	    yamlload_check_bool(err, path, m, "sound") == -1 ||
	    yamlload_check_bool(err, path, m, "bell") == -1 ||
	    yamlload_check_bool(err, path, m, "voice") == -1 ||
	    yamlload_check_bool(err, path, m, "color") == -1 ||
	    yamlload_check_bool(err, path, m, "ask-pain") == -1) {
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
	yamlload_map_free(m);
	yamlload_free(&settings_schema, data);
	return 0;
}
