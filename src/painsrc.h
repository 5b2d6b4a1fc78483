/*
 * painsrc.h - where pain comes from: for each pain area, the muscles whose
 * trigger points commonly refer pain there, and the routines that work on
 * them.  Loaded from routines/pain-sources.yaml with the same strict loader.
 */
#ifndef BC_PAINSRC_H
#define BC_PAINSRC_H

#include "error.h"
#include "routine.h"

#define PAINSRC_FILE_NAME "pain-sources.yaml"

struct painsrc_muscle {
	char *name;		/* "upper trapezius" */
	char *refers;		/* where its trigger points send pain */
	char **routines;	/* routine ids that work on it */
	unsigned routines_count;
};

struct painsrc_area {
	enum routine_area area;
	char *note;		/* one or two sentences about pain here */
	struct painsrc_muscle *muscles;
	unsigned muscles_count;
};

struct painsrc {
	struct painsrc_area *areas;
	unsigned areas_count;
};

int painsrc_load(const char *path, struct painsrc **out, struct bc_error *err);
void painsrc_free(struct painsrc *p);
const struct painsrc_area *painsrc_find(const struct painsrc *p, enum routine_area a);

#endif
