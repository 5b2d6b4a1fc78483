/*
 * error.c - errors that name the file, line and column.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "text.h"

void
bc_error_set(struct bc_error *e, const char *file, unsigned line,
    unsigned column, const char *fmt, ...)
{
	va_list ap;

	snprintf(e->file, sizeof e->file, "%s", file ? file : "");
	e->line = line;
	e->column = column;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
	/* messages quote file contents: never let them carry escapes */
	text_scrub(e->file, false);
	text_scrub(e->msg, false);
}

void
bc_error_print(const struct bc_error *e, FILE *fp)
{
	if (e->line > 0)
		fprintf(fp, "%s:%u:%u: %s\n", e->file, e->line,
		    e->column ? e->column : 1, e->msg);
	else
		fprintf(fp, "%s: %s\n", e->file, e->msg);
}
