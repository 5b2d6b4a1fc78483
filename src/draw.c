/*
 * draw.c - the pixel canvas of draw.h: shapes rasterised by testing pixel
 * centres, and the canvas turned into braille, half-block or ASCII cells.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "xmalloc.h"

void
draw_init(struct draw_canvas *c, int cols, int rows, enum draw_mode mode)
{
	memset(c, 0, sizeof *c);
	c->cols = cols < 1 ? 1 : cols;
	c->rows = rows < 1 ? 1 : rows;
	c->mode = mode;
	c->cw = mode == DRAW_HALF ? 1 : 2;
	c->ch = mode == DRAW_HALF ? 2 : 4;
	c->w = c->cols * c->cw;
	c->h = c->rows * c->ch;
	c->px = xcalloc((size_t)c->w * (size_t)c->h, 1);
	draw_pixels(c);
}

void
draw_free(struct draw_canvas *c)
{
	free(c->px);
	c->px = NULL;
}

void
draw_clear(struct draw_canvas *c)
{
	memset(c->px, 0, (size_t)c->w * (size_t)c->h);
}

void
draw_fit(struct draw_canvas *c, double x0, double y0, double x1, double y1,
    double aspect)
{
	double bw = x1 - x0, bh = y1 - y0, s, sh;

	if (bw <= 0 || bh <= 0 || aspect <= 0) {
		draw_pixels(c);
		return;
	}
	/* s: cell widths per model unit, the same both ways on the glass */
	s = c->cols / bw;
	sh = c->rows * aspect / bh;
	if (sh < s)
		s = sh;
	c->sx = s * c->cw;
	c->sy = s * c->ch / aspect;
	c->ox = c->w / 2.0 - (x0 + x1) / 2 * c->sx;
	c->oy = c->h / 2.0 - (y0 + y1) / 2 * c->sy;
}

void
draw_pixels(struct draw_canvas *c)
{
	c->ox = c->oy = 0;
	c->sx = c->sy = 1;
}

void
draw_to_pixel(const struct draw_canvas *c, double x, double y, int *px,
    int *py)
{
	double a = floor(c->ox + x * c->sx), b = floor(c->oy + y * c->sy);

	/* far outside stays far outside, as an int can hold it */
	*px = isfinite(a) ? (int)fmax(fmin(a, 1e8), -1e8) : -100000000;
	*py = isfinite(b) ? (int)fmax(fmin(b, 1e8), -1e8) : -100000000;
}

void
draw_to_cell(const struct draw_canvas *c, double x, double y, int *col,
    int *row)
{
	int px, py;

	draw_to_pixel(c, x, y, &px, &py);
	*col = (int)floor((double)px / c->cw);
	*row = (int)floor((double)py / c->ch);
}

void
draw_from_cell(const struct draw_canvas *c, int col, int row, double *x,
    double *y)
{
	*x = ((col + 0.5) * c->cw - c->ox) / c->sx;
	*y = ((row + 0.5) * c->ch - c->oy) / c->sy;
}

void
draw_set(struct draw_canvas *c, int px, int py, int ink)
{
	unsigned char *p;

	if (px < 0 || py < 0 || px >= c->w || py >= c->h || ink < 0 ||
	    ink >= DRAW_INKS)
		return;
	if (c->mirror)
		px = c->w - 1 - px;
	p = &c->px[(size_t)py * c->w + px];
	if (c->mask != 0 && (c->mask & DRAW_MASK(*p)) == 0)
		return;
	*p = (unsigned char)ink;
}

int
draw_get(const struct draw_canvas *c, int px, int py)
{
	if (px < 0 || py < 0 || px >= c->w || py >= c->h)
		return 0;
	return c->px[(size_t)py * c->w + px];
}

/*
 * The pixels whose centres may lie in the model box [x0,x1] x [y0,y1],
 * clipped to the canvas; false when none.
 */
static bool
pixel_box(const struct draw_canvas *c, double x0, double y0, double x1,
    double y1, int *i0, int *j0, int *i1, int *j1)
{
	double a = c->ox + x0 * c->sx, b = c->ox + x1 * c->sx;
	double d = c->oy + y0 * c->sy, e = c->oy + y1 * c->sy;

	if (!isfinite(a) || !isfinite(b) || !isfinite(d) || !isfinite(e))
		return false;
	/* clipped as doubles first: no value an int cannot hold is cast */
	*i0 = (int)fmax(floor(fmin(a, b) - 0.5) - 1, 0);
	*i1 = (int)fmin(ceil(fmax(a, b) - 0.5) + 1, c->w - 1);
	*j0 = (int)fmax(floor(fmin(d, e) - 0.5) - 1, 0);
	*j1 = (int)fmin(ceil(fmax(d, e) - 0.5) + 1, c->h - 1);
	return *i0 <= *i1 && *j0 <= *j1;
}

static double
centre_x(const struct draw_canvas *c, int i)
{
	return (i + 0.5 - c->ox) / c->sx;
}

static double
centre_y(const struct draw_canvas *c, int j)
{
	return (j + 0.5 - c->oy) / c->sy;
}

/* e = cx cy rx ry */
static bool
ellipse_covers(const double *e, double x, double y)
{
	double dx = (x - e[0]) / e[2], dy = (y - e[1]) / e[3];

	return dx * dx + dy * dy <= 1;
}

/* k = x0 y0 x1 y1 r */
static bool
capsule_covers(const double *k, double x, double y)
{
	double vx = k[2] - k[0], vy = k[3] - k[1], len2 = vx * vx + vy * vy;
	double t, dx, dy;

	t = len2 > 0 ? ((x - k[0]) * vx + (y - k[1]) * vy) / len2 : 0;
	t = t < 0 ? 0 : t > 1 ? 1 : t;
	dx = x - (k[0] + t * vx);
	dy = y - (k[1] + t * vy);
	return dx * dx + dy * dy <= k[4] * k[4];
}

void
draw_ellipse(struct draw_canvas *c, double cx, double cy, double rx,
    double ry, int ink)
{
	int i, j, i0, j0, i1, j1;
	const double e[4] = { cx, cy, rx, ry };

	if (!(rx > 0 && ry > 0))
		return;
	if (!pixel_box(c, cx - rx, cy - ry, cx + rx, cy + ry, &i0, &j0, &i1,
	    &j1))
		return;
	for (j = j0; j <= j1; j++)
		for (i = i0; i <= i1; i++)
			if (ellipse_covers(e, centre_x(c, i), centre_y(c, j)))
				draw_set(c, i, j, ink);
}

void
draw_capsule(struct draw_canvas *c, double x0, double y0, double x1,
    double y1, double r, int ink)
{
	int i, j, i0, j0, i1, j1;
	const double k[5] = { x0, y0, x1, y1, r };

	if (!(r > 0))
		return;
	if (!pixel_box(c, fmin(x0, x1) - r, fmin(y0, y1) - r, fmax(x0, x1) + r,
	    fmax(y0, y1) + r, &i0, &j0, &i1, &j1))
		return;
	for (j = j0; j <= j1; j++)
		for (i = i0; i <= i1; i++)
			if (capsule_covers(k, centre_x(c, i), centre_y(c, j)))
				draw_set(c, i, j, ink);
}

/* Even-odd test of (x, y) against the polygon. */
static bool
poly_inside(const double *xy, int n, double x, double y)
{
	bool in = false;
	int a, b;
	double xa, ya, xb, yb;

	for (a = 0, b = n - 1; a < n; b = a++) {
		xa = xy[2 * a];
		ya = xy[2 * a + 1];
		xb = xy[2 * b];
		yb = xy[2 * b + 1];
		if ((ya > y) != (yb > y) &&
		    x < (xb - xa) * (y - ya) / (yb - ya) + xa)
			in = !in;
	}
	return in;
}

void
draw_polygon(struct draw_canvas *c, const double *xy, int n, int ink)
{
	int i, j, k, i0, j0, i1, j1;
	double x0, y0, x1, y1;

	if (n < 3)
		return;
	x0 = x1 = xy[0];
	y0 = y1 = xy[1];
	for (k = 1; k < n; k++) {
		x0 = fmin(x0, xy[2 * k]);
		x1 = fmax(x1, xy[2 * k]);
		y0 = fmin(y0, xy[2 * k + 1]);
		y1 = fmax(y1, xy[2 * k + 1]);
	}
	if (!pixel_box(c, x0, y0, x1, y1, &i0, &j0, &i1, &j1))
		return;
	for (j = j0; j <= j1; j++)
		for (i = i0; i <= i1; i++)
			if (poly_inside(xy, n, centre_x(c, i), centre_y(c, j)))
				draw_set(c, i, j, ink);
}

void
draw_line(struct draw_canvas *c, double x0, double y0, double x1, double y1,
    int ink)
{
	int a, b, e, f, dx, dy, sx, sy, err, e2, steps;

	draw_to_pixel(c, x0, y0, &a, &b);
	draw_to_pixel(c, x1, y1, &e, &f);
	dx = e > a ? e - a : a - e;
	dy = f > b ? f - b : b - f;
	sx = a < e ? 1 : -1;
	sy = b < f ? 1 : -1;
	err = dx - dy;
	/* a line far outside the canvas still ends: at most dx + dy steps */
	for (steps = 0; steps <= dx + dy + 1; steps++) {
		draw_set(c, a, b, ink);
		if (a == e && b == f)
			break;
		e2 = 2 * err;
		if (e2 > -dy) {
			err -= dy;
			a += sx;
		}
		if (e2 < dx) {
			err += dx;
			b += sy;
		}
	}
}

void
draw_shape(struct draw_canvas *c, const struct draw_shape *s, int ink)
{
	const double *v = s->v;

	switch (s->kind) {
	case DRAW_ELLIPSE:
		draw_ellipse(c, v[0], v[1], v[2], v[3], ink);
		break;
	case DRAW_CAPSULE:
		draw_capsule(c, v[0], v[1], v[2], v[3], v[4], ink);
		break;
	case DRAW_POLYGON:
		draw_polygon(c, v, s->n > DRAW_SHAPE_POINTS ? DRAW_SHAPE_POINTS :
		    s->n, ink);
		break;
	case DRAW_LINE:
		draw_line(c, v[0], v[1], v[2], v[3], ink);
		break;
	}
}

bool
draw_shape_covers(const struct draw_shape *s, double x, double y)
{
	const double *v = s->v;

	switch (s->kind) {
	case DRAW_ELLIPSE:
		return v[2] > 0 && v[3] > 0 && ellipse_covers(v, x, y);
	case DRAW_CAPSULE:
		return v[4] > 0 && capsule_covers(v, x, y);
	case DRAW_POLYGON:
		return s->n >= 3 && poly_inside(v, s->n > DRAW_SHAPE_POINTS ?
		    DRAW_SHAPE_POINTS : s->n, x, y);
	default:
		return false;
	}
}

void
draw_shape_box(const struct draw_shape *s, double *x0, double *y0,
    double *x1, double *y1)
{
	const double *v = s->v;
	int k, n;

	switch (s->kind) {
	case DRAW_ELLIPSE:
		*x0 = v[0] - v[2];
		*x1 = v[0] + v[2];
		*y0 = v[1] - v[3];
		*y1 = v[1] + v[3];
		return;
	case DRAW_CAPSULE:
		*x0 = fmin(v[0], v[2]) - v[4];
		*x1 = fmax(v[0], v[2]) + v[4];
		*y0 = fmin(v[1], v[3]) - v[4];
		*y1 = fmax(v[1], v[3]) + v[4];
		return;
	default:
		n = s->kind == DRAW_LINE ? 2 : s->n;
		if (n > DRAW_SHAPE_POINTS)
			n = DRAW_SHAPE_POINTS;
		*x0 = *x1 = v[0];
		*y0 = *y1 = v[1];
		for (k = 1; k < n; k++) {
			*x0 = fmin(*x0, v[2 * k]);
			*x1 = fmax(*x1, v[2 * k]);
			*y0 = fmin(*y0, v[2 * k + 1]);
			*y1 = fmax(*y1, v[2 * k + 1]);
		}
		return;
	}
}

void
draw_pixel_centre(const struct draw_canvas *c, int i, int j, double *x,
    double *y)
{
	*x = centre_x(c, i);
	*y = centre_y(c, j);
}

long
draw_count(const struct draw_canvas *c, int ink)
{
	size_t k, n = (size_t)c->w * (size_t)c->h;
	long count = 0;

	for (k = 0; k < n; k++)
		if (c->px[k] == ink)
			count++;
	return count;
}

static const struct draw_ink default_inks[DRAW_INKS] = {
	{ DRAW_HIDDEN, 0 }, { DRAW_SOLID, 1 }, { DRAW_SOLID, 2 },
	{ DRAW_SOLID, 3 }, { DRAW_SOLID, 4 }, { DRAW_SOLID, 5 },
	{ DRAW_SOLID, 6 }, { DRAW_SOLID, 7 },
};

/*
 * Does pixel (i, j) show?  The highest class of the cell's inks goes into
 * *cls, and the pattern of the ink that has it into *pat.
 */
static bool
shows(const struct draw_canvas *c, const struct draw_ink *inks, int i, int j,
    unsigned char *cls, enum draw_pattern *pat)
{
	const struct draw_ink *k = &inks[c->px[(size_t)j * c->w + i]];
	int mi;

	if (k->cls > *cls || (k->cls == *cls && k->pattern != DRAW_HIDDEN)) {
		*cls = k->cls;
		*pat = k->pattern;
	}
	switch (k->pattern) {
	case DRAW_SOLID:
		return true;
	case DRAW_SHADE:
		/* the checker is mirrored about the centre, like the figures */
		mi = i < c->w / 2 ? i : c->w - 1 - i;
		return ((mi + j) & 1) == 0;
	case DRAW_DOTS:
		mi = i < c->w / 2 ? i : c->w - 1 - i;
		return (mi & 1) == 0 && (j & 1) == 0;
	default:
		return false;
	}
}

/*
 * An ASCII character for a 2x4 block, bit y*2+x for the pixel at column x
 * and row y: full, the shade's checker, a column, a row, an edge at the top
 * or the bottom, a diagonal, else by how many pixels are set.
 */
static char
ascii_glyph(unsigned bits)
{
	unsigned left = 0, right = 0, top, bot, n, y, rows = 0;
	double tx = 0, bx = 0;

	for (y = 0; y < 4; y++) {
		left += (bits >> (2 * y)) & 1;
		right += (bits >> (2 * y + 1)) & 1;
		if ((bits >> (2 * y)) & 3)
			rows |= 1u << y;
	}
	top = (unsigned)__builtin_popcount(bits & 0x0f);
	bot = (unsigned)__builtin_popcount(bits & 0xf0);
	n = top + bot;
	if (n == 0)
		return ' ';
	if (n >= 7)
		return '#';
	if (bits == 0x99 || bits == 0x66)
		return ':';
	if (n >= 5) {
		/* a full cell but for a corner: the edge runs across it */
		double mx = 0, my = 0;
		unsigned k, miss = 0;

		for (k = 0; k < 8; k++)
			if (!(bits & (1u << k))) {
				mx += (double)(k & 1) - 0.5;
				my += (double)(k >> 1) - 1.5;
				miss++;
			}
		mx /= miss;
		my /= miss;
		if (mx * mx > 0.06 && my * my > 0.5)
			return (mx < 0) == (my < 0) ? '/' : '\\';
		return '#';
	}
	if ((left == 4 && right == 0) || (right == 4 && left == 0))
		return '|';
	if (n == 2 && (rows & (rows - 1)) == 0)
		return rows == 8 ? '_' : '-';
	if (bot == 0)
		return n <= 2 ? '\'' : '"';
	if (top == 0)
		return n <= 2 ? '.' : '_';
	/* mean column of the top half against the bottom half */
	for (y = 0; y < 4; y++) {
		double *m = y < 2 ? &tx : &bx;

		*m += (int)((bits >> (2 * y + 1)) & 1) -
		    (int)((bits >> (2 * y)) & 1);
	}
	tx /= top;
	bx /= bot;
	if (left != 4 && right != 4 && tx < bx - 0.4)
		return '\\';
	if (left != 4 && right != 4 && tx > bx + 0.4)
		return '/';
	/* ':' is left to the shade, so that a zone reads apart from an edge */
	return n <= 2 ? '.' : '%';
}

/*
 * An ASCII character for the hidden pixels (holes) inside a cell that
 * shows others: a groove carved into a shape, drawn as the line it is.
 */
static char
ascii_groove(unsigned holes)
{
	unsigned hl = 0, hr = 0, y, rows = 0, first, last;
	double tx = 0, bx = 0;
	int nt = 0, nb = 0;

	for (y = 0; y < 4; y++) {
		hl += (holes >> (2 * y)) & 1;
		hr += (holes >> (2 * y + 1)) & 1;
		if ((holes >> (2 * y)) & 3)
			rows |= 1u << y;
	}
	if ((hl >= 2 && hr == 0) || (hr >= 2 && hl == 0))
		return '|';
	for (first = 0; !(rows & (1u << first)); first++)
		;
	for (last = 3; !(rows & (1u << last)); last--)
		;
	if (last - first <= 1 && hl > 0 && hr > 0)
		return last >= 2 ? '_' : '-';
	for (y = 0; y < 4; y++) {
		unsigned l = (holes >> (2 * y)) & 1, r = (holes >> (2 * y + 1)) & 1;

		if (y < 2) {
			tx += (int)r - (int)l;
			nt += (int)(l + r);
		} else {
			bx += (int)r - (int)l;
			nb += (int)(l + r);
		}
	}
	if (nt == 0 || nb == 0)
		return '|';
	return tx / nt < bx / nb ? '\\' : '/';
}

static void
put_utf8(char *s, unsigned cp)
{
	s[0] = (char)(0xe0 | (cp >> 12));
	s[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
	s[2] = (char)(0x80 | (cp & 0x3f));
	s[3] = '\0';
}

/* Braille dot bit of pixel (x, y) in its 2x4 block. */
static const unsigned char braille_bit[4][2] = {
	{ 0x01, 0x08 }, { 0x02, 0x10 }, { 0x04, 0x20 }, { 0x40, 0x80 },
};

void
draw_render(const struct draw_canvas *c, const struct draw_ink *inks,
    struct draw_cell *out)
{
	int col, row, x, y, i, j;
	unsigned bits, abits, holes;
	unsigned char cls;
	enum draw_pattern pat;
	struct draw_cell *cell;

	if (inks == NULL)
		inks = default_inks;
	for (row = 0; row < c->rows; row++)
		for (col = 0; col < c->cols; col++) {
			cell = &out[(size_t)row * c->cols + col];
			cls = 0;
			pat = DRAW_HIDDEN;
			bits = abits = holes = 0;
			for (y = 0; y < c->ch; y++)
				for (x = 0; x < c->cw; x++) {
					i = col * c->cw + x;
					j = row * c->ch + y;
					if (!shows(c, inks, i, j, &cls, &pat)) {
						if (c->px[(size_t)j * c->w + i] != 0)
							holes |= 1u << (y * 2 + x);
						continue;
					}
					bits |= c->mode == DRAW_HALF ?
					    1u << y : braille_bit[y][x];
					abits |= 1u << (y * 2 + x);
				}
			cell->cls = cls;
			if (bits == 0) {
				strcpy(cell->s, " ");
				continue;
			}
			switch (c->mode) {
			case DRAW_BRAILLE:
				put_utf8(cell->s, 0x2800 + bits);
				break;
			case DRAW_HALF:
				put_utf8(cell->s, bits == 3 ? 0x2588 :
				    bits == 1 ? 0x2580 : 0x2584);
				break;
			default:
				/*
				 * A shaded or dotted cell reads as its fill,
				 * whatever part of it is covered.
				 */
				cell->s[0] = pat == DRAW_SHADE ? ':' :
				    pat == DRAW_DOTS ? '.' :
				    holes != 0 && pat == DRAW_SOLID &&
				    __builtin_popcount(abits) >= 2 ?
				    ascii_groove(holes) : ascii_glyph(abits);
				cell->s[1] = '\0';
				break;
			}
		}
}

void
draw_print(const struct draw_canvas *c, const struct draw_cell *cells,
    FILE *fp)
{
	int row, col, last;

	for (row = 0; row < c->rows; row++) {
		const struct draw_cell *r = &cells[(size_t)row * c->cols];

		for (last = c->cols - 1; last >= 0; last--)
			if (strcmp(r[last].s, " ") != 0)
				break;
		for (col = 0; col <= last; col++)
			fputs(r[col].s, fp);
		fputc('\n', fp);
	}
}
