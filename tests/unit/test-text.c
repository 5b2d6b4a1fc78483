/* Unit tests of text.c: UTF-8 checks and control-character cleaning. */
#include <locale.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "text.h"

int
main(void)
{
	size_t at = 99;
	char s[64];

	setlocale(LC_ALL, "C.UTF-8");
	ok(text_valid_utf8("plain", 5, NULL), "ASCII is valid UTF-8");
	ok(text_valid_utf8("caf\xc3\xa9", 5, NULL), "two-byte sequence is valid");
	ok(!text_valid_utf8("ab\xc3(", 4, &at), "broken sequence is invalid");
	is_int(at, 2, "offset of the first bad byte");
	ok(!text_valid_utf8("\xc0\xaf", 2, NULL), "overlong form is invalid");
	ok(!text_valid_utf8("\xed\xa0\x80", 3, NULL), "surrogate is invalid");
	ok(!text_has_control("line one\nline two", NULL), "newline is allowed");
	ok(text_has_control("red \x1b[31m", &at), "ESC is a control");
	is_int(at, 4, "offset of ESC");
	ok(text_has_control("x\xc2\x9b" "31m", &at), "C1 CSI is a control");
	is_int(at, 1, "offset of C1");
	ok(text_has_control("tab\there", NULL), "tab is a control");
	{
		/* each invisible formatting character, and neighbours that are not */
		static const struct { const char *s; uint32_t cp; } inv[] = {
			{ "a\xd8\x9c", 0x061c }, { "a\xe2\x80\x8b", 0x200b },
			{ "a\xe2\x80\x8d", 0x200d }, { "a\xe2\x80\x8f", 0x200f },
			{ "a\xe2\x80\xa8", 0x2028 }, { "a\xe2\x80\xae", 0x202e },
			{ "a\xe2\x81\xa6", 0x2066 }, { "a\xe2\x81\xa9", 0x2069 },
			{ "a\xef\xbb\xbf", 0xfeff }, { "a\xef\xb7\x90", 0xfdd0 },
			{ "a\xef\xbf\xbe", 0xfffe }, { "a\xf4\x8f\xbf\xbf", 0x10ffff },
		};
		uint32_t cp = 0;
		size_t k;

		for (k = 0; k < sizeof inv / sizeof inv[0]; k++) {
			ok(text_has_invisible(inv[k].s, &at, &cp) && at == 1 &&
			    cp == inv[k].cp, "U+%04X is invisible", (unsigned)inv[k].cp);
		}
		ok(!text_has_invisible("caf\xc3\xa9 \xe2\x80\x94 \xe2\x80\x8a\xe2\x80\xaf"
		    "\xe2\x81\xa0\xef\xbf\xbd \xef\xb7\xb0", NULL, NULL),
		    "accents, dash, hair and narrow spaces, word joiner, U+FFFD, U+FDF0 are not");
	}
	strcpy(s, "a\x1b[2Jb\n\xc2\x9b");
	text_scrub(s, true);
	ok(strchr(s, 0x1b) == NULL && strstr(s, "\xc2\x9b") == NULL, "scrub removes ESC and C1");
	ok(strchr(s, '\n') != NULL, "scrub keeps newline when asked");
	text_scrub(s, false);
	ok(strchr(s, '\n') == NULL, "scrub removes newline otherwise");
	is_int(text_width("abc"), 3, "width of ASCII");
	is_int(text_width("\xe2\x96\x88\xe2\x96\x88"), 2, "width of two block characters");
	{
		char *buf = NULL;
		size_t n = 0;
		FILE *fp = open_memstream(&buf, &n);

		text_wrap_print(fp, "one two three four five six", 2, 14);
		text_wrap_print(fp, "caf\xc3\xa9 caf\xc3\xa9 caf\xc3\xa9\nnew", 0, 10);
		fclose(fp);
		/* width 14, indent 2: 12 columns of text per line */
		is_str(buf, "  one two\n  three four\n  five six\n"
		    "caf\xc3\xa9 caf\xc3\xa9\ncaf\xc3\xa9\nnew\n",
		    "wrap: words kept whole, indent on every line, width in columns, newline kept");
		free(buf);
	}
	{
		char buf[64];
		struct text_line l[8];
		int n, cols;
		size_t k;

		/* fit: whole characters only, widths counted in columns */
		k = text_fit("caf\xc3\xa9s", 6, 4, &cols);
		is_int(k, 5, "fit: 4 columns of 'caf\u00e9s' are 5 bytes (no half character)");
		is_int(cols, 4, "fit: and 4 columns");
		k = text_fit("\xe4\xb8\xad\xe6\x96\x87", 6, 3, &cols);
		is_int(k, 3, "fit: a wide character that does not fit is left out");
		is_int(cols, 2, "fit: two columns of a double-width character");
		is_int(text_width("a\xff" "b"), 3, "width: a byte that does not decode counts one column");
		is_int(text_width("\xe4\xb8\xad"), 2, "width: CJK is two columns");
		/* cut: an ellipsis only when something was left out */
		is_int(text_cut(buf, sizeof buf, "short", (size_t)-1, 10), 5, "cut: short text as it is");
		is_str(buf, "short", "cut: unchanged");
		is_int(text_cut(buf, sizeof buf, "a long title", (size_t)-1, 8), 7, "cut: 6 columns and the mark");
		is_str(buf, "a long\xe2\x80\xa6", "cut: cut at the width, trailing space dropped, ellipsis");
		text_cut(buf, sizeof buf, "two\nlines", (size_t)-1, 20);
		is_str(buf, "two lines", "cut: a newline becomes a space");
		ok(text_width(buf) <= 20, "cut: fits");
		/* wrap: at spaces; long words broken or kept */
		n = text_wrap("aaa bbb ccc", 7, true, l, 8);
		is_int(n, 2, "wrap: two lines");
		ok(l[0].n == 7 && strncmp(l[0].p, "aaa bbb", 7) == 0, "wrap: first line 'aaa bbb'");
		ok(l[1].n == 3 && strncmp(l[1].p, "ccc", 3) == 0, "wrap: second line 'ccc'");
		n = text_wrap("abcdefghij", 4, true, l, 8);
		is_int(n, 3, "wrap: a long word broken at the width (4+4+2)");
		n = text_wrap("abcdefghij x", 4, false, l, 8);
		ok(n == 2 && l[0].n == 10, "wrap: or kept whole on its own line");
		n = text_wrap("a\n\nb", 10, true, l, 8);
		ok(n == 3 && l[1].n == 0, "wrap: an empty line between paragraphs stays");
		n = text_wrap("one two three four", 3, true, l, 2);
		is_int(n, 2, "wrap: never more lines than asked");
		ok(text_glyphs_for(false)->ellipsis_cols == 3 &&
		    strcmp(text_glyphs_for(false)->ellipsis, "...") == 0,
		    "glyphs: ASCII ellipsis is three dots");
		ok(text_glyphs_for(true)->ellipsis_cols == (int)text_width(text_glyphs_for(true)->ellipsis),
		    "glyphs: the UTF-8 ellipsis is as wide as it says");
		setlocale(LC_ALL, "C");
		ok(!text_utf8(), "the C locale is not UTF-8");
		text_cut(buf, sizeof buf, "a long title", (size_t)-1, 8);
		is_str(buf, "a lon...", "cut: ASCII ellipsis in the C locale (5 + 3 columns)");
		ok(text_width(buf) <= 9, "cut in C: fits");
		setlocale(LC_ALL, "C.UTF-8");
		ok(text_utf8(), "C.UTF-8 is UTF-8");
	}
	return done_testing();
}
