/*
 * routine.h - the routine model and its strict loader.
 *
 * A routine is one YAML file: metadata and a list of steps.  Loading goes
 * through the strict loader (yamlload.h) with a schema declared as data
 * (routine.c); every refusal is reported as FILE:LINE:COLUMN: message in a
 * struct bc_error.
 */
#ifndef BC_ROUTINE_H
#define BC_ROUTINE_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

/* Pain areas.  Bit positions in routine.areas (a flags field). */
enum routine_area {
	AREA_NECK,
	AREA_SHOULDERS,
	AREA_UPPER_BACK,
	AREA_MIDDLE_BACK,
	AREA_LOWER_BACK,
	AREA_COUNT
};

enum routine_kind { KIND_STRETCH, KIND_MASSAGE, KIND_MIXED, KIND_COUNT };
enum routine_level { LEVEL_GENTLE, LEVEL_MODERATE, LEVEL_FIRM, LEVEL_COUNT };

/* Equipment.  Bit positions in routine.equipment (a flags field). */
enum routine_equipment {
	EQUIP_NONE,
	EQUIP_CHAIR,
	EQUIP_WALL,
	EQUIP_DOORWAY,
	EQUIP_TOWEL,
	EQUIP_BALL,
	EQUIP_FOAM_ROLLER,
	EQUIP_MAT,
	EQUIP_PILLOW,
	EQUIP_COUNT
};

enum routine_sides { SIDES_NONE, SIDES_LEFT_RIGHT };

/* Limits of the format; the loader refuses anything outside them. */
#define ROUTINE_ID_MAX      64
#define ROUTINE_TEXT_MAX    4096	/* any text field, in bytes */
#define ROUTINE_STEPS_MAX   100
#define ROUTINE_SECONDS_MAX 3600
#define ROUTINE_REPS_MAX    20
#define ROUTINE_REST_MAX    600
#define ROUTINE_PREPARE_MAX 120

struct routine_step {
	char *name;
	uint32_t seconds;	/* 1..3600 */
	char *instructions;
	enum routine_sides sides;	/* default SIDES_NONE */
	uint32_t reps;		/* 1..20, default 1 */
	uint32_t rest;		/* 0..600 s between reps/sides, default 0 */
	uint32_t prepare;	/* 0..120 s to get into position before the
				 * first work segment, default 0 */
	char *figure;		/* the pose drawn for it (pose.h), or NULL */
};

struct routine {
	char *id;
	char *title;
	char *summary;
	uint32_t areas;		/* bit (1 << AREA_x) */
	enum routine_kind kind;
	enum routine_level level;	/* default LEVEL_GENTLE */
	uint32_t equipment;	/* bit (1 << EQUIP_x); 0 when absent */
	char *caution;
	struct routine_step *steps;
	unsigned steps_count;

	char *path;		/* the file it came from (not in the YAML) */
	unsigned id_line, id_col;	/* where the id is in that file */
};

/*
 * Figure names are known to the pose library (pose.c), which sets this
 * check: it returns 0 for a known name, else -1 with a message in why.
 * Without a check, any figure name is accepted.
 */
typedef int (*routine_figure_check_fn)(const char *name, char *why,
    size_t size);
void routine_set_figure_check(routine_figure_check_fn fn);

/* Is s a valid routine id: [a-z0-9-], 1..ROUTINE_ID_MAX characters? */
int routine_id_valid(const char *s);

/*
 * Load and validate one routine file.  On success returns 0 and sets *out
 * (free with routine_free).  On failure returns -1, *out is NULL and err
 * holds the file, line, column and message.
 */
int routine_load(const char *path, struct routine **out, struct bc_error *err);
/*
 * The same for validate: every error found goes into errs (yamlload.h), in
 * file order.  The structure is checked whole; when it holds, every rule
 * of the format is checked.
 */
struct yamlload_errors;
int routine_check_file(const char *path, struct routine **out,
    struct yamlload_errors *errs);
void routine_free(struct routine *r);

/* Planned length in seconds, with sides, reps and rests expanded. */
uint64_t routine_total_seconds(const struct routine *r);
/*
 * The same for one step: its prepare time, reps x sides x seconds, and the
 * rests between.
 */
uint64_t routine_step_seconds(const struct routine_step *st);

/*
 * Names as they appear in YAML ("upper-back"): for files, options and
 * machine output; and lookups by name (-1 if unknown).  The *_label
 * functions give the words shown to people, in their language ("upper
 * back", "oberer Rücken").
 */
const char *routine_area_name(enum routine_area a);
const char *routine_area_label(enum routine_area a);	/* "upper back" */
const char *routine_kind_name(enum routine_kind k);
const char *routine_kind_label(enum routine_kind k);
const char *routine_level_name(enum routine_level l);
const char *routine_level_label(enum routine_level l);
const char *routine_equipment_name(enum routine_equipment e);
const char *routine_equipment_label(enum routine_equipment e);
int routine_area_from_name(const char *s);
int routine_kind_from_name(const char *s);

#endif
