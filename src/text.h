/*
 * text.h - text that is safe to show: UTF-8 checks, control characters out.
 */
#ifndef BC_TEXT_H
#define BC_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Is s (n bytes) valid UTF-8?  On false, *bad is the offset of the first bad byte. */
bool text_valid_utf8(const char *s, size_t n, size_t *bad);
/*
 * Does s hold a control character other than newline: C0 (incl. ESC, but not
 * '\n'), DEL, or a C1 control (U+0080..U+009F)?  On true, *at is its offset.
 */
bool text_has_control(const char *s, size_t *at);
/* Replace every control character (as above, and '\n' too when !keep_nl) with '?' in place. */
void text_scrub(char *s, bool keep_nl);
/* Width in terminal columns of valid UTF-8 s (wcwidth per character, >= 0). */
size_t text_width(const char *s);
/* The same for the first n bytes of s. */
size_t text_width_n(const char *s, size_t n);

/* A duration as mm:ss, or h:mm:ss from an hour on: what every screen and list shows. */
void text_duration(char *buf, size_t size, unsigned long long seconds);

/*
 * Print s word-wrapped to width columns, every line indented by indent
 * spaces (the first too) and ended with '\n'.  A '\n' in s starts a new
 * line; a word longer than a line is printed whole.
 */
void text_wrap_print(FILE *fp, const char *s, int indent, int width);

#endif
