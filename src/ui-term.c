/*
 * ui-term.c - the one owner of the terminal (as htop's CRT.c): curses
 * set-up and restore on every exit path, colours or monochrome, keeping
 * stderr off the screen, and the small drawing helpers every screen uses
 * (text clipped by display width, word wrap, bars).
 */
#define _XOPEN_SOURCE_EXTENDED 1
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

#include "text.h"
#include "ui-priv.h"
#include "i18n.h"
#include "xmalloc.h"

static bool up;			/* curses is running */
static SCREEN *scr;
static bool atexit_set;
static bool utf8;
static bool color;
static int saved_stderr = -1;
static FILE *err_file;		/* where stderr went while the screen was up */

enum { PAIR_WORK = 1, PAIR_REST, PAIR_READY, PAIR_PAUSED, PAIR_SELECT,
	PAIR_CAUTION, PAIR_TITLE };

/*
 * While curses owns the screen, anything written to stderr (libcanberra's
 * ALSA backend prints "ALSA lib ..." lines) would scribble over it: send
 * fd 2 to a temporary file and replay it after endwin.
 */
static void
stderr_hide(void)
{
	if (saved_stderr != -1)
		return;
	fflush(stderr);
	if ((err_file = tmpfile()) == NULL)
		return;
	saved_stderr = dup(2);
	if (saved_stderr == -1 || dup2(fileno(err_file), 2) == -1) {
		fclose(err_file);
		err_file = NULL;
		if (saved_stderr != -1)
			close(saved_stderr);
		saved_stderr = -1;
	}
}

static void
stderr_restore(void)
{
	char line[512];
	int n = 0;

	if (saved_stderr == -1)
		return;
	fflush(stderr);
	dup2(saved_stderr, 2);
	close(saved_stderr);
	saved_stderr = -1;
	rewind(err_file);
	/* replay what was said, minus the sound library's noise, at most 20 lines */
	while (fgets(line, sizeof line, err_file) != NULL && n < 20) {
		if (strncmp(line, "ALSA lib ", 9) == 0)
			continue;
		text_scrub(line, true);
		fputs(line, stderr);
		n++;
	}
	fclose(err_file);
	err_file = NULL;
}

static void
atexit_end(void)
{
	ui_term_end();
}

/*
 * Home and End as terminals send them whatever TERM says: tmux and screen
 * send ESC[1~ and ESC[4~ under a TERM=xterm-256color that names ESC OH
 * and ESC OF, rxvt ESC[7~ and ESC[8~.  Taught to ncurses where the
 * terminal description has nothing else on them.
 */
static const struct {
	const char *seq;
	int key;
} ui_term_extra[] = {
	{ "\033[1~", KEY_HOME }, { "\033[4~", KEY_END },
	{ "\033[7~", KEY_HOME }, { "\033[8~", KEY_END },
	{ "\033[H", KEY_HOME }, { "\033[F", KEY_END },
	{ "\033OH", KEY_HOME }, { "\033OF", KEY_END },
	{ "\033[5~", KEY_PPAGE }, { "\033[6~", KEY_NPAGE },
};

static void
ui_term_keys(void)
{
	for (size_t i = 0; i < sizeof ui_term_extra / sizeof ui_term_extra[0]; i++)
		if (key_defined(ui_term_extra[i].seq) == 0)
			define_key(ui_term_extra[i].seq, ui_term_extra[i].key);
}

int
ui_term_getch(void)
{
	int ch, next;

	for (;;) {
		if ((ch = getch()) != 27)
			return ch;
		/*
		 * ncurses has waited for the rest of a sequence it knows; what
		 * follows an ESC at once is a key it does not (Shift+F5,
		 * Ctrl+Home): read the whole sequence and drop it, rather than
		 * take it for Esc and a digit (the routine list went back to
		 * the picker and chose area 4).
		 */
		if ((next = getch()) == ERR)
			return 27;
		if (next == '[') {
			/* CSI: parameters and intermediates, then a final byte */
			while ((next = getch()) != ERR && (next < 0x40 || next > 0x7e))
				;
		} else if (next == 'O') {
			(void)getch();	/* SS3: one more byte */
		} else {
			/* ESC and a plain key (Alt+key): the key alone */
			ungetch(next);
			return 27;
		}
	}
}

int
ui_term_start(bool want_color)
{
	utf8 = text_utf8();
	if (!atexit_set) {
		atexit(atexit_end);
		atexit_set = true;
	}
	stderr_hide();
	if ((scr = newterm(NULL, stdout, stdin)) == NULL) {
		stderr_restore();
		fprintf(stderr, _("backcoach: cannot use the terminal '%s'\n"),
		    getenv("TERM") ? getenv("TERM") : "");
		return -1;
	}
	up = true;
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	nodelay(stdscr, TRUE);
	set_escdelay(25);
	ui_term_keys();
	/* no typeahead poll() at every refresh: the loop already polls */
	typeahead(-1);
	curs_set(0);
	color = false;
	/* main() has already turned want_color off for a non-empty NO_COLOR */
	if (want_color && has_colors()) {
		if (start_color() == OK) {
			color = true;
			use_default_colors();
			init_pair(PAIR_WORK, COLOR_GREEN, -1);
			init_pair(PAIR_REST, COLOR_CYAN, -1);
			init_pair(PAIR_READY, COLOR_YELLOW, -1);
			init_pair(PAIR_PAUSED, COLOR_MAGENTA, -1);
			init_pair(PAIR_SELECT, COLOR_BLACK, COLOR_CYAN);
			init_pair(PAIR_CAUTION, COLOR_RED, -1);
			init_pair(PAIR_TITLE, COLOR_CYAN, -1);
		}
	}
	return 0;
}

void
ui_term_end(void)
{
	if (up) {
		curs_set(1);
		endwin();
		delscreen(scr);
		scr = NULL;
		up = false;
	}
	stderr_restore();
}

void
ui_term_suspend(void)
{
	if (up) {
		curs_set(1);
		endwin();
	}
	stderr_restore();
}

void
ui_term_resume(void)
{
	stderr_hide();
	if (up) {
		refresh();
		curs_set(0);
		clearok(curscr, TRUE);
		ui_term_resize();
	}
}

/* We own SIGWINCH (sig.c), so curses does not see it: ask the tty. */
void
ui_term_resize(void)
{
	struct winsize ws;

	if (!up)
		return;
	if (ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 && ws.ws_col > 0)
		resizeterm(ws.ws_row, ws.ws_col);
	clearok(curscr, TRUE);
}

void
ui_term_mouse(bool on)
{
	static bool is_on;

	if (!up || on == is_on)
		return;
	is_on = on;
	mousemask(on ? BUTTON1_PRESSED | BUTTON1_CLICKED : 0, NULL);
	if (on)
		mouseinterval(0);
}

bool
ui_utf8(void)
{
	return utf8;
}

bool
ui_color(void)
{
	return color;
}

void
ui_beep(void *arg)
{
	(void)arg;
	if (up)
		beep();
	else
		(void)!write(1, "\a", 1);
}

bool
ui_too_small(void)
{
	return COLS < UI_MIN_COLS || LINES < UI_MIN_ROWS;
}

/*
 * Every role works in monochrome through bold, reverse, dim and underline;
 * colour is an addition on top, never the only difference.
 */
attr_t
ui_attr(enum ui_role role)
{
	static const attr_t mono[ROLE_COUNT] = {
		[ROLE_NORMAL] = A_NORMAL,
		[ROLE_TITLE] = A_BOLD,
		[ROLE_WORK] = A_BOLD,
		[ROLE_REST] = A_DIM,
		[ROLE_READY] = A_BOLD,
		[ROLE_PAUSED] = A_REVERSE | A_BOLD,
		[ROLE_SELECT] = A_REVERSE,
		[ROLE_CAUTION] = A_BOLD,
		[ROLE_DIM] = A_DIM,
		[ROLE_KEYS] = A_NORMAL,
	};
	static const short pairs[ROLE_COUNT] = {
		[ROLE_TITLE] = PAIR_TITLE,
		[ROLE_WORK] = PAIR_WORK,
		[ROLE_REST] = PAIR_REST,
		[ROLE_READY] = PAIR_READY,
		[ROLE_PAUSED] = PAIR_PAUSED,
		[ROLE_CAUTION] = PAIR_CAUTION,
	};

	if (role < 0 || role >= ROLE_COUNT)
		return A_NORMAL;
	if (color && pairs[role] != 0)
		return mono[role] | COLOR_PAIR(pairs[role]);
	return mono[role];
}

/*
 * Draw text clipped to maxw display columns.  Control characters (and bytes
 * that do not decode) become '?': nothing from a file can reach the terminal
 * as a control sequence.
 */
int
ui_putn(int y, int x, int maxw, const char *s, size_t n, attr_t attr)
{
	wchar_t buf[512];
	mbstate_t st;
	size_t i = 0, k = 0, len;
	int w = 0, cw;
	wchar_t wc;

	if (n == (size_t)-1)
		n = strlen(s);
	if (y < 0 || y >= LINES || x < 0 || x >= COLS || maxw <= 0)
		return 0;
	if (maxw > COLS - x)
		maxw = COLS - x;
	memset(&st, 0, sizeof st);
	while (i < n && k < sizeof buf / sizeof buf[0] - 1) {
		len = mbrtowc(&wc, s + i, n - i, &st);
		if (len == (size_t)-1 || len == (size_t)-2) {
			memset(&st, 0, sizeof st);
			wc = L'?';
			len = 1;
		} else if (len == 0) {
			break;
		}
		if (wc < 0x20 || wc == 0x7f || (wc >= 0x80 && wc < 0xa0))
			wc = L'?';
		cw = wcwidth(wc);
		if (cw < 0) {
			wc = L'?';
			cw = 1;
		}
		if (w + cw > maxw)
			break;
		buf[k++] = wc;
		w += cw;
		i += len;
	}
	buf[k] = 0;
	attr_set(attr, PAIR_NUMBER(attr), NULL);
	mvaddnwstr(y, x, buf, (int)k);
	attr_set(A_NORMAL, 0, NULL);
	return w;
}

int
ui_put(int y, int x, int maxw, const char *s, attr_t attr)
{
	return ui_putn(y, x, maxw, s, (size_t)-1, attr);
}

int
ui_put_cut(int y, int x, int maxw, const char *s, attr_t attr)
{
	char buf[1024];

	if (maxw > COLS - x)
		maxw = COLS - x;
	text_cut(buf, sizeof buf, s, (size_t)-1, maxw);
	return ui_put(y, x, maxw, buf, attr);
}

int
ui_printf(int y, int x, int maxw, attr_t attr, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	/* what does not fit ends in the mark, never cut without a word */
	return ui_put_cut(y, x, maxw, buf, attr);
}

void
ui_fill(int y, int x, int w, attr_t attr)
{
	if (y < 0 || y >= LINES)
		return;
	if (x < 0)
		x = 0;
	if (x + w > COLS)
		w = COLS - x;
	if (w <= 0)
		return;
	attr_set(attr, PAIR_NUMBER(attr), NULL);
	mvhline(y, x, ' ', w);
	attr_set(A_NORMAL, 0, NULL);
}

/*
 * A bar of w columns.  In UTF-8 each column has 8 sub-cells (the eighth
 * blocks), so it moves smoothly; in ASCII it is '#' on '-'.
 */
int
ui_bar(int y, int x, int w, uint64_t done, uint64_t total, attr_t attr)
{
	const struct text_glyphs *g = text_glyphs_for(utf8);
	int sub = utf8 ? 8 : 1;
	int cells = w * sub, fill, i;
	char buf[2048];
	size_t n = 0;

	if (w <= 0)
		return 0;
	if (total == 0)
		fill = cells;
	else
		fill = (int)((done >= total ? total : done) * (uint64_t)cells / total);
	for (i = 0; i < w && n + 8 < sizeof buf; i++) {
		int f = fill - i * sub;
		const char *c;

		if (f >= sub)
			c = g->block;
		else if (f > 0)
			c = g->hbar[f];
		else
			c = g->middot;
		memcpy(buf + n, c, strlen(c));
		n += strlen(c);
	}
	buf[n] = '\0';
	ui_put(y, x, w, buf, attr);
	return cells;
}

void
ui_fmt_mmss(char *buf, size_t size, uint64_t seconds)
{
	text_duration(buf, size, seconds);
}
