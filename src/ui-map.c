/*
 * ui-map.c - the body map screen: the person moves a marker over the
 * figure (arrow keys, hjkl, or a click) to the spot that hurts, turns the
 * body over (front or back), and sees each muscle whose referral zone
 * covers that spot (a knot is tender where it lies: the spot on or near a
 * trigger point names its muscle first): its trigger point marked X on the
 * figure, its zone shaded, one muscle at a time or all at once, and a plain
 * sentence saying where its knot lies.  Enter lists the routines for it,
 * those that work on the muscle first, then the rest for the area.  Also
 * the figure and the mouse for the picker (ui-picker.c).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "body.h"
#include "library.h"
#include "mapfig.h"
#include "painsrc.h"
#include "routine.h"
#include "text.h"
#include "ui-priv.h"
#include "i18n.h"
#include "xmalloc.h"

/* The panel beside the figure is at least this wide. */
#define MAP_PANEL_MIN 20

/* Where the figure is on the screen. */
struct geom {
	int x, y, cols, rows;
};

static void
map_geom(struct geom *g)
{
	int w = COLS - 2 - 2 - MAP_PANEL_MIN, h = LINES - 2;

	mapfig_size(w, h, &g->cols, &g->rows);
	g->x = 1;
	g->y = 1 + (h - g->rows) / 2;
}

/* A canvas with the figure's transform, for turning cells into places. */
static void
geom_canvas(const struct geom *g, struct draw_canvas *c)
{
	draw_init(c, g->cols, g->rows, DRAW_BRAILLE);
	body_fit(c);
}

static attr_t
cls_attr(int cls)
{
	switch (cls) {
	case MAPFIG_OUTSIDE:
		return A_DIM;
	case MAPFIG_AREA:
		return ui_attr(ROLE_SELECT) | A_BOLD;
	case MAPFIG_ZONE:
		return A_BOLD;
	case MAPFIG_POINT:
	case MAPFIG_MARK:
		return A_REVERSE | A_BOLD;
	case MAPFIG_LABEL:
		return A_BOLD;
	default:
		return A_NORMAL;
	}
}

void
ui_map_put_figure(const struct mapfig *f, int y, int x)
{
	char run[2048];
	size_t n;
	int row, col, start;
	attr_t a;

	for (row = 0; row < f->c.rows && y + row < LINES; row++) {
		col = 0;
		while (col < f->c.cols) {
			const struct draw_cell *cell =
			    &f->cells[(size_t)row * f->c.cols + col];

			a = cls_attr(cell->cls);
			start = col;
			n = 0;
			while (col < f->c.cols) {
				cell = &f->cells[(size_t)row * f->c.cols + col];
				if (cls_attr(cell->cls) != a ||
				    n + strlen(cell->s) >= sizeof run)
					break;
				memcpy(run + n, cell->s, strlen(cell->s));
				n += strlen(cell->s);
				col++;
			}
			ui_putn(y + row, x + start, col - start, run, n, a);
		}
	}
}

/* The spot: which view, is it on the body, which area. */
static int
spot_area(const struct ui *u)
{
	return body_area_at(u->map_view, u->map_x, u->map_y);
}

/* The muscles whose zones cover the spot. */
static int
spot_muscles(const struct ui *u, const struct painsrc_map **out, int max)
{
	int n;

	if (!body_on(u->map_view, u->map_x, u->map_y))
		return 0;
	n = painsrc_at(u->app->painsrc, u->map_view, u->map_x, u->map_y, out,
	    max);
	return n < max ? n : max;
}

void
ui_map_open(struct ui *u, int area)
{
	double x, y;

	u->map_view = BODY_BACK;
	if (area >= 0 && body_area_centre(BODY_BACK, area, &x, &y)) {
		u->map_x = x;
		u->map_y = y;
	} else if (u->map_x == 0 && u->map_y == 0) {
		u->map_x = 0.4;
		u->map_y = 1.95;
	}
	u->map_sel = 0;
	u->map_all = false;
	u->scr = SCR_MAP;
}

/* Draw lines of wrapped text; returns the rows used (at most ymax - y). */
static int
put_wrapped(int y, int x, int w, int ymax, const char *s, attr_t attr)
{
	struct ui_line l[32];
	int n = ui_wrap(s, w, l, 32), i;
	char buf[512];

	for (i = 0; i < n && y + i < ymax; i++) {
		if (i == ymax - y - 1 && i < n - 1) {
			/* the last row there is, and more to come: cut it */
			text_cut(buf, sizeof buf, l[i].p,
			    (size_t)(s + strlen(s) - l[i].p), w);
			ui_put(y + i, x, w, buf, attr);
			return i + 1;
		}
		ui_putn(y + i, x, w, l[i].p, l[i].n, attr);
	}
	return i;
}

static void
put_cut(int y, int x, int w, const char *s, attr_t attr)
{
	char buf[512];

	text_cut(buf, sizeof buf, s, (size_t)-1, w);
	ui_put(y, x, w, buf, attr);
}

/* Is any of the muscle's trigger points on view v? */
static bool
point_on(const struct painsrc_map *m, int v)
{
	unsigned k;

	for (k = 0; k < m->points_count; k++)
		if ((int)m->points[k].view == v)
			return true;
	return false;
}

/* Is any of the muscle's referral zone's shapes on view v? */
static bool
zone_on(const struct painsrc_map *m, int v)
{
	unsigned k;

	for (k = 0; k < m->zone_count; k++)
		if ((int)m->zone[k].view == v)
			return true;
	return false;
}

/*
 * The spot is on or near one of the muscle's knots: a knot is tender where
 * it lies, and sends pain elsewhere too.
 */
static void
knot_sentence(char *buf, size_t size, const struct painsrc *p,
    const struct painsrc_map *m, int view)
{
	const char *refers = painsrc_refers(p, m->name);
	int len;

	if (refers != NULL)
		/*
		 * TRANSLATORS: the first %s is a muscle's name from the
		 * pain-source file ("infraspinatus"), the second where its knot
		 * lies ("on the broad part of the shoulder blade, below its
		 * bony ridge"), the third where else its pain is felt ("deep
		 * in the front of the shoulder and down the front and outer
		 * side of the arm"), all from the same file
		 */
		len = snprintf(buf, size, _("A knot of the %s may lie here (%s): "
		    "a knot is tender where it lies, and it also sends pain "
		    "elsewhere: %s."), m->label, m->knot, refers);
	else
		len = snprintf(buf, size, _("A knot of the %s may lie here (%s): "
		    "a knot is tender where it lies."), m->label, m->knot);
	/* where else it hurts is shaded on the other view only */
	if (!zone_on(m, view) && m->zone_count > 0 && len > 0 &&
	    (size_t)len < size)
		snprintf(buf + len, size - (size_t)len, "%s", view != BODY_BACK ?
		    _(" Where else it hurts is shaded on the back: t turns the "
		    "body over.") :
		    _(" Where else it hurts is shaded on the front: t turns the "
		    "body over."));
}

static void
sentence(char *buf, size_t size, const struct painsrc_map *m, int view)
{
	/*
	 * TRANSLATORS: the first %s is a muscle's name from the pain-source
	 * file ("upper trapezius", "levator scapulae"), the second where its
	 * knot (trigger point) is, a place phrase from the same file ("on top
	 * of the shoulder, halfway between the neck and the shoulder tip").
	 * Both are in the person's language where the file has it, else in
	 * English: build the sentence so that any name fits without an article.
	 */
	int len = snprintf(buf, size, _("Pain here may come from the %s: its "
	    "knot lies %s."), m->label, m->knot);

	/* the other view's name is a word of the file format: two sentences */
	if (!point_on(m, view) && len > 0 && (size_t)len < size)
		snprintf(buf + len, size - (size_t)len, "%s", view != BODY_BACK ?
		    _(" That is on the back: t turns the body over.") :
		    _(" That is on the front: t turns the body over."));
}

/* The routines for the muscles shown, those that work on them first. */
static size_t
collect(struct ui *u, const struct painsrc_map *const *mus, int n, int area,
    const struct routine **out)
{
	const char *ids[64];
	const struct routine *r, **tmp;
	size_t count = 0, i, k, na;
	int m, j, ni;

	for (m = 0; m < n; m++) {
		ni = painsrc_routines(u->app->painsrc, mus[m]->name, ids, 64);
		for (j = 0; j < ni; j++) {
			if ((r = library_find(&u->app->lib, ids[j])) == NULL)
				continue;
			for (k = 0; k < count && out[k] != r; k++)
				;
			if (k == count)
				out[count++] = r;
		}
	}
	if (area < 0)
		return count;
	tmp = xcalloc(u->app->lib.count + 1, sizeof *tmp);
	na = ui_list_collect(u, area, tmp);
	for (i = 0; i < na; i++) {
		for (k = 0; k < count && out[k] != tmp[i]; k++)
			;
		if (k == count)
			out[count++] = tmp[i];
	}
	free(tmp);
	return count;
}

static void
draw_panel(struct ui *u, int y, int x, int w, int ymax)
{
	const struct painsrc_map *mus[MAPFIG_MUSCLES_MAX];
	const struct routine **rl;
	const struct text_glyphs *g = text_glyphs();
	char buf[1024];
	int n, area, i, shown;
	size_t nr, k;

	area = spot_area(u);
	n = spot_muscles(u, mus, MAPFIG_MUSCLES_MAX);
	if (area >= 0)
		/* TRANSLATORS: %s is an area ("neck", "lower back") */
		snprintf(buf, sizeof buf, area == AREA_LOWER_BACK ?
		    _("The spot: %s, outside what backcoach covers") :
		    _("The spot: %s"), routine_area_label(area));
	else
		snprintf(buf, sizeof buf, "%s",
		    body_on(u->map_view, u->map_x, u->map_y) ?
		    _("The spot: not one of the pain areas") :
		    _("The spot: not on the body"));
	y += put_wrapped(y, x, w, ymax, buf, A_BOLD);
	if (y < ymax)
		y++;
	if (u->app->painsrc == NULL || u->app->painsrc->muscles_count == 0) {
		put_wrapped(y, x, w, ymax, _("There is no body map in the "
		    "pain-source file, so no muscle can be shown here."),
		    A_NORMAL);
		return;
	}
	if (n == 0) {
		if (area == AREA_LOWER_BACK)
			y += put_wrapped(y, x, w, ymax, _("backcoach covers the "
			    "neck, shoulders, upper and middle back. For "
			    "lower-back pain, ask a doctor or physiotherapist."),
			    A_NORMAL);
		else
			y += put_wrapped(y, x, w, ymax, _("No muscle on the map "
			    "sends pain to this spot. Move the marker with the "
			    "arrow keys, or turn the body over with t."),
			    A_NORMAL);
		if (area >= 0 && area != AREA_LOWER_BACK && y + 1 < ymax)
			put_wrapped(y + 1, x, w, ymax, _("Enter lists the "
			    "routines for this area."), ui_attr(ROLE_DIM));
		return;
	}
	if (u->map_sel >= n)
		u->map_sel = 0;
	if (!u->map_all) {
		if (painsrc_knot_at(mus[u->map_sel], u->map_view, u->map_x,
		    u->map_y, NULL))
			knot_sentence(buf, sizeof buf, u->app->painsrc,
			    mus[u->map_sel], u->map_view);
		else
			sentence(buf, sizeof buf, mus[u->map_sel], u->map_view);
		y += put_wrapped(y, x, w, ymax, buf, A_NORMAL);
		if (n > 1 && y < ymax) {
			/* TRANSLATORS: Tab and a are keys */
			snprintf(buf, sizeof buf, _("Muscle %d of %d here: Tab "
			    "shows the next, a shows all."), u->map_sel + 1, n);
			y += put_wrapped(y, x, w, ymax, buf, ui_attr(ROLE_DIM));
		}
		shown = 1;
		mus[0] = mus[u->map_sel];
	} else {
		y += put_wrapped(y, x, w, ymax, _("Pain here may come from any of "
		    "these (X marks where each one's knot lies):"), A_NORMAL);
		for (i = 0; i < n && y < ymax; i++) {
			snprintf(buf, sizeof buf, "%s%s%s: %s", g->bullet,
			    mus[i]->label, painsrc_knot_at(mus[i], u->map_view,
			    u->map_x, u->map_y, NULL) ?
			    /* TRANSLATORS: after a muscle's name in a list */
			    _(" (its knot may lie here)") : "", mus[i]->knot);
			if (ymax - y > n - i + 3)
				y += put_wrapped(y, x, w, ymax, buf, A_NORMAL);
			else
				put_cut(y++, x, w, buf, A_NORMAL);
		}
		shown = n;
	}
	/* the routines, as many titles as fit */
	rl = xcalloc(u->app->lib.count + 1, sizeof *rl);
	nr = collect(u, mus, shown, -1, rl);
	if (nr > 0 && y + 2 < ymax) {
		y++;
		put_cut(y++, x, w, _("Routines that work on it (Enter):"), A_BOLD);
		for (k = 0; k < nr && y < ymax; k++) {
			if (k + 1 < nr && y + 1 == ymax) {
				snprintf(buf, sizeof buf, P_("and %zu more",
				    "and %zu more", nr - k), nr - k);
				put_cut(y++, x + 2, w - 2, buf, ui_attr(ROLE_DIM));
				break;
			}
			put_cut(y++, x + 2, w - 2, rl[k]->title, A_NORMAL);
		}
	}
	free(rl);
	if (y + 2 < ymax)
		put_wrapped(y + 1, x, w, ymax, _("Work gently and stop if it hurts "
		    "more. See a doctor for pain that is severe or spreading, "
		    "or that comes with numbness or weakness."),
		    ui_attr(ROLE_DIM));
}

void
ui_map_draw(struct ui *u)
{
	const struct painsrc_map *mus[MAPFIG_MUSCLES_MAX];
	struct mapfig f;
	struct geom g;
	char buf[256];
	int n, x, w;

	ui_term_mouse(true);
	snprintf(buf, sizeof buf, "%s", u->map_view == BODY_BACK ?
	    _("backcoach - where does it hurt? The body seen from the back") :
	    _("backcoach - where does it hurt? The body seen from the front"));
	put_cut(0, 1, COLS - 2, buf, ui_attr(ROLE_TITLE));
	map_geom(&g);
	n = spot_muscles(u, mus, MAPFIG_MUSCLES_MAX);
	if (u->map_sel >= n)
		u->map_sel = 0;
	mapfig_init(&f, g.cols, g.rows, ui_utf8());
	if (n > 0 && !u->map_all) {
		mus[0] = mus[u->map_sel];
		n = 1;
	}
	mapfig_draw(&f, u->map_view, -1, mus, n, u->map_view, u->map_x, true,
	    u->map_x, u->map_y);
	ui_map_put_figure(&f, g.y, g.x);
	mapfig_free(&f);
	x = g.x + g.cols + 2;
	w = COLS - x - 1;
	draw_panel(u, 2, x, w, LINES - 1);
	put_cut(LINES - 1, 1, COLS - 2, ui_keys_line(SCR_MAP),
	    ui_attr(ROLE_KEYS));
}

/* Move the marker by cells; it stays on the figure. */
static void
marker_move(struct ui *u, int dc, int dr)
{
	struct geom g;
	struct draw_canvas c;
	int col, row;

	map_geom(&g);
	geom_canvas(&g, &c);
	draw_to_cell(&c, u->map_x, u->map_y, &col, &row);
	col += dc;
	row += dr;
	col = col < 0 ? 0 : col >= c.cols ? c.cols - 1 : col;
	row = row < 0 ? 0 : row >= c.rows ? c.rows - 1 : row;
	draw_from_cell(&c, col, row, &u->map_x, &u->map_y);
	draw_free(&c);
	u->map_sel = 0;
}

bool
ui_map_click(int gx, int gy, int gcols, int grows, double *x, double *y)
{
	MEVENT ev;
	struct draw_canvas c;
	struct geom g = { gx, gy, gcols, grows };

	if (getmouse(&ev) != OK ||
	    !(ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)))
		return false;
	if (ev.x < g.x || ev.y < g.y || ev.x >= g.x + g.cols ||
	    ev.y >= g.y + g.rows)
		return false;
	geom_canvas(&g, &c);
	draw_from_cell(&c, ev.x - g.x, ev.y - g.y, x, y);
	draw_free(&c);
	return true;
}

static void
enter(struct ui *u)
{
	const struct painsrc_map *mus[MAPFIG_MUSCLES_MAX];
	const struct routine **rl;
	int n, area = spot_area(u);
	size_t nr;

	n = spot_muscles(u, mus, MAPFIG_MUSCLES_MAX);
	if (area == AREA_LOWER_BACK)
		area = -1;
	if (n > 0 && !u->map_all) {
		mus[0] = mus[u->map_sel < n ? u->map_sel : 0];
		n = 1;
	}
	rl = xcalloc(u->app->lib.count + 1, sizeof *rl);
	nr = collect(u, mus, n, area, rl);
	if (nr == 0) {
		free(rl);
		ui_beep(NULL);
		return;
	}
	free(u->list);
	u->list = rl;
	u->nlist = nr;
	u->list_sel = u->list_top = 0;
	if (n == 1)
		snprintf(u->list_title, sizeof u->list_title,
		    /* TRANSLATORS: %s is a muscle's name, or an area */
		    _("Routines for the %s"), mus[0]->label);
	else if (n > 1)
		snprintf(u->list_title, sizeof u->list_title,
		    P_("Routines for the %d muscle at the spot",
		    "Routines for the %d muscles at the spot", n), n);
	else
		snprintf(u->list_title, sizeof u->list_title,
		    _("Routines for the %s"), routine_area_label(area));
	if (area >= 0)
		u->area = area;
	u->list_back = SCR_MAP;
	u->scr = SCR_LIST;
}

void
ui_map_key(struct ui *u, int ch)
{
	enum ui_act act;
	const struct painsrc_map *mus[MAPFIG_MUSCLES_MAX];
	struct geom g;
	double x, y;
	int n, area;

	switch ((act = ui_key_action(SCR_MAP, ch))) {
	case ACT_LEFT:
		marker_move(u, -1, 0);
		break;
	case ACT_RIGHT:
		marker_move(u, 1, 0);
		break;
	case ACT_UP:
		marker_move(u, 0, -1);
		break;
	case ACT_DOWN:
		marker_move(u, 0, 1);
		break;
	case ACT_CLICK:
		map_geom(&g);
		if (ui_map_click(g.x, g.y, g.cols, g.rows, &x, &y)) {
			u->map_x = x;
			u->map_y = y;
			u->map_sel = 0;
		}
		break;
	case ACT_PICK:
		area = ch - '1';
		if (!body_area_centre(u->map_view, area, &x, &y)) {
			u->map_view = BODY_BACK;
			body_area_centre(BODY_BACK, area, &x, &y);
		}
		u->map_x = x;
		u->map_y = y;
		u->map_sel = 0;
		break;
	case ACT_TURN:
		/* the same place of the body, seen from the other side */
		u->map_view = u->map_view == BODY_BACK ? BODY_FRONT : BODY_BACK;
		u->map_x = -u->map_x;
		u->map_sel = 0;
		break;
	case ACT_NEXT:
		n = spot_muscles(u, mus, MAPFIG_MUSCLES_MAX);
		u->map_sel = n > 0 ? (u->map_sel + 1) % n : 0;
		u->map_all = false;
		break;
	case ACT_ALL:
		u->map_all = !u->map_all;
		break;
	case ACT_ENTER:
		enter(u);
		break;
	case ACT_BACK:
		if ((area = spot_area(u)) >= 0)
			u->area = area;
		u->scr = SCR_PICKER;
		break;
	default:
		ui_key_common(u, act);
		break;
	}
	ui_term_mouse(u->scr == SCR_MAP || u->scr == SCR_PICKER);
}
