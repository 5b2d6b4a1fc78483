/*
 * ui-list.c - the routines for one pain area: title, length, kind, level,
 * equipment; the massage routines the pain-source file suggests for the
 * area are marked, and listed even when their own areas leave it out.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "painsrc.h"
#include "plan.h"
#include "routine.h"
#include "text.h"
#include "i18n.h"
#include "ui-priv.h"
#include "xmalloc.h"

static bool
is_suggested(const struct ui *u, int area, const struct routine *r)
{
	const struct painsrc_area *pa;
	unsigned m, k;

	if (u->app->painsrc == NULL ||
	    (pa = painsrc_find(u->app->painsrc, area)) == NULL)
		return false;
	for (m = 0; m < pa->muscles_count; m++)
		for (k = 0; k < pa->muscles[m].routines_count; k++)
			if (strcmp(pa->muscles[m].routines[k], r->id) == 0)
				return true;
	return false;
}

/*
 * A routine the pain-source file suggests for an area belongs in its list
 * even if its own areas do not name it (a ball on the shoulder blades for
 * neck pain): the picker promised it.  Library order is kept.
 */
size_t
ui_list_collect(const struct ui *u, int area, const struct routine **out)
{
	const struct routine *r;
	size_t i, n = 0;

	for (i = 0; i < u->app->lib.count; i++) {
		r = u->app->lib.items[i];
		if (!(r->areas & (1u << area)) && !is_suggested(u, area, r))
			continue;
		if (out != NULL)
			out[n] = r;
		n++;
	}
	return n;
}

void
ui_list_open(struct ui *u, int area)
{
	u->area = area;
	free(u->list);
	u->list = xcalloc(u->app->lib.count + 1, sizeof *u->list);
	u->nlist = ui_list_collect(u, area, u->list);
	/* what the plan has due now comes first, as on the picker */
	plan_view_sort_due(u->app->plan, u->list, u->nlist, time(NULL));
	u->list_sel = 0;
	u->list_top = 0;
	u->list_title[0] = '\0';
	u->list_back = SCR_PICKER;
	u->scr = SCR_LIST;
}

static void
equipment_text(const struct routine *r, char *buf, size_t size)
{
	int e;
	size_t n = 0;

	buf[0] = '\0';
	for (e = 0; e < EQUIP_COUNT; e++) {
		if (!(r->equipment & (1u << e)) || e == EQUIP_NONE)
			continue;
		n += (size_t)snprintf(buf + n, n < size ? size - n : 0, "%s%s",
		    n ? ", " : "", routine_equipment_label(e));
		if (n >= size)
			break;
	}
	if (buf[0] == '\0')
		snprintf(buf, size, "%s", _("none"));
}

/*
 * s at buf + n, padded with blanks to w - 1 columns, and one more blank:
 * "%-8s " (w 9) by columns, not bytes.  Returns the new length.
 */
static size_t
pad(char *buf, size_t size, size_t n, const char *s, int w)
{
	int k = w - 1 - (int)text_width(s);

	if (n + 1 >= size)
		return n;
	n += (size_t)snprintf(buf + n, size - n, "%s", s);
	if (n >= size)
		return size - 1;
	for (k = k > 0 ? k + 1 : 1; k > 0 && n + 1 < size; k--)
		buf[n++] = ' ';
	buf[n] = '\0';
	return n;
}

/* Rows of routines on screen (and a page for PgUp/PgDn). */
static int
list_rows(void)
{
	return LINES - 6 > 1 ? LINES - 6 : 1;
}

/*
 * A person's own routine that does not load must not vanish without a word
 * while the screen is up: say how many, and why the first one failed (the
 * full list is printed on stderr when the coach ends).
 */
static void
draw_load_warning(const struct ui *u, int y)
{
	const char *w = u->app->load_warnings, *colon, *p;
	char line[1024];
	int n = u->app->load_skipped;
	size_t len;

	if (n <= 0 || w == NULL) {
		/* else the shipped figures or pain sources, if they failed */
		ui_data_warning(u, y);
		return;
	}
	/*
	 * "DIR/FILE:LINE:COL: why" without DIR: the reason is what a person
	 * needs on one line (stderr has the whole path when the coach ends)
	 */
	len = strcspn(w, "\n");
	if ((colon = memchr(w, ':', len)) != NULL) {
		for (p = colon; p > w && p[-1] != '/'; p--)
			;
		len -= (size_t)(p - w);
		w = p;
	}
	snprintf(line, sizeof line, P_("%d routine file could not be loaded: "
	    "%.*s", "%d routine files could not be loaded (the first: %.*s)",
	    n), n, (int)len, w);
	ui_put_cut(y, 1, COLS - 2, line, ui_attr(ROLE_CAUTION));
}

void
ui_list_draw(struct ui *u)
{
	char len[16], eq[128], cut[512];
	const struct routine *r;
	int rows, i, y, tw;
	size_t n;
	const char *mark = text_glyphs()->star, *due = text_glyphs()->due;
	time_t now = time(NULL);
	bool any_due = false;
	attr_t a;

	if (u->list_title[0] != '\0')
		ui_put(0, 1, COLS - 2, u->list_title, ui_attr(ROLE_TITLE));
	else
		/* TRANSLATORS: %s is an area: "neck", "upper back" */
		ui_printf(0, 1, COLS - 2, ui_attr(ROLE_TITLE),
		    _("Routines for the %s"), routine_area_label(u->area));
	if (u->nlist == 0) {
		ui_put(2, 2, COLS - 4, _("No routine works on this area yet."), A_NORMAL);
		draw_load_warning(u, 4);
		ui_put(LINES - 1, 1, COLS - 2, ui_keys_line(SCR_LIST), ui_attr(ROLE_KEYS));
		return;
	}
	/*
	 * columns: mark title length kind level equipment.  The title gets what
	 * the longest one needs, leaving equipment at least 14 columns; on a
	 * narrow terminal only title and length.  The selected routine's full
	 * title and equipment are repeated below the list.
	 */
	tw = 16;
	for (i = 0; i < (int)u->nlist; i++)
		if ((int)text_width(u->list[i]->title) > tw)
			tw = (int)text_width(u->list[i]->title);
	if (tw > COLS - 4 - 6 - 19 - 15)
		tw = COLS - 4 - 6 - 19 - 15;
	if (tw < 16)
		tw = COLS - 4 - 6;
	/* the headings by column, not by bytes: a translation may be wider */
	ui_put_cut(1, 4, tw, _("routine"), A_DIM);
	ui_put(1, 4 + tw + 6 - (int)text_width(_("time")), 5, _("time"), A_DIM);
	if (tw != COLS - 10) {
		ui_put_cut(1, 4 + tw + 8, 8, _("kind"), A_DIM);
		ui_put_cut(1, 4 + tw + 17, 9, _("level"), A_DIM);
		ui_put_cut(1, 4 + tw + 27, COLS - (4 + tw + 27) - 1,
		    _("equipment"), A_DIM);
	}
	rows = list_rows();
	if (u->list_sel < u->list_top)
		u->list_top = u->list_sel;
	if (u->list_sel >= u->list_top + rows)
		u->list_top = u->list_sel - rows + 1;
	for (i = 0; i < rows && u->list_top + i < (int)u->nlist; i++) {
		r = u->list[u->list_top + i];
		y = 2 + i;
		a = u->list_top + i == u->list_sel ? ui_attr(ROLE_SELECT) : A_NORMAL;
		if (a != A_NORMAL)
			ui_fill(y, 1, COLS - 2, a);
		if (is_suggested(u, u->area, r) && r->kind != KIND_STRETCH)
			ui_put(y, 2, 1, mark, a | A_BOLD);
		if (plan_view_due(u->app->plan, r->id, now)) {
			ui_put(y, 3, 1, due, a | A_BOLD);
			any_due = true;
		}
		ui_fmt_mmss(len, sizeof len, routine_total_seconds(r));
		/* cut, and say so; the full title is below the list */
		text_cut(cut, sizeof cut, r->title, (size_t)-1, tw);
		ui_put(y, 4, tw, cut, a);
		ui_printf(y, 4 + tw + 1, 6, a, "%5s", len);
		if (tw != COLS - 10) {
			equipment_text(r, eq, sizeof eq);
			/* padded by columns: a translated name may be wider */
			n = pad(cut, sizeof cut, 0, routine_kind_label(r->kind), 9);
			n = pad(cut, sizeof cut, n, routine_level_label(r->level),
			    10);
			snprintf(cut + n, sizeof cut - n, "%s", eq);
			ui_put_cut(y, 4 + tw + 8, COLS - (4 + tw + 8) - 1, cut, a);
		}
	}
	draw_load_warning(u, LINES - 4);
	r = u->list[u->list_sel];
	equipment_text(r, eq, sizeof eq);
	snprintf(cut, sizeof cut, "%s  (%s)", r->title, eq);
	ui_put_cut(LINES - 3, 2, COLS - 3, cut, A_BOLD);
	if (any_due)
		/* TRANSLATORS: the marks' legend under the routine list */
		ui_printf(LINES - 2, 1, COLS - 2, A_DIM,
		    _("%s suggested for pain here  %s due in your plan  %d/%zu"),
		    mark, due, u->list_sel + 1, u->nlist);
	else
		ui_printf(LINES - 2, 1, COLS - 2, A_DIM,
		    _("%s suggested for pain here  %d/%zu"), mark,
		    u->list_sel + 1, u->nlist);
	ui_put(LINES - 1, 1, COLS - 2, ui_keys_line(SCR_LIST), ui_attr(ROLE_KEYS));
}

void
ui_list_key(struct ui *u, int ch)
{
	enum ui_act act;
	switch ((act = ui_key_action(SCR_LIST, ch))) {
	case ACT_UP:
		if (u->list_sel > 0)
			u->list_sel--;
		break;
	case ACT_DOWN:
		if (u->list_sel + 1 < (int)u->nlist)
			u->list_sel++;
		break;
	case ACT_PGUP:
		u->list_sel -= list_rows();
		if (u->list_sel < 0)
			u->list_sel = 0;
		break;
	case ACT_PGDN:
		u->list_sel += list_rows();
		if (u->list_sel >= (int)u->nlist)
			u->list_sel = u->nlist > 0 ? (int)u->nlist - 1 : 0;
		break;
	case ACT_HOME:
		u->list_sel = 0;
		break;
	case ACT_END:
		u->list_sel = u->nlist > 0 ? (int)u->nlist - 1 : 0;
		break;
	case ACT_ENTER:
		if (u->nlist > 0) {
			u->routine = u->list[u->list_sel];
			u->scr = SCR_ROUTINE;
			u->detail_top = 0;
		}
		break;
	case ACT_BACK:
		u->scr = u->list_back;
		break;
	default:
		ui_key_common(u, act);
		break;
	}
}
