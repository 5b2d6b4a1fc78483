/*
 * ui-picker.c - the first screen: the body seen from behind (mapfig.h),
 * as tall as the terminal, with the five pain areas numbered and the
 * selected one in reverse video (a plain list of them on a small
 * terminal); beside it, where pain there often comes from (the
 * pain-source file) and the routines suggested for it, fitted to the rows
 * there are.  m or a click on the figure opens the body map (ui-map.c).
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "mapfig.h"
#include "painsrc.h"
#include "plan.h"
#include "routine.h"
#include "text.h"
#include "ui-priv.h"
#include "i18n.h"

/* Below this size the figure gives way to a list of the five areas. */
#define MENU_W 15
#define PANEL_MIN_W 24
#define FIG_MIN_ROWS 9

/* Where the figure goes: false when the terminal is too small for it. */
static bool
fig_geom(int *x, int *y, int *cols, int *rows)
{
	mapfig_size(COLS - 2 - 2 - PANEL_MIN_W - 1, LINES - 3, cols, rows);
	*x = 1;
	*y = 2;
	return *rows >= FIG_MIN_ROWS;
}

/* The body seen from behind, the areas numbered, the selected one reversed. */
static void
draw_figure(int sel, int *right)
{
	struct mapfig f;
	int x, y, cols, rows;

	fig_geom(&x, &y, &cols, &rows);
	mapfig_init(&f, cols, rows, ui_utf8());
	mapfig_draw(&f, BODY_BACK, sel, NULL, 0, BODY_BACK, 1, false, 0, 0);
	mapfig_label_areas(&f, BODY_BACK);
	ui_map_put_figure(&f, y, x);
	mapfig_free(&f);
	*right = x + cols;
}

/* Routine titles suggested for an area by the pain-source file, deduplicated. */
static int
suggested(const struct ui *u, const struct painsrc_area *pa,
    const struct routine **out, int max)
{
	unsigned m, r;
	int n = 0, k;
	const struct routine *rt;

	for (m = 0; m < pa->muscles_count; m++)
		for (r = 0; r < pa->muscles[m].routines_count; r++) {
			rt = library_find(&u->app->lib, pa->muscles[m].routines[r]);
			if (rt == NULL)
				continue;
			for (k = 0; k < n && out[k] != rt; k++)
				;
			if (k == n && n < max)
				out[n++] = rt;
		}
	/* what the plan has due now comes first (remind's hook) */
	plan_view_sort_due(u->app->plan, out, (size_t)n, time(NULL));
	return n;
}

/*
 * One line of at most w columns: s with its newlines as spaces, cut with
 * an ellipsis when it is longer.  Returns the columns drawn.
 */
static int
put_cut(int y, int x, int w, const char *s, size_t n, attr_t attr)
{
	char buf[1024];

	text_cut(buf, sizeof buf, s, n, w);
	return ui_put(y, x, w, buf, attr);
}

static bool
use_figure(void)
{
	int x, y, cols, rows;

	return fig_geom(&x, &y, &cols, &rows);
}

static void
draw_menu(int y, int x, int sel)
{
	int a;
	attr_t at;

	for (a = 0; a < AREA_COUNT && y + a < LINES - 1; a++) {
		at = a == sel ? (ui_attr(ROLE_SELECT) | A_BOLD) : A_NORMAL;
		/* filled by columns: a translated label may hold an umlaut */
		ui_fill(y + a, x, MENU_W, at);
		ui_printf(y + a, x, MENU_W, at, " %d %s", a + 1,
		    routine_area_label(a));
	}
}

/*
 * How the panel's rows are shared out when not everything fits.  They go
 * in this order: the muscles' names, a line saying how many routines are
 * suggested, a referral line under each muscle, the suggested titles
 * (Enter lists them all anyway), the note, the referrals in full.
 */
struct budget {
	int nm, m;		/* muscles shown, of m */
	bool refs;		/* a referral line under each */
	int refs_extra;		/* > 0: referrals wrapped whole, this many more rows */
	bool sug;		/* the suggestions' rows */
	int ns, s;		/* suggestions shown, of s */
	int note;		/* note lines */
};

static int
budget_rows(const struct budget *b)
{
	int r = b->note;

	if (b->m > 0)
		r += 1 + b->nm * (b->refs ? 2 : 1) + (b->nm < b->m) + b->refs_extra;
	if (b->s > 0 && b->sug)	/* blank, header, titles, "and N more" */
		r += 2 + b->ns + (b->ns > 0 && b->ns < b->s);
	return r;
}

/* Set *field to the largest of hi..lo (step -1) that fits; 0 if none does. */
static void
budget_grow(struct budget *b, int *field, int hi, int lo, int avail)
{
	for (*field = hi; *field >= lo; (*field)--)
		if (budget_rows(b) <= avail)
			return;
	*field = 0;
}

static void
budget_fit(struct budget *b, int avail, int note_lines, int refs_extra)
{
	b->nm = b->ns = b->note = b->refs_extra = 0;
	b->refs = b->sug = false;
	budget_grow(b, &b->nm, b->m, 1, avail);
	b->sug = true;
	if (budget_rows(b) > avail)
		b->sug = false;
	b->refs = b->nm > 0;
	if (budget_rows(b) > avail)
		b->refs = false;
	if (b->sug)
		budget_grow(b, &b->ns, b->s, 1, avail);
	budget_grow(b, &b->note, note_lines, 1, avail);
	if (b->refs && b->nm == b->m && b->note == note_lines) {
		b->refs_extra = refs_extra;
		if (budget_rows(b) > avail)
			b->refs_extra = 0;
	}
}

/* The first of two texts that fits in w columns (else the second, cut). */
static void
put_either(int y, int x, int w, const char *full, const char *brief, attr_t attr)
{
	put_cut(y, x, w, (int)text_width(full) <= w ? full : brief, (size_t)-1,
	    attr);
}

static void
draw_panel(const struct ui *u, const struct painsrc_area *pa, int y, int x,
    int w, int ymax)
{
	const struct routine *sug[16];
	struct ui_line nl[64];
	struct budget b;
	struct ui_line rl[16];
	const char *bullet = text_glyphs()->bullet;
	char full[160], brief[160];
	int nnote, i, k, d, extra = 0, nr;

	memset(&b, 0, sizeof b);
	b.m = (int)pa->muscles_count;
	b.s = b.ns = suggested(u, pa, sug, 16);
	nnote = ui_wrap(pa->note, w, nl, 64);
	for (i = 0; i < b.m; i++)
		extra += ui_wrap(pa->muscles[i].refers, w - 4, rl, 16) - 1;
	budget_fit(&b, ymax - y, nnote, extra);

	for (i = 0; i < b.note && y < ymax; i++, y++) {
		if (i == b.note - 1 && b.note < nnote) {
			/* the last line shown of a note cut short: its mark */
			const struct text_glyphs *g = text_glyphs();

			d = ui_putn(y, x, w - g->ellipsis_cols, nl[i].p,
			    nl[i].n, A_NORMAL);
			ui_put(y, x + d, g->ellipsis_cols, g->ellipsis,
			    A_NORMAL);
		} else
			ui_putn(y, x, w, nl[i].p, nl[i].n, A_NORMAL);
	}
	if (b.m > 0 && y < ymax) {
		/* TRANSLATORS: a heading, and its short form for a narrow panel */
		put_either(y++, x, w, _("Pain here often comes from:"), _("Often from:"),
		    A_BOLD);
		for (i = 0; i < b.nm && y < ymax; i++) {
			d = ui_put(y, x, w, bullet, A_NORMAL);
			put_cut(y++, x + d, w - d, pa->muscles[i].label, (size_t)-1,
			    A_NORMAL);
			if (!b.refs || y >= ymax)
				continue;
			if (b.refs_extra == 0) {
				put_cut(y++, x + 4, w - 4, pa->muscles[i].refers,
				    (size_t)-1, ui_attr(ROLE_DIM));
				continue;
			}
			nr = ui_wrap(pa->muscles[i].refers, w - 4, rl, 16);
			for (k = 0; k < nr && y < ymax; k++)
				ui_putn(y++, x + 4, w - 4, rl[k].p, rl[k].n,
				    ui_attr(ROLE_DIM));
		}
		if (b.nm < b.m && y < ymax)
			ui_printf(y++, x + 2, w - 2, ui_attr(ROLE_DIM), P_("and %d more",
			    "and %d more", b.m - b.nm),
			    b.m - b.nm);
	}
	if (b.s > 0 && b.sug && y + 1 < ymax) {
		y++;
		if (b.ns == 0) {
			/* TRANSLATORS: a number of massage routines; Enter is a key */
			snprintf(full, sizeof full, P_("Suggested massage: %d "
			    "(Enter lists them)", "Suggested massage: %d "
			    "(Enter lists them)", b.s), b.s);
			snprintf(brief, sizeof brief, P_("%d suggested (Enter)",
			    "%d suggested (Enter)", b.s), b.s);
			put_either(y++, x, w, full, brief, A_BOLD);
			return;
		}
		ui_put(y++, x, w, _("Suggested massage:"), A_BOLD);
		for (i = 0; i < b.ns && y < ymax; i++) {
			/* due in the plan: marked as on the routine list */
			if (plan_view_due(u->app->plan, sug[i]->id, time(NULL)))
				ui_put(y, x, 1, text_glyphs()->due, A_BOLD);
			put_cut(y++, x + 2, w - 2, sug[i]->title, (size_t)-1, A_NORMAL);
		}
		if (b.ns < b.s && y < ymax) {
			snprintf(full, sizeof full, P_("and %d more (Enter lists "
			    "them)", "and %d more (Enter lists them)", b.s - b.ns),
			    b.s - b.ns);
			snprintf(brief, sizeof brief, P_("and %d more (Enter)",
			    "and %d more (Enter)", b.s - b.ns), b.s - b.ns);
			put_either(y++, x + 2, w - 2, full, brief, ui_attr(ROLE_DIM));
		}
	}
}

/*
 * The shipped figures or pain sources that could not be loaded (a broken
 * data directory): said while the coach runs, on the row under the
 * picker's title (and on the routine list's warning row when no routine
 * file failed), cut with a mark; stderr, where they were also written, is
 * hidden now.
 */
void
ui_data_warning(const struct ui *u, int y)
{
	const char *pe = u->app->poses_error, *se = u->app->painsrc_error;
	char line[1024];

	if (pe != NULL && se != NULL)
		snprintf(line, sizeof line, _("The figures and the pain sources "
		    "could not be loaded (the first: %s)"), pe);
	else if (pe != NULL)
		snprintf(line, sizeof line, _("The figures could not be loaded: "
		    "%s"), pe);
	else if (se != NULL)
		snprintf(line, sizeof line, _("The pain sources could not be "
		    "loaded: %s"), se);
	else
		return;
	ui_put_cut(y, 1, COLS - 2, line, ui_attr(ROLE_CAUTION));
}

/* The routine the plan has due now, or NULL. */
static const struct routine *
plan_due(const struct ui *u)
{
	const char *id = plan_view_next_due(u->app->plan, time(NULL));

	return id != NULL ? library_find(&u->app->lib, id) : NULL;
}

/* Under the title, when a plan is active: what it has due, and the key. */
static void
draw_plan_due(const struct ui *u, int y)
{
	const struct routine *r = plan_due(u);
	char line[512];

	if (r == NULL)
		return;
	/* TRANSLATORS: %s is the due routine's title; p is the key */
	snprintf(line, sizeof line, _("%s Due in your plan: %s  (p shows it)"),
	    text_glyphs()->due, r->title);
	ui_put_cut(y, 1, COLS - 2, line, A_BOLD);
}

void
ui_picker_draw(struct ui *u)
{
	const struct painsrc_area *pa = NULL;
	struct ui_line wl[8];
	int x, w, y = 2, ymax = LINES - 1, i, n;
	size_t count;
	char full[160], brief[160];

	ui_put(0, 1, COLS - 2, _("backcoach - where does it hurt?"),
	    ui_attr(ROLE_TITLE));
	if (u->app->poses_error != NULL || u->app->painsrc_error != NULL)
		ui_data_warning(u, 1);
	else
		draw_plan_due(u, 1);
	ui_term_mouse(true);
	if (use_figure()) {
		draw_figure(u->area, &x);
		x += 2;
	} else {
		draw_menu(2, 1, u->area);
		x = 1 + MENU_W + 2;
	}
	w = COLS - x - 1;
	count = ui_list_collect(u, u->area, NULL);
	/* TRANSLATORS: the area's number, its name, how many routines */
	snprintf(full, sizeof full, P_("%d  %s  (%zu routine)",
	    "%d  %s  (%zu routines)", count), u->area + 1,
	    routine_area_label(u->area), count);
	snprintf(brief, sizeof brief, "%d  %s  (%zu)", u->area + 1,
	    routine_area_label(u->area), count);
	put_either(y++, x, w, full, brief, ui_attr(ROLE_TITLE) | A_BOLD);
	y++;
	if (u->app->painsrc != NULL)
		pa = painsrc_find(u->app->painsrc, u->area);
	if (pa != NULL)
		draw_panel(u, pa, y, x, w, ymax);
	else {
		n = ui_wrap(_("Press Enter to see the routines for this area."), w,
		    wl, 8);
		for (i = 0; i < n && y < ymax; i++)
			ui_putn(y++, x, w, wl[i].p, wl[i].n, A_NORMAL);
	}
	ui_put(LINES - 1, 1, COLS - 2, ui_keys_line(SCR_PICKER), ui_attr(ROLE_KEYS));
}

void
ui_picker_key(struct ui *u, int ch)
{
	enum ui_act act;
	switch ((act = ui_key_action(SCR_PICKER, ch))) {
	case ACT_UP:
		u->area = (u->area + AREA_COUNT - 1) % AREA_COUNT;
		break;
	case ACT_DOWN:
		u->area = (u->area + 1) % AREA_COUNT;
		break;
	case ACT_PICK:
		u->area = ch - '1';
		break;
	case ACT_HOME:
		u->area = 0;
		break;
	case ACT_END:
		u->area = AREA_COUNT - 1;
		break;
	case ACT_ENTER:
		ui_list_open(u, u->area);
		break;
	case ACT_MAP:
		ui_map_open(u, u->area);
		break;
	case ACT_CLICK:
		if (use_figure()) {
			int x, y, cols, rows;
			double mx, my;

			fig_geom(&x, &y, &cols, &rows);
			if (ui_map_click(x, y, cols, rows, &mx, &my)) {
				ui_map_open(u, -1);
				u->map_x = mx;
				u->map_y = my;
			}
		}
		break;
	case ACT_HISTORY:
		ui_hist_open(u);
		break;
	case ACT_PLAN: {
		/* the list of the due routine's first area, with it chosen */
		const struct routine *r = plan_due(u);
		int a;

		if (r == NULL)
			break;
		for (a = 0; a < AREA_COUNT && !(r->areas & (1u << a)); a++)
			;
		ui_list_open(u, a < AREA_COUNT ? a : u->area);
		for (size_t i = 0; i < u->nlist; i++)
			if (u->list[i] == r)
				u->list_sel = (int)i;
		break;
	}
	case ACT_SAFETY:
		/* the note shown before the first session, again (ui-pain.c) */
		u->safety_again = true;
		u->scr = SCR_SAFETY;
		break;
	default:
		ui_key_common(u, act);
		break;
	}
	ui_term_mouse(u->scr == SCR_MAP || u->scr == SCR_PICKER);
}
