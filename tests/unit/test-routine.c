/*
 * Unit tests of routine.c and yamlload.c: every good fixture loads with the
 * values it says, every bad fixture is refused at the line and column we
 * worked out by reading it, with a message that names the problem.
 */
#define _GNU_SOURCE		/* asprintf */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "routine.h"
#include "tap.h"
#include "yamlload.h"

static const char *srcdir;

struct bad {
	const char *file;
	unsigned line, col;
	const char *msg;	/* the whole message */
};

/*
 * Positions worked out from the fixtures by hand (see each file); the
 * messages are the whole line after FILE:LINE:COLUMN:, so that a change of
 * words shows here.
 */
static const struct bad bad[] = {
	{ "unknown-key-top", 3, 1, "unknown field 'colour'" },
	{ "unknown-key-step", 9, 5, "unknown field 'secnds' (did you mean 'seconds'?)" },
	{ "unknown-key-step2", 14, 5, "unknown field 'rep' (did you mean 'reps'?)" },
	{ "unknown-key-typo", 6, 1, "unknown field 'cauton' (did you mean 'caution'?)" },
	{ "unknown-key-case", 9, 5, "unknown field 'Seconds' (did you mean 'seconds'?)" },
	{ "wrong-type-seconds", 9, 14, "'ten' is not a whole number for seconds (1 to 3600)" },
	{ "wrong-type-title", 2, 8, "'title' must be a single value, not a list" },
	{ "wrong-type-equipment", 6, 12, "'equipment' must be a list, not a single value" },
	{ "wrong-type-steps", 7, 8, "'steps' must be a list, not a single value" },
	{ "bad-enum-kind", 5, 7, "'blue' is not a valid kind (stretch, massage, mixed)" },
	{ "enum-number-kind", 5, 7, "'1' is not a valid kind (stretch, massage, mixed)" },
	{ "enum-number-level", 6, 8, "'2' is not a valid level (gentle, moderate, firm)" },
	{ "bad-area", 4, 15, "'back' is not a valid area (neck, shoulders, upper-back, middle-back, lower-back)" },
	{ "bad-sides", 11, 12, "'both' is not a valid value for sides (none, left-right)" },
	{ "bad-equipment", 6, 20, "'sofa' is not a valid value for equipment (none, chair, wall, doorway, towel, ball, foam-roller, mat, pillow)" },
	{ "seconds-zero", 9, 14, "'0' is out of range for seconds (1 to 3600)" },
	{ "seconds-too-big", 9, 14, "'3601' is out of range for seconds (1 to 3600)" },
	{ "seconds-hex", 9, 14, "'0x1e' is not a whole number in decimal for seconds (1 to 3600)" },
	{ "seconds-negative", 9, 14, "'-5' is out of range for seconds (1 to 3600)" },
	{ "reps-zero", 11, 11, "'0' is out of range for reps (1 to 20)" },
	{ "reps-too-big", 11, 11, "'21' is out of range for reps (1 to 20)" },
	{ "reps-huge", 11, 11, "'99999999999' is out of range for reps (1 to 20)" },
	{ "rest-too-big", 11, 11, "'601' is out of range for rest (0 to 600)" },
	{ "rest-negative", 11, 11, "'-1' is out of range for rest (0 to 600)" },
	{ "prepare-too-big", 11, 14, "'121' is out of range for prepare (0 to 120)" },
	{ "prepare-negative", 11, 14, "'-5' is out of range for prepare (0 to 120)" },
	{ "prepare-wrong-type", 11, 14, "'soon' is not a whole number for prepare (0 to 120)" },
	{ "prepare-fraction", 11, 14, "'1.5' is not a whole number in decimal for prepare (0 to 120)" },
	{ "prepare-list", 11, 14, "'prepare' must be a number, not a list" },
	{ "duplicate-key", 3, 1, "duplicate field 'title'" },
	{ "duplicate-key-step", 11, 5, "duplicate field 'seconds'" },
	{ "missing-id", 2, 1, "missing required field 'id'" },
	{ "missing-title", 2, 1, "missing required field 'title'" },
	{ "missing-summary", 2, 1, "missing required field 'summary'" },
	{ "missing-areas", 2, 1, "missing required field 'areas'" },
	{ "missing-kind", 2, 1, "missing required field 'kind'" },
	{ "missing-caution", 2, 1, "missing required field 'caution'" },
	{ "missing-steps", 1, 1, "missing required field 'steps'" },
	{ "missing-step-name", 8, 5, "missing required field 'name'" },
	{ "missing-step-seconds", 8, 5, "missing required field 'seconds'" },
	{ "missing-step-instructions", 11, 5, "missing required field 'instructions'" },
	{ "empty-title", 2, 8, "'title' is empty" },
	{ "blank-caution", 6, 10, "'caution' is empty" },
	{ "null-summary", 3, 10, "'summary' is empty" },
	/* an empty value sits just after the colon */
	{ "empty-step-name", 8, 10, "'name' is empty" },
	{ "empty-areas", 4, 8, "'areas' is empty: name at least one area" },
	{ "empty-steps", 7, 8, "'steps' is empty: a routine needs at least one step" },
	/* a list left blank is empty, said at its key (a blank has no place) */
	{ "blank-steps", 7, 1, "'steps' is empty: a routine needs at least one step" },
	{ "null-steps", 7, 1, "'steps' is empty: a routine needs at least one step" },
	{ "blank-areas", 4, 1, "'areas' is empty: name at least one area" },
	{ "blank-equipment", 6, 1, "'equipment' is blank: give a list, or leave the field out" },
	{ "bad-id-chars", 1, 5, "'id' may hold only a-z, 0-9 and '-'" },
	{ "id-too-long", 1, 5, "'id' is longer than 64 characters" },
	{ "syntax-unclosed-quote", 2, 8, "unclosed quote (the file ends inside quoted text)" },
	{ "syntax-bad-indent", 9, 13, "unexpected ':' (quote text that holds ': ', or check the indentation)" },
	{ "syntax-tab-indent", 9, 1, "tab character in indentation (indent with spaces)" },
	{ "syntax-unclosed-flow", 4, 8, "unclosed [ ] or { } list: did not find expected ',' or ']'" },
	{ "empty", 1, 1, "empty file" },
	{ "comment-only", 1, 1, "empty file" },
	{ "invalid-utf8", 2, 13, "invalid UTF-8 (byte 0xff)" },
	{ "esc-in-title", 2, 8, "control character U+001B in 'title'" },
	{ "raw-esc-in-file", 2, 13, "control character in the file" },
	{ "c1-in-instructions", 10, 19, "control character U+009B in 'instructions'" },
	{ "tab-in-name", 8, 11, "control character U+0009 in 'name'" },
	{ "alias", 10, 19, "aliases (*name) are not allowed" },
	{ "top-level-sequence", 1, 1, "the file must be a mapping of fields (field: value), not a list" },
	{ "top-level-scalar", 1, 1, "the file must be a mapping of fields (field: value), not a single value" },
	{ "step-scalar", 8, 5, "entry 1 of 'steps' must be a mapping (field: value), not a single value" },
	{ "too-long-string", 2, 8, "'title' is too long (the limit is 4096 bytes)" },
	{ "two-documents", 11, 1, "more than one YAML document in the file" },
	{ "too-many-steps", 308, 5, "'steps' has too many entries (at most 100)" },
	/* invisible formatting characters, and line breaks in one-line text */
	{ "bidi-in-title", 2, 8, "invisible formatting character U+202E in 'title'" },
	{ "bidi-isolate-in-name", 8, 11, "invisible formatting character U+2066 in 'name'" },
	{ "zero-width-in-name", 8, 11, "invisible formatting character U+200B in 'name'" },
	{ "line-separator-in-instructions", 10, 19, "invisible formatting character U+2028 in 'instructions'" },
	{ "bom-in-summary", 3, 10, "invisible formatting character U+FEFF in 'summary'" },
	{ "nonchar-in-caution", 6, 10, "invisible formatting character U+FDD0 in 'caution'" },
	{ "nonchar-raw-in-caution", 6, 15, "invisible formatting character U+FFFE in the file" },
	{ "newline-in-title", 2, 8, "line break in 'title' (it must be one line)" },
	{ "newline-in-step-name", 8, 11, "line break in 'name' (it must be one line)" },
	{ "folded-title", 2, 8, "line break in 'title' (it must be one line)" },
	/* routine_load names the first of several (test_all_errors: all) */
	{ "many-errors", 4, 15, "'elbow' is not a valid area (neck, shoulders, upper-back, middle-back, lower-back)" },
	/* the structure's errors are found first, empty text among them */
	{ "many-rule-errors", 2, 8, "'title' is empty" },
	{ "structure-and-rules", 9, 14, "'5000' is out of range for seconds (1 to 3600)" },
};

static void
check_bad(const char *path, unsigned line, unsigned col, const char *msg,
    const char *name)
{
	struct routine *r = (struct routine *)1;
	struct bc_error e;
	int rc;

	memset(&e, 0, sizeof e);
	rc = routine_load(path, &r, &e);
	is_int(rc, -1, "%s: refused", name);
	ok(r == NULL, "%s: no routine", name);
	is_str(e.file, path, "%s: names the file", name);
	is_int(e.line, line, "%s: line", name);
	is_int(e.column, col, "%s: column", name);
	is_str(e.msg, msg, "%s: says \"%s\"", name, msg ? msg : "");
	ok(strchr(e.msg, '\n') == NULL && strchr(e.msg, 0x1b) == NULL,
	    "%s: one clean line", name);
}

static struct routine *
load_good(const char *name)
{
	struct routine *r = NULL;
	struct bc_error e;
	char *path;

	if (asprintf(&path, "%s/tests/fixtures/good/%s", srcdir, name) < 0)
		abort();
	if (!ok(routine_load(path, &r, &e) == 0, "good/%s loads", name))
		diag("%s:%u:%u: %s", e.file, e.line, e.column, e.msg);
	else
		is_str(r->path, path, "good/%s: path kept", name);
	free(path);
	return r;
}

static void
test_good(void)
{
	struct routine *r;
	DIR *d;
	struct dirent *de;
	char *dir;
	int n = 0;

	/* every file in good/ loads */
	if (asprintf(&dir, "%s/tests/fixtures/good", srcdir) < 0)
		abort();
	if ((d = opendir(dir)) != NULL) {
		while ((de = readdir(d)) != NULL) {
			if (strstr(de->d_name, ".yaml") == NULL)
				continue;
			routine_free(load_good(de->d_name));
			n++;
		}
		closedir(d);
	}
	free(dir);
	ok(n >= 3, "found %d good fixtures", n);

	if ((r = load_good("desk-break.yaml")) != NULL) {
		is_str(r->id, "desk-break-upper-back", "id");
		is_str(r->title, "Desk break for the upper back", "title");
		is_str(r->summary, "Five gentle minutes in your chair.", "summary");
		is_int(r->areas, (1 << AREA_UPPER_BACK) | (1 << AREA_NECK), "areas");
		is_int(r->kind, KIND_STRETCH, "kind");
		is_int(r->level, LEVEL_MODERATE, "level");
		is_int(r->equipment, (1 << EQUIP_CHAIR) | (1 << EQUIP_WALL), "equipment");
		is_int(r->steps_count, 2, "two steps");
		is_int(r->steps[0].seconds, 30, "step 1 seconds");
		is_int(r->steps[0].sides, SIDES_LEFT_RIGHT, "step 1 sides");
		is_int(r->steps[0].reps, 2, "step 1 reps");
		is_int(r->steps[0].rest, 10, "step 1 rest");
		is_int(r->steps[1].sides, SIDES_NONE, "step 2 sides default none");
		is_int(r->steps[1].reps, 1, "step 2 reps default 1");
		is_int(r->steps[1].rest, 0, "step 2 rest default 0");
		is_str(r->steps[1].name, "Shoulder rolls", "step 2 name");
		/* 2 reps x 2 sides x 30 s + 3 rests x 10 s, then 20 s */
		is_int(routine_total_seconds(r), 4 * 30 + 3 * 10 + 20, "total seconds");
		is_int(r->id_line, 2, "id line (after the comment)");
		is_int(r->steps[0].prepare, 0, "prepare defaults to 0");
		routine_free(r);
	}
	if ((r = load_good("prepare.yaml")) != NULL) {
		is_int(r->steps[0].prepare, 20, "prepare 20");
		is_int(r->steps[1].prepare, 120, "prepare at its maximum");
		is_int(r->steps[2].prepare, 0, "prepare 0 given");
		/* 20 + 30; 120 + 30 + 15 + 30; 10 */
		is_int(routine_step_seconds(&r->steps[1]), 120 + 30 + 15 + 30,
		    "step seconds include prepare");
		is_int(routine_total_seconds(r), 50 + 195 + 10,
		    "total includes prepare");
		routine_free(r);
	}
	if ((r = load_good("minimal.yaml")) != NULL) {
		is_str(r->id, "a", "one-letter id");
		is_int(r->level, LEVEL_GENTLE, "level defaults to gentle");
		is_int(r->equipment, 0, "no equipment");
		is_int(r->kind, KIND_MASSAGE, "kind massage");
		is_int(routine_total_seconds(r), 3600, "total is the one step");
		routine_free(r);
	}
	if ((r = load_good("block-text.yaml")) != NULL) {
		is_str(r->title, "Foam roller: upper back \xe2\x80\x94 \xc3\xa7" "a va", "quoted UTF-8 title");
		is_str(r->summary, "Two sentences, folded. Still the summary.\n", "folded summary");
		is_str(r->caution, "Line one.\nLine two keeps its newline.\n", "literal caution keeps newlines");
		is_int(r->areas, (1 << AREA_COUNT) - 1, "all five areas");
		is_int(r->level, LEVEL_FIRM, "level firm");
		is_int(r->kind, KIND_MIXED, "kind mixed");
		is_str(r->steps[1].name, "Flow step", "flow-style step");
		/* 20 x 1 s + 19 x 600 s, then 2 x 45 s + 0 */
		is_int(routine_total_seconds(r), 20 + 19 * 600 + 90, "total with rests");
		routine_free(r);
	}
}

static void
test_bad_fixtures(void)
{
	char *path;
	size_t i;
	struct stat st;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		if (asprintf(&path, "%s/tests/fixtures/bad/%s.yaml", srcdir,
		    bad[i].file) < 0)
			abort();
		if (!ok(stat(path, &st) == 0, "%s exists", bad[i].file)) {
			free(path);
			continue;
		}
		check_bad(path, bad[i].line, bad[i].col, bad[i].msg,
		    bad[i].file);
		free(path);
	}
	ok(i >= 30, "%zu bad fixtures", i);
}

/* A suggestion only for a near miss: not for "colour", not for a 1-letter key. */
static void
test_no_suggestion(void)
{
	static const char *const files[] = { "unknown-key-top", "unknown-key-short" };
	struct routine *r;
	struct bc_error e;
	char *path;
	size_t i;

	for (i = 0; i < sizeof files / sizeof files[0]; i++) {
		if (asprintf(&path, "%s/tests/fixtures/bad/%s.yaml", srcdir,
		    files[i]) < 0)
			abort();
		memset(&e, 0, sizeof e);
		is_int(routine_load(path, &r, &e), -1, "%s refused", files[i]);
		ok(strncmp(e.msg, "unknown field '", 15) == 0 &&
		    strstr(e.msg, "did you mean") == NULL,
		    "%s: no suggestion: %s", files[i], e.msg);
		free(path);
	}
}

/*
 * routine_check_file: every error of a file, in file order, each at its
 * place (worked out by reading the fixtures): the structure's, and when the
 * structure holds, the format's rules.  A typo's "did you mean" field is
 * not also reported missing.
 */
static void
test_all_errors(void)
{
	static const struct {
		const char *file;
		struct { unsigned line, col; const char *msg; } e[8];
	} cases[] = {
		{ "many-errors", {
			{ 4, 15, "'elbow' is not a valid area (neck, shoulders, upper-back, middle-back, lower-back)" },
			{ 6, 1, "unknown field 'colour'" },
			{ 10, 5, "unknown field 'secnds' (did you mean 'seconds'?)" },
			{ 13, 14, "'0' is out of range for seconds (1 to 3600)" },
			{ 15, 11, "'many' is not a whole number for reps (1 to 20)" },
			{ 16, 5, "missing required field 'name'" },
			{ 0, 0, NULL } } },
		{ "many-rule-errors", {
			{ 1, 5, "'id' may hold only a-z, 0-9 and '-'" },
			{ 2, 8, "'title' is empty" },
			{ 3, 10, "'summary' is empty" },
			{ 4, 8, "'areas' is empty: name at least one area" },
			{ 8, 11, "'name' is empty" },
			{ 0, 0, NULL } } },
		/* one pass: the structure's errors, empty text and the rules */
		{ "structure-and-rules", {
			{ 1, 5, "'id' may hold only a-z, 0-9 and '-'" },
			{ 4, 8, "'areas' is empty: name at least one area" },
			{ 9, 14, "'5000' is out of range for seconds (1 to 3600)" },
			{ 10, 19, "'instructions' is empty" },
			{ 13, 19, "'instructions' is empty" },
			{ 0, 0, NULL } } },
		{ "unknown-key-top", {
			{ 3, 1, "unknown field 'colour'" },
			{ 0, 0, NULL } } },
	};
	struct yamlload_errors errs;
	struct routine *r;
	char *path;
	size_t i, k, n;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		if (asprintf(&path, "%s/tests/fixtures/bad/%s.yaml", srcdir,
		    cases[i].file) < 0)
			abort();
		memset(&errs, 0, sizeof errs);
		r = (struct routine *)1;
		is_int(routine_check_file(path, &r, &errs), -1, "%s: refused",
		    cases[i].file);
		ok(r == NULL, "%s: no routine", cases[i].file);
		for (n = 0; cases[i].e[n].msg; n++)
			;
		is_int(errs.count, n, "%s: %zu errors", cases[i].file, n);
		for (k = 0; k < n && k < errs.count; k++) {
			is_str(errs.v[k].file, path, "%s %zu: the file", cases[i].file, k + 1);
			ok(errs.v[k].line == cases[i].e[k].line &&
			    errs.v[k].column == cases[i].e[k].col,
			    "%s %zu: at %u:%u (%u:%u)", cases[i].file, k + 1,
			    cases[i].e[k].line, cases[i].e[k].col,
			    errs.v[k].line, errs.v[k].column);
			is_str(errs.v[k].msg, cases[i].e[k].msg, "%s %zu: says it",
			    cases[i].file, k + 1);
		}
		is_int(errs.dropped, 0, "%s: none dropped", cases[i].file);
		yamlload_errors_free(&errs);
		free(path);
	}
}

/* More errors than are kept: the rest are counted, not lost silently. */
static void
test_many_errors(void)
{
	char path[] = "/tmp/test-routine-many.XXXXXX";
	struct yamlload_errors errs;
	struct routine *r;
	FILE *fp;
	int fd, i;

	if (!ok((fd = mkstemp(path)) != -1, "temp file"))
		return;
	fp = fdopen(fd, "w");
	fputs("id: many\ntitle: T\nsummary: S\nareas: [neck]\nkind: stretch\n"
	    "caution: C\nsteps:\n", fp);
	for (i = 0; i < 80; i++)
		fprintf(fp, "  - name: N\n    seconds: %d\n    instructions: I\n",
		    4000 + i);
	fclose(fp);
	memset(&errs, 0, sizeof errs);
	is_int(routine_check_file(path, &r, &errs), -1, "80 bad numbers refused");
	is_int(errs.count, YAMLLOAD_ERRORS_MAX, "the first %d kept",
	    YAMLLOAD_ERRORS_MAX);
	is_int(errs.dropped, 80 - YAMLLOAD_ERRORS_MAX, "the rest counted");
	ok(errs.count > 1 && errs.v[0].line == 9 && errs.v[1].line == 12,
	    "in file order (%u, %u)", errs.v[0].line, errs.count > 1 ?
	    errs.v[1].line : 0);
	yamlload_errors_free(&errs);
	unlink(path);
}

/* Files made on the fly: too large, a directory, missing. */
static void
test_files(void)
{
	char dir[] = "/tmp/test-routine.XXXXXX", *path;
	struct routine *r;
	struct bc_error e;
	FILE *fp;
	size_t i;

	if (!ok(mkdtemp(dir) != NULL, "temp dir"))
		return;
	if (asprintf(&path, "%s/huge.yaml", dir) < 0)
		abort();
	fp = fopen(path, "w");
	fputs("id: huge\ntitle: \"", fp);
	for (i = 0; i < YAMLLOAD_FILE_MAX; i++)
		fputc('a', fp);
	fputs("\"\n", fp);
	fclose(fp);
	is_int(routine_load(path, &r, &e), -1, "file over 1 MiB refused");
	ok(strstr(e.msg, "too large") != NULL, "says too large: %s", e.msg);
	is_int(e.line, 0, "no line for a size refusal");
	unlink(path);

	/* exactly at the limit is still read (and then judged on its content) */
	fp = fopen(path, "w");
	fputs("id: big\n", fp);
	for (i = 8; i < YAMLLOAD_FILE_MAX; i++)
		fputc(i % 64 == 63 ? '\n' : '#', fp);
	fclose(fp);
	is_int(routine_load(path, &r, &e), -1, "1 MiB of comments refused");
	ok(strstr(e.msg, "missing required field") != NULL,
	    "but for its content: %s", e.msg);
	unlink(path);
	free(path);

	is_int(routine_load(dir, &r, &e), -1, "directory refused");
	ok(strstr(e.msg, "directory") != NULL, "says directory: %s", e.msg);

	if (asprintf(&path, "%s/none.yaml", dir) < 0)
		abort();
	is_int(routine_load(path, &r, &e), -1, "missing file refused");
	ok(strstr(e.msg, "No such file") != NULL, "says why: %s", e.msg);
	free(path);
	rmdir(dir);
}

static void
test_names(void)
{
	is_str(routine_area_name(AREA_UPPER_BACK), "upper-back", "area name");
	is_str(routine_area_label(AREA_MIDDLE_BACK), "middle back", "area label");
	is_str(routine_kind_name(KIND_MIXED), "mixed", "kind name");
	is_str(routine_level_name(LEVEL_FIRM), "firm", "level name");
	is_str(routine_equipment_name(EQUIP_FOAM_ROLLER), "foam-roller", "equipment name");
	is_int(routine_area_from_name("lower-back"), AREA_LOWER_BACK, "area from name");
	is_int(routine_area_from_name("knee"), -1, "unknown area");
	is_int(routine_kind_from_name("massage"), KIND_MASSAGE, "kind from name");
	is_int(routine_kind_from_name("Massage"), -1, "names are case-sensitive");
	ok(routine_id_valid("abc-123"), "valid id");
	ok(!routine_id_valid(""), "empty id");
	ok(!routine_id_valid("a b"), "id with a space");
}

int
main(void)
{
	srcdir = getenv("top_srcdir");
	if (srcdir == NULL)
		srcdir = BC_SRCDIR;
	test_good();
	test_bad_fixtures();
	test_no_suggestion();
	test_all_errors();
	test_many_errors();
	test_files();
	test_names();
	return done_testing();
}
