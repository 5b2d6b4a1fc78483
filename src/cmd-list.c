/*
 * cmd-list.c - `backcoach list`: the routines, sorted by id, as a table
 * with a header on a terminal, as tab-separated lines otherwise.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "i18n.h"
#include "library.h"
#include "routine.h"
#include "setup.h"
#include "text.h"
#include "xmalloc.h"

/* The areas as a five-letter map for a terminal: "NSU--". */
#define AREA_LETTERS "NSUML"

static const char *
cmd_list_area_name(int a)
{
	return routine_area_name(a);
}

static void
cmd_list_area_map(char *buf, uint32_t areas)
{
	int a;

	for (a = 0; a < AREA_COUNT; a++)
		buf[a] = (areas & (1u << a)) ? AREA_LETTERS[a] : '-';
	buf[AREA_COUNT] = '\0';
}

/* Print s padded with spaces to width columns (display width, not bytes). */
static void
cmd_list_padded(const char *s, size_t width)
{
	size_t w = text_width(s);

	fputs(s, stdout);
	while (w++ < width)
		putchar(' ');
}

/* The narrowest the id column gets when the line is short of room: most
 * ids stay whole. */
#define LIST_ID_MIN 20

/*
 * The id column's width when ids and titles share room columns (with the
 * two spaces between them): the one that cuts the fewest characters, a
 * title's counting twice (titles are what a person reads; an id cut is
 * marked, and the tab-separated output keeps it whole).  wid is the
 * longest id: with room for everything, nothing is cut.
 */
static size_t
cmd_list_id_width(const struct routine *const *rs, size_t n, size_t wid,
    int room)
{
	size_t c, best = wid, lo = wid < LIST_ID_MIN ? wid : LIST_ID_MIN, i, w;
	unsigned long cost, best_cost = (unsigned long)-1;
	long t;

	for (c = wid; c >= lo && c > 0; c--) {
		t = (long)room - 2 - (long)c;
		cost = 0;
		for (i = 0; i < n; i++) {
			if ((w = text_width(rs[i]->id)) > c)
				cost += w - c;
			if ((long)(w = text_width(rs[i]->title)) > t)
				cost += 2 * (unsigned long)((long)w - (t > 0 ? t : 0));
		}
		if (cost < best_cost) {		/* ties: the wider id */
			best_cost = cost;
			best = c;
		}
	}
	return best;
}

static int
cmd_list_by_id(const void *a, const void *b)
{
	return strcmp((*(const struct routine *const *)a)->id,
	    (*(const struct routine *const *)b)->id);
}

static int
cmd_list_exec(const struct cmdline *cl, int argc, char **argv)
{
	struct library lib;
	struct library_filter f = { cl->area, cl->kind, 0 };
	const struct routine **rs;
	/* TRANSLATORS: the column headings of list on a terminal, in capitals
	   (ID, LENGTH, KIND, AREAS, TITLE) */
	const char *h_id = _("ID"), *h_len = _("LENGTH"), *h_kind = _("KIND"),
	    *h_areas = _("AREAS"), *h_title = _("TITLE");
	size_t i, n = 0, wid = text_width(h_id), wkind = text_width(h_kind), used;
	size_t wlen = text_width(h_len), wareas = text_width(h_areas);
	bool tty = isatty(STDOUT_FILENO);
	int width = cmd_term_width(), st;
	char len[16], areas[128], title[512], id[256];
	const struct routine *r;

	(void)argc;
	(void)argv;
	if (cl->max_minutes >= 0)
		f.max_seconds = (unsigned)cl->max_minutes * 60;
	if (cl->max_minutes == 0)
		f.max_seconds = 1;	/* nothing lasts 0 minutes: list nothing */
	if ((st = setup_library(&lib, cl)) != 0)
		return st;
	rs = xcalloc(lib.count + 1, sizeof *rs);
	for (i = 0; i < lib.count; i++)
		if (library_match(lib.items[i], &f))
			rs[n++] = lib.items[i];
	/* the id comes first and is what `run` takes: sort by it */
	qsort(rs, n, sizeof *rs, cmd_list_by_id);
	for (i = 0; i < n; i++) {
		if (text_width(rs[i]->id) > wid)
			wid = text_width(rs[i]->id);
		if (strlen(routine_kind_name(rs[i]->kind)) > wkind)
			wkind = strlen(routine_kind_name(rs[i]->kind));
	}
	/* room for "1:02:40" and the five area letters, as in English */
	wlen = (wlen > 6 ? wlen : 6) + 2;
	wareas = (wareas > AREA_COUNT ? wareas : AREA_COUNT) + 2;
	/* the id and the title share what the other columns leave */
	used = wlen + wkind + 2 + wareas;
	if (tty)
		wid = cmd_list_id_width(rs, n, wid, width - (int)used);
	if (tty && n > 0) {
		cmd_list_padded(h_id, wid + 2);
		cmd_list_padded(h_len, wlen);
		cmd_list_padded(h_kind, wkind + 2);
		cmd_list_padded(h_areas, wareas);
		printf("%s\n", h_title);
	}
	for (i = 0; i < n; i++) {
		r = rs[i];
		text_duration(len, sizeof len, routine_total_seconds(r));
		if (tty) {
			cmd_list_area_map(areas, r->areas);
			text_cut(id, sizeof id, r->id, (size_t)-1, (int)wid);
			cmd_list_padded(id, wid + 2);
			cmd_list_padded(len, wlen);
			cmd_list_padded(routine_kind_name(r->kind), wkind + 2);
			cmd_list_padded(areas, wareas);
			used = wid + 2 + wlen + wkind + 2 + wareas;
			text_cut(title, sizeof title, r->title, (size_t)-1,
			    width > (int)used + 4 ? width - (int)used : 4);
			printf("%s\n", title);
		} else {
			cmd_fmt_names(areas, sizeof areas, r->areas, AREA_COUNT,
			    cmd_list_area_name, ",", "");
			printf("%s\t%s\t%s\t%s\t%s\n", r->id, len,
			    routine_kind_name(r->kind), areas, r->title);
		}
	}
	if (tty && n > 0)
		/* TRANSLATORS: the letters stay N, S, U, M, L (the column
		   shows them); the names after them are for people */
		printf("%s\n", _("AREAS: N neck, S shoulders, U upper back, "
		    "M middle back, L lower back"));
	free(rs);
	library_free(&lib);
	return cmd_flush();
}

const struct cmd_entry cmd_list_entry = {
	.name = "list",
	.args = "",
	.min_args = 0,
	.max_args = 0,
	.options = CMD_O(CO_AREA) | CMD_O(CO_ROUTINES_DIR) | CMD_O(CO_CONFIG) |
	    CMD_O(CO_KIND) | CMD_O(CO_MAX_MINUTES),
	.flags = CMD_SETTINGS,
	.help = N_("every routine, with its length"),
	.exec = cmd_list_exec,
};
