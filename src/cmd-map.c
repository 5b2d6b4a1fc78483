/*
 * cmd-map.c - `backcoach map [MUSCLE]`: the body map on standard output,
 * for a person who wants to look without the screen and for tests.  With
 * no MUSCLE, the body seen from behind with the areas numbered, and the
 * muscles on the map; with one, its trigger points (X) and the zone its
 * pain refers to (shaded), on both views side by side (or the one --view
 * names), with a sentence and the routines that work on it.  Braille in a
 * UTF-8 locale, ASCII with --ascii or otherwise; --size WxH for each figure.
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "app.h"
#include "body.h"
#include "cmd.h"
#include "i18n.h"
#include "library.h"
#include "mapfig.h"
#include "painsrc.h"
#include "painsrc-lang.h"
#include "routine.h"
#include "setup.h"
#include "text.h"
#include "xmalloc.h"

#define MAP_W_MAX 1000
#define MAP_H_MAX 500

/* "WxH": the cells of each figure. */
static int
parse_size(const char *s, int *w, int *h)
{
	char *end;
	long a, b;

	if (!isdigit((unsigned char)*s))
		return -1;
	a = strtol(s, &end, 10);
	if (*end != 'x' || !isdigit((unsigned char)end[1]))
		return -1;
	b = strtol(end + 1, &end, 10);
	if (*end != '\0' || a < 8 || b < 4 || a > MAP_W_MAX || b > MAP_H_MAX)
		return -1;
	*w = (int)a;
	*h = (int)b;
	return 0;
}

/* The pain sources of the search path (or --routines-dir); NULL said on stderr. */
static struct painsrc *
load_painsrc(const struct cmdline *cl, int *status)
{
	const char *dirs[CMD_DIRS_MAX];
	struct bc_error err;
	struct painsrc *p;
	char path[4096];
	size_t n;

	if ((*status = setup_routine_dirs(cl, dirs, CMD_DIRS_MAX, &n)) != 0)
		return NULL;
	if (setup_painsrc_path(dirs, n, path, sizeof path) == 0) {
		if (painsrc_load(path, &p, &err) != 0) {
			bc_error_print(&err, stderr);
			*status = EXIT_DATAERR;
			return NULL;
		}
		if (p->muscles_count == 0) {
			fprintf(stderr, "backcoach: ");
			fprintf(stderr, _("%s has no body map (no 'muscles')"),
			    cmd_clean(path));
			fputc('\n', stderr);
			painsrc_free(p);
			*status = EXIT_DATAERR;
			return NULL;
		}
		painsrc_lang_apply_env(p, path, stderr);
		return p;
	}
	fprintf(stderr, "backcoach: ");
	fprintf(stderr, _("no %s in the routine directories"),
	    PAINSRC_FILE_NAME);
	fputc('\n', stderr);
	*status = EXIT_DATAERR;
	return NULL;
}

/*
 * A muscle by name (or the name shown, when a translation gives one), case
 * aside, or by the start of exactly one name.
 */
static const struct painsrc_map *
find_muscle(const struct painsrc *p, const char *name, int *matches)
{
	const struct painsrc_map *found = NULL;
	size_t len = strlen(name);
	unsigned i;

	*matches = 0;
	for (i = 0; i < p->muscles_count; i++)
		if (strcasecmp(p->muscles[i].name, name) == 0 ||
		    strcasecmp(p->muscles[i].label, name) == 0) {
			*matches = 1;
			return &p->muscles[i];
		}
	for (i = 0; i < p->muscles_count; i++)
		if (len > 0 && (strncasecmp(p->muscles[i].name, name, len) == 0 ||
		    strncasecmp(p->muscles[i].label, name, len) == 0)) {
			found = &p->muscles[i];
			(*matches)++;
		}
	return *matches == 1 ? found : NULL;
}

/*
 * A start that fits more than one muscle: said with the names it fits, as
 * many as one line of the terminal has room for (cut with the mark), for
 * the person to retype one.
 */
static int
ambiguous(const struct painsrc *p, const char *name, int width)
{
	/* what was typed, cut to 32 columns: at most 32 characters and the mark */
	char list[2048], *typed, head[256], said[32 * 4 + 8], cut[1024];
	size_t len = strlen(name), n = 0;
	unsigned i;
	int room;

	list[0] = '\0';
	for (i = 0; i < p->muscles_count; i++)
		if (strncasecmp(p->muscles[i].name, name, len) == 0 ||
		    strncasecmp(p->muscles[i].label, name, len) == 0)
			n += (size_t)snprintf(list + n, n < sizeof list ?
			    sizeof list - n : 0, "%s%s", n > 0 ? ", " : "",
			    p->muscles[i].label);
	typed = xstrdup(name);
	text_scrub(typed, false);
	text_scrub(list, false);
	text_cut(said, sizeof said, typed, (size_t)-1, 32);
	free(typed);
	/* TRANSLATORS: %s is what was typed ("thoracic"); the names of the
	   muscles it may start follow ("thoracic paraspinals, thoracic
	   erector spinae"): keep it short, they share one line */
	snprintf(head, sizeof head, _("'%s' could be: "), said);
	room = width - 1 - (int)text_width("backcoach: ") -
	    (int)text_width(head);
	text_cut(cut, sizeof cut, list, (size_t)-1, room < 16 ? 16 : room);
	fprintf(stderr, "backcoach: %s%s\n", head, cut);
	return EXIT_USAGE;
}

static bool
has_view(const struct painsrc_map *m, int v)
{
	unsigned k;

	for (k = 0; k < m->points_count; k++)
		if ((int)m->points[k].view == v)
			return true;
	for (k = 0; k < m->zone_count; k++)
		if ((int)m->zone[k].view == v)
			return true;
	return false;
}

/* Figures side by side, each under its title, rows without trailing blanks. */
static void
print_figures(struct mapfig *f, const char *const *titles, int n, int gap)
{
	char line[16384];
	int row, k, col, pad, last;
	size_t len;

	for (row = -1; row < f[0].c.rows; row++) {
		len = 0;
		line[0] = '\0';
		for (k = 0; k < n; k++) {
			if (row < 0) {
				len += (size_t)snprintf(line + len, sizeof line -
				    len, "%s", titles[k]);
				pad = f[k].c.cols - (int)text_width(titles[k]);
			} else {
				for (col = 0; col < f[k].c.cols; col++)
					len += (size_t)snprintf(line + len,
					    sizeof line - len, "%s", f[k].cells[
					    (size_t)row * f[k].c.cols + col].s);
				pad = 0;
			}
			if (k + 1 < n)
				for (pad += gap; pad > 0 && len + 1 < sizeof line;
				    pad--)
					line[len++] = ' ';
			line[len] = '\0';
			if (len >= sizeof line - 8)
				break;
		}
		for (last = (int)len; last > 0 && line[last - 1] == ' '; last--)
			;
		line[last] = '\0';
		puts(line);
	}
}

static void
print_routines(const struct painsrc *p, const struct painsrc_map *m,
    const struct cmdline *cl, int width)
{
	const char *ids[64];
	struct library lib;
	const struct routine *r;
	char buf[1024];
	int n, i;

	n = painsrc_routines(p, m->name, ids, 64);
	if (n == 0)
		return;
	memset(&lib, 0, sizeof lib);
	if (setup_library(&lib, cl) != 0)
		memset(&lib, 0, sizeof lib);
	printf("\n%s\n", _("Routines that work on it:"));
	for (i = 0; i < n; i++) {
		r = lib.count > 0 ? library_find(&lib, ids[i]) : NULL;
		snprintf(buf, sizeof buf, "%s%s%s%s", ids[i], r ? " (" : "",
		    r ? r->title : "", r ? ")" : "");
		text_wrap_print(stdout, cmd_clean(buf), 2, width);
	}
	library_free(&lib);
}

/* Where its pain is felt, in the words the areas' lists give. */
static void
print_refers(const struct painsrc *p, const struct painsrc_map *m, int width)
{
	char buf[1024];
	unsigned a, k;

	for (a = 0; a < p->areas_count; a++)
		for (k = 0; k < p->areas[a].muscles_count; k++) {
			if (strcmp(p->areas[a].muscles[k].name, m->name) != 0)
				continue;
			/* TRANSLATORS: an area ("upper back"), then where
			   the muscle's pain is felt */
			snprintf(buf, sizeof buf, _("For the %s: %s."),
			    routine_area_label(p->areas[a].area),
			    p->areas[a].muscles[k].refers);
			text_wrap_print(stdout, cmd_clean(buf), 2, width);
		}
}

static int
cmd_map_exec(const struct cmdline *cl, int argc, char **argv)
{
	struct painsrc *p;
	const struct painsrc_map *m = NULL, *one[1];
	struct mapfig f[BODY_VIEW_COUNT];
	const char *titles[BODY_VIEW_COUNT] = { "", "" };
	int w = 0, h = 24, view = -1, status, matches, views[2], nv = 0, i;
	int width = cmd_term_width();
	bool utf8 = text_utf8() && !cl->ascii;
	char buf[1024];
	unsigned k;

	if (cl->view != NULL && (view = body_view_from_name(cl->view)) < 0)
		return cmd_usage_error(_("--view wants back or front, not '%s'"),
		    cl->view);
	if (cl->size != NULL && parse_size(cl->size, &w, &h) != 0)
		return cmd_usage_error(_("--size wants WIDTHxHEIGHT in cells, "
		    "from 8x4 to 1000x500, not '%s'"), cl->size);
	if ((p = load_painsrc(cl, &status)) == NULL)
		return status;
	if (argc == 1 && (m = find_muscle(p, argv[0], &matches)) == NULL) {
		if (matches > 1)
			status = ambiguous(p, argv[0], width);
		else
			status = cmd_usage_hint(_("backcoach map lists them"),
			    _("no muscle named '%s' on the map"), argv[0]);
		painsrc_free(p);
		return status;
	}
	/* which views: the one asked for, else where the muscle shows */
	if (view >= 0)
		views[nv++] = view;
	else if (m == NULL)
		views[nv++] = BODY_BACK;
	else
		for (i = 0; i < BODY_VIEW_COUNT; i++)
			if (has_view(m, i))
				views[nv++] = i;
	if (w == 0) {
		int fc, fr;

		mapfig_size(1000, h, &fc, &fr);
		w = fc;
	}
	for (i = 0; i < nv; i++) {
		int fc, fr;

		mapfig_size(w, h, &fc, &fr);
		mapfig_init(&f[i], fc, fr, utf8);
		one[0] = m;
		mapfig_draw(&f[i], views[i], -1, one, m != NULL, BODY_BACK, 1,
		    false, 0, 0);
		if (m == NULL)
			mapfig_label_areas(&f[i], views[i]);
		titles[i] = views[i] == BODY_BACK ? _("seen from the back") :
		    _("seen from the front");
	}
	if (m != NULL) {
		/* TRANSLATORS: a muscle's name, then where its knot lies
		   ("on top of the shoulder") */
		snprintf(buf, sizeof buf, _("%s: its knot (trigger point) lies %s."),
		    m->label, m->knot);
		text_wrap_print(stdout, cmd_clean(buf), 0, width);
		putchar('\n');
	}
	print_figures(f, titles, nv, 4);
	for (i = 0; i < nv; i++)
		mapfig_free(&f[i]);
	putchar('\n');
	if (m != NULL) {
		/* TRANSLATORS: %s is the shading drawn on the figure */
		snprintf(buf, sizeof buf, _("X marks the knot; %s shades where "
		    "its pain is felt."), utf8 ? "\xe2\xa2\x95\xe2\xa1\xaa" : ":::");
		text_wrap_print(stdout, buf, 0, width);
		printf("%s\n", _("Where its pain is felt:"));
		print_refers(p, m, width);
		print_routines(p, m, cl, width);
		putchar('\n');
		text_wrap_print(stdout, _("Work gently and stop if it hurts more. "
		    "See a doctor for pain that is severe or spreading, or "
		    "that comes with numbness or weakness."), 0, width);
	} else {
		text_wrap_print(stdout, _("The areas: 1 neck, 2 shoulders, 3 "
		    "upper back, 4 middle back; 5 the lower back, dotted, is "
		    "outside what backcoach covers."), 0, width);
		printf("\n%s\n",
		    _("Muscles on the map (backcoach map MUSCLE shows one):"));
		for (k = 0; k < p->muscles_count; k++)
			if (strcmp(p->muscles[k].label, p->muscles[k].name) != 0)
				printf("  %s - %s\n",
				    cmd_clean(p->muscles[k].label),
				    p->muscles[k].name);
			else
				printf("  %s\n", cmd_clean(p->muscles[k].name));
	}
	painsrc_free(p);
	return cmd_flush();
}

const struct cmd_entry cmd_map_entry = {
	.name = "map",
	.args = N_("[MUSCLE]"),
	.arg_error = N_("map wants at most one MUSCLE"),
	.min_args = 0,
	.max_args = 1,
	.options = CMD_O(CO_ROUTINES_DIR) | CMD_O(CO_VIEW) | CMD_O(CO_ASCII) |
	    CMD_O(CO_SIZE),
	.flags = 0,
	.help = N_("draw the body map, or a muscle's trigger point and the "
	    "zone its pain refers to"),
	.exec = cmd_map_exec,
};
