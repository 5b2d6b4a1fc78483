/* Unit tests of settings.c: defaults, a full file, a partial one, bad files. */
#include <stdlib.h>
#include <string.h>

#include "settings.h"
#include "tap.h"

static const char *srcdir;

static int
load(const char *name, struct settings *s, struct bc_error *e)
{
	char path[1024];

	snprintf(path, sizeof path, "%s/tests/fixtures/settings/%s", srcdir, name);
	settings_defaults(s);
	return settings_load(path, s, e);
}

static void
bad(const char *name, unsigned line, unsigned col, const char *words)
{
	struct settings s;
	struct bc_error e;

	is_int(load(name, &s, &e), -1, "%s refused", name);
	is_int(e.line, line, "%s: line", name);
	is_int(e.column, col, "%s: column", name);
	is_str(e.msg, words, "%s: says \"%s\"", name, words ? words : "");
}

int
main(void)
{
	struct settings s;
	struct bc_error e;

	srcdir = getenv("top_srcdir");
	if (srcdir == NULL)
		srcdir = BC_SRCDIR;

	settings_defaults(&s);
	is_int(s.ready_seconds, 5, "default ready 5");
	ok(s.sound && !s.bell && !s.voice && s.color && s.ask_pain,
	    "default switches");

	is_int(load("no-such-file.yaml", &s, &e), 0, "missing file is fine");
	is_int(s.ready_seconds, 5, "and leaves the defaults");

	is_int(load("good.yaml", &s, &e), 0, "full file loads");
	is_int(s.ready_seconds, 10, "ready-seconds");
	ok(!s.sound, "sound false");
	ok(s.bell, "bell true");
	ok(s.voice, "voice true");
	ok(!s.color, "color false");
	ok(!s.ask_pain, "ask-pain false");

	is_int(load("partial.yaml", &s, &e), 0, "partial file loads");
	is_int(s.ready_seconds, 0, "ready 0 allowed");
	ok(s.sound && !s.bell && s.color && s.ask_pain, "others keep their defaults");

	is_int(load("words.yaml", &s, &e), 0, "on/off, yes/no load");
	ok(!s.sound && s.bell && s.voice && !s.color,
	    "off and no are false, on and yes true");

	is_int(load("comment-only.yaml", &s, &e), 0, "comment-only file is fine");
	is_int(s.ready_seconds, 5, "and changes nothing");

	bad("bad-unknown.yaml", 2, 1, "unknown field 'colour' (did you mean 'color'?)");
	bad("bad-unknown-twice.yaml", 2, 1, "unknown field 'colour' (did you mean 'color'?)");
	bad("bad-ready.yaml", 1, 16, "'61' is out of range for ready-seconds (0 to 60)");
	bad("bad-ready-negative.yaml", 2, 16, "'-1' is out of range for ready-seconds (0 to 60)");
	bad("bad-bool.yaml", 1, 7, "'maybe' for 'bell' is not true or false");
	return done_testing();
}
