/*
 * test-painsrc-lang.c - translations of the pain-source file
 * (painsrc-lang.c): words are taken by area word and English muscle name,
 * whatever their order; what is not words, or names what the file does not
 * have, is refused with its position and leaves the file English; and the
 * shipped German file translates every note, referral, knot and name.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "painsrc-lang.h"
#include "painsrc.h"

#include "tap.h"

static const char *srcdir;

static struct painsrc *
load_abs(const char *path)
{
	struct bc_error err;
	struct painsrc *p = NULL;

	if (painsrc_load(path, &p, &err) != 0)
		diag("%s:%u:%u: %s", err.file, err.line, err.column, err.msg);
	return p;
}

static struct painsrc *
load(const char *rel)
{
	char path[4096];

	snprintf(path, sizeof path, "%s/%s", srcdir, rel);
	return load_abs(path);
}

static const struct painsrc_muscle *
listed(const struct painsrc *p, enum routine_area a, const char *name)
{
	const struct painsrc_area *pa = painsrc_find(p, a);
	unsigned i;

	for (i = 0; pa != NULL && i < pa->muscles_count; i++)
		if (strcmp(pa->muscles[i].name, name) == 0)
			return &pa->muscles[i];
	return NULL;
}

/* A bad translation: refused at line:col, saying words; p left English. */
static void
bad(const char *name, unsigned line, unsigned col, const char *words)
{
	struct painsrc *p = load("tests/fixtures/painsrc-lang/pain-sources.yaml");
	struct bc_error err;
	char path[4096];

	if (!ok(p != NULL, "%s: the English file loads", name))
		return;
	snprintf(path, sizeof path, "%s/tests/fixtures/painsrc-lang/bad/%s",
	    srcdir, name);
	is_int(painsrc_lang_apply_file(p, path, &err), -1, "%s is refused", name);
	if (!ok(err.line == line && err.column == col, "%s: at %u:%u (got %u:%u)",
	    name, line, col, err.line, err.column))
		diag("%s", err.msg);
	if (!ok(strstr(err.msg, words) != NULL, "%s: says \"%s\"", name, words))
		diag("message: %s", err.msg);
	is_str(painsrc_muscle(p, "upper trapezius")->label, "upper trapezius",
	    "%s: the names shown stay English", name);
	is_str(painsrc_find(p, AREA_NECK)->note,
	    "Neck pain often comes from the tops of the shoulders.",
	    "%s: the notes stay English", name);
	painsrc_free(p);
}

static void
put_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	if (f == NULL) {
		perror(path);
		exit(1);
	}
	fputs(text, f);
	fclose(f);
}

/* Choosing the language, and validate's look at every translation. */
static void
languages(void)
{
	char langs[3][ROUTINE_LANG_CODE_MAX] = { "fr", "de", "xx" };
	char dir[] = "/tmp/test-painsrc-lang.XXXXXX", path[4096], sub[9000];
	char src[4096], *text = NULL;
	struct painsrc *p;
	FILE *warn;
	size_t len = 0;

	snprintf(src, sizeof src, "%s/tests/fixtures/painsrc-lang/pain-sources.yaml",
	    srcdir);
	p = load("tests/fixtures/painsrc-lang/pain-sources.yaml");
	is_int(painsrc_lang_apply(p, src, langs, 1, stderr), 0,
	    "no French file: nothing applied");
	is_str(painsrc_muscle(p, "upper trapezius")->label, "upper trapezius",
	    "and the names stay English");
	is_int(painsrc_lang_apply(p, src, langs, 2, stderr), 1,
	    "fr then de: the German file is applied");
	is_str(painsrc_muscle(p, "upper trapezius")->label, "oberer Trapezmuskel",
	    "its names are shown");
	painsrc_free(p);
	is_int(painsrc_lang_check_all(src, stderr), 0,
	    "the fixture's translations are all good");

	/* a directory of one's own with a bad German file beside a good one */
	if (!ok(mkdtemp(dir) != NULL, "a temporary directory"))
		return;
	snprintf(path, sizeof path, "%s/%s", dir, PAINSRC_FILE_NAME);
	snprintf(sub, sizeof sub, "cp '%s' '%s'", src, path);
	if (!ok(system(sub) == 0, "the English file copied there"))
		return;
	snprintf(sub, sizeof sub, "%s/de", dir);
	mkdir(sub, 0700);
	snprintf(sub, sizeof sub, "%s/de/%s", dir, PAINSRC_FILE_NAME);
	put_file(sub, "muscles:\n  - name: upper trapezius\n"
	    "    points: [{view: back, at: [0.1, 1.3]}]\n");
	snprintf(sub, sizeof sub, "%s/fr", dir);
	mkdir(sub, 0700);
	snprintf(sub, sizeof sub, "%s/fr/%s", dir, PAINSRC_FILE_NAME);
	put_file(sub, "muscles:\n  - name: upper trapezius\n"
	    "    label: trapèze supérieur\n");
	warn = open_memstream(&text, &len);
	is_int(painsrc_lang_check_all(path, warn), 1,
	    "validate: one bad translation of two");
	fflush(warn);
	ok(text != NULL && strstr(text, "/de/pain-sources.yaml:3:13: ") != NULL,
	    "named with its place: %s", text ? text : "");
	if ((p = load_abs(path)) != NULL) {
		rewind(warn);
		is_int(painsrc_lang_apply(p, path, langs + 1, 1, warn), -1,
		    "a bad German file is not applied");
		fflush(warn);
		ok(strstr(text, "(the English text is used)") != NULL,
		    "the warning says English is used: %s", text);
		is_str(painsrc_muscle(p, "upper trapezius")->label,
		    "upper trapezius", "and the names stay English");
		painsrc_free(p);
	}
	fclose(warn);
	free(text);
	snprintf(sub, sizeof sub, "rm -rf '%s'", dir);
	if (system(sub) != 0)
		diag("could not remove %s", dir);
}

/* A partial translation, in another order than the file's. */
static void
good(void)
{
	struct painsrc *p = load("tests/fixtures/painsrc-lang/pain-sources.yaml");
	const struct painsrc_muscle *mu;
	struct bc_error err;
	char path[4096];

	if (!ok(p != NULL, "the English fixture loads"))
		return;
	snprintf(path, sizeof path,
	    "%s/tests/fixtures/painsrc-lang/de/pain-sources.yaml", srcdir);
	if (!ok(painsrc_lang_apply_file(p, path, &err) == 0,
	    "a partial translation in another order loads"))
		diag("%s:%u:%u: %s", err.file, err.line, err.column, err.msg);
	is_str(painsrc_find(p, AREA_NECK)->note,
	    "Nackenschmerzen kommen oft von oben auf den Schultern.",
	    "the neck's note is taken (given second)");
	is_str(painsrc_find(p, AREA_SHOULDERS)->note,
	    "An aching shoulder is often referred.",
	    "the note it leaves out stays English");
	is_str(painsrc_muscle(p, "upper trapezius")->label, "oberer Trapezmuskel",
	    "the map shows the muscle's translated name");
	is_str(painsrc_muscle(p, "upper trapezius")->knot, "oben auf der Schulter",
	    "its knot is taken");
	is_str(painsrc_muscle(p, "levator scapulae")->label, "Schulterblattheber",
	    "the other muscle's name (given first) goes to the right one");
	is_str(painsrc_muscle(p, "levator scapulae")->knot,
	    "where the neck meets the shoulder", "the knot it leaves out stays English");
	ok(painsrc_muscle(p, "oberer Trapezmuskel") == NULL,
	    "the English name stays the identifier");
	mu = listed(p, AREA_NECK, "upper trapezius");
	is_str(mu ? mu->label : "", "oberer Trapezmuskel",
	    "the areas' lists show the translated name too");
	is_str(mu ? mu->refers : "", "up the side of the neck to the temple",
	    "a referral it leaves out stays English");
	mu = listed(p, AREA_SHOULDERS, "upper trapezius");
	is_str(mu ? mu->refers : "", "oben auf der Schulter",
	    "the same muscle's referral from another area is its own");
	mu = listed(p, AREA_NECK, "levator scapulae");
	is_str(mu ? mu->refers : "", "im Nackenwinkel", "and the levator's");
	is_str(mu ? mu->name : "", "levator scapulae", "names stay as they were");
	painsrc_free(p);
}

/* The shipped German file translates every word of the shipped file. */
static void
shipped(void)
{
	struct painsrc *en = load("routines/pain-sources.yaml");
	struct painsrc *de = load("routines/pain-sources.yaml");
	struct bc_error err;
	char path[4096];
	unsigned a, k, same = 0, n = 0;

	if (!ok(en != NULL && de != NULL, "the shipped file loads"))
		return;
	snprintf(path, sizeof path, "%s/routines/de/pain-sources.yaml", srcdir);
	if (!ok(painsrc_lang_apply_file(de, path, &err) == 0,
	    "the shipped German file loads against it"))
		diag("%s:%u:%u: %s", err.file, err.line, err.column, err.msg);
	for (a = 0; a < de->areas_count; a++) {
		const struct painsrc_area *e = &en->areas[a], *d = &de->areas[a];

		n++;
		if (strcmp(e->note, d->note) == 0) {
			diag("not translated: the note of %s",
			    routine_area_name(d->area));
			same++;
		}
		for (k = 0; k < d->muscles_count; k++) {
			const struct painsrc_muscle *dm = &d->muscles[k];

			n += 2;
			if (strcmp(e->muscles[k].refers, dm->refers) == 0 ||
			    strcmp(dm->name, dm->label) == 0) {
				diag("not translated: %s under %s", dm->name,
				    routine_area_name(d->area));
				same++;
			}
			if (strcmp(dm->name, e->muscles[k].name) != 0 ||
			    strcmp(dm->label,
			    painsrc_muscle(de, dm->name)->label) != 0)
				same++;
		}
	}
	for (k = 0; k < de->muscles_count; k++) {
		const struct painsrc_map *d = &de->muscles[k];

		n += 2;
		if (strcmp(d->knot, en->muscles[k].knot) == 0 ||
		    strcmp(d->label, d->name) == 0) {
			diag("not translated: %s on the map", d->name);
			same++;
		}
		if (d->points_count != en->muscles[k].points_count ||
		    d->zone_count != en->muscles[k].zone_count)
			same++;
	}
	ok(n > 60 && same == 0, "every note, referral, knot and name of the "
	    "shipped file is German (%u checked, %u not)", n, same);
	ok(de->muscles_count == 14 && de->areas_count == 4,
	    "all 14 muscles and 4 areas (got %u, %u)", de->muscles_count,
	    de->areas_count);
	painsrc_free(en);
	painsrc_free(de);
}

int
main(void)
{
	if ((srcdir = getenv("top_srcdir")) == NULL)
		srcdir = BC_SRCDIR;

	good();
	bad("unknown-muscle.yaml", 6, 15,
	    "has no muscle 'lower trapezius' under 'neck'");
	bad("unknown-map-muscle.yaml", 4, 11, "has no muscle 'rhomboids'");
	bad("unknown-area.yaml", 4, 11, "has no area 'middle-back'");
	bad("point.yaml", 5, 7, "words only: 'points' stays");
	bad("zone.yaml", 3, 11, "words only: 'zone' stays");
	bad("map-area.yaml", 4, 11, "words only: 'area' stays");
	bad("routines.yaml", 6, 19, "words only: 'routines' stays");
	bad("label-in-area.yaml", 5, 16, "'label' is given once, under 'muscles'");
	bad("twice.yaml", 4, 11, "'upper trapezius' is translated twice");
	bad("two-lines.yaml", 3, 12, "line break in 'label'");
	bad("typo.yaml", 3, 5, "unknown field 'lable' (did you mean 'label'?)");
	languages();
	shipped();
	return done_testing();
}
