/* Unit tests of painsrc.c: the pain-source file, good and bad. */
#include <stdlib.h>
#include <string.h>

#include "library.h"
#include "painsrc.h"
#include "tap.h"
#include "yamlload.h"

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

/*
 * Every error of a file, in file order: the map's cross-check finds lines 7
 * and 13 last.  Positions worked out from the fixture by hand.
 */
static void
test_many(void)
{
	static const struct {
		unsigned line, col;
		const char *words;
	} want[] = {
		{ 5, 11, "'note' is empty" },
		{ 7, 15, "'upper trapezius' is not on the map" },
		{ 9, 20, "'Bad_Id' is not a valid routine id" },
		{ 9, 28, "routine 'neck-stretch' (for upper trapezius, neck) is not in here" },
		{ 10, 11, "area 'neck' is listed twice" },
		{ 13, 15, "'levator scapulae' is not on the map" },
		{ 15, 19, "'routines' is empty" },
		{ 17, 11, "'stray' is under no area" },
		{ 18, 11, "the lower back is outside what the map covers" },
		{ 20, 13, "'points' is empty" },
		{ 21, 11, "'zone' is empty" },
	};
	struct yamlload_errors errs;
	struct painsrc *p = (struct painsrc *)1;
	struct library lib;
	struct bc_error e;
	char path[1024];
	size_t k, n = sizeof want / sizeof want[0];

	snprintf(path, sizeof path, "%s/tests/fixtures/painsrc/bad-many.yaml",
	    srcdir);
	memset(&errs, 0, sizeof errs);
	memset(&lib, 0, sizeof lib);
	is_int(painsrc_check_file(path, &lib, "here", &p, &errs), -1,
	    "bad-many refused");
	ok(p == NULL, "bad-many: nothing returned");
	if (!ok(errs.count == n, "bad-many: %zu errors (%zu)", n, errs.count))
		for (k = 0; k < errs.count; k++)
			diag("%u:%u: %s", errs.v[k].line, errs.v[k].column,
			    errs.v[k].msg);
	for (k = 0; k < n && k < errs.count; k++) {
		ok(errs.v[k].line == want[k].line &&
		    errs.v[k].column == want[k].col,
		    "error %zu at %u:%u (%u:%u)", k + 1, want[k].line,
		    want[k].col, errs.v[k].line, errs.v[k].column);
		if (!ok(strstr(errs.v[k].msg, want[k].words) != NULL,
		    "error %zu says \"%s\"", k + 1, want[k].words))
			diag("message: %s", errs.v[k].msg);
	}
	yamlload_errors_free(&errs);
	/* painsrc_load still gives the first found, as before */
	is_int(painsrc_load(path, &p, &e), -1, "painsrc_load refuses it");
	ok(e.line == 5 && e.column == 11, "with the first error found (%u:%u)",
	    e.line, e.column);
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
	/* left blank: empty too, at the key */
	bad("bad-blank-routines.yaml", 7, 9, "'routines' is empty");
	bad("bad-area.yaml", 2, 11, "'knee' is not a valid area");
	bad("bad-missing-note.yaml", 2, 5, "missing required field 'note'");
	bad("bad-routine-id.yaml", 7, 32, "'Not An Id' is not a valid routine id");
	test_many();
	return done_testing();
}
