/*
 * test-routine-lang.c - routine translations (routine-lang.c): the words
 * are taken field by field, anything else is refused with its position,
 * the language is chosen as gettext chooses it; and every shipped
 * translation loads and leaves its routine's timeline as it was.
 */
#include <dirent.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "routine-lang.h"
#include "routine.h"

#include "tap.h"

static const char *srcdir;

static struct routine *
load(const char *rel)
{
	char path[4096];
	struct bc_error err;
	struct routine *r = NULL;

	snprintf(path, sizeof path, "%s/%s", srcdir, rel);
	if (routine_load(path, &r, &err) != 0)
		bc_error_print(&err, stderr);
	return r;
}

/* The same without a word on stderr: for files that may not be routines. */
static struct routine *
load_quiet(const char *rel)
{
	char path[4096];
	struct bc_error err;
	struct routine *r = NULL;

	snprintf(path, sizeof path, "%s/%s", srcdir, rel);
	routine_load(path, &r, &err);
	return r;
}

/* Apply srcdir/rel to a fresh two-steps routine; the error in *err. */
static int
apply(const char *rel, struct routine **out, struct bc_error *err)
{
	char path[4096];

	*out = load("tests/fixtures/lang/two-steps.yaml");
	snprintf(path, sizeof path, "%s/%s", srcdir, rel);
	return routine_lang_apply_file(*out, path, err);
}

static void
langs(const char *language, const char *locale, const char *want)
{
	char l[ROUTINE_LANG_MAX][ROUTINE_LANG_CODE_MAX], got[256] = "";
	size_t n, i;

	if (language)
		setenv("LANGUAGE", language, 1);
	else
		unsetenv("LANGUAGE");
	if (setlocale(LC_MESSAGES, locale) == NULL) {
		ok(1, "# SKIP locale %s is not installed", locale);
		return;
	}
	n = routine_lang_list(l, ROUTINE_LANG_MAX);
	for (i = 0; i < n; i++) {
		strcat(got, i ? " " : "");
		strcat(got, l[i]);
	}
	is_str(got, want, "languages for LANGUAGE=%s, LC_MESSAGES=%s",
	    language ? language : "(unset)", locale);
}

/* Every routines/LANG/ID.yaml applies to routines/ID.yaml and changes no time. */
static void
shipped(void)
{
	char dir[4096], file[4096 + 512];
	struct dirent *de, *fe;
	DIR *d, *ld;
	unsigned files = 0;

	snprintf(dir, sizeof dir, "%s/routines", srcdir);
	if ((d = opendir(dir)) == NULL) {
		ok(0, "routines/ can be read");
		return;
	}
	while ((de = readdir(d)) != NULL) {
		char ldir[4096 + 256];

		if (de->d_name[0] == '.')
			continue;
		snprintf(ldir, sizeof ldir, "%s/%s", dir, de->d_name);
		if ((ld = opendir(ldir)) == NULL)
			continue;	/* a file, not a language */
		while ((fe = readdir(ld)) != NULL) {
			size_t n = strlen(fe->d_name);
			char rel[1024], id[256];
			struct routine *r, *t;
			struct bc_error err;
			uint64_t before;
			unsigned i, complete = 1;

			if (n < 6 || strcmp(fe->d_name + n - 5, ".yaml") != 0 ||
			    strcmp(fe->d_name, "pain-sources.yaml") == 0)
				continue;
			snprintf(id, sizeof id, "%.*s", (int)(n - 5), fe->d_name);
			snprintf(rel, sizeof rel, "routines/%s.yaml", id);
			r = load(rel);
			t = load(rel);
			ok(r != NULL, "%s/%s has its routine %s", de->d_name,
			    fe->d_name, rel);
			if (r == NULL || t == NULL)
				continue;
			files++;
			before = routine_total_seconds(t);
			snprintf(file, sizeof file, "%s/%s", ldir, fe->d_name);
			if (routine_lang_apply_file(t, file, &err) != 0)
				bc_error_print(&err, stderr);
			is_int(routine_total_seconds(t), before,
			    "%s/%s loads and keeps the timeline (%llu s)",
			    de->d_name, id, (unsigned long long)before);
			/* a complete translation: every word changed */
			complete &= strcmp(t->title, r->title) != 0;
			complete &= strcmp(t->summary, r->summary) != 0;
			complete &= strcmp(t->caution, r->caution) != 0;
			for (i = 0; i < r->steps_count; i++) {
				complete &= strcmp(t->steps[i].name,
				    r->steps[i].name) != 0;
				complete &= strcmp(t->steps[i].instructions,
				    r->steps[i].instructions) != 0;
			}
			ok(complete, "%s/%s translates every text field of "
			    "every step", de->d_name, id);
			routine_free(r);
			routine_free(t);
		}
		closedir(ld);
	}
	closedir(d);
	ok(files > 0, "shipped translations found (%u)", files);

	/* German is complete: every shipped routine has its German file */
	if ((d = opendir(dir)) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		size_t n = strlen(de->d_name);
		char rel[1024];
		struct routine *r;
		struct stat st;

		if (n < 6 || strcmp(de->d_name + n - 5, ".yaml") != 0)
			continue;
		snprintf(rel, sizeof rel, "routines/%s", de->d_name);
		if ((r = load_quiet(rel)) == NULL)
			continue;	/* not a routine (pain sources, poses...) */
		snprintf(file, sizeof file, "%s/de/%s", dir, de->d_name);
		ok(stat(file, &st) == 0, "%s has a German translation", r->id);
		routine_free(r);
	}
	closedir(d);
}

int
main(void)
{
	struct routine *r;
	struct bc_error err;

	if ((srcdir = getenv("top_srcdir")) == NULL)
		srcdir = BC_SRCDIR;
	setlocale(LC_ALL, "C.UTF-8");

	ok(apply("tests/fixtures/lang/de/two-steps.yaml", &r, &err) == 0,
	    "a partial translation loads");
	is_str(r->title, "Zwei Schritte", "its title is taken");
	is_str(r->summary, "A routine with two steps, for the translation tests.",
	    "a field it leaves out stays English");
	is_str(r->steps[0].name, "Erster", "step 1's name is taken");
	is_str(r->steps[1].name, "Second", "step 2 stays English");
	is_int(routine_total_seconds(r), 10 + 20 + 5 + 20, "the timeline is the routine's");
	routine_free(r);

	ok(apply("tests/fixtures/lang/fr/two-steps.yaml", &r, &err) == -1,
	    "a translation that sets a time is refused");
	ok(err.line == 5 && err.column == 14, "at the time's position (5:14; got %u:%u)",
	    err.line, err.column);
	ok(strstr(err.msg, "words only") != NULL, "saying why: %s", err.msg);
	is_str(r->title, "Two steps", "and the routine is left English");
	routine_free(r);

	ok(apply("tests/fixtures/lang/it/two-steps.yaml", &r, &err) == -1,
	    "a translation with a step the routine does not have is refused");
	ok(err.line == 5 && err.column == 5, "at that step (5:5; got %u:%u)",
	    err.line, err.column);
	ok(strstr(err.msg, "step 3 does not exist") != NULL, "saying so: %s", err.msg);
	routine_free(r);

	ok(apply("tests/fixtures/lang/es/two-steps.yaml", &r, &err) == -1,
	    "a translation that sets the kind is refused");
	ok(err.line == 2, "on its line (2; got %u)", err.line);
	routine_free(r);

	ok(apply("tests/fixtures/lang/pt/two-steps.yaml", &r, &err) == -1,
	    "a misspelt field is refused");
	ok(err.line == 2 && strstr(err.msg, "stpes") != NULL,
	    "by name, on its line: %u: %s", err.line, err.msg);
	routine_free(r);

	ok(apply("tests/fixtures/lang/nl/two-steps.yaml", &r, &err) == -1,
	    "a translated title with a line break is refused");
	ok(err.line == 1 && err.column == 8 &&
	    strcmp(err.msg, "line break in 'title' (it must be one line)") == 0,
	    "at 1:8, saying so: %u:%u: %s", err.line, err.column, err.msg);
	is_str(r->title, "Two steps", "and the routine is left English");
	routine_free(r);

	langs(NULL, "C", "");
	langs("de", "C", "");
	langs(NULL, "de_DE.UTF-8", "de_DE de");
	langs("de_AT:fr", "de_DE.UTF-8", "de_AT de fr de_DE");
	langs("fr:en:de", "de_DE.UTF-8", "fr");
	langs(NULL, "C.UTF-8", "");
	langs("de", "C.UTF-8", "de");	/* as gettext: C.UTF-8 follows LANGUAGE */

	shipped();
	return done_testing();
}
