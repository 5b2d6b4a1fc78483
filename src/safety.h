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
/*
 * Shown once ever: true when the mark file (safety-shown in the state
 * directory) is there, or when the log at log_path is (the note came
 * before that first session, when the log's absence was the only mark).
 */
bool safety_seen(const char *log_path);
/* Leave the mark (making the state directory if need be); 0 or -1. */
int safety_mark(void);

#endif
