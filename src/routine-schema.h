/*
 * routine-schema.h - libcyaml tables of the routine format that other
 * loaders share (painsrc.c names areas the same way).  Kept out of
 * routine.h so that users of the model need not see libcyaml.
 */
#ifndef BC_ROUTINE_SCHEMA_H
#define BC_ROUTINE_SCHEMA_H

#include <stddef.h>

#include <cyaml/cyaml.h>

#include "routine.h"

/*
 * An unsigned integer field with its range _lo.._hi.  libcyaml ignores the
 * type-specific part of an integer's schema; yamlload.c reads the range
 * back from it (string.min, string.max) so that a value libcyaml refuses
 * itself (negative, too big for the type) is worded like every other
 * range error: "'-5' is out of range for rest (0 to 600)".  The format's
 * validation still checks the range (yamlload_check_uint).
 */
#define ROUTINE_FIELD_UINT_RANGE(_key, _flags, _structure, _member, _lo, _hi) \
{ \
	.key = _key, \
	.data_offset = offsetof(_structure, _member), \
	.value = { \
		CYAML_VALUE_UINT(((_flags) & (~CYAML_FLAG_POINTER)), \
		    (((_structure *)NULL)->_member)), \
		.string = { .min = (_lo), .max = (_hi) }, \
	}, \
}

/* "neck" .. "lower-back" with values enum routine_area. */
extern const cyaml_strval_t routine_area_table[AREA_COUNT];

#endif
