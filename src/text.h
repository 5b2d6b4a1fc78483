/*
 * text.h - the one text module: text that is safe to show (UTF-8 checks,
 * control characters out), display width, fitting and cutting with an
 * ellipsis, word wrapping, durations, and the glyphs that differ between a
 * UTF-8 terminal and an ASCII one.  Every screen and every printed listing
 * measures and wraps text here; nothing here knows curses.
 */
#ifndef BC_TEXT_H
#define BC_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Is s (n bytes) valid UTF-8?  On false, *bad is the offset of the first bad byte. */
bool text_valid_utf8(const char *s, size_t n, size_t *bad);
/*
 * Does s hold a control character other than newline: C0 (incl. ESC, but not
 * '\n'), DEL, or a C1 control (U+0080..U+009F)?  On true, *at is its offset.
 */
bool text_has_control(const char *s, size_t *at);
/*
 * Does s hold an invisible formatting character: a bidirectional control
 * (U+061C, U+200E/F, U+202A..E, U+2066..9), a zero-width one (U+200B..D,
 * U+FEFF), a line or paragraph separator (U+2028/9), or a noncharacter
 * (U+FDD0..FDEF, U+xFFFE/F)?  On true, *at is its offset and *cp the
 * character (either may be NULL).
 */
bool text_has_invisible(const char *s, size_t *at, uint32_t *cp);
/* Replace every control character (as above, and '\n' too when !keep_nl) with '?' in place. */
void text_scrub(char *s, bool keep_nl);
/* Is the locale's character set UTF-8? */
bool text_utf8(void);

/*
 * Width in terminal columns of s, as the screen shows it: characters are
 * decoded in the locale; a byte that does not decode, or a control or
 * unprintable character, counts one column (it is shown as '?').
 */
size_t text_width(const char *s);
/* The same for the first n bytes of s. */
size_t text_width_n(const char *s, size_t n);
/*
 * The longest prefix of s[0..n) that fits in width columns (width < 0: no
 * limit): its length in bytes; its width in *cols (if not NULL).  Never
 * splits a character.
 */
size_t text_fit(const char *s, size_t n, int width, int *cols);
/*
 * s (n bytes, or all when n == (size_t)-1) on one line of at most width
 * columns, into buf: newlines become spaces, and when it is longer it is
 * cut and ends with the ellipsis (text_glyphs()->ellipsis).  Returns the
 * columns of the result.
 */
int text_cut(char *buf, size_t size, const char *s, size_t n, int width);

/* One line of wrapped text: n bytes at p (not NUL-terminated). */
struct text_line {
	const char *p;
	size_t n;
};
/*
 * Word-wrap s into lines of at most width columns, breaking at spaces; a
 * '\n' starts a new line (an empty line stays).  A word longer than a line
 * is broken at the width when break_long, else kept whole on its own line.
 * Returns the number of lines stored (<= max).
 */
int text_wrap(const char *s, int width, bool break_long, struct text_line *out,
    int max);

/* Glyphs that differ between a UTF-8 terminal and an ASCII one. */
struct text_glyphs {
	const char *ellipsis;		/* "…" or "..." */
	const char *bullet;		/* "• " or "- " */
	const char *arrow;		/* "→" or "->" */
	const char *star;		/* "★" or "*" */
	const char *due;		/* "»" or ">": due in the plan */
	const char *middot;		/* "·" or "-" */
	const char *block;		/* "█" or "#" */
	const char *shade;		/* "▓" or "=" */
	const char *hbar[8];		/* left eighths: [0] "", [1] "▏" .. [7] "▉" */
	const char *vbar[8];		/* lower eighths: [0] "▁" .. [7] "█" */
	int ellipsis_cols;
	bool utf8;
};
/* The glyphs for a UTF-8 terminal (utf8) or an ASCII one. */
const struct text_glyphs *text_glyphs_for(bool utf8);
/* The glyphs for the locale's character set. */
const struct text_glyphs *text_glyphs(void);

/* A duration as mm:ss, or h:mm:ss from an hour on: what every screen and list shows. */
void text_duration(char *buf, size_t size, unsigned long long seconds);

/*
 * Print s word-wrapped (text_wrap) to width columns, every line indented
 * by indent spaces (the first too) and ended with '\n'; at least 10
 * columns of text a line.  A word longer than a line is printed whole.
 */
void text_wrap_print(FILE *fp, const char *s, int indent, int width);

#endif
