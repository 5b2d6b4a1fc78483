/*
 * pose-draw.c - a pose drawn on the shared canvas (draw.h): its shapes
 * fitted to the canvas, the body in one ink and the props in another, a
 * limb in front of the trunk cut out by a one-pixel gap, the right side
 * mirrored by the canvas itself (exact to the pixel).  Also the printed
 * figure that `poses` and `show` use.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "i18n.h"
#include "pose.h"
#include "text.h"
#include "xmalloc.h"

#define RING_SEGMENTS 28

struct ctx {
	struct draw_canvas *c;
	double px;		/* one pixel, in pose units */
};

static double
at_least(double r, double px)
{
	return r < 0.6 * px ? 0.6 * px : r;
}

static void
put(const struct pose_shape *s, void *arg)
{
	struct ctx *x = arg;
	struct draw_canvas *c = x->c;
	double xy[8], a0, a1, r;
	int k;

	switch (s->kind) {
	case SHAPE_DISC:
	case SHAPE_CAPSULE:
		r = at_least(s->r, x->px);
		/* a gap needs room: on a small figure it only breaks the limb */
		if (s->halo && r >= 1.0 * x->px)
			draw_capsule(c, s->a.x, s->a.y, s->b.x, s->b.y,
			    r + x->px, 0);
		draw_capsule(c, s->a.x, s->a.y, s->b.x, s->b.y, r,
		    POSE_INK_BODY);
		break;
	case SHAPE_QUAD:
		xy[0] = s->a.x, xy[1] = s->a.y;
		xy[2] = s->b.x, xy[3] = s->b.y;
		xy[4] = s->c.x, xy[5] = s->c.y;
		xy[6] = s->d.x, xy[7] = s->d.y;
		draw_polygon(c, xy, 4, POSE_INK_BODY);
		break;
	case SHAPE_LINE:
		draw_line(c, s->a.x, s->a.y, s->b.x, s->b.y, POSE_INK_PROP);
		break;
	case SHAPE_RING:
		for (k = 0; k < RING_SEGMENTS; k++) {
			a0 = 2 * M_PI * k / RING_SEGMENTS;
			a1 = 2 * M_PI * (k + 1) / RING_SEGMENTS;
			draw_line(c, s->a.x + s->r * cos(a0),
			    s->a.y + s->r * sin(a0), s->a.x + s->r * cos(a1),
			    s->a.y + s->r * sin(a1), POSE_INK_PROP);
		}
		break;
	}
}

void
pose_render(const struct pose *p, double t, bool mirror,
    struct draw_canvas *c)
{
	struct ctx x = { c, 1 };
	bool was = c->mirror;

	draw_fit(c, p->x0, p->y0, p->x1, p->y1, DRAW_CELL_ASPECT);
	if (c->sx > 0)
		x.px = 1 / c->sx;
	c->mirror = mirror;
	pose_shapes(p, pose_frame_time(p, t), false, put, &x);
	c->mirror = was;
}

enum draw_mode
pose_draw_mode(void)
{
	return text_utf8() ? DRAW_BRAILLE : DRAW_ASCII;
}

void
pose_print(const struct pose *p, double t, bool mirror, int indent, int cols,
    int rows, enum draw_mode mode, FILE *fp)
{
	struct draw_canvas c;
	struct draw_cell *cells;
	int row, col, last, first = -1, end = -1;

	draw_init(&c, cols, rows, mode);
	pose_render(p, t, mirror, &c);
	cells = xcalloc((size_t)cols * (size_t)rows, sizeof *cells);
	draw_render(&c, NULL, cells);
	/* the rows with ink, no blank ones above or below */
	for (row = 0; row < rows; row++)
		for (col = 0; col < cols; col++)
			if (strcmp(cells[row * cols + col].s, " ") != 0) {
				if (first < 0)
					first = row;
				end = row;
			}
	for (row = first; first >= 0 && row <= end; row++) {
		for (last = cols - 1; last >= 0; last--)
			if (strcmp(cells[row * cols + last].s, " ") != 0)
				break;
		fprintf(fp, "%*s", last >= 0 ? indent : 0, "");
		for (col = 0; col <= last; col++)
			fputs(cells[row * cols + col].s, fp);
		fputc('\n', fp);
	}
	free(cells);
	draw_free(&c);
}

#define GALLERY_COLS   36
#define GALLERY_ROWS   16
#define GALLERY_GAP    2
#define GALLERY_INDENT 2
#define GALLERY_PER_ROW_MAX 12	/* as many as a pose has key frames */

/*
 * The frames first .. first + n - 1 of p side by side, under a row with
 * each one's number (when the pose has more than one).
 */
static void
gallery_row(const struct pose *p, unsigned first, unsigned n,
    enum draw_mode mode, FILE *fp)
{
	struct draw_canvas c[GALLERY_PER_ROW_MAX];
	struct draw_cell *cells[GALLERY_PER_ROW_MAX];
	char line[GALLERY_PER_ROW_MAX * (GALLERY_COLS * 4 + GALLERY_GAP) + 8];
	size_t len, keep;
	unsigned k;
	int row, col;

	for (k = 0; k < n; k++) {
		draw_init(&c[k], GALLERY_COLS, GALLERY_ROWS, mode);
		pose_render(p, -(double)(first + k), false, &c[k]);
		cells[k] = xcalloc(GALLERY_COLS * GALLERY_ROWS,
		    sizeof *cells[k]);
		draw_render(&c[k], NULL, cells[k]);
	}
	if (p->frames_count > 1) {
		len = 0;
		for (k = 0; k < n; k++)
			len += (size_t)snprintf(line + len, sizeof line - len,
			    "%-*u", k + 1 < n ? GALLERY_COLS + GALLERY_GAP : 1,
			    first + k + 1);
		fprintf(fp, "%*s%s\n", GALLERY_INDENT, "", line);
	}
	for (row = 0; row < GALLERY_ROWS; row++) {
		len = keep = 0;
		for (k = 0; k < n; k++) {
			for (col = 0; col < GALLERY_COLS; col++) {
				const char *s = cells[k][row * GALLERY_COLS +
				    col].s;

				len += (size_t)snprintf(line + len,
				    sizeof line - len, "%s", s);
				if (strcmp(s, " ") != 0)
					keep = len;
			}
			if (k + 1 < n)
				len += (size_t)snprintf(line + len,
				    sizeof line - len, "%*s", GALLERY_GAP, "");
		}
		line[keep] = '\0';
		fprintf(fp, "%*s%s\n", GALLERY_INDENT, "", line);
	}
	for (k = 0; k < n; k++) {
		free(cells[k]);
		draw_free(&c[k]);
	}
}

int
pose_gallery(const struct pose_lib *lib, const char *name, int width,
    FILE *fp, FILE *err_fp)
{
	const struct pose *p;
	const char *near, *seen;
	enum draw_mode mode = pose_draw_mode();
	unsigned i, k, per;

	if (name && pose_find(lib, name) == NULL) {
		near = pose_suggest(lib, name);
		fprintf(err_fp, "backcoach: ");
		fprintf(err_fp, _("no pose named '%s'"), name);
		if (near) {
			fputs(" (", err_fp);
			fprintf(err_fp, _("did you mean '%s'?"), near);
			fputc(')', err_fp);
		}
		fputc('\n', err_fp);
		return 64;
	}
	/* as many frames side by side as the width holds, at least one */
	per = width > GALLERY_INDENT ? (unsigned)(width - GALLERY_INDENT +
	    GALLERY_GAP) / (GALLERY_COLS + GALLERY_GAP) : 1;
	per = per < 1 ? 1 : per > GALLERY_PER_ROW_MAX ? GALLERY_PER_ROW_MAX :
	    per;
	for (i = 0; i < lib->poses_count; i++) {
		p = &lib->poses[i];
		if (name && strcmp(name, p->name) != 0)
			continue;
		/* the title is the pose file's (English) */
		fprintf(fp, "%s: %s\n", p->name, p->title);
		seen = p->view == POSE_SIDE ? _("seen from the side") :
		    p->view == POSE_ABOVE ? _("seen from above") :
		    p->view == POSE_FRONT ? _("seen from the front") :
		    _("seen from behind");
		if (pose_moves(p))
			/* TRANSLATORS: "seen from the side; moves through 4
			 * frames, 6.0 s a round" */
			fprintf(fp, P_("  %s; moves through %u frame, %.1f s a "
			    "round\n", "  %s; moves through %u frames, %.1f s "
			    "a round\n", p->frames_count), seen,
			    p->frames_count, p->period);
		else
			fprintf(fp, _("  %s; a hold\n"), seen);
		/* every key frame, in rows of as many as fit */
		for (k = 0; k < p->frames_count; k += per) {
			if (k > 0)
				fputc('\n', fp);
			gallery_row(p, k, p->frames_count - k < per ?
			    p->frames_count - k : per, mode, fp);
		}
		fputc('\n', fp);
	}
	return 0;
}
