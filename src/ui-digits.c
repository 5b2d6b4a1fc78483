/*
 * ui-digits.c - the big countdown: digits and a colon drawn from a 3x7
 * seven-segment font, each font pixel k*2 columns wide and k rows tall, in block
 * characters (or '#' in ASCII), so that a person two metres away can read
 * how long is left.
 */
#include <string.h>

#include "ui-priv.h"

#define FONT_H 7

/*
 * Seven-segment shapes, 3 font pixels wide: strokes as thick across as
 * down (a pixel is two columns wide and a row is about two columns
 * tall), and small enough that a countdown's change each second costs a
 * few dozen bytes of terminal output, not hundreds.
 */
static const char *const font[11][FONT_H] = {
	{ "###", "# #", "# #", "# #", "# #", "# #", "###" },
	{ "  #", "  #", "  #", "  #", "  #", "  #", "  #" },
	{ "###", "  #", "  #", "###", "#  ", "#  ", "###" },
	{ "###", "  #", "  #", "###", "  #", "  #", "###" },
	{ "# #", "# #", "# #", "###", "  #", "  #", "  #" },
	{ "###", "#  ", "#  ", "###", "  #", "  #", "###" },
	{ "###", "#  ", "#  ", "###", "# #", "# #", "###" },
	{ "###", "  #", "  #", "  #", "  #", "  #", "  #" },
	{ "###", "# #", "# #", "###", "# #", "# #", "###" },
	{ "###", "# #", "# #", "###", "  #", "  #", "###" },
	{ " ", " ", "#", " ", "#", " ", " " },	/* ':' */
};

static int
glyph(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c == ':')
		return 10;
	return -1;
}

int
ui_digits_height(int k)
{
	return FONT_H * k;
}

int
ui_digits_width(const char *txt, int k)
{
	int w = 0, g;
	const char *p;

	for (p = txt; *p != '\0'; p++) {
		if ((g = glyph(*p)) < 0)
			continue;
		if (w > 0)
			w += 2 * k;	/* the gap between glyphs */
		w += (int)strlen(font[g][0]) * 2 * k;
	}
	return w;
}

/*
 * light: a rest period, drawn in a lighter shade ('=' in ASCII) so it differs
 * from work even in monochrome.
 */
void
ui_digits_draw(int y, int x, const char *txt, int k, bool light, attr_t attr)
{
	const char *on = ui_utf8() ? (light ? "▓" : "█") : (light ? "=" : "#");
	const char *p;
	char line[1024];
	int g, row, col, rep, cx, n, fw;

	/*
	 * The whole box in the digits' attribute, the gaps between glyphs
	 * too: a row that changes goes out as one run, with no attribute
	 * switched off and on again at each gap (that was half the bytes
	 * of a countdown that changed colour).
	 */
	fw = ui_digits_width(txt, k);
	for (row = 0; row < FONT_H * k; row++)
		ui_fill(y + row, x, fw, attr);
	cx = x;
	for (p = txt; *p != '\0'; p++) {
		if ((g = glyph(*p)) < 0)
			continue;
		fw = (int)strlen(font[g][0]);
		for (row = 0; row < FONT_H * k; row++) {
			n = 0;
			for (col = 0; col < fw; col++) {
				for (rep = 0; rep < 2 * k; rep++) {
					if (font[g][row / k][col] == '#') {
						memcpy(line + n, on, strlen(on));
						n += (int)strlen(on);
					} else
						line[n++] = ' ';
				}
			}
			ui_putn(y + row, cx, fw * 2 * k, line, (size_t)n, attr);
		}
		cx += fw * 2 * k + 2 * k;
	}
}
