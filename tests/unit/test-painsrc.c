/* Unit tests of painsrc.c: the pain-source file, good and bad. */
#include <stdlib.h>
#include <string.h>

#include "painsrc.h"
#include "tap.h"

static const char *srcdir;

static void
bad(const char *name, unsigned line, unsigned col, const char *words)
{
	struct painsrc *p = NULL;
	struct bc_error e;
	char path[1024];

	snprintf(path, sizeof path, "%s/tests/fixtures/painsrc/%s", srcdir, name);
	is_int(painsrc_load(path, &p, &e), -1, "%s refused", name);
	ok(p == NULL, "%s: nothing returned", name);
	is_int(e.line, line, "%s: line", name);
	is_int(e.column, col, "%s: column", name);
	if (!ok(strstr(e.msg, words) != NULL, "%s: says \"%s\"", name, words))
		diag("message: %s", e.msg);
}

int
main(void)
{
	struct painsrc *p = NULL;
	const struct painsrc_area *a;
	struct bc_error e;
	char path[1024];

	srcdir = getenv("top_srcdir");
	if (srcdir == NULL)
		srcdir = BC_SRCDIR;
	snprintf(path, sizeof path, "%s/tests/fixtures/painsrc/good.yaml", srcdir);
	if (!ok(painsrc_load(path, &p, &e) == 0, "good file loads"))
		diag("%s:%u:%u: %s", e.file, e.line, e.column, e.msg);
	if (p) {
		is_int(p->areas_count, 2, "two areas");
		a = painsrc_find(p, AREA_UPPER_BACK);
		ok(a != NULL, "upper back found");
		if (a) {
			is_int(a->muscles_count, 2, "two muscles");
			is_str(a->muscles[0].name, "rhomboids", "first muscle");
			is_int(a->muscles[0].routines_count, 2, "two routines");
			is_str(a->muscles[0].routines[1], "foam-roller-upper-back", "second routine");
		}
		a = painsrc_find(p, AREA_NECK);
		ok(a && strcmp(a->muscles[0].refers, "side of the neck up to the temple") == 0,
		    "neck muscle refers");
		ok(painsrc_find(p, AREA_LOWER_BACK) == NULL, "lower back absent");
		painsrc_free(p);
	}
	ok(painsrc_find(NULL, AREA_NECK) == NULL, "find in nothing");

	bad("bad-duplicate-area.yaml", 8, 11, "area 'neck' is listed twice");
	bad("bad-empty-routines.yaml", 7, 19, "'routines' is empty");
	bad("bad-empty-muscles.yaml", 4, 14, "'muscles' is empty");
	bad("bad-area.yaml", 2, 11, "'knee' is not a valid area");
	bad("bad-missing-note.yaml", 2, 5, "missing required field 'note'");
	bad("bad-routine-id.yaml", 7, 32, "'Not An Id' is not a valid routine id");
	return done_testing();
}
