/*
 * text.c - the one text module: checks and cleaning of text that comes from
 * files (a routine can never send an escape sequence to the terminal),
 * display width, fitting, cutting with an ellipsis, word wrapping, and the
 * UTF-8/ASCII glyph sets.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <langinfo.h>
#include <wchar.h>

#include "text.h"

/* Length of the UTF-8 sequence at s, or 0 if it is not valid. */
static size_t
utf8_seq(const unsigned char *s, size_t n, uint32_t *cp)
{
	uint32_t c;
	size_t len, i;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		len = 2;
		c = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		len = 3;
		c = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		len = 4;
		c = s[0] & 0x07;
	} else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	/* overlong forms, surrogates, beyond U+10FFFF */
	if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
		return 0;
	*cp = c;
	return len;
}

bool
text_valid_utf8(const char *s, size_t n, size_t *bad)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, len;
	uint32_t cp;

	while (i < n) {
		if ((len = utf8_seq(u + i, n - i, &cp)) == 0) {
			if (bad)
				*bad = i;
			return false;
		}
		i += len;
	}
	return true;
}

static bool
is_control(uint32_t cp)
{
	return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f);
}

bool
text_has_control(const char *s, size_t *at)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, n = strlen(s), len;
	uint32_t cp;

	while (i < n) {
		if ((len = utf8_seq(u + i, n - i, &cp)) == 0)
			len = 1, cp = u[i];
		if (is_control(cp) && cp != '\n') {
			if (at)
				*at = i;
			return true;
		}
		i += len;
	}
	return false;
}

/*
 * Characters that change how text around them is shown while showing
 * nothing themselves: bidirectional controls, zero-width ones, the line
 * and paragraph separators, a byte-order mark inside text, noncharacters.
 */
static bool
is_invisible(uint32_t cp)
{
	return cp == 0x061c || (cp >= 0x200b && cp <= 0x200f) ||
	    (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) ||
	    cp == 0xfeff || (cp >= 0xfdd0 && cp <= 0xfdef) ||
	    (cp & 0xfffe) == 0xfffe;
}

bool
text_has_invisible(const char *s, size_t *at, uint32_t *cpp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, n = strlen(s), len;
	uint32_t cp;

	while (i < n) {
		if ((len = utf8_seq(u + i, n - i, &cp)) == 0)
			len = 1, cp = u[i];
		if (is_invisible(cp)) {
			if (at)
				*at = i;
			if (cpp)
				*cpp = cp;
			return true;
		}
		i += len;
	}
	return false;
}

void
text_scrub(char *s, bool keep_nl)
{
	unsigned char *u = (unsigned char *)s;
	size_t i = 0, n = strlen(s), len, k;
	uint32_t cp;

	while (i < n) {
		if ((len = utf8_seq(u + i, n - i, &cp)) == 0) {
			u[i++] = '?';
			continue;
		}
		if (is_control(cp) && !(keep_nl && cp == '\n')) {
			/* keep the length: a C1 control is two bytes */
			for (k = 0; k < len; k++)
				u[i + k] = '?';
			if (len == 2)
				u[i + 1] = '?';
		}
		i += len;
	}
}

bool
text_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);

	return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

size_t
text_fit(const char *s, size_t n, int width, int *cols)
{
	mbstate_t st;
	size_t i = 0, len;
	wchar_t wc;
	int w = 0, cw;

	memset(&st, 0, sizeof st);
	while (i < n) {
		len = mbrtowc(&wc, s + i, n - i, &st);
		if (len == (size_t)-1 || len == (size_t)-2 || len == 0) {
			memset(&st, 0, sizeof st);
			len = 1;
			cw = 1;
		} else if ((cw = wcwidth(wc)) < 0)
			cw = 1;
		if (width >= 0 && w + cw > width)
			break;
		w += cw;
		i += len;
	}
	if (cols != NULL)
		*cols = w;
	return i;
}

size_t
text_width_n(const char *s, size_t n)
{
	int w;

	text_fit(s, n, -1, &w);
	return (size_t)w;
}

size_t
text_width(const char *s)
{
	return text_width_n(s, strlen(s));
}

int
text_cut(char *buf, size_t size, const char *s, size_t n, int width)
{
	const struct text_glyphs *g = text_glyphs();
	size_t i, k;
	int w;

	if (size == 0)
		return 0;
	if (n == (size_t)-1)
		n = strlen(s);
	if (n >= size)
		n = size - 1;
	for (i = 0; i < n; i++)
		buf[i] = s[i] == '\n' ? ' ' : s[i];
	buf[n] = '\0';
	if (width < 0)
		width = 0;
	k = text_fit(buf, n, width, &w);
	if (k == n)
		return w;
	if (width <= g->ellipsis_cols) {
		/* no room for the mark: as much as fits */
		buf[k] = '\0';
		return w;
	}
	k = text_fit(buf, n, width - g->ellipsis_cols, &w);
	while (k > 0 && buf[k - 1] == ' ')
		k--, w--;
	if (k + strlen(g->ellipsis) >= size)
		k = size - 1 - strlen(g->ellipsis);
	memcpy(buf + k, g->ellipsis, strlen(g->ellipsis) + 1);
	return w + g->ellipsis_cols;
}

int
text_wrap(const char *s, int width, bool break_long, struct text_line *out,
    int max)
{
	int count = 0;
	const char *p = s, *eol, *start, *q, *brk;
	size_t take;

	if (width < 1)
		width = 1;
	while (count < max && *p != '\0') {
		if ((eol = strchr(p, '\n')) == NULL)
			eol = p + strlen(p);
		start = p;
		if (start == eol) {
			/* an empty line between paragraphs */
			out[count].p = start;
			out[count++].n = 0;
		}
		/* one paragraph: break at the last space that fits */
		while (start < eol && count < max) {
			if ((int)text_width_n(start, (size_t)(eol - start)) <= width) {
				out[count].p = start;
				out[count++].n = (size_t)(eol - start);
				break;
			}
			take = text_fit(start, (size_t)(eol - start), width, NULL);
			brk = NULL;
			for (q = start + take; q > start; q--)
				if (*q == ' ') {
					brk = q;
					break;
				}
			if (brk == NULL && !break_long) {
				/* the long word whole, on its own line */
				brk = start + strcspn(start, " \n");
				if (brk > eol)
					brk = eol;
			}
			if (brk == NULL)
				brk = start + (take > 0 ? take : 1);
			out[count].p = start;
			out[count++].n = (size_t)(brk - start);
			start = brk;
			while (start < eol && *start == ' ')
				start++;
		}
		if (*eol == '\0')
			break;
		p = eol + 1;
	}
	return count;
}

void
text_wrap_print(FILE *fp, const char *s, int indent, int width)
{
	struct text_line line[256];
	int avail, n, i, more = 1;

	avail = width > indent + 10 ? width - indent : 10;
	/* paragraphs at a time, so that any length of text is printed */
	while (more) {
		const char *rest;

		n = text_wrap(s, avail, false, line, 256);
		if (n == 0) {
			fputc('\n', fp);
			return;
		}
		for (i = 0; i < n; i++) {
			/* the indent only before a word: no line of bare spaces */
			if (line[i].n > 0)
				fprintf(fp, "%*s", indent, "");
			fwrite(line[i].p, 1, line[i].n, fp);
			fputc('\n', fp);
		}
		rest = line[n - 1].p + line[n - 1].n;
		while (*rest == ' ')
			rest++;
		if (*rest == '\n')
			rest++;
		more = n == 256 && *rest != '\0';
		s = rest;
	}
}

const struct text_glyphs *
text_glyphs_for(bool utf8)
{
	static const struct text_glyphs u = {
		.ellipsis = "\xe2\x80\xa6", .bullet = "\xe2\x80\xa2 ",
		.arrow = "\xe2\x86\x92", .star = "\xe2\x98\x85", .due = "\xc2\xbb",
		.middot = "\xc2\xb7", .block = "\xe2\x96\x88",
		.shade = "\xe2\x96\x93",
		.hbar = { "", "\xe2\x96\x8f", "\xe2\x96\x8e", "\xe2\x96\x8d",
		    "\xe2\x96\x8c", "\xe2\x96\x8b", "\xe2\x96\x8a", "\xe2\x96\x89" },
		.vbar = { "\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83",
		    "\xe2\x96\x84", "\xe2\x96\x85", "\xe2\x96\x86", "\xe2\x96\x87",
		    "\xe2\x96\x88" },
		.ellipsis_cols = 1, .utf8 = true,
	};
	static const struct text_glyphs a = {
		.ellipsis = "...", .bullet = "- ", .arrow = "->", .star = "*", .due = ">",
		.middot = "-", .block = "#", .shade = "=",
		.hbar = { "", "", "", "", "", "", "", "" },
		.vbar = { "", "", "", "#", "#", "#", "#", "#" },
		.ellipsis_cols = 3, .utf8 = false,
	};

	return utf8 ? &u : &a;
}

const struct text_glyphs *
text_glyphs(void)
{
	return text_glyphs_for(text_utf8());
}

void
text_duration(char *buf, size_t size, unsigned long long seconds)
{
	if (seconds >= 3600)
		snprintf(buf, size, "%llu:%02u:%02u", seconds / 3600,
		    (unsigned)(seconds / 60 % 60), (unsigned)(seconds % 60));
	else
		snprintf(buf, size, "%02u:%02u", (unsigned)(seconds / 60),
		    (unsigned)(seconds % 60));
}
