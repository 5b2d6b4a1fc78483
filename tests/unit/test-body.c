/*
 * test-body.c - the body model drawn at the sizes the screens use, and the
 * shipped body map (routines/pain-sources.yaml) checked against it: every
 * trigger point on the body in its area, every zone on the body, the middle
 * of each zone naming its muscle, and the muscles named for any spot
 * exactly those whose drawn zones cover it.  Also the render time at
 * 200x60, measured and reported (never a pass/fail on time).
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "body.h"
#include "painsrc.h"
#include "routine.h"
#include "tap.h"
#include "xmalloc.h"

static const int sizes[][2] = { { 40, 12 }, { 80, 24 }, { 120, 40 }, { 200, 60 } };
#define NSIZES 4

static bool
body_px(int ink)
{
	return ink != BODY_INK_NONE && (BODY_MASK & DRAW_MASK(ink));
}

/* Cells with any body in them. */
static long
body_cells(const struct draw_canvas *c)
{
	struct draw_cell *cells = xcalloc((size_t)c->cols * c->rows,
	    sizeof *cells);
	long n = 0, k;

	draw_render(c, NULL, cells);
	for (k = 0; k < (long)c->cols * c->rows; k++)
		n += cells[k].cls != 0;
	free(cells);
	return n;
}

/* Mean pixel row of ink, or -1. */
static double
mean_row(const struct draw_canvas *c, int ink)
{
	double sum = 0;
	long n = 0;
	int i, j;

	for (j = 0; j < c->h; j++)
		for (i = 0; i < c->w; i++)
			if (draw_get(c, i, j) == ink) {
				sum += j;
				n++;
			}
	return n ? sum / n : -1;
}

static int
row_width(const struct draw_canvas *c, int j)
{
	int i, first = -1, last = -1;

	for (i = 0; i < c->w; i++)
		if (body_px(draw_get(c, i, j))) {
			if (first < 0)
				first = i;
			last = i;
		}
	return first < 0 ? 0 : last - first + 1;
}

static void
test_figure(void)
{
	struct draw_canvas c;
	long cells[NSIZES];
	int s, v, i, j, bad, top, shoulder_row, widest, area;
	double rows[AREA_COUNT];
	enum draw_mode m;

	for (s = 0; s < NSIZES; s++)
		for (v = 0; v < BODY_VIEW_COUNT; v++)
			for (m = DRAW_BRAILLE; m <= DRAW_ASCII; m++) {
				const char *vn = body_view_name(v);
				int cols = sizes[s][0], nrows = sizes[s][1];

				draw_init(&c, cols, nrows, m);
				body_draw(&c, v, -1);
				if (v == BODY_BACK && m == DRAW_BRAILLE)
					cells[s] = body_cells(&c);
				/* symmetric about the spine, to the pixel */
				bad = 0;
				for (j = 0; j < c.h; j++)
					for (i = 0; i < c.w / 2; i++)
						if (draw_get(&c, i, j) !=
						    draw_get(&c, c.w - 1 - i, j))
							bad++;
				ok(bad == 0, "%dx%d %s mode %d: symmetric (%d "
				    "pixels differ)", cols, nrows, vn, m, bad);
				/* the head is on top, narrower than the shoulders below it */
				for (top = 0; top < c.h && row_width(&c, top) == 0;
				    top++)
					;
				widest = 0;
				shoulder_row = -1;
				for (j = top; j < top + (c.h - top) / 2; j++)
					if (row_width(&c, j) > widest) {
						widest = row_width(&c, j);
						shoulder_row = j;
					}
				ok(top < c.h / 8 && shoulder_row > top + c.h / 5 &&
				    row_width(&c, top + c.h / 12) < widest / 2,
				    "%dx%d %s mode %d: head (row %d, %d wide) above "
				    "the shoulders (row %d, %d wide)", cols, nrows,
				    vn, m, top, row_width(&c, top + c.h / 12),
				    shoulder_row, widest);
				/* the figure fills the height it is given */
				ok(row_width(&c, c.h - 1 - c.h / 20) > 0 ||
				    row_width(&c, c.h - 1) > 0,
				    "%dx%d %s mode %d: reaches the bottom", cols,
				    nrows, vn, m);
				/* the areas: non-empty, top to bottom */
				for (area = 0; area < AREA_COUNT; area++) {
					body_draw(&c, v, area);
					rows[area] = mean_row(&c, BODY_INK_AREA);
				}
				if (v == BODY_BACK) {
					ok(rows[AREA_NECK] >= 0 &&
					    rows[AREA_SHOULDERS] >= 0 &&
					    rows[AREA_UPPER_BACK] >= 0 &&
					    rows[AREA_MIDDLE_BACK] >= 0,
					    "%dx%d back mode %d: every area drawn",
					    cols, nrows, m);
					ok(rows[AREA_NECK] < rows[AREA_SHOULDERS] &&
					    rows[AREA_NECK] < rows[AREA_UPPER_BACK] &&
					    rows[AREA_SHOULDERS] < rows[AREA_MIDDLE_BACK] &&
					    rows[AREA_UPPER_BACK] < rows[AREA_MIDDLE_BACK] &&
					    rows[AREA_MIDDLE_BACK] < rows[AREA_LOWER_BACK],
					    "%dx%d back mode %d: neck %.0f, shoulders "
					    "%.0f, upper %.0f, middle %.0f, lower %.0f "
					    "top to bottom", cols, nrows, m,
					    rows[AREA_NECK], rows[AREA_SHOULDERS],
					    rows[AREA_UPPER_BACK],
					    rows[AREA_MIDDLE_BACK],
					    rows[AREA_LOWER_BACK]);
					body_draw(&c, v, -1);
					ok(draw_count(&c, BODY_INK_OUTSIDE) > 0 &&
					    mean_row(&c, BODY_INK_OUTSIDE) >
					    rows[AREA_MIDDLE_BACK],
					    "%dx%d back mode %d: the lower back is "
					    "drawn as outside, below the middle back",
					    cols, nrows, m);
				} else
					ok(rows[AREA_NECK] >= 0 &&
					    rows[AREA_SHOULDERS] > rows[AREA_NECK] &&
					    rows[AREA_UPPER_BACK] < 0,
					    "%dx%d front mode %d: neck above "
					    "shoulders; no back areas", cols, nrows, m);
				draw_free(&c);
			}
	for (s = 1; s < NSIZES; s++)
		ok(cells[s] > cells[s - 1], "%dx%d draws more cells (%ld) than "
		    "%dx%d (%ld)", sizes[s][0], sizes[s][1], cells[s],
		    sizes[s - 1][0], sizes[s - 1][1], cells[s - 1]);
	ok(cells[3] >= 4 * cells[1], "200x60 draws %ld cells, several times "
	    "80x24's %ld", cells[3], cells[1]);
}

static void
test_model(void)
{
	double x, y;
	int a, v;

	for (v = 0; v < BODY_VIEW_COUNT; v++)
		for (a = 0; a < AREA_COUNT; a++) {
			if (!body_area_centre(v, a, &x, &y))
				continue;
			is_int(body_area_at(v, x, y), a, "%s: the centre of the "
			    "%s is in it", body_view_name(v),
			    routine_area_label(a));
			is_int(body_area_at(v, -x, y), a, "%s: and its mirror "
			    "image", body_view_name(v));
		}
	ok(body_on(BODY_BACK, 0, 0.5), "the middle of the head is body");
	ok(!body_on(BODY_BACK, 1.8, 0.2), "the top corner is not");
	is_int(body_area_at(BODY_BACK, 0, 0.4), -1, "the head is no area");
	is_int(body_area_at(BODY_BACK, 1.2, 2.85), -1, "the elbow is no area");
	is_int(body_view_from_name("front"), BODY_FRONT, "view by name");
	is_int(body_view_from_name("side"), -1, "no side view");
}

/* Draw a muscle's zone of view v (both sides) in ink over the body. */
static void
draw_zone(struct draw_canvas *c, const struct painsrc_map *mu, int v, int ink)
{
	unsigned k;

	c->mask = BODY_MASK;
	for (k = 0; k < mu->zone_count; k++) {
		if ((int)mu->zone[k].view != v)
			continue;
		c->mirror = false;
		draw_shape(c, &mu->zone[k].shape, ink);
		c->mirror = true;
		draw_shape(c, &mu->zone[k].shape, ink);
	}
	/* and the disc round each knot: tender where it lies */
	for (k = 0; k < mu->points_count; k++) {
		struct draw_shape disc;

		if ((int)mu->points[k].view != v)
			continue;
		painsrc_knot_shape(&mu->points[k], &disc);
		c->mirror = false;
		draw_shape(c, &disc, ink);
		c->mirror = true;
		draw_shape(c, &disc, ink);
	}
	c->mirror = false;
	c->mask = 0;
}

static bool
lists(const struct painsrc *p, int v, double x, double y,
    const struct painsrc_map *mu)
{
	const struct painsrc_map *out[64];
	int n = painsrc_at(p, v, x, y, out, 64), k;

	for (k = 0; k < n && k < 64; k++)
		if (out[k] == mu)
			return true;
	return false;
}

static void
test_shipped(void)
{
	struct painsrc *p;
	struct bc_error err;
	const struct painsrc_map *mu;
	struct draw_canvas c, *zc;
	unsigned i, k;
	int v, px, py, a, n, bad, checked;
	const char *ids[64];
	char path[4096];

	snprintf(path, sizeof path, "%s/routines/%s", BC_SRCDIR,
	    PAINSRC_FILE_NAME);
	if (!ok(painsrc_load(path, &p, &err) == 0, "the shipped pain sources "
	    "load")) {
		diag("%s", err.msg);
		return;
	}
	ok(p->muscles_count >= 10, "%u muscles on the map", p->muscles_count);
	/* every muscle under the areas is on the map */
	bad = 0;
	for (a = 0; a < (int)p->areas_count; a++)
		for (k = 0; k < p->areas[a].muscles_count; k++)
			if (painsrc_muscle(p, p->areas[a].muscles[k].name) == NULL)
				bad++;
	is_int(bad, 0, "every muscle the areas list is on the map");

	/* pointing at the middle of each area the map covers names someone */
	for (a = AREA_NECK; a <= AREA_MIDDLE_BACK; a++) {
		const struct painsrc_map *out[64];
		double x, y;

		body_area_centre(BODY_BACK, a, &x, &y);
		n = painsrc_at(p, BODY_BACK, x, y, out, 64);
		ok(n > 0, "the middle of the %s names %d muscles",
		    routine_area_label(a), n);
	}

	draw_init(&c, 80, 24, DRAW_BRAILLE);
	for (i = 0; i < p->muscles_count; i++) {
		mu = &p->muscles[i];
		for (k = 0; k < mu->points_count; k++) {
			const struct painsrc_point *pt = &mu->points[k];

			body_draw(&c, pt->view, -1);
			draw_to_pixel(&c, pt->at[0], pt->at[1], &px, &py);
			ok(body_px(draw_get(&c, px, py)), "%s: trigger point %u "
			    "is drawn on the body", mu->name, k + 1);
			is_int(body_area_at(pt->view, pt->at[0], pt->at[1]),
			    mu->area, "%s: trigger point %u lies in the %s",
			    mu->name, k + 1, routine_area_label(mu->area));
		}
		n = painsrc_routines(p, mu->name, ids, 64);
		ok(n > 0, "%s: %d routines work on it", mu->name, n);
		for (k = 0; k < mu->zone_count; k++) {
			const struct painsrc_shape *sh = &mu->zone[k];
			struct draw_canvas z;
			double sx = 0, sy = 0, bx = 0, by = 0, best = 1e9, d;
			long cnt = 0;
			int i2, j2;

			/* the zone shape on the body, and its middle */
			draw_init(&z, 200, 60, DRAW_BRAILLE);
			body_draw(&z, sh->view, -1);
			z.mask = BODY_MASK;
			draw_shape(&z, &sh->shape, BODY_INK_ZONE);
			for (j2 = 0; j2 < z.h; j2++)
				for (i2 = 0; i2 < z.w; i2++)
					if (draw_get(&z, i2, j2) == BODY_INK_ZONE) {
						sx += i2;
						sy += j2;
						cnt++;
					}
			ok(cnt > 0, "%s: zone shape %u covers %ld pixels of the "
			    "body at 200x60", mu->name, k + 1, cnt);
			if (cnt == 0) {
				draw_free(&z);
				continue;
			}
			sx /= cnt;
			sy /= cnt;
			for (j2 = 0; j2 < z.h; j2++)
				for (i2 = 0; i2 < z.w; i2++) {
					if (draw_get(&z, i2, j2) != BODY_INK_ZONE)
						continue;
					d = hypot(i2 - sx, j2 - sy);
					if (d < best) {
						best = d;
						draw_pixel_centre(&z, i2, j2, &bx,
						    &by);
					}
				}
			ok(lists(p, sh->view, bx, by, mu), "%s: pointing at the "
			    "middle of zone shape %u (%s %.2f, %.2f) names it",
			    mu->name, k + 1, body_view_name(sh->view), bx, by);
			ok(lists(p, sh->view, -bx, by, mu), "%s: and on the "
			    "other side", mu->name);
			draw_free(&z);
		}
	}
	draw_free(&c);

	/*
	 * For every body pixel at 80x24, in both views: the muscles the map
	 * names are exactly those whose drawn zones cover the pixel.
	 */
	zc = xcalloc(p->muscles_count, sizeof *zc);
	for (v = 0; v < BODY_VIEW_COUNT; v++) {
		draw_init(&c, 80, 24, DRAW_BRAILLE);
		body_draw(&c, v, -1);
		for (i = 0; i < p->muscles_count; i++) {
			draw_init(&zc[i], 80, 24, DRAW_BRAILLE);
			body_draw(&zc[i], v, -1);
			draw_zone(&zc[i], &p->muscles[i], v, BODY_INK_ZONE);
		}
		bad = checked = 0;
		for (py = 0; py < c.h; py++)
			for (px = 0; px < c.w; px++) {
				const struct painsrc_map *out[64];
				double x, y;
				int got, want = 0, match = 0;

				if (!body_px(draw_get(&c, px, py)))
					continue;
				checked++;
				draw_pixel_centre(&c, px, py, &x, &y);
				got = painsrc_at(p, v, x, y, out, 64);
				for (i = 0; i < p->muscles_count; i++) {
					bool drawn = draw_get(&zc[i], px, py) ==
					    BODY_INK_ZONE;

					want += drawn;
					match += drawn && lists(p, v, x, y,
					    &p->muscles[i]);
				}
				if (got != want || match != want)
					bad++;
			}
		ok(bad == 0 && checked > 1000, "%s view: at each of %d body "
		    "pixels the muscles named are those whose zones are drawn "
		    "there (%d differ)", body_view_name(v), checked, bad);
		for (i = 0; i < p->muscles_count; i++)
			draw_free(&zc[i]);
		draw_free(&c);
	}
	free(zc);
	painsrc_free(p);
}

/*
 * The loader's checks of the body map: a small good file, then one fault
 * at a time, each refused with its message at its line and column.
 */
static const char good_map[] =
    "areas:\n"
    "  - area: neck\n"
    "    note: Note.\n"
    "    muscles:\n"
    "      - name: alpha\n"
    "        refers: the neck\n"
    "        routines: [some-routine]\n"
    "muscles:\n"
    "  - name: alpha\n"
    "    area: shoulders\n"
    "    knot: on top of the shoulder\n"
    "    points:\n"
    "      - {view: back, at: [0.52, 1.3]}\n"
    "    zone:\n"
    "      - {view: back, ellipse: [0.3, 0.5, 0.1, 0.2]}\n"
    "      - {view: front, capsule: [0.2, 1.0, 0.2, 1.2, 0.05]}\n";

struct bad_case {
	const char *from, *to;	/* replace the first `from` in good_map */
	unsigned line, col;
	const char *msg;	/* a part of the message */
};

static const struct bad_case bad_cases[] = {
	{ "view: back, at", "view: side, at", 13, 16, "'side' is not a valid view" },
	{ "[0.52, 1.3]", "[0.52, 1.9]", 13, 26, "lies in the upper back, not in the shoulders" },
	{ "[0.52, 1.3]", "[1.7, 0.2]", 13, 26, "is not on the body seen from the back" },
	{ "[0.52, 1.3]", "[0.52, 5]", 13, 26, "is outside the figure" },
	{ "[0.52, 1.3]", "[0.52]", 13, 26, "'at' needs two numbers" },
	{ "[0.52, 1.3]", "[0, 0.5]", 13, 26, "outside every pain area" },
	{ "ellipse: [0.3, 0.5, 0.1, 0.2]", "ellipse: [1.7, 0.2, 0.1, 0.1]", 15, 31, "covers none of the body" },
	{ "ellipse: [0.3, 0.5, 0.1, 0.2]", "ellipse: [0.3, 0.5, 0, 0.2]", 15, 31, "a radius must be more than 0" },
	{ "ellipse: [0.3, 0.5, 0.1, 0.2]", "ellipse: [0.3, 0.5, 0.1]", 15, 31, "'ellipse' needs four numbers" },
	{ "ellipse: [0.3, 0.5, 0.1, 0.2]", "polygon: [0, 1, 0.1, 1.1]", 15, 31, "'polygon' needs 3 to 16 points" },
	{ "ellipse: [0.3, 0.5, 0.1, 0.2]", "polygon: [0.1, 1, 0.2, 1, 0.3, 1]", 15, 31, "covers none of the body" },
	{ "ellipse: [0.3, 0.5, 0.1, 0.2]", "ellipse: [1.8, 0.5, 0.1, 0.2]", 15, 31, "reaches outside the figure" },
	{ "{view: back, ellipse: [0.3, 0.5, 0.1, 0.2]}", "{view: back}", 15, 9, "needs one of 'ellipse', 'capsule' or 'polygon'" },
	{ "capsule: [0.2, 1.0, 0.2, 1.2, 0.05]", "capsule: [0.2, 1.0, 0.2, 1.2, 0.05], ellipse: [0, 1, 1, 1]", 16, 9, "only one of" },
	{ "    zone:\n      - {view: back, ellipse: [0.3, 0.5, 0.1, 0.2]}\n      - {view: front, capsule: [0.2, 1.0, 0.2, 1.2, 0.05]}\n", "    zone: []\n", 14, 11, "'zone' is empty" },
	{ "    points:\n      - {view: back, at: [0.52, 1.3]}\n", "    points: []\n", 12, 13, "'points' is empty" },
	{ "  - name: alpha\n    area", "  - name: beta\n    area", 9, 11, "'beta' is under no area" },
	{ "knot: on top of the shoulder", "knot: \"\"", 11, 11, "" },
	{ "area: shoulders", "area: lower-back", 10, 11, "outside what the map covers" },
};

static void
test_loader(void)
{
	char path[4096], text[4096];
	struct painsrc *p;
	struct bc_error err;
	const struct bad_case *b;
	size_t i;
	FILE *fp;
	char *at;

	snprintf(path, sizeof path, "%s/test-body-map.%ld.yaml",
	    getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", (long)getpid());
	fp = fopen(path, "w");
	fputs(good_map, fp);
	fclose(fp);
	if (ok(painsrc_load(path, &p, &err) == 0, "the small map loads"))
		painsrc_free(p);
	else
		diag("%s:%u:%u: %s", err.file, err.line, err.column, err.msg);
	for (i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
		b = &bad_cases[i];
		at = strstr(good_map, b->from);
		if (!ok(at != NULL, "case %zu applies", i))
			continue;
		snprintf(text, sizeof text, "%.*s%s%s", (int)(at - good_map),
		    good_map, b->to, at + strlen(b->from));
		fp = fopen(path, "w");
		fputs(text, fp);
		fclose(fp);
		p = NULL;
		if (!ok(painsrc_load(path, &p, &err) == -1, "refused: %s",
		    b->msg[0] ? b->msg : b->to)) {
			painsrc_free(p);
			continue;
		}
		ok(strstr(err.msg, b->msg) != NULL && err.line == b->line &&
		    err.column == b->col, "at %u:%u: %s (got %u:%u: %s)",
		    b->line, b->col, b->msg, err.line, err.column, err.msg);
	}
	/* a muscle under the areas without a place on the map */
	snprintf(text, sizeof text, "%s", good_map);
	at = strstr(text, "        routines: [some-routine]\n");
	snprintf(at, sizeof text - (size_t)(at - text), "%s",
	    "        routines: [some-routine]\n"
	    "      - name: gamma\n"
	    "        refers: x\n"
	    "        routines: [some-routine]\n"
	    "muscles:\n"
	    "  - name: alpha\n"
	    "    area: shoulders\n"
	    "    knot: k\n"
	    "    points:\n"
	    "      - {view: back, at: [0.52, 1.3]}\n"
	    "    zone:\n"
	    "      - {view: back, ellipse: [0.3, 0.5, 0.1, 0.2]}\n");
	fp = fopen(path, "w");
	fputs(text, fp);
	fclose(fp);
	ok(painsrc_load(path, &p, &err) == -1 && err.line == 8 &&
	    strstr(err.msg, "'gamma' is not on the map") != NULL,
	    "a listed muscle missing from the map: %u:%u: %s", err.line,
	    err.column, err.msg);
	unlink(path);
}

/* Render time of the whole figure with a zone at 200x60: reported only. */
static void
test_time(void)
{
	struct draw_canvas c;
	struct draw_cell *cells;
	struct timespec t0, t1;
	int k, reps = 50;
	double ms;
	enum draw_mode m;

	for (m = DRAW_BRAILLE; m <= DRAW_ASCII; m++) {
		draw_init(&c, 200, 60, m);
		cells = xcalloc(200 * 60, sizeof *cells);
		clock_gettime(CLOCK_MONOTONIC, &t0);
		for (k = 0; k < reps; k++) {
			body_draw(&c, BODY_BACK, AREA_UPPER_BACK);
			draw_render(&c, NULL, cells);
		}
		clock_gettime(CLOCK_MONOTONIC, &t1);
		ms = ((t1.tv_sec - t0.tv_sec) * 1e3 +
		    (t1.tv_nsec - t0.tv_nsec) / 1e6) / reps;
		diag("render at 200x60, mode %d: %.3f ms a frame (mean of %d)",
		    m, ms, reps);
		ok(cells[30 * 200 + 100].cls != 0, "200x60 mode %d: the middle "
		    "of the figure is drawn", m);
		free(cells);
		draw_free(&c);
	}
}

/*
 * Is (x, y) on the shoulder blade below its ridge (the broad part, where
 * the infraspinatus lies), as body.c draws its edges?
 */
static bool
on_blade(double x, double y)
{
	static const struct draw_shape blade = { DRAW_POLYGON, 4,
	    { 0.32, 1.7, 0.86, 1.5, 0.76, 1.7, 0.36, 2.3 } };

	return draw_shape_covers(&blade, fabs(x), y);
}

/*
 * A knot is tender where it lies: a spot on or near a trigger point names
 * its muscle, first, even where no referral zone reaches (the tester's
 * "no muscle" on the middle of the shoulder blade, the infraspinatus's own
 * place).
 */
static void
test_knots(void)
{
	struct painsrc *p;
	struct bc_error err;
	const struct painsrc_map *out[64], *inf, *mu;
	char path[4096];
	double x, y, d;
	unsigned i, k;
	int n, a, bad, checked, blade, blade_bad, near_bad, j;
	static const double spots[][2] = {
		{ 0.55, 1.82 }, { 0.62, 1.78 }, { 0.68, 1.72 }, { 0.5, 1.9 },
		{ 0.6, 1.95 }, { -0.55, 1.82 }, { -0.66, 1.75 },
	};

	snprintf(path, sizeof path, "%s/routines/%s", BC_SRCDIR,
	    PAINSRC_FILE_NAME);
	if (!ok(painsrc_load(path, &p, &err) == 0, "knots: the shipped pain "
	    "sources load")) {
		diag("%s", err.msg);
		return;
	}
	inf = painsrc_muscle(p, "infraspinatus");
	if (!ok(inf != NULL, "the infraspinatus is on the map"))
		return;
	for (k = 0; k < sizeof spots / sizeof spots[0]; k++) {
		n = painsrc_at(p, BODY_BACK, spots[k][0], spots[k][1], out, 64);
		for (j = 0; j < n && out[j] != inf; j++)
			;
		ok(j < n && painsrc_knot_at(inf, BODY_BACK, spots[k][0],
		    spots[k][1], NULL), "the middle and outer shoulder blade "
		    "(%.2f, %.2f) names the infraspinatus as a knot that may "
		    "lie there (%d muscles)", spots[k][0], spots[k][1], n);
	}
	n = painsrc_at(p, BODY_BACK, 0.55, 1.82, out, 64);
	ok(n > 0 && out[0] == inf, "at its knot the infraspinatus comes first "
	    "(%s)", n > 0 ? out[0]->name : "none");
	n = painsrc_at(p, BODY_BACK, 0.55, 1.82, out, 1);
	ok(n >= 2 && out[0] == inf, "with room for one, the nearest knot "
	    "(%d in all)", n);
	ok(!painsrc_knot_at(inf, BODY_FRONT, 0.55, 1.82, NULL), "the knot is "
	    "on the back only");
	ok(!painsrc_knot_at(inf, BODY_BACK, 0.3, 2.6, NULL) &&
	    !painsrc_knot_at(inf, BODY_BACK, 0.1, 1.3, NULL),
	    "away from its knots it is not");
	d = -1;
	j = painsrc_knot_at(inf, BODY_BACK, -0.55, 1.72, &d);
	ok(j && fabs(d - 0.1) < 1e-9, "the distance to the nearest knot, on "
	    "the other side (%.3f)", d);
	ok(!painsrc_knot_at(inf, BODY_BACK, 0.55, 1.82 - PAINSRC_KNOT_RADIUS -
	    0.1, NULL), "just outside the radius it is not");

	/*
	 * A grid over the back from the shoulders to the waist: wherever a
	 * shipped knot of the back is within the radius (measured here), the
	 * spot names that muscle and does not say "no muscle"; every spot on
	 * the shoulder blade names one.
	 */
	bad = checked = blade = blade_bad = near_bad = 0;
	for (y = 1.3; y <= 3.0; y += 0.02)
		for (x = -1.0; x <= 1.0; x += 0.02) {
			bool near = false, named = true;

			a = body_area_at(BODY_BACK, x, y);
			if (!body_on(BODY_BACK, x, y) || (a != AREA_SHOULDERS &&
			    a != AREA_UPPER_BACK && a != AREA_MIDDLE_BACK))
				continue;
			checked++;
			n = painsrc_at(p, BODY_BACK, x, y, out, 64);
			for (i = 0; i < p->muscles_count; i++) {
				mu = &p->muscles[i];
				for (k = 0; k < mu->points_count; k++) {
					if (mu->points[k].view != BODY_BACK)
						continue;
					d = hypot(fabs(x) - mu->points[k].at[0],
					    y - mu->points[k].at[1]);
					if (d >= PAINSRC_KNOT_RADIUS - 1e-6)
						continue;
					near = true;
					for (j = 0; j < n && out[j] != mu; j++)
						;
					if (j == n)
						named = false;
				}
			}
			if (near && (n == 0 || !named)) {
				if (near_bad++ < 3)
					diag("(%.2f, %.2f): a knot is near, "
					    "not named", x, y);
			}
			if (on_blade(x, y)) {
				blade++;
				if (n == 0 && blade_bad++ < 3)
					diag("(%.2f, %.2f) on the blade names "
					    "no muscle", x, y);
			}
			if (n == 0)
				bad++;
		}
	ok(near_bad == 0 && checked > 1000, "back, shoulders to waist: each of "
	    "%d spots with a knot within %.2f names that muscle (%d do not)",
	    checked, PAINSRC_KNOT_RADIUS, near_bad);
	ok(blade > 300 && blade_bad == 0, "each of %d spots on the shoulder "
	    "blades below the ridge names a muscle (%d do not)", blade, blade_bad);
	diag("%d of %d spots of the back, shoulders to waist, name no muscle",
	    bad, checked);
	painsrc_free(p);
}

int
main(void)
{
	test_model();
	test_figure();
	test_shipped();
	test_knots();
	test_loader();
	test_time();
	return done_testing();
}
