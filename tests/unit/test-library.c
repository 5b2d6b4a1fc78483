/*
 * Unit tests of library.c: the search path, overriding by id, bad files
 * skipped with a warning, sorting, lookups and filters.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "library.h"
#include "tap.h"

static char root[] = "/tmp/test-library.XXXXXX";

static void
put(const char *dir, const char *name, const char *id, const char *title,
    const char *areas, const char *kind, unsigned seconds)
{
	char path[512];
	FILE *fp;

	snprintf(path, sizeof path, "%s/%s/%s", root, dir, name);
	if ((fp = fopen(path, "w")) == NULL)
		abort();
	if (id == NULL)
		fputs("id: broken\ntitle: Broken\nsecnds: 3\n", fp);
	else
		fprintf(fp, "id: %s\ntitle: %s\nsummary: S.\nareas: [%s]\n"
		    "kind: %s\ncaution: C.\nsteps:\n  - name: N\n"
		    "    seconds: %u\n    instructions: I.\n", id, title, areas,
		    kind, seconds);
	fclose(fp);
}

static void
rm_rf(void)
{
	char cmd[600];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
	if (system(cmd) != 0)
		diag("could not remove %s", root);
}

int
main(void)
{
	struct library lib;
	struct library_filter f;
	const struct routine *r;
	char user[512], sys[512], missing[512], many[512], *warnbuf = NULL;
	char name[32], id[32];
	const char *dirs[3];
	size_t warnlen = 0, i, n;
	FILE *warn;
	int skipped;

	if (mkdtemp(root) == NULL)
		return 1;
	snprintf(user, sizeof user, "%s/user", root);
	snprintf(sys, sizeof sys, "%s/sys", root);
	snprintf(missing, sizeof missing, "%s/missing", root);
	mkdir(user, 0700);
	mkdir(sys, 0700);

	put("sys", "b-neck.yaml", "neck", "Neck from the system", "neck", "stretch", 60);
	put("sys", "a-back.yaml", "back", "Back roll", "upper-back, middle-back", "massage", 300);
	put("sys", "c-broken.yaml", NULL, NULL, NULL, NULL, 0);
	put("sys", "d-dup.yaml", "back", "Second back", "neck", "massage", 10);
	put("sys", "mixed.yaml", "mixed-one", "All together", "shoulders", "mixed", 120);
	/* not routines: skipped without a word */
	put("sys", "pain-sources.yaml", NULL, NULL, NULL, NULL, 0);
	put("sys", "notes.txt", NULL, NULL, NULL, NULL, 0);
	put("sys", ".hidden.yaml", NULL, NULL, NULL, NULL, 0);
	put("user", "neck.yaml", "neck", "Neck, my way", "neck", "stretch", 30);

	dirs[0] = user;
	dirs[1] = missing;
	dirs[2] = sys;
	warn = open_memstream(&warnbuf, &warnlen);
	skipped = library_load(&lib, dirs, 3, warn);
	fclose(warn);
	is_int(skipped, 2, "two files skipped (broken, duplicate id)");
	is_int(lib.count, 3, "three routines: neck (user), back, mixed-one");
	ok(warnbuf && strstr(warnbuf, "c-broken.yaml:3:1: unknown field 'secnds' (skipped)\n"),
	    "bad file warned with its place");
	ok(warnbuf && strstr(warnbuf, "d-dup.yaml:1:5: duplicate id 'back'"),
	    "duplicate id inside one directory warned");
	ok(warnbuf && strstr(warnbuf, "pain-sources") == NULL &&
	    strstr(warnbuf, "hidden") == NULL && strstr(warnbuf, "notes") == NULL,
	    "pain-sources.yaml, hidden and non-yaml files are not read");
	for (n = 0, i = 0; warnbuf && i < warnlen; i++)
		n += warnbuf[i] == '\n';
	is_int(n, 2, "one line per warning");
	free(warnbuf);

	r = library_find(&lib, "neck");
	ok(r != NULL, "find neck");
	if (r) {
		is_str(r->title, "Neck, my way", "user directory wins by id");
		ok(strstr(r->path, "/user/") != NULL, "from the user dir");
	}
	r = library_find(&lib, "back");
	ok(r && strcmp(r->title, "Back roll") == 0, "first file of a duplicate id kept");
	ok(library_find(&lib, "nope") == NULL, "unknown id");
	if (lib.count == 3) {
		is_str(lib.items[0]->title, "All together", "sorted by title 1");
		is_str(lib.items[1]->title, "Back roll", "sorted by title 2");
		is_str(lib.items[2]->title, "Neck, my way", "sorted by title 3");
	}

	f.area = AREA_MIDDLE_BACK;
	f.kind = -1;
	f.max_seconds = 0;
	for (n = 0, i = 0; i < lib.count; i++)
		n += library_match(lib.items[i], &f);
	is_int(n, 1, "one routine for the middle back");
	f.area = -1;
	f.kind = KIND_STRETCH;
	ok(library_match(library_find(&lib, "neck"), &f), "kind filter matches");
	ok(!library_match(library_find(&lib, "back"), &f), "kind filter refuses");
	f.kind = -1;
	f.max_seconds = 120;
	ok(library_match(library_find(&lib, "mixed-one"), &f), "120 s fits 120 s");
	ok(!library_match(library_find(&lib, "back"), &f), "300 s does not fit 120 s");
	f.max_seconds = 0;
	for (n = 0, i = 0; i < lib.count; i++)
		n += library_match(lib.items[i], &f);
	is_int(n, 3, "an empty filter matches all");
	library_free(&lib);
	is_int(lib.count, 0, "freed");

	/* without warn, nothing is printed and the count still says it */
	dirs[0] = sys;
	is_int(library_load(&lib, dirs, 1, NULL), 2, "skips counted without warn");
	r = library_find(&lib, "neck");
	ok(r && strcmp(r->title, "Neck from the system") == 0, "system routine alone");
	library_free(&lib);

	/* enough ids to grow the index several times; each one found */
	snprintf(many, sizeof many, "%s/many", root);
	mkdir(many, 0700);
	for (i = 0; i < 300; i++) {
		snprintf(name, sizeof name, "r%03zu.yaml", i);
		snprintf(id, sizeof id, "id-%zu", i);
		put("many", name, id, id, "neck", "stretch", 10);
	}
	put("many", "s-dup.yaml", "id-7", "again", "neck", "stretch", 10);
	dirs[0] = many;
	is_int(library_load(&lib, dirs, 1, NULL), 1, "300 files: the duplicate skipped");
	is_int(lib.count, 300, "300 routines");
	for (n = 0, i = 0; i < 300; i++) {
		snprintf(id, sizeof id, "id-%zu", i);
		r = library_find(&lib, id);
		n += r != NULL && strcmp(r->id, id) == 0;
	}
	is_int(n, 300, "every id found");
	ok(library_find(&lib, "id-300") == NULL && library_find(&lib, "") == NULL,
	    "ids not there are not found");
	r = library_find(&lib, "id-7");
	ok(r && strcmp(r->title, "id-7") == 0, "the first file of the id kept");

	/* library_add: into a zeroed library, refusing an id given twice */
	{
		struct library two;
		struct routine *a, *b;
		struct bc_error e;
		char pa[600], pb[600];

		memset(&two, 0, sizeof two);
		snprintf(pa, sizeof pa, "%s/many/r007.yaml", root);
		snprintf(pb, sizeof pb, "%s/many/s-dup.yaml", root);
		if (routine_load(pa, &a, &e) == 0 && routine_load(pb, &b, &e) == 0) {
			is_int(library_add(&two, a, &e), 0, "library_add takes a new id");
			is_int(library_add(&two, b, &e), -1, "and refuses it twice");
			ok(strstr(e.msg, "duplicate id 'id-7' (also in ") &&
			    strstr(e.msg, "r007.yaml") && e.line == 1 && e.column == 5,
			    "at the id, naming the other file: %u:%u: %s", e.line,
			    e.column, e.msg);
			is_int(two.count, 1, "one routine kept");
			routine_free(b);
		} else
			ok(0, "loading r007.yaml and s-dup.yaml");
		library_free(&two);
	}
	library_free(&lib);

	dirs[0] = missing;
	is_int(library_load(&lib, dirs, 1, stderr), 0, "a missing directory is fine");
	is_int(lib.count, 0, "and empty");
	library_free(&lib);
	rm_rf();
	return done_testing();
}
