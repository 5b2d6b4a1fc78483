/*
 * text.c - checks and cleaning of text that comes from files, so that a
 * routine can never send an escape sequence to the terminal.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
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

size_t
text_width_n(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, len, w = 0;
	uint32_t cp;
	int cw;

	while (i < n) {
		if ((len = utf8_seq(u + i, n - i, &cp)) == 0)
			len = 1, cp = '?';
		cw = wcwidth((wchar_t)cp);
		w += cw > 0 ? (size_t)cw : 0;
		i += len;
	}
	return w;
}

size_t
text_width(const char *s)
{
	return text_width_n(s, strlen(s));
}

void
text_wrap_print(FILE *fp, const char *s, int indent, int width)
{
	const char *p = s, *end;
	size_t col = 0, w, avail;

	avail = width > indent + 10 ? (size_t)(width - indent) : 10;
	while (*p != '\0') {
		if (*p == '\n') {
			fputc('\n', fp);
			col = 0;
			p++;
			continue;
		}
		if (*p == ' ') {
			p++;
			continue;
		}
		end = p + strcspn(p, " \n");
		w = text_width_n(p, (size_t)(end - p));
		if (col > 0 && col + 1 + w > avail) {
			fputc('\n', fp);
			col = 0;
		}
		/* the indent only before a word: no line of bare spaces */
		if (col == 0)
			fprintf(fp, "%*s", indent, "");
		else {
			fputc(' ', fp);
			col++;
		}
		fwrite(p, 1, (size_t)(end - p), fp);
		col += w;
		p = end;
	}
	if (col > 0 || p == s)
		fputc('\n', fp);
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
