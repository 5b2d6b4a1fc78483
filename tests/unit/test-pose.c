/*
 * Unit tests of pose.c and pose-draw.c: the pose file (good and bad), the
 * figure field of routines (accepted, refused with its place and a
 * suggestion), every shipped step naming a pose that exists, and every
 * shipped pose drawn: not empty at the smallest and a large size, inside its
 * box, mirrored exactly, a movement changing and a hold not.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "draw.h"
#include "library.h"
#include "pose.h"
#include "routine.h"
#include "tap.h"
#include "yamlload.h"

static const char *srcdir;
static char tmpdir[] = "/tmp/test-pose.XXXXXX";

static const char *
write_file(const char *name, const char *text)
{
	static char path[1024];
	FILE *fp;

	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	fp = fopen(path, "w");
	fputs(text, fp);
	fclose(fp);
	return path;
}

static void
bad_poses(const char *what, const char *text, unsigned line, unsigned col,
    const char *words)
{
	struct pose_lib *lib = NULL;
	struct bc_error e;
	const char *path = write_file("bad-poses.yaml", text);

	is_int(pose_load(path, &lib, &e), -1, "%s: refused", what);
	ok(lib == NULL, "%s: nothing returned", what);
	is_int(e.line, line, "%s: line", what);
	is_int(e.column, col, "%s: column", what);
	if (!ok(strstr(e.msg, words) != NULL, "%s: says \"%s\"", what, words))
		diag("message: %s", e.msg);
}

/*
 * Every error of a pose file, each at its place, in file order (validate
 * shows them all): the frame's seconds are checked before its points, and
 * the floor after the props, yet they come by line and column.  Positions
 * counted by hand from the text.
 */
static void
many_errors(void)
{
	static const char text[] =
	    "poses:\n"
	    "  - name: Bad Name\n"
	    "    title: \"\"\n"
	    "    view: side\n"
	    "    symmetric: true\n"
	    "    frames:\n"
	    "      - {head: [0, 8], neck: [0, 14], pelvis: [0, 40], "
	    "l-elbow: [5, 25], l-hand: [8, 35], l-knee: [2, 60], "
	    "l-foot: [2, 999], seconds: 99}\n"
	    "  - name: b\n"
	    "    title: B\n"
	    "    view: front\n"
	    "    floor: 999\n"
	    "    props:\n"
	    "      - {kind: mat, at: [0, 90]}\n"
	    "    frames:\n"
	    "      - {head: [0, 8]}\n";
	static const struct {
		unsigned line, col;
		const char *words;
	} want[] = {
		{ 2, 11, "a pose name has 1 to" },
		{ 3, 12, "'title' is empty" },
		{ 5, 16, "a side view cannot be symmetric" },
		{ 7, 120, "'999' is out of range for a coordinate" },
		{ 7, 135, "'seconds' of a frame is 0.2 to 30" },
		{ 11, 12, "'floor' is -200 to 200" },
		{ 13, 9, "a mat needs 'to'" },
		{ 15, 9, "the first frame of 'b' needs 'neck'" },
	};
	struct yamlload_errors errs;
	struct pose_lib *lib = (struct pose_lib *)1;
	struct bc_error e;
	const char *path = write_file("many.yaml", text);
	size_t k, n = sizeof want / sizeof want[0];

	memset(&errs, 0, sizeof errs);
	is_int(pose_check_file(path, &lib, &errs), -1, "many errors: refused");
	ok(lib == NULL, "many errors: nothing returned");
	if (!ok(errs.count == n, "many errors: all %zu (%zu)", n, errs.count))
		for (k = 0; k < errs.count; k++)
			diag("%u:%u: %s", errs.v[k].line, errs.v[k].column,
			    errs.v[k].msg);
	for (k = 0; k < n && k < errs.count; k++) {
		ok(errs.v[k].line == want[k].line &&
		    errs.v[k].column == want[k].col,
		    "error %zu at %u:%u (%u:%u)", k + 1, want[k].line,
		    want[k].col, errs.v[k].line, errs.v[k].column);
		if (!ok(strstr(errs.v[k].msg, want[k].words) != NULL,
		    "error %zu says \"%s\"", k + 1, want[k].words))
			diag("message: %s", errs.v[k].msg);
	}
	yamlload_errors_free(&errs);
	/* pose_load still names the first found */
	is_int(pose_load(path, &lib, &e), -1, "pose_load refuses it");
	ok(e.line == 2 && e.column == 11, "with the first (%u:%u)", e.line,
	    e.column);
}

#define ROUTINE_HEAD \
	"id: fig\ntitle: Fig\nsummary: s\nareas: [neck]\nkind: stretch\n" \
	"caution: c\nsteps:\n"

static void
figure_field(void)
{
	struct routine *r = NULL;
	struct bc_error e;
	const char *path;
	const struct pose_lib *lib = pose_shipped();
	const char *name = lib->poses[0].name;
	char text[1024], typo[64];

	snprintf(text, sizeof text, ROUTINE_HEAD
	    "  - name: A\n    seconds: 5\n    instructions: i\n"
	    "    figure: %s\n", name);
	path = write_file("fig.yaml", text);
	if (!ok(routine_load(path, &r, &e) == 0, "a known figure is accepted"))
		diag("%s:%u:%u: %s", e.file, e.line, e.column, e.msg);
	if (r) {
		is_str(r->steps[0].figure, name, "the step keeps its figure");
		routine_free(r);
	}

	/* one letter dropped: refused where the name is, with the name */
	snprintf(typo, sizeof typo, "%s", name);
	memmove(typo + 2, typo + 3, strlen(typo + 3) + 1);
	snprintf(text, sizeof text, ROUTINE_HEAD
	    "  - name: A\n    seconds: 5\n    instructions: i\n"
	    "  - name: B\n    seconds: 5\n    instructions: i\n"
	    "    figure: %s\n", typo);
	path = write_file("fig.yaml", text);
	is_int(routine_load(path, &r, &e), -1, "an unknown figure is refused");
	is_int(e.line, 14, "at the figure's line");
	is_int(e.column, 13, "at the figure's column");
	ok(strstr(e.msg, "unknown figure") != NULL, "says unknown figure");
	if (!ok(strstr(e.msg, "did you mean") && strstr(e.msg, name),
	    "suggests '%s'", name))
		diag("message: %s", e.msg);

	snprintf(text, sizeof text, ROUTINE_HEAD
	    "  - name: A\n    seconds: 5\n    instructions: i\n"
	    "    figure: zzzzzzzzzzzzzzzzzzzzzzzzzzzz\n");
	path = write_file("fig.yaml", text);
	is_int(routine_load(path, &r, &e), -1, "a far-off name is refused");
	ok(strstr(e.msg, "did you mean") == NULL, "with no suggestion");
	is_int(e.line, 11, "far-off name: line");

	snprintf(text, sizeof text, ROUTINE_HEAD
	    "  - name: A\n    seconds: 5\n    instructions: i\n"
	    "    figure: ''\n");
	path = write_file("fig.yaml", text);
	is_int(routine_load(path, &r, &e), -1, "an empty figure is refused");
}

/* Every step of every shipped routine names a pose that exists. */
static void
shipped_steps(void)
{
	struct library lib;
	const char *dirs[1];
	char dir[1024];
	unsigned missing = 0, steps = 0;
	size_t i;
	unsigned k;

	snprintf(dir, sizeof dir, "%s/routines", srcdir);
	dirs[0] = dir;
	is_int(library_load(&lib, dirs, 1, stderr), 0,
	    "every shipped routine loads with the figure check on");
	ok(lib.count >= 15, "the shipped routines are there (%zu)", lib.count);
	for (i = 0; i < lib.count; i++)
		for (k = 0; k < lib.items[i]->steps_count; k++) {
			const struct routine_step *st = &lib.items[i]->steps[k];

			steps++;
			if (st->figure && pose_find(pose_shipped(), st->figure))
				continue;
			missing++;
			diag("%s step %u '%s': figure %s", lib.items[i]->id,
			    k + 1, st->name, st->figure ? st->figure : "none");
		}
	ok(steps > 0 && missing == 0, "all %u shipped steps have a figure "
	    "that exists (%u do not)", steps, missing);
	library_free(&lib);
}

struct clip {
	const struct draw_canvas *c;
	int out;
};

static void
check_inside(const struct pose_shape *s, void *arg)
{
	struct clip *k = arg;
	const struct pose_pt *p[4] = { &s->a, &s->b, &s->c, &s->d };
	int n = s->kind == SHAPE_QUAD ? 4 : 2, i, x, y, dx, dy;
	double r = s->kind == SHAPE_LINE ? 0 : s->r;

	for (i = 0; i < n; i++)
		for (dx = -1; dx <= 1; dx++)
			for (dy = -1; dy <= 1; dy++) {
				draw_to_pixel(k->c, p[i]->x + dx * r,
				    p[i]->y + dy * r, &x, &y);
				if (x < -1 || y < -1 || x > k->c->w ||
				    y > k->c->h)
					k->out++;
			}
}

static long
ink(const struct draw_canvas *c)
{
	return draw_count(c, POSE_INK_BODY);
}

static int
same(const struct draw_canvas *a, const struct draw_canvas *b, bool flip)
{
	int x, y;

	for (y = 0; y < a->h; y++)
		for (x = 0; x < a->w; x++)
			if (draw_get(a, x, y) !=
			    draw_get(b, flip ? a->w - 1 - x : x, y))
				return 0;
	return 1;
}

static void
each_pose(const struct pose *p)
{
	static const int sizes[][2] = { { 8, 4 }, { 12, 6 }, { 60, 30 },
	    { 110, 36 } };
	struct draw_canvas a, b;
	struct clip k;
	unsigned i, bad_mirror = 0, empty = 0, clipped = 0;
	double t;
	int still;

	for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		draw_init(&a, sizes[i][0], sizes[i][1], DRAW_BRAILLE);
		draw_init(&b, sizes[i][0], sizes[i][1], DRAW_BRAILLE);
		pose_render(p, 0, false, &a);
		pose_render(p, 0, true, &b);
		if (ink(&a) == 0)
			empty++;
		if (!same(&a, &b, true))
			bad_mirror++;
		k.c = &a;
		k.out = 0;
		pose_shapes(p, 0, false, check_inside, &k);
		if (k.out)
			clipped++;
		draw_free(&a);
		draw_free(&b);
	}
	ok(empty == 0, "%s: drawn at 8x4 up to 110x36 cells", p->name);
	ok(clipped == 0, "%s: fits its box", p->name);
	ok(bad_mirror == 0, "%s: the right side is the exact mirror", p->name);

	draw_init(&a, 60, 30, DRAW_BRAILLE);
	draw_init(&b, 60, 30, DRAW_BRAILLE);
	if (pose_moves(p)) {
		pose_render(p, -0.0, false, &a);
		pose_render(p, -1.0, false, &b);
		ok(!same(&a, &b, false), "%s: its key frames differ", p->name);
		ok(pose_next_change(p, 3.03) > 0 &&
		    pose_next_change(p, 3.03) <= 1.0 / p->fps + 1e-9 &&
		    (p->fps == POSE_FPS || p->fps == POSE_FPS_SLOW),
		    "%s: next frame within 1/%d s", p->name, p->fps);
	} else {
		pose_render(p, 0, false, &a);
		for (still = 1, t = 1; t <= 12 && still; t += 1) {
			draw_clear(&b);
			pose_render(p, t, false, &b);
			still = same(&a, &b, false);
		}
		ok(still, "%s: a hold is the same at every second", p->name);
		ok(pose_next_change(p, 3.03) < 0, "%s: a hold never asks "
		    "to be redrawn", p->name);
	}
	draw_free(&a);
	draw_free(&b);
}

static const char good_pose[] =
	"poses:\n"
	"  - name: stand\n"
	"    title: Standing\n"
	"    view: back\n"
	"    symmetric: true\n"
	"    floor: 90\n"
	"    props:\n"
	"      - {kind: wall, at: [20, 0]}\n"
	"    frames:\n"
	"      - {head: [0, 8], neck: [0, 17], pelvis: [0, 48],\n"
	"         l-shoulder: [-9, 20], l-elbow: [-11, 34], l-hand: [-12, 46],\n"
	"         l-hip: [-5, 48], l-knee: [-6, 68], l-foot: [-6, 88],\n"
	"         seconds: 2}\n"
	"      - {l-hand: [-20, 30], seconds: 4}\n"
	"  - name: breath\n"
	"    title: Breathing\n"
	"    view: side\n"
	"    frames:\n"
	"      - {head: [0, 8], neck: [0, 17], pelvis: [0, 48],\n"
	"         l-elbow: [0, 34], l-hand: [1, 46], l-knee: [1, 68],\n"
	"         l-foot: [1, 87], seconds: 4}\n"
	"      - {spine: [2, 32], seconds: 6}\n";

/*
 * `backcoach poses NAME` draws every key frame, numbered, as many side by
 * side as the width holds and the rest in further rows (it drew two of a
 * pose of five, whatever the width).
 */
static void
gallery(void)
{
	static const int widths[] = { 200, 80, 30 };
	const struct pose *p = NULL;
	unsigned i, per, rows, want_rows, f, got_frames;
	int w, slot;
	bool numbers_ok, ink_ok, fits;
	char *buf, *line, *save, *next;
	size_t size;
	FILE *fp;

	for (i = 0; i < pose_shipped()->poses_count && p == NULL; i++)
		if (pose_shipped()->poses[i].frames_count >= 5)
			p = &pose_shipped()->poses[i];
	if (!ok(p != NULL, "a shipped pose of 5 key frames or more"))
		return;
	for (w = 0; w < (int)(sizeof widths / sizeof widths[0]); w++) {
		fp = open_memstream(&buf, &size);
		if (fp == NULL || pose_gallery(pose_shipped(), p->name,
		    widths[w], fp, stderr) != 0) {
			ok(0, "pose_gallery %s at %d", p->name, widths[w]);
			if (fp)
				fclose(fp);
			continue;
		}
		fclose(fp);
		per = (unsigned)(widths[w] - 2 + 2) / 38;
		per = per < 1 ? 1 : per;
		want_rows = (p->frames_count + per - 1) / per;
		/* the rows of numbers, each followed by its frames' rows */
		rows = got_frames = 0;
		f = 1;
		numbers_ok = ink_ok = fits = true;
		for (line = strtok_r(buf, "\n", &save); line != NULL;
		    line = strtok_r(NULL, "\n", &save)) {
			unsigned k, n = 0, v;
			int used = 0, j, r, ink[16] = { 0 };
			char *q = line;

			if (strspn(line, " 0123456789") != strlen(line) ||
			    strspn(line, " ") == strlen(line))
				continue;
			/* a row of frame numbers: f, f+1, ... */
			while (sscanf(q, "%u%n", &v, &used) == 1) {
				if (v != f + n)
					numbers_ok = false;
				n++;
				q += used;
			}
			rows++;
			/* the 16 rows under it: ink in each frame's slot */
			next = save;
			for (r = 0; r < 16 && next != NULL && *next; r++) {
				char *end = strchr(next, '\n');
				int len = end ? (int)(end - next) :
				    (int)strlen(next);

				/* ASCII here (no locale set): a byte a column */
				if (len > widths[w] && widths[w] >= 38)
					fits = false;
				for (j = 2; j < len; j++) {
					slot = (j - 2) / 38;
					if (next[j] != ' ' && slot < 16 &&
					    (j - 2) % 38 < 36)
						ink[slot] = 1;
				}
				next = end ? end + 1 : NULL;
			}
			for (k = 0; k < n; k++)
				ink_ok = ink_ok && ink[k];
			got_frames += n;
			f += n;
			if (n > per)
				fits = false;
		}
		free(buf);
		is_int((int)got_frames, (int)p->frames_count, "%s at %d columns: "
		    "every key frame is drawn, numbered", p->name, widths[w]);
		is_int((int)rows, (int)want_rows, "%s at %d columns: %u a row, "
		    "%u rows of frames", p->name, widths[w], per, want_rows);
		ok(numbers_ok && ink_ok, "%s at %d columns: in order, each one "
		    "inked", p->name, widths[w]);
		ok(fits, "%s at %d columns: no line wider", p->name, widths[w]);
	}
}

int
main(void)
{
	struct pose_lib *lib = NULL;
	struct pose_pt q[PT_COUNT], m[PT_COUNT];
	const struct pose *p;
	struct bc_error e;
	const char *path;
	char env[1100];
	unsigned i;

	srcdir = getenv("top_srcdir");
	if (srcdir == NULL)
		srcdir = BC_SRCDIR;
	if (mkdtemp(tmpdir) == NULL)
		return 1;
	snprintf(env, sizeof env, "%s", srcdir);
	setenv("BACKCOACH_DATADIR", env, 1);

	/* a small file: defaults, symmetry, inheritance, timing */
	path = write_file("good.yaml", good_pose);
	if (!ok(pose_load(path, &lib, &e) == 0, "a small pose file loads"))
		diag("%s:%u:%u: %s", e.file, e.line, e.column, e.msg);
	if (lib) {
		p = pose_find(lib, "stand");
		ok(p != NULL, "found by name");
		ok(pose_find(lib, "sit") == NULL, "an unknown name is not");
		is_str(pose_suggest(lib, "stnd"), "stand", "a near name is suggested");
		ok(pose_suggest(lib, "completely-else") == NULL, "a far one is not");
		ok(pose_moves(p), "two frames move");
		ok(p->period > 5.99 && p->period < 6.01, "a round is 2 + 4 s");
		pose_points(p, 0, false, q);
		ok(q[PT_R_HAND].x == 12 && q[PT_R_HAND].y == 46,
		    "symmetric: r-hand mirrors l-hand");
		ok(q[PT_SPINE].y == 32.5f, "spine defaults to half way");
		pose_points(p, 2, false, q);
		ok(q[PT_L_HAND].x == -20 && q[PT_R_HAND].x == 20,
		    "at 2 s the second frame, mirrored on the right");
		ok(q[PT_HEAD].x == 0 && q[PT_HEAD].y == 8,
		    "a point a frame leaves out keeps its place");
		pose_points(p, 1, false, q);
		ok(q[PT_L_HAND].x < -12 && q[PT_L_HAND].x > -20,
		    "half way between frames at 1 s");
		pose_points(p, 6, false, m);
		pose_points(p, 0, false, q);
		ok(memcmp(m, q, sizeof q) == 0, "a round later it starts again");
		pose_points(p, 1, true, m);
		pose_points(p, 1, false, q);
		ok(m[PT_L_HAND].x == p->x0 + p->x1 - q[PT_L_HAND].x,
		    "mirrored points flip about the box");
		is_int(p->fps, POSE_FPS, "a frame under 3 s: drawn at the full rate");
		p = pose_find(lib, "breath");
		ok(p && p->fps == POSE_FPS_SLOW &&
		    fabs(pose_next_change(p, 1.1) - (1.0 / POSE_FPS_SLOW - 0.1)) < 1e-9,
		    "frames of 4 and 6 s: a slow movement, %d frame(s) a second, "
		    "the next change on the frame's whole step", POSE_FPS_SLOW);
		p = pose_find(lib, "stand");
		is_int(pose_frame_time(p, 1.33) * p->fps + 0.5,
		    (int)(1.33 * p->fps), "drawn at whole frames");
		pose_lib_free(lib);
	}

	many_errors();
	bad_poses("frames left blank",
	    "poses:\n  - name: a\n    title: A\n    view: side\n    frames:\n",
	    5, 5, "'frames' is empty: a pose needs a frame");
	bad_poses("unknown point",
	    "poses:\n  - name: a\n    title: A\n    view: side\n    frames:\n"
	    "      - {head: [0, 8], elbw: [1, 2]}\n", 6, 24,
	    "unknown field 'elbw'");
	bad_poses("first frame short",
	    "poses:\n  - name: a\n    title: A\n    view: side\n    frames:\n"
	    "      - {head: [0, 8], neck: [0, 17]}\n", 6, 9, "needs 'pelvis'");
	bad_poses("duplicate name",
	    "poses:\n"
	    "  - name: a\n    title: A\n    view: side\n    frames:\n"
	    "      - {head: [0, 8], neck: [0, 17], pelvis: [0, 48], "
	    "l-elbow: [0, 30], l-hand: [0, 40], l-knee: [0, 60], "
	    "l-foot: [0, 80]}\n"
	    "  - name: a\n    title: A\n    view: side\n    frames:\n"
	    "      - {head: [0, 8]}\n", 7, 11, "already named");
	bad_poses("symmetric with r-",
	    "poses:\n  - name: a\n    title: A\n    view: back\n"
	    "    symmetric: true\n    frames:\n"
	    "      - {head: [0, 8], r-hand: [3, 3]}\n", 7, 32,
	    "symmetric pose gives only l- points");
	bad_poses("seconds out of range",
	    "poses:\n  - name: a\n    title: A\n    view: side\n    frames:\n"
	    "      - {head: [0, 8], neck: [0, 17], pelvis: [0, 48], "
	    "l-elbow: [0, 30], l-hand: [0, 40], l-knee: [0, 60], "
	    "l-foot: [0, 80], seconds: 99}\n", 6, 134, "'seconds' of a frame");
	bad_poses("coordinate out of range",
	    "poses:\n  - name: a\n    title: A\n    view: side\n    frames:\n"
	    "      - {head: [0, 800]}\n", 6, 20, "out of range");
	bad_poses("unknown prop",
	    "poses:\n  - name: a\n    title: A\n    view: side\n"
	    "    props:\n      - {kind: sofa, at: [0, 0]}\n    frames:\n"
	    "      - {head: [0, 8]}\n", 6, 16, "sofa");
	bad_poses("bad name",
	    "poses:\n  - name: A B\n    title: A\n    view: side\n    frames:\n"
	    "      - {head: [0, 8]}\n", 2, 11, "a pose name has");

	/* the shipped library */
	if (!ok(pose_shipped_load(&e) == 0, "the shipped poses load")) {
		diag("%s:%u:%u: %s", e.file, e.line, e.column, e.msg);
		return done_testing();
	}
	figure_field();
	shipped_steps();
	gallery();
	for (i = 0; i < pose_shipped()->poses_count; i++)
		each_pose(&pose_shipped()->poses[i]);
	pose_shipped_free();

	unlink(write_file("bad-poses.yaml", ""));
	unlink(write_file("fig.yaml", ""));
	unlink(write_file("good.yaml", ""));
	rmdir(tmpdir);
	return done_testing();
}
