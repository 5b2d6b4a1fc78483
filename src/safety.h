/*
 * safety.h - the safety note shown before a person's first session, by the
 * screen and by plain mode alike.
 */
#ifndef BC_SAFETY_H
#define BC_SAFETY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct safety_para {
	const char *text;
	bool urgent;		/* an emergency: drawn as a caution */
};

extern const char safety_title[];
extern const struct safety_para safety_note[];
extern const size_t safety_note_count;

/* The note as plain text, paragraphs word-wrapped to width columns. */
void safety_print(FILE *fp, int width);

#endif
