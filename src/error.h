/*
 * error.h - one error with a place: FILE:LINE:COLUMN: message.
 */
#ifndef BC_ERROR_H
#define BC_ERROR_H

#include <stdio.h>

struct bc_error {
	char file[4096];
	unsigned line;		/* 1-based; 0 when unknown */
	unsigned column;	/* 1-based; 0 when unknown */
	char msg[512];
};

/* Fill an error (printf-style message). */
void bc_error_set(struct bc_error *e, const char *file, unsigned line,
    unsigned column, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Print "FILE:LINE:COLUMN: msg\n" (or "FILE: msg" without a place), one line. */
void bc_error_print(const struct bc_error *e, FILE *fp);

#endif
