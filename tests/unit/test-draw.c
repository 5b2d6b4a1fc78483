/*
 * test-draw.c - the pixel canvas: shapes whose pixels and cells are worked
 * out by hand, in braille, half blocks and ASCII, at several sizes;
 * mirroring exact to the pixel; the fit keeps circles round.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "tap.h"
#include "xmalloc.h"

/* Rendered row `row` as one string (a static buffer). */
static const char *
row_text(const struct draw_canvas *c, const struct draw_ink *inks, int row)
{
	static char buf[4096];
	struct draw_cell *cells = xcalloc((size_t)c->cols * c->rows,
	    sizeof *cells);
	int col;

	draw_render(c, inks, cells);
	buf[0] = '\0';
	for (col = 0; col < c->cols; col++)
		strcat(buf, cells[row * c->cols + col].s);
	free(cells);
	return buf;
}

static void
rect(struct draw_canvas *c, double x0, double y0, double x1, double y1,
    int ink)
{
	double xy[] = { x0, y0, x1, y0, x1, y1, x0, y1 };

	draw_polygon(c, xy, 4, ink);
}

static void
test_rectangle(void)
{
	struct draw_canvas c;
	int n;

	/* 4x8 pixels from the corner: exactly the first 2x2 braille cells */
	draw_init(&c, 4, 3, DRAW_BRAILLE);
	rect(&c, 0, 0, 4, 8, 1);
	is_int(draw_count(&c, 1), 32, "rectangle 4x8 covers 32 pixels");
	is_str(row_text(&c, NULL, 0), "\u28ff\u28ff  ", "braille rectangle row 0");
	is_str(row_text(&c, NULL, 1), "\u28ff\u28ff  ", "braille rectangle row 1");
	is_str(row_text(&c, NULL, 2), "    ", "braille rectangle row 2 empty");
	draw_free(&c);

	/* a rectangle one pixel in from each side: partial cells */
	draw_init(&c, 3, 2, DRAW_BRAILLE);
	rect(&c, 1, 1, 5, 7, 1);
	/* cell 0: right column rows 1-3 (0x10 0x20 0x80) ; row 1 of cells: rows 4-6 */
	is_str(row_text(&c, NULL, 0), "\u28b0\u28f6\u2846", "braille inset rectangle row 0");
	is_str(row_text(&c, NULL, 1), "\u2838\u283f\u2807", "braille inset rectangle row 1");
	draw_free(&c);

	/* half blocks: 1x2 pixels a cell */
	for (n = 2; n <= 6; n += 2) {
		int row;
		char want[64];

		draw_init(&c, n, n, DRAW_HALF);
		rect(&c, 0, 1, n / 2.0, 2 * n - 1, 1);
		for (row = 0; row < n; row++) {
			const char *g = row == 0 ? "\u2584" :
			    row == n - 1 ? "\u2580" : "\u2588";
			int k;

			want[0] = '\0';
			for (k = 0; k < n; k++)
				strcat(want, k < n / 2 ? g : " ");
			is_str(row_text(&c, NULL, row), want,
			    "half-block rectangle %dx%d row %d", n, n, row);
		}
		draw_free(&c);
	}

	/* ASCII: full cells are '#', half cells are edges */
	draw_init(&c, 3, 3, DRAW_ASCII);
	rect(&c, 0, 2, 4, 10, 1);
	is_str(row_text(&c, NULL, 0), "__ ", "ascii rectangle top edge");
	is_str(row_text(&c, NULL, 1), "## ", "ascii rectangle middle");
	is_str(row_text(&c, NULL, 2), "\"\" ", "ascii rectangle bottom edge");
	draw_free(&c);
	draw_init(&c, 2, 1, DRAW_ASCII);
	rect(&c, 0, 0, 1, 4, 1);
	rect(&c, 3, 0, 4, 4, 1);
	is_str(row_text(&c, NULL, 0), "||", "ascii one-pixel columns");
	draw_free(&c);
}

static void
test_circle(void)
{
	struct draw_canvas c;
	int size, i, j, rows_hit, cols_hit, row, col;
	struct draw_cell *cells;

	/*
	 * Centre (2,2), radius 1.6: the 4 inner pixels (d^2 0.5) and the 8 at
	 * d^2 2.5, not the corners (4.5).
	 */
	draw_init(&c, 2, 1, DRAW_BRAILLE);
	draw_ellipse(&c, 2, 2, 1.6, 1.6, 1);
	is_int(draw_count(&c, 1), 12, "small circle covers 12 pixels");
	is_str(row_text(&c, NULL, 0), "\u28be\u2877", "small circle in braille");
	draw_free(&c);

	draw_init(&c, 4, 2, DRAW_HALF);
	draw_ellipse(&c, 2, 2, 1.6, 1.6, 1);
	is_str(row_text(&c, NULL, 0), "\u2584\u2588\u2588\u2584", "small circle in half blocks, top");
	is_str(row_text(&c, NULL, 1), "\u2580\u2588\u2588\u2580", "small circle in half blocks, bottom");
	draw_free(&c);

	/* a unit circle fitted into canvases of several sizes stays round */
	for (size = 10; size <= 60; size += 25) {
		enum draw_mode m;

		for (m = DRAW_BRAILLE; m <= DRAW_ASCII; m++) {
			draw_init(&c, 2 * size, size, m);
			draw_fit(&c, -1, -1, 1, 1, DRAW_CELL_ASPECT);
			draw_ellipse(&c, 0, 0, 1, 1, 1);
			cells = xcalloc((size_t)c.cols * c.rows, sizeof *cells);
			draw_render(&c, NULL, cells);
			rows_hit = cols_hit = 0;
			for (row = 0; row < c.rows; row++)
				if (cells[row * c.cols + c.cols / 2].cls == 1)
					rows_hit++;
			for (col = 0; col < c.cols; col++)
				if (cells[(c.rows / 2) * c.cols + col].cls == 1)
					cols_hit++;
			ok(abs(cols_hit - 2 * rows_hit) <= 2,
			    "circle at %dx%d mode %d: %d columns across, %d rows down",
			    c.cols, c.rows, m, cols_hit, rows_hit);
			ok(rows_hit >= size - 1, "circle fills the height at %d rows",
			    size);
			/* area close to pi r^2 in pixels */
			{
				double r = c.h / 2.0, want = M_PI * r * r;
				long got = draw_count(&c, 1);

				ok(fabs(got - want) < want * 0.08,
				    "circle area %ld pixels, pi r^2 %.0f", got, want);
			}
			/* symmetric both ways */
			{
				bool sym = true;

				for (j = 0; j < c.h; j++)
					for (i = 0; i < c.w; i++)
						if (draw_get(&c, i, j) !=
						    draw_get(&c, c.w - 1 - i, j) ||
						    draw_get(&c, i, j) !=
						    draw_get(&c, i, c.h - 1 - j))
							sym = false;
				ok(sym, "circle symmetric at %dx%d mode %d",
				    c.cols, c.rows, m);
			}
			if (m == DRAW_ASCII)
				is_str(cells[(c.rows / 2) * c.cols + c.cols / 2].s,
				    "#", "ascii circle's middle is #");
			free(cells);
			draw_free(&c);
		}
	}
}

static void
test_line(void)
{
	struct draw_canvas c;
	int n;

	for (n = 1; n <= 8; n *= 2) {
		char want[256] = "";
		int k;

		draw_init(&c, n, 1, DRAW_BRAILLE);
		draw_line(&c, 0.5, 1.5, 2 * n - 0.5, 1.5, 1);
		for (k = 0; k < n; k++)
			strcat(want, "\u2812");
		is_str(row_text(&c, NULL, 0), want, "horizontal line %d cells", n);
		is_int(draw_count(&c, 1), 2 * n, "horizontal line %d pixels", 2 * n);
		draw_free(&c);

		draw_init(&c, n, 1, DRAW_HALF);
		draw_line(&c, 0, 0, n - 1, 0, 1);
		want[0] = '\0';
		for (k = 0; k < n; k++)
			strcat(want, "\u2580");
		is_str(row_text(&c, NULL, 0), want, "half-block line %d cells", n);
		draw_free(&c);

		draw_init(&c, n, 1, DRAW_ASCII);
		draw_line(&c, 0, 3, 2 * n - 1, 3, 1);
		want[0] = '\0';
		for (k = 0; k < n; k++)
			strcat(want, "_");
		is_str(row_text(&c, NULL, 0), want, "ascii bottom line %d cells", n);
		draw_free(&c);
	}
	draw_init(&c, 2, 1, DRAW_BRAILLE);
	draw_line(&c, 0, 0, 3, 3, 1);
	is_str(row_text(&c, NULL, 0), "\u2811\u2884", "diagonal line in braille");
	draw_free(&c);
	draw_init(&c, 1, 3, DRAW_BRAILLE);
	draw_line(&c, 0, 0, 0, 11, 1);
	is_str(row_text(&c, NULL, 1), "\u2847", "vertical line in braille");
	draw_free(&c);
	draw_init(&c, 1, 1, DRAW_ASCII);
	draw_line(&c, 0, 0, 1, 3, 1);
	is_str(row_text(&c, NULL, 0), "\\", "ascii falling diagonal");
	draw_clear(&c);
	draw_line(&c, 1, 0, 0, 3, 1);
	is_str(row_text(&c, NULL, 0), "/", "ascii rising diagonal");
	draw_free(&c);
	/* a line from far outside ends and draws only what is inside */
	draw_init(&c, 4, 1, DRAW_BRAILLE);
	draw_line(&c, -1e6, 1, 1e6, 1, 1);
	is_int(draw_count(&c, 1), 8, "clipped line");
	draw_free(&c);
}

/* An asymmetric figure in model coordinates. */
static void
figure(struct draw_canvas *c)
{
	double tri[] = { -0.9, -0.8, 0.3, -0.5, -0.4, 0.7 };

	draw_polygon(c, tri, 3, 1);
	draw_capsule(c, 0.2, 0.1, 0.8, 0.6, 0.13, 2);
	draw_ellipse(c, -0.3, 0.4, 0.2, 0.35, 3);
	draw_line(c, -1, 1, 0.9, -0.95, 4);
}

static void
test_mirror(void)
{
	struct draw_canvas a, b;
	int cols, i, j, bad;
	enum draw_mode m;

	for (cols = 7; cols <= 120; cols = cols * 2 + 1)
		for (m = DRAW_BRAILLE; m <= DRAW_ASCII; m++) {
			draw_init(&a, cols, cols / 3 + 1, m);
			draw_init(&b, cols, cols / 3 + 1, m);
			draw_fit(&a, -1, -1, 1, 1, DRAW_CELL_ASPECT);
			draw_fit(&b, -1, -1, 1, 1, DRAW_CELL_ASPECT);
			b.mirror = true;
			figure(&a);
			figure(&b);
			bad = 0;
			for (j = 0; j < a.h; j++)
				for (i = 0; i < a.w; i++)
					if (draw_get(&a, i, j) !=
					    draw_get(&b, a.w - 1 - i, j))
						bad++;
			ok(bad == 0 && draw_count(&a, 0) < (long)a.w * a.h,
			    "mirror exact at %d columns mode %d (%d pixels differ)",
			    cols, m, bad);
			draw_free(&a);
			draw_free(&b);
		}
}

static void
test_mask_and_inks(void)
{
	struct draw_canvas c;
	struct draw_ink inks[DRAW_INKS] = {
		{ DRAW_HIDDEN, 0 }, { DRAW_SOLID, 1 }, { DRAW_SHADE, 2 },
		{ DRAW_HIDDEN, 5 }, { DRAW_DOTS, 4 },
	};
	struct draw_cell cells[4];
	/* a groove: hidden, of the body's class */
	const struct draw_ink groove_inks[DRAW_INKS] = {
		{ DRAW_HIDDEN, 0 }, { DRAW_SOLID, 1 }, { DRAW_HIDDEN, 1 },
	};

	draw_init(&c, 4, 1, DRAW_BRAILLE);
	rect(&c, 0, 0, 4, 4, 1);
	c.mask = DRAW_MASK(1);
	rect(&c, 2, 0, 8, 4, 2);
	c.mask = 0;
	is_int(draw_count(&c, 2), 8, "mask: ink 2 only over ink 1");
	is_int(draw_count(&c, 1), 8, "mask: the rest of ink 1 stays");
	draw_set(&c, 7, 0, 3);
	draw_render(&c, inks, cells);
	is_str(cells[0].s, "\u28ff", "solid cell");
	is_str(cells[1].s, "\u2895", "shaded cell is the checker");
	is_int(cells[1].cls, 2, "shaded cell's class");
	is_str(cells[3].s, " ", "hidden ink shows nothing");
	is_int(cells[3].cls, 5, "hidden ink's class counts");
	is_int(cells[2].cls, 0, "empty cell class 0");
	draw_free(&c);
	/* dots: every other pixel of every other row (2 of 8 in a cell) */
	draw_init(&c, 2, 1, DRAW_BRAILLE);
	rect(&c, 0, 0, 4, 4, 4);
	draw_render(&c, inks, cells);
	is_str(cells[0].s, "\u2805", "dotted cell, left");
	is_str(cells[1].s, "\u2828", "dotted cell, right: mirrored");
	draw_free(&c);
	draw_init(&c, 2, 1, DRAW_ASCII);
	rect(&c, 0, 0, 4, 4, 4);
	draw_render(&c, inks, cells);
	is_str(cells[0].s, ".", "dotted cell in ASCII");
	draw_free(&c);
	/* in ASCII a groove carved into a solid shape is drawn as its line */
	draw_init(&c, 3, 1, DRAW_ASCII);
	rect(&c, 0, 0, 6, 4, 1);
	draw_line(&c, 1, 0, 1, 3, 2);		/* vertical, hidden ink */
	draw_line(&c, 2, 1, 3, 1, 2);		/* horizontal */
	draw_line(&c, 4, 0, 5, 3, 2);		/* falling */
	draw_render(&c, groove_inks, cells);
	is_str(cells[0].s, "|", "ascii groove: vertical");
	is_str(cells[1].s, "-", "ascii groove: horizontal");
	is_str(cells[2].s, "\\", "ascii groove: diagonal");
	draw_free(&c);
}

static void
test_cells(void)
{
	struct draw_canvas c;
	int col, row, bad = 0;
	double x, y;

	draw_init(&c, 80, 24, DRAW_BRAILLE);
	draw_fit(&c, -1, 0, 1, 2, DRAW_CELL_ASPECT);
	for (row = 0; row < c.rows; row++)
		for (col = 0; col < c.cols; col++) {
			int c2, r2;

			draw_from_cell(&c, col, row, &x, &y);
			draw_to_cell(&c, x, y, &c2, &r2);
			if (c2 != col || r2 != row)
				bad++;
		}
	is_int(bad, 0, "cell -> model -> cell round trip");
	draw_to_cell(&c, 0, 1, &col, &row);
	is_int(col, 40, "model centre x in the middle column");
	is_int(row, 12, "model centre y in the middle row");
	/* 24 rows are 48 cell widths tall: 2 model units -> 24 widths a unit */
	ok(fabs(c.sx - 48) < 1e-9 && fabs(c.sy - 48) < 1e-9,
	    "fit scale %.2f x %.2f pixels a unit", c.sx, c.sy);
	draw_free(&c);
}

int
main(void)
{
	test_rectangle();
	test_circle();
	test_line();
	test_mirror();
	test_mask_and_inks();
	test_cells();
	return done_testing();
}
