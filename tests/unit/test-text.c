/* Unit tests of text.c: UTF-8 checks and control-character cleaning. */
#include <locale.h>
#include <stdio.h>
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
	return done_testing();
}
