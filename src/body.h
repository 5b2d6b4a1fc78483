/*
 * body.h - the body model: a person seen from behind and from the front
 * (head, neck, shoulders, arms to the hands, torso to the hips) as shapes
 * in one model coordinate system, the pain areas as regions of it, and the
 * drawing of a view onto a draw.h canvas at any size.
 *
 * Model coordinates are in head heights: y grows downwards from the top of
 * the head (0) to the hands (about 4.3); x is 0 on the spine, positive to
 * the viewer's right.  Every view is symmetric about x = 0.  From behind,
 * the viewer's right is the person's right; from the front, their left.
 */
#ifndef BC_BODY_H
#define BC_BODY_H

#include <stdbool.h>

#include "draw.h"

enum body_view { BODY_BACK, BODY_FRONT, BODY_VIEW_COUNT };

/* The box every view is drawn in. */
#define BODY_X0 (-1.85)
#define BODY_X1 1.85
#define BODY_Y0 0.0
#define BODY_Y1 4.4

/*
 * The inks body_draw() uses; a caller adds zones, trigger points and
 * markers with the others.  LINE pixels are body too (drawn hidden: the
 * grooves of spine and shoulder blades); OUTSIDE is the lower back, body
 * that backcoach does not cover.
 */
enum body_ink {
	BODY_INK_NONE,
	BODY_INK_SKIN,
	BODY_INK_LINE,
	BODY_INK_OUTSIDE,
	BODY_INK_AREA,		/* the highlighted area */
	BODY_INK_ZONE,		/* a referral zone (callers) */
	BODY_INK_POINT,		/* a trigger point (callers) */
	BODY_INK_MARK		/* a marker (callers) */
};
/* Every ink that is the body, for draw_canvas.mask. */
#define BODY_MASK (DRAW_MASK(BODY_INK_SKIN) | DRAW_MASK(BODY_INK_LINE) | \
	DRAW_MASK(BODY_INK_OUTSIDE) | DRAW_MASK(BODY_INK_AREA))

/* "back", "front"; and back (-1 if unknown). */
const char *body_view_name(enum body_view v);
int body_view_from_name(const char *s);

/* Fit the model box into the canvas (circles round on cells 1:2). */
void body_fit(struct draw_canvas *c);
/*
 * Clear the canvas and draw view v fitted into it: the body, its grooves,
 * the lower back as outside, and area (an enum routine_area, or -1) in
 * BODY_INK_AREA.  The drawing is symmetric to the pixel.
 */
void body_draw(struct draw_canvas *c, enum body_view v, int area);

/* Is the model point on the body (head to hands)? */
bool body_on(enum body_view v, double x, double y);
/*
 * The pain area (enum routine_area) of a point on the body, or -1 (head,
 * arms, chest, or off the body).  The lower back counts as its area.
 */
int body_area_at(enum body_view v, double x, double y);
/* A point in the middle of an area's region on the viewer's right; false if the view has none. */
bool body_area_centre(enum body_view v, int area, double *x, double *y);

#endif
