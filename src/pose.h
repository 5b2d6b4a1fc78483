/*
 * pose.h - the figures shown for steps.  A pose is a small skeleton (head,
 * neck, spine, arms with hands, legs) placed by key points, seen from the
 * side, the front, the back or above, with the props the step uses (chair,
 * wall, doorway, floor mat, ball, foam roller, towel, pillow), and one or
 * more key frames: a hold has one, a movement passes through its frames in
 * a loop, eased between them, each frame taking its own seconds (so a breath
 * pace of 4 s in and 6 s out is two frames of 4 and 6 seconds).
 *
 * The poses are data, routines/poses.yaml, read with the strict loader.  A
 * pose is evaluated at a time into shapes in its own units (pose_shapes); the
 * drawing onto the shared canvas is pose_render (pose-render.c).
 */
#ifndef BC_POSE_H
#define BC_POSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "draw.h"
#include "error.h"

#define POSE_FILE_NAME   "poses.yaml"
#define POSE_NAME_MAX    48
#define POSE_MAX         200	/* poses in the file */
#define POSE_FRAMES_MAX  12
#define POSE_PROPS_MAX   8
#define POSE_COORD_MAX   200	/* |x| and |y| of any point, in pose units */
/*
 * Frames a second of a movement: one, on the countdown's second, so a
 * moving figure costs no wake-up of its own and its cells are sent once a
 * second (the screen's budget beside tty-clock: at 2 frames a second a
 * whole routine with figures sent 4.0x tty-clock's bytes, at 5 frames 4.6x).
 * The key frames are eased, so each second shows a new position.
 */
#define POSE_FPS         1
#define POSE_FPS_SLOW    1

enum pose_view { POSE_SIDE, POSE_FRONT, POSE_BACK, POSE_ABOVE, POSE_VIEW_COUNT };

/*
 * The key points.  In a front, back or top view l- is the figure's side on
 * the left of the screen; in a side view l- is the limb nearer the viewer.
 */
enum pose_point {
	PT_HEAD, PT_NOSE, PT_NECK, PT_SPINE, PT_PELVIS,
	PT_L_SHOULDER, PT_L_ELBOW, PT_L_HAND,
	PT_R_SHOULDER, PT_R_ELBOW, PT_R_HAND,
	PT_L_HIP, PT_L_KNEE, PT_L_FOOT,
	PT_R_HIP, PT_R_KNEE, PT_R_FOOT,
	PT_COUNT
};

enum pose_prop_kind {
	PROP_CHAIR, PROP_WALL, PROP_DOORWAY, PROP_MAT, PROP_BALL, PROP_ROLLER,
	PROP_TOWEL, PROP_PILLOW, PROP_COUNT
};

struct pose_pt {
	float x, y;		/* pose units; y grows downward */
};

struct pose_prop {
	enum pose_prop_kind kind;
	int *at;		/* [x, y]: see the manual for each kind */
	int *to;		/* [x, y] or NULL */
	int size;		/* radius, half width or thickness; 0: default */
};

struct pose_frame {
	int *pts[PT_COUNT];	/* [x, y], NULL when the frame does not say */
	float seconds;		/* on the way to the next frame; 0: default */

	struct pose_pt at[PT_COUNT];	/* resolved (not in the YAML) */
};

struct pose {
	char *name;
	char *title;		/* what it shows, in a few words */
	enum pose_view view;
	bool symmetric;		/* r- points mirror l- points about x = 0 */
	int *floor;		/* y of the floor, or NULL */
	struct pose_prop *props;
	unsigned props_count;
	struct pose_frame *frames;
	unsigned frames_count;

	/* resolved at load (not in the YAML) */
	bool has_nose;
	float period;		/* seconds of one loop; 0 for a hold */
	int fps;		/* frames a second it is drawn at when it moves */
	float x0, y0, x1, y1;	/* bounding box of every frame and prop */
};

struct pose_lib {
	struct pose *poses;
	unsigned poses_count;
};

/* One shape of a figure, in pose units. */
enum pose_shape_kind {
	SHAPE_DISC,		/* filled circle: a, r */
	SHAPE_CAPSULE,		/* filled: a to b, radius r */
	SHAPE_QUAD,		/* filled polygon: a, b, c, d */
	SHAPE_LINE,		/* a to b, one pixel wide */
	SHAPE_RING		/* circle outline: a, r */
};

struct pose_shape {
	enum pose_shape_kind kind;
	struct pose_pt a, b, c, d;
	float r;
	bool halo;		/* clear a pixel around it first (a limb in front) */
};

typedef void (*pose_emit_fn)(const struct pose_shape *s, void *ctx);

/*
 * Load and check a pose file.  Returns 0 and *out, or -1 with err at
 * FILE:LINE:COLUMN.
 */
int pose_load(const char *path, struct pose_lib **out, struct bc_error *err);
/* The same for `validate`: every error of the file into errs, in file order. */
struct yamlload_errors;
int pose_check_file(const char *path, struct pose_lib **out,
    struct yamlload_errors *errs);
void pose_lib_free(struct pose_lib *lib);

const struct pose *pose_find(const struct pose_lib *lib, const char *name);
/* The name nearest to name (for "did you mean"), or NULL if none is close. */
const char *pose_suggest(const struct pose_lib *lib, const char *name);

/*
 * The library every command uses: <data dir>/routines/poses.yaml, loaded
 * once by pose_shipped_load (which also makes routine_load check figure
 * names against it).  pose_shipped is NULL until then, when it failed, or
 * when the data directory has no pose file (not an error: no figures).
 */
int pose_shipped_load(struct bc_error *err);
const struct pose_lib *pose_shipped(void);
/* Why pose_shipped_load failed (not for a missing file), or NULL. */
const struct bc_error *pose_shipped_error(void);
void pose_shipped_free(void);

const char *pose_view_name(enum pose_view v);
const char *pose_prop_name(enum pose_prop_kind k);

/* Does it move (more than one frame)? */
bool pose_moves(const struct pose *p);
/*
 * The time the figure is drawn for at step time t (seconds since the step
 * began): t quantized to 1/p->fps for a movement (POSE_FPS, or
 * POSE_FPS_SLOW for a slow one such as a breath), 0 for a hold.  A
 * negative t names key frame -t and is kept as it is.
 */
double pose_frame_time(const struct pose *p, double t);
/* Seconds from t until the drawn figure may change; < 0: never (a hold). */
double pose_next_change(const struct pose *p, double t);

/* The key points at time t (seconds), mirrored about x = 0 if asked. */
void pose_points(const struct pose *p, double t, bool mirror,
    struct pose_pt out[PT_COUNT]);
/* The shapes of the figure and its props at time t, back to front. */
void pose_shapes(const struct pose *p, double t, bool mirror, pose_emit_fn fn,
    void *ctx);

/* --- on the canvas (pose-draw.c) --- */
#define POSE_INK_BODY 1		/* the figure */
#define POSE_INK_PROP 2		/* chair, wall, floor and the rest */

/*
 * Draw p as it is at step time t (pose_frame_time) on c, fitted to c,
 * mirrored for the right side of a left-right step.
 */
void pose_render(const struct pose *p, double t, bool mirror,
    struct draw_canvas *c);
/* Braille in a UTF-8 locale, else ASCII. */
enum draw_mode pose_draw_mode(void);
/*
 * p drawn into cols x rows cells and printed to fp, each row after indent
 * spaces, without the blank rows above and below the figure.
 */
void pose_print(const struct pose *p, double t, bool mirror, int indent,
    int cols, int rows, enum draw_mode mode, FILE *fp);
/*
 * `backcoach poses [NAME]`: every pose of lib (or the one named) with its
 * name and what it shows, every key frame of a movement, numbered, side
 * by side as many as width columns hold, in further rows for the rest.
 * Returns 0, or 64 with a message on err_fp for an unknown name.
 */
int pose_gallery(const struct pose_lib *lib, const char *name, int width,
    FILE *fp, FILE *err_fp);

#endif
