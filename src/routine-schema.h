/*
 * routine-schema.h - libcyaml tables of the routine format that other
 * loaders share (painsrc.c names areas the same way).  Kept out of
 * routine.h so that users of the model need not see libcyaml.
 */
#ifndef BC_ROUTINE_SCHEMA_H
#define BC_ROUTINE_SCHEMA_H

#include <cyaml/cyaml.h>

#include "routine.h"

/* "neck" .. "lower-back" with values enum routine_area. */
extern const cyaml_strval_t routine_area_table[AREA_COUNT];

#endif
