/*
 * test-shipped.c - the routines and pain-source file shipped in routines/:
 * they all load, and together they cover what issue 6 asks for (areas,
 * kinds, equipment, lengths, levels, cautions), and every routine the
 * pain-source file names exists.  Checked from the loaded data, not the
 * YAML text, so it tests what a person would actually get.
 */
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "library.h"
#include "painsrc.h"
#include "routine.h"
#include "xmalloc.h"

#include "tap.h"

/* Case-insensitive substring search; the cautions start sentences with "Stop". */
static int
contains_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay != '\0'; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return 1;
	return 0;
}

/* Read a whole small file into a string (NULL if it cannot be read). */
static char *
slurp(const char *path)
{
	FILE *fp;
	char *buf;
	long len;

	if ((fp = fopen(path, "r")) == NULL)
		return NULL;
	if (fseek(fp, 0, SEEK_END) != 0 || (len = ftell(fp)) < 0 ||
	    fseek(fp, 0, SEEK_SET) != 0) {
		fclose(fp);
		return NULL;
	}
	buf = xmalloc((size_t)len + 1);
	buf[fread(buf, 1, (size_t)len, fp)] = '\0';
	fclose(fp);
	return buf;
}

/*
 * Every *.yaml in routines/ must be listed in dist_routines_DATA, or it
 * would load here but never be installed.  Returns the number of yaml files
 * (routines and pain-sources) seen.
 */
static unsigned
check_dist_list(const char *srcdir, const char *dir)
{
	char *mk, *path, *want;
	struct dirent *de;
	DIR *d;
	unsigned n = 0, missing = 0;
	size_t len;

	xasprintf(&path, "%s/Makefile.am", srcdir);
	mk = slurp(path);
	ok(mk != NULL, "read %s", path);
	free(path);
	if (mk == NULL || (d = opendir(dir)) == NULL)
		goto out;
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (len < 6 || strcmp(de->d_name + len - 5, ".yaml") != 0)
			continue;
		n++;
		xasprintf(&want, "routines/%s ", de->d_name);
		/* The last entry of the list has no trailing " \". */
		if (strstr(mk, want) == NULL) {
			want[strlen(want) - 1] = '\n';
			if (strstr(mk, want) == NULL) {
				diag("%s is not in dist_routines_DATA", de->d_name);
				missing++;
			}
		}
		free(want);
	}
	closedir(d);
out:
	ok(n > 0 && missing == 0,
	    "all %u yaml files in routines/ are in dist_routines_DATA", n);
	free(mk);
	return n;
}

static void
check_library(const struct library *lib)
{
	unsigned area_n[AREA_COUNT] = { 0 }, kind_n[KIND_COUNT] = { 0 };
	unsigned level_n[LEVEL_COUNT] = { 0 };
	uint32_t equip = 0;
	uint64_t shortest = UINT64_MAX, longest = 0, len;
	const struct routine *r;
	size_t i;
	int a, no_stop = 0;

	for (i = 0; i < lib->count; i++) {
		r = lib->items[i];
		for (a = 0; a < AREA_COUNT; a++)
			if (r->areas & (1u << a))
				area_n[a]++;
		kind_n[r->kind]++;
		level_n[r->level]++;
		equip |= r->equipment;
		len = routine_total_seconds(r);
		if (len < shortest)
			shortest = len;
		if (len > longest)
			longest = len;
		if (r->caution == NULL || !contains_ci(r->caution, "stop")) {
			diag("%s: caution does not say when to stop", r->id);
			no_stop++;
		}
		diag("%-28s %-8s %-9s %4llu s", r->id,
		    routine_kind_name(r->kind), routine_level_name(r->level),
		    (unsigned long long)len);
	}

	ok(area_n[AREA_NECK] >= 4, "neck in %u routines (>= 4)", area_n[AREA_NECK]);
	ok(area_n[AREA_SHOULDERS] >= 4, "shoulders in %u routines (>= 4)",
	    area_n[AREA_SHOULDERS]);
	ok(area_n[AREA_UPPER_BACK] >= 4, "upper-back in %u routines (>= 4)",
	    area_n[AREA_UPPER_BACK]);
	ok(area_n[AREA_MIDDLE_BACK] >= 4, "middle-back in %u routines (>= 4)",
	    area_n[AREA_MIDDLE_BACK]);

	ok(kind_n[KIND_STRETCH] >= 1, "%u stretch routines", kind_n[KIND_STRETCH]);
	ok(kind_n[KIND_MIXED] >= 1, "%u mixed routines", kind_n[KIND_MIXED]);
	ok(kind_n[KIND_MASSAGE] >= 3, "%u massage routines (>= 3)",
	    kind_n[KIND_MASSAGE]);

	ok(equip & (1u << EQUIP_CHAIR), "a routine uses a chair");
	ok(equip & ((1u << EQUIP_WALL) | (1u << EQUIP_DOORWAY)),
	    "a routine uses a wall or doorway");
	ok(equip & (1u << EQUIP_BALL), "a routine uses a ball");
	ok(equip & (1u << EQUIP_FOAM_ROLLER), "a routine uses a foam roller");
	ok(equip & (1u << EQUIP_MAT), "a routine uses a mat");

	ok(shortest <= 180, "shortest routine is %llu s (<= 180)",
	    (unsigned long long)shortest);
	ok(longest >= 900 && longest <= 1200,
	    "longest routine is %llu s (900..1200)", (unsigned long long)longest);

	ok(level_n[LEVEL_GENTLE] >= 1, "%u gentle routines", level_n[LEVEL_GENTLE]);
	ok(level_n[LEVEL_MODERATE] >= 1, "%u moderate routines",
	    level_n[LEVEL_MODERATE]);

	is_int(no_stop, 0, "every caution says when to stop");
}

static void
check_painsrc(const struct painsrc *p, const struct library *lib)
{
	unsigned seen[AREA_COUNT] = { 0 };
	unsigned i, j, k, dup = 0, unknown = 0, empty = 0;
	const struct painsrc_area *pa;
	const struct painsrc_muscle *m;

	for (i = 0; i < p->areas_count; i++) {
		pa = &p->areas[i];
		if (seen[pa->area]++ > 0) {
			diag("area %s appears twice", routine_area_name(pa->area));
			dup++;
		}
		if (pa->muscles_count == 0 || pa->note == NULL || *pa->note == '\0')
			empty++;
		for (j = 0; j < pa->muscles_count; j++) {
			m = &pa->muscles[j];
			if (m->routines_count == 0 || m->refers == NULL ||
			    *m->refers == '\0')
				empty++;
			for (k = 0; k < m->routines_count; k++) {
				if (library_find(lib, m->routines[k]) == NULL) {
					diag("%s / %s: no routine '%s'",
					    routine_area_name(pa->area), m->name,
					    m->routines[k]);
					unknown++;
				}
			}
		}
	}
	is_int(dup, 0, "each pain-source area appears once");
	ok(seen[AREA_NECK] && seen[AREA_SHOULDERS] && seen[AREA_UPPER_BACK] &&
	    seen[AREA_MIDDLE_BACK],
	    "pain sources cover neck, shoulders, upper-back, middle-back");
	is_int(empty, 0, "every area has a note and muscles, every muscle a "
	    "referral and routines");
	is_int(unknown, 0, "every routine named in pain-sources exists");
	ok(painsrc_find(p, AREA_UPPER_BACK) != NULL,
	    "painsrc_find finds upper-back");
}

int
main(int argc, char **argv)
{
	const char *srcdir;
	char *dir, *path;
	const char *dirs[1];
	struct library lib = { 0 };
	struct painsrc *p = NULL;
	struct bc_error err;
	unsigned files;
	int skipped;

	/* argv[1], then $top_srcdir (AM_TESTS_ENVIRONMENT), then configure's. */
	if (argc > 1)
		srcdir = argv[1];
	else if ((srcdir = getenv("top_srcdir")) == NULL || *srcdir == '\0')
		srcdir = BC_SRCDIR;
	xasprintf(&dir, "%s/routines", srcdir);
	diag("routines from %s", dir);

	files = check_dist_list(srcdir, dir);

	dirs[0] = dir;
	skipped = library_load(&lib, dirs, 1, stderr);
	is_int(skipped, 0, "no shipped routine is skipped");
	ok(lib.count >= 12, "%zu routines load (>= 12)", lib.count);
	/* pain-sources.yaml and poses.yaml are the yaml files that are not routines. */
	is_int(lib.count + 2, files,
	    "every yaml file but pain-sources and poses is a routine");
	check_library(&lib);

	xasprintf(&path, "%s/%s", dir, PAINSRC_FILE_NAME);
	if (!ok(painsrc_load(path, &p, &err) == 0, "%s loads", PAINSRC_FILE_NAME))
		bc_error_print(&err, stderr);
	else
		check_painsrc(p, &lib);

	if (p != NULL)
		painsrc_free(p);
	library_free(&lib);
	free(path);
	free(dir);
	return done_testing();
}
