/*
 * ui-run.c - the run screen: the session engine's state drawn large enough
 * to read from the floor (step, side, big countdown, bars), its keys, the
 * quit question, and the session's start and end (cues, log record).  The
 * clock and the rules stay in session.c; this file only asks and draws.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "routine.h"
#include "text.h"
#include "ui-priv.h"
#include "xmalloc.h"
#include "i18n.h"

/* The widest the instructions are wrapped, in columns. */
#define UI_RUN_TEXT_MAX 76

void
ui_run_begin(struct ui *u)
{
	u->pain_before_v = -1;
	u->pain_after_v = -1;
	u->pain_pending = false;
	u->pain_caution = false;
	if (u->app->settings.ask_pain) {
		u->pain_after = false;
		u->scr = SCR_PAIN;
	} else
		ui_run_start(u);
}

void
ui_run_start(struct ui *u)
{
	struct runner_opts ro;
	char *state;

	if (u->run == NULL) {
		memset(&ro, 0, sizeof ro);
		ro.ready_seconds = u->app->settings.ready_seconds;
		ro.cues.mode = u->app->cue_mode;
		ro.cues.voice = u->app->settings.voice;
		ro.cues.volume = (int)u->app->settings.volume;
		ro.cues.sounds_dir = u->app->sounds_dir;
		ro.cues.bell = ui_beep;
		ro.log_path = u->app->log_path;
		state = xstrdup(u->app->log_path);
		if (strrchr(state, '/') != NULL)
			*strrchr(state, '/') = '\0';
		ro.state_dir = state;
		u->run = runner_open(&ro);
		free(state);
	}
	if (runner_start(u->run, u->routine, u->pain_before_v) != 0) {
		u->exit_status = EXIT_SOFTWARE;
		u->done = true;
		return;
	}
	u->s = runner_session(u->run);
	u->s_over = false;
	u->logged = false;
	u->log_failed = false;
	u->confirm = false;
	u->notice[0] = '\0';
	u->notice_until = 0;
	u->scr = SCR_RUN;
	ui_run_tick(u);
}

bool
ui_run_tick(struct ui *u)
{
	bool any;

	if (u->s == NULL || u->s_over)
		return false;
	any = runner_tick(u->run);
	if (runner_over(u->run)) {
		u->s_over = true;
		ui_run_ended(u);
	}
	return any;
}

void
ui_run_ended(struct ui *u)
{
	u->confirm = false;
	u->info = false;
	if (u->help && u->scr == SCR_RUN)
		u->help = false;
	if (u->app->settings.ask_pain) {
		u->pain_after = true;
		u->scr = SCR_PAIN;
	} else {
		ui_run_log(u);
		ui_page_reset(u);
		u->scr = SCR_SUMMARY;
	}
}

void
ui_run_log(struct ui *u)
{
	if (u->logged || u->s == NULL)
		return;
	u->logged = true;
	u->log_err[0] = '\0';
	if (runner_log(u->run, u->pain_after_v, u->log_err,
	    sizeof u->log_err, u->log_line, sizeof u->log_line) < 0) {
		u->log_failed = true;
		u->log_line_pending = true;
		snprintf(u->notice, sizeof u->notice,
		    _("Could not write the log: %.200s"), u->log_err);
		u->notice_until = 0;
	}
}

/* A signal ends the program: whatever was going on is logged as abandoned. */
void
ui_run_abandon(struct ui *u)
{
	if (u->s == NULL || u->logged)
		return;
	if (!u->s_over) {
		u->s_over = true;
		u->pain_after_v = -1;
	}
	ui_run_log(u);
}

void
ui_run_pause_for_suspend(struct ui *u)
{
	if (u->s == NULL || u->s_over)
		return;
	runner_cmd(u->run, RUN_PAUSE_ONLY);
}

/*
 * The window became too small to show the run: pause, and let no box that
 * paused resume it on closing; Space resumes once it is big enough again.
 */
void
ui_run_pause_too_small(struct ui *u)
{
	if (u->scr != SCR_RUN)
		return;
	ui_run_pause_for_suspend(u);
	u->help_resume = u->info_resume = u->confirm_resume = false;
}

/*
 * The screen changes when the countdown does, and only then: it shows
 * whole seconds, and the bars are drawn from the same whole seconds
 * (shown_done below), so they move at most once a second whatever the
 * period's length.  The poll timeout is the time to that change: no
 * wake-up that draws nothing.
 */
int
ui_run_timeout(struct ui *u)
{
	uint64_t now, d;
	int f;

	if (u->scr != SCR_RUN || u->s == NULL || u->s_over ||
	    u->s->state != SESSION_RUNNING)
		return -1;
	now = clock_now();
	d = session_next_deadline(u->s, now);
	if (d == UINT64_MAX)
		return -1;
	d = d > now ? d - now : 0;
	d = clock_real_ms(d);	/* the same unless time is scaled for a test */
	if (d < 1)
		d = 1;
	/* a moving figure's next frame (ui-figure.c), during movement only */
	if ((f = ui_figure_timeout(u)) >= 0 && (uint64_t)f < d)
		d = (uint64_t)f;
	return d > 60000 ? 60000 : (int)d;
}

static const char *
side_text(enum session_side side)
{
	switch (side) {
	case SIDE_LEFT:
		/* TRANSLATORS: the side in a step's title, in capitals */
		return _("LEFT side");
	case SIDE_RIGHT:
		return _("RIGHT side");
	default:
		return NULL;
	}
}

/*
 * A byte that stands for a blank where a label must not be wrapped
 * ("- LEFT side", "- rep 1/2" stay on one row): run_label_put wraps at
 * the other blanks and draws it as a blank; unglue() before any other use.
 */
#define GLUE '\x1f'

/* The blanks of s from byte from on as GLUE. */
static void
glue(char *s, size_t from)
{
	size_t len = strlen(s);

	for (; from < len; from++)
		if (s[from] == ' ')
			s[from] = GLUE;
}

static void
unglue(char *s)
{
	for (; *s != '\0'; s++)
		if (*s == GLUE)
			*s = ' ';
}

/* "Name - LEFT side - rep 1/2" for a work segment, the side and the rep glued. */
static void
seg_title(const struct session *s, const struct session_seg *g, char *buf,
    size_t size)
{
	const struct routine_step *st = &s->routine->steps[g->step];
	const char *side = side_text(g->side);
	size_t n;

	n = (size_t)snprintf(buf, size, "%s", st->name);
	if (side != NULL && n < size) {
		snprintf(buf + n, size - n, " - %s", side);
		glue(buf, n + 1);
		n = strlen(buf);
	}
	if (g->reps > 1 && n < size) {
		/* TRANSLATORS: the repetition, of all: "rep 1/2" (keep it short) */
		snprintf(buf + n, size - n, _(" - rep %u/%u"), g->rep, g->reps);
		glue(buf, n + 1);
	}
}

/*
 * A label's text at (y, x), w columns wide: on one row when it fits, else
 * wrapped between words (not inside a glued side or rep) onto the free
 * row below it (the instructions start two rows under the label), which
 * has no step position at its right and goes on to column W - 3, starting
 * under the text or, where that is too narrow for the rest, at column 2;
 * what does not fit there either is cut with the mark, before the side
 * or the rep, which stay whole.  fill: the second row gets the label's reverse bar
 * from column 1 to W - 2 first.  Returns the rows used.
 */
static int
run_label_put(int y, int x, int w, const char *s, attr_t attr, int W,
    attr_t fill)
{
	struct text_line ln[3];
	char buf[600], t[800];
	const char *sfx = NULL, *rest, *p;
	int avail, sw;

	if (w <= 0)
		return 0;
	/* wrapped where GLUE does not hold the words together, then drawn with blanks */
	snprintf(t, sizeof t, "%s", s);
	if ((int)text_width(t) <= w || text_wrap(t, w, true, ln, 3) < 2) {
		unglue(t);
		ui_put(y, x, w, t, attr);
		return 1;
	}
	/* the glued side or rep at the end, kept whole when the rest is cut */
	if ((p = strrchr(t, ' ')) != NULL && strchr(p, GLUE) != NULL &&
	    p > ln[1].p)
		sfx = p + 1;
	unglue(t);
	ui_putn(y, x, w, ln[0].p, ln[0].n, attr);
	if (fill != A_NORMAL)
		ui_fill(y + 1, 1, W - 2, fill);
	/* under the text, or from the left where that is too narrow for it */
	rest = ln[1].p;
	if ((int)text_width(rest) > W - 2 - x && x > 2)
		x = 2;
	avail = W - 2 - x;
	if ((int)text_width(rest) > avail && sfx != NULL &&
	    (sw = (int)text_width(sfx)) + 1 + text_glyphs()->ellipsis_cols < avail) {
		text_cut(buf, sizeof buf, rest, (size_t)(sfx - 1 - rest),
		    avail - sw - 1);
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf), " %s", sfx);
	} else
		text_cut(buf, sizeof buf, rest, (size_t)-1, avail);
	ui_put(y + 1, x, avail, buf, attr);
	return 2;
}

/* Seconds shown for ms left: a countdown shows 1 until the very end. */
static uint64_t
shown_secs(uint64_t ms)
{
	return (ms + 999) / 1000;
}

/*
 * The run screen's boxes, computed from its size and what it has to show,
 * so that each part (and a figure beside the countdown, later) has its
 * own rectangle.  Rows from the top: the header (0), the label, the
 * instructions, the middle (the big countdown, or a box: quit question,
 * help, instructions); from the bottom: the keys, a notice, what is next,
 * the routine bar, the period bar, the PAUSED banner.
 */
struct run_box {
	int y, x, h, w;
};

struct run_layout {
	int label_y;
	struct run_box text;		/* the instructions: h lines shown */
	struct run_box mid;		/* between the text and the bars */
	struct run_box digits;		/* the countdown inside mid */
	int k;				/* its scale; 0: one line of text */
	/*
	 * What mid leaves free beside the countdown (w 0 when none): the
	 * place for a picture of the position.  To give it room, pass the
	 * width it wants as fig_w and the countdown is centred in the rest.
	 */
	struct run_box fig;
	int pause_y, bar_y, total_y, next_y, notice_y, keys_y;
	int bar_x, bar_w, bar_text_w;
};

/* The bars' labels, in the person's language. */
static const char *const bar_labels[] = {
	/* TRANSLATORS: the labels before the run screen's two bars: the
	   period's (a rest, the get-ready, a step's work) and the routine's;
	   short, the bars start after the longest */
	N_("rest"), N_("ready"), N_("step"), N_("total"),
};

static int
bar_label_w(void)
{
	int w = 0, n;
	size_t i;

	for (i = 0; i < sizeof bar_labels / sizeof bar_labels[0]; i++)
		if ((n = (int)text_width(_(bar_labels[i]))) > w)
			w = n;
	return w;
}

static void
run_layout(struct run_layout *L, int W, int H, int nlines, const char *big,
    int fig_w)
{
	int avail, ni, keep, k, dh, dw, room;

	memset(L, 0, sizeof *L);
	L->keys_y = H - 1;
	L->notice_y = H - 2;
	L->next_y = H - 3;
	L->total_y = H - 4;
	L->bar_y = H - 5;
	L->pause_y = H - 6;
	L->bar_text_w = 15;
	/* the bars' labels (ui_run_draw) and a blank: 8 in English */
	L->bar_x = 2 + bar_label_w();
	if (L->bar_x < 8)
		L->bar_x = 8;
	L->bar_w = W - L->bar_x - 1 - L->bar_text_w - 1;
	L->label_y = H >= 20 ? 2 : 1;

	/* instructions first two lines, then the digits, then more lines */
	avail = L->pause_y - (L->label_y + 2);
	L->text.y = L->label_y + 2;
	/* lines of about 76 columns read better than the width of a big window */
	L->text.w = W - 4 > UI_RUN_TEXT_MAX ? UI_RUN_TEXT_MAX : W - 4;
	L->text.x = (W - L->text.w) / 2;
	ni = nlines < 2 ? nlines : 2;
	if (ni > avail)
		ni = avail > 0 ? avail : 0;
	/*
	 * Two rows are kept for the text even when it has one line: a rest
	 * of one line after a step of two (or the get-ready's caution before
	 * a step of one) leaves the countdown and the figure where they
	 * were, where a shift of one row would redraw them whole.
	 */
	keep = avail < 2 ? (avail > 0 ? avail : 0) : 2;
	if (keep < ni)
		keep = ni;
	room = W - 2 - (fig_w > 0 ? fig_w + 2 : 0);
	for (k = 3; k >= 1; k--)
		if (ui_digits_height(k) + 1 <= avail - keep &&
		    ui_digits_width(big, k) <= room)
			break;
	dh = k >= 1 ? ui_digits_height(k) + 1 : 2;
	/* more instructions where the digits leave room, up to 6 lines */
	while (ni < nlines && ni < 6 && ni + dh < avail)
		ni++;
	L->text.h = ni;
	L->k = k;
	if (keep < ni)
		keep = ni;

	L->mid.y = L->text.y + keep + 1;
	L->mid.x = 1;
	L->mid.h = L->pause_y - L->mid.y;
	L->mid.w = W - 2;
	if (L->mid.h < 0)
		L->mid.h = 0;
	dh = k >= 1 ? ui_digits_height(k) : 1;
	dw = k >= 1 ? ui_digits_width(big, k) : 20;
	L->digits.h = dh;
	L->digits.w = dw;
	L->digits.y = L->mid.y + (L->mid.h - dh) / 2;
	L->digits.x = fig_w > 0 ? 1 + (room - dw) / 2 : (W - dw) / 2;
	if (L->digits.x < 1)
		L->digits.x = 1;
	/* the free part of mid, right of the countdown */
	L->fig.y = L->mid.y;
	L->fig.h = L->mid.h;
	L->fig.x = L->digits.x + dw + 2;
	L->fig.w = W - 1 - L->fig.x;
	if (L->fig.w < 0)
		L->fig.w = 0;
}

/*
 * The quit question in the place of the digits (rows y0..y1-1, which the
 * run screen leaves empty while it is up): a box of 5 rows when there is
 * room, 3 otherwise, every cell of it cleared.
 */
static void
confirm_draw(int y0, int y1)
{
	/* TRANSLATORS: y and n are the keys, they stay y and n */
	const char *q = _("End this session now? y/n");
	const char *k = _("y: end it now   n: go on");
	int w = (int)(text_width(k) > text_width(q) ? text_width(k) :
	    text_width(q)) + 6;
	int h = y1 - y0 >= 5 ? 5 : 3, y, i;

	if (w > COLS)
		w = COLS;
	y = y0 + (y1 - y0 - h) / 2;
	if (y + h > LINES - 1)
		y = LINES - 1 - h;
	if (y < 0)
		y = 0;
	for (i = 0; i < h; i++)
		ui_fill(y + i, (COLS - w) / 2, w, A_REVERSE);
	ui_put(y + 1, (COLS - w) / 2 + 3, w - 6, q, A_REVERSE | A_BOLD);
	if (h == 5)
		ui_put(y + 3, (COLS - w) / 2 + 3, w - 6, k, A_REVERSE);
}

/* "step 3 of 7", or "7 steps" before the first. */
static void
position_text(const struct session *s, const struct session_seg *g,
    char *buf, size_t size)
{
	unsigned n = session_steps_total(s);

	if (g->kind == SEG_READY)
		snprintf(buf, size, P_("%u step", "%u steps", n), n);
	else
		/* TRANSLATORS: at the right of the run screen's label line */
		snprintf(buf, size, _("step %u of %u"), g->step + 1, n);
}

void
ui_run_draw(struct ui *u)
{
	const struct session *s = u->s;
	const struct session_seg *g = session_current(s), *nx;
	const struct routine_step *st;
	struct ui_line lines[64];
	struct run_layout L;
	char title[600], big[16], left[64], pos[64], caution[1200], label[700];
	uint64_t now = clock_now(), rem, len, done, cut, at, ahead;
	int H = LINES, W = COLS, y, nl, nc, x, pw, hw;
	bool paused = s->state == SESSION_PAUSED;
	bool muted = u->run != NULL && runner_muted(u->run), ccut = false;
	attr_t role, a;
	const char *instr;
	const struct pose *fig = NULL;
	double fig_t = 0;
	bool fig_mirror = false;

	if (g == NULL)
		return;
	/* the cursor is hidden: no move to park it after each frame */
	leaveok(stdscr, TRUE);
	st = &s->routine->steps[g->step];
	role = g->kind == SEG_WORK ? ui_attr(ROLE_WORK) :
	    g->kind == SEG_REST ? ui_attr(ROLE_REST) : ui_attr(ROLE_READY);

	/*
	 * Everything that moves is drawn from the whole seconds the countdown
	 * shows, so the screen changes once a second and no more.
	 */
	len = session_seg_length(s);
	rem = shown_secs(session_seg_remaining(s, now)) * 1000;
	if (rem > len)
		rem = len;
	done = len - rem;
	/* the part of this second not shown yet, taken back from the position */
	cut = session_seg_elapsed(s, now) > done ?
	    session_seg_elapsed(s, now) - done : 0;
	if (g->kind == SEG_READY)
		cut = 0;
	at = session_position(s, now) - cut;
	ahead = session_left(s, now) + cut;
	text_duration(big, sizeof big, rem / 1000);

	/* header: routine, and the states a person must not miss */
	x = W - 1;
	if (paused) {
		/* TRANSLATORS: in the header, with its blanks on both sides */
		hw = (int)text_width(_(" PAUSED "));
		x -= hw;
		ui_put(0, x, hw, _(" PAUSED "), ui_attr(ROLE_PAUSED));
	}
	if (muted) {
		/* TRANSLATORS: in the header: the sounds are off */
		hw = (int)text_width(_("muted"));
		x -= hw + 2;
		ui_put(0, x, hw, _("muted"), A_REVERSE);
	}
	ui_put_cut(0, 1, x - 2, s->routine->title, ui_attr(ROLE_TITLE));

	/* the label: what to do now, and where in the routine it is */
	L.label_y = H >= 20 ? 2 : 1;
	position_text(s, g, pos, sizeof pos);
	pw = (int)text_width(pos);
	if (g->kind == SEG_WORK) {
		seg_title(s, g, title, sizeof title);
		run_label_put(L.label_y, 2, W - 6 - pw, title, role | A_BOLD, W,
		    A_NORMAL);
		ui_put(L.label_y, W - 2 - pw, pw, pos, role);
		instr = st->instructions;
	} else {
		/* a step's prepare time is a rest spent getting into its position */
		const char *what = g->kind == SEG_READY ? _("Get ready") :
		    g->prepare ? _("GET INTO POSITION") : _("REST");
		int lw = (int)text_width(what) + 2;

		nx = session_next_work(s);
		ui_fill(L.label_y, 1, W - 2, A_REVERSE | role);
		ui_put(L.label_y, 2, lw, what, A_REVERSE | A_BOLD | role);
		if (nx != NULL) {
			/* the get-ready names the step; its side comes with it */
			if (g->kind == SEG_READY)
				snprintf(title, sizeof title, "%s",
				    s->routine->steps[nx->step].name);
			else
				seg_title(s, nx, title, sizeof title);
			snprintf(label, sizeof label, g->kind == SEG_READY ?
			    /* TRANSLATORS: %s is the first step's name */
			    _("first: %s") : g->prepare ?
			    /* TRANSLATORS: %s is the step to get in position for */
			    _("for: %s") :
			    /* TRANSLATORS: %s is the coming step (its side, its rep) */
			    _("next: %s"), title);
			run_label_put(L.label_y, 2 + lw, W - 6 - lw - pw, label,
			    A_REVERSE | role, W, A_REVERSE | role);
		}
		ui_put(L.label_y, W - 2 - pw, pw, pos, A_REVERSE | role);
		instr = (g->prepare || g->kind == SEG_READY) && nx != NULL ?
		    s->routine->steps[nx->step].instructions :
		    _("Relax, breathe out slowly, let the shoulders drop.");
	}

	/*
	 * The wait before the first step says the routine's caution first,
	 * as the routine view does (`run ID` does not pass through it).
	 */
	nc = 0;
	if (s->cur == 0 && g->kind != SEG_WORK) {
		snprintf(caution, sizeof caution, _("Caution: %s"),
		    s->routine->caution);
		nc = ui_wrap(caution, W - 4 > UI_RUN_TEXT_MAX ?
		    UI_RUN_TEXT_MAX : W - 4, lines, 8);
		/* at most 4 lines of it; the routine view has it whole */
		if (nc > 4) {
			nc = 4;
			ccut = true;
		}
	}
	nl = nc + ui_wrap(instr, W - 4 > UI_RUN_TEXT_MAX ? UI_RUN_TEXT_MAX :
	    W - 4, lines + nc, 64 - nc);
	/*
	 * The figure (ui-figure.c) beside the countdown: as tall as the
	 * middle, if the digits can stay as large as they would be without
	 * it (or at least at scale 2, as at 80x24); else in the room the
	 * digits leave; else none: it goes before the digits shrink.  The
	 * box is the one the routine's widest figure wants, the figure
	 * centred in it.
	 */
	run_layout(&L, W, H, nl, big, 0);
	if (L.mid.h < UI_FIGURE_MIN_ROWS)
		fig = NULL;
	else if (ui_figure_now(u, now, &fig, &fig_t, &fig_mirror)) {
		int k0 = L.k, kmin = L.k < 2 ? L.k : 2;
		/* the widest of the routine's: the digits stay put from step to step */
		int fw = ui_figure_cols_widest(s->routine, L.mid.h);
		int free = W - 2 - L.digits.w - 2;

		if (fw > W / 2)
			fw = W / 2;
		if (fw >= UI_FIGURE_MIN_COLS)
			run_layout(&L, W, H, nl, big, fw);
		if (fw < UI_FIGURE_MIN_COLS || L.k < kmin) {
			fw = free < fw ? free : fw;
			run_layout(&L, W, H, nl, big,
			    fw >= UI_FIGURE_MIN_COLS ? fw : 0);
			if (fw < UI_FIGURE_MIN_COLS || L.k < k0) {
				run_layout(&L, W, H, nl, big, 0);
				fig = NULL;
			}
		}
	}
	for (y = 0; y < L.text.h; y++) {
		a = y < nc ? ui_attr(ROLE_CAUTION) :
		    g->kind == SEG_WORK ? A_NORMAL : A_DIM;
		/*
		 * cut short (the caution after 4 lines, or the text where the
		 * rows end): the last line says where the rest is, i's box
		 */
		if ((ccut && y == nc - 1) || (y == L.text.h - 1 && L.text.h < nl)) {
			/* TRANSLATORS: i is the key; keep it about this short */
			const char *more = _(" ... (i: all)");
			int mw = (int)text_width(more);

			size_t k = text_fit(lines[y].p, lines[y].n,
			    L.text.w - mw, NULL), w = k;

			/* cut between words, where the line has a space */
			while (w > 0 && w < lines[y].n && lines[y].p[w] != ' ')
				w--;
			x = L.text.x + ui_putn(L.text.y + y, L.text.x,
			    L.text.w - mw, lines[y].p, w > 0 ? w : k, a);
			ui_put(L.text.y + y, x, mw, more, A_DIM);
		} else
			ui_putn(L.text.y + y, L.text.x, L.text.w, lines[y].p,
			    lines[y].n, a);
	}

	/* the big countdown, centred in the middle */
	a = role | (paused ? A_DIM : A_BOLD);
	if (u->confirm || u->help || u->info) {
		/*
		 * A box is up: it gets the digits' place whole, rather than
		 * cover some rows of the digits and leave the rest half drawn.
		 */
		if (u->confirm)
			confirm_draw(L.mid.y, L.pause_y);
	} else if (L.k >= 1) {
		ui_digits_draw(L.digits.y, L.digits.x, big, L.k,
		    g->kind != SEG_WORK, a);
	} else {
		/* TRANSLATORS: %s is the time left: "0:25 left", "0:10 rest" */
		ui_printf(L.digits.y, L.digits.x, L.digits.w, a,
		    g->kind == SEG_REST ? _("%s rest") : _("%s left"), big);
	}
	if (fig != NULL && !u->confirm && !u->help && !u->info)
		ui_figure_draw(fig, fig_t, fig_mirror, L.fig.y, L.fig.x,
		    L.fig.h, L.fig.w);
	else
		ui_figure_forget();
	if (paused && !u->confirm && !u->help && !u->info) {
		/* TRANSLATORS: Space is the key's name, it stays */
		const char *p = _("PAUSED - press Space to go on");
		int bw = (int)text_width(p) + 4;

		if (bw > W - 2)
			bw = W - 2;
		ui_fill(L.pause_y, (W - bw) / 2, bw, ui_attr(ROLE_PAUSED));
		ui_put_cut(L.pause_y, (W - bw) / 2 + 2, bw - 4, p, ui_attr(ROLE_PAUSED));
	}

	/* bars: this period, then the routine by position (a skip moves it) */
	snprintf(left, sizeof left, _("%s left"), big);
	ui_put(L.bar_y, 1, L.bar_x - 2, _(bar_labels[g->kind == SEG_REST ? 0 :
	    g->kind == SEG_READY ? 1 : 2]), A_NORMAL);
	ui_bar(L.bar_y, L.bar_x, L.bar_w, done, len, role);
	ui_put_cut(L.bar_y, L.bar_x + L.bar_w + 1, L.bar_text_w, left, A_NORMAL);
	ui_put(L.total_y, 1, L.bar_x - 2, _(bar_labels[3]), A_NORMAL);
	ui_bar(L.total_y, L.bar_x, L.bar_w, at, at + ahead, A_NORMAL);
	text_duration(big, sizeof big, ahead / 1000);
	snprintf(left, sizeof left, _("%s left"), big);
	ui_put_cut(L.total_y, L.bar_x + L.bar_w + 1, L.bar_text_w, left, A_NORMAL);

	/* what comes next (a rest and a get-ready say it in their label) */
	if (g->kind == SEG_WORK) {
		if ((nx = session_next_work(s)) != NULL) {
			seg_title(s, nx, title, sizeof title);
			unglue(title);
			snprintf(label, sizeof label, _("next: %s"), title);
			ui_put_cut(L.next_y, 1, W - 2, label, A_NORMAL);
		} else
			ui_put(L.next_y, 1, W - 2, _("next: done"), A_NORMAL);
	}
	if (u->notice[0] != '\0')
		ui_put_cut(L.notice_y, 1, W - 2, u->notice, ui_attr(ROLE_CAUTION));
	ui_put(L.keys_y, 1, W - 2, ui_keys_line(SCR_RUN), ui_attr(ROLE_KEYS));
}

void
ui_run_key(struct ui *u, int ch)
{
	if (u->s_over)
		return;
	switch (ui_key_action(SCR_RUN, ch)) {
	case ACT_PAUSE:
		/* not while the window is too small to show the run */
		if (ui_too_small() && u->s->state == SESSION_PAUSED)
			return;
		runner_cmd(u->run, RUN_PAUSE);
		break;
	case ACT_SKIP:
		runner_cmd(u->run, RUN_NEXT);
		break;
	case ACT_SKIP_STEP:
		runner_cmd(u->run, RUN_NEXT_STEP);
		break;
	case ACT_PREV:
		runner_cmd(u->run, RUN_BACK);
		break;
	case ACT_EXTEND:
		runner_cmd(u->run, RUN_EXTEND);
		break;
	case ACT_MUTE:
		runner_cmd(u->run, RUN_MUTE);
		break;
	case ACT_QUIT:
		/* the time stops while the question is up: nothing is missed */
		u->confirm = true;
		u->confirm_resume = u->s->state == SESSION_RUNNING;
		runner_cmd(u->run, RUN_PAUSE_ONLY);
		break;
	case ACT_HELP:
		u->help = true;
		u->help_resume = u->s->state == SESSION_RUNNING;
		runner_cmd(u->run, RUN_PAUSE_ONLY);
		break;
	case ACT_INFO:
		/* as the help: the time stops while the person reads */
		u->info = true;
		u->info_top = 0;
		u->info_resume = u->s->state == SESSION_RUNNING;
		runner_cmd(u->run, RUN_PAUSE_ONLY);
		break;
	default:
		return;
	}
	ui_run_tick(u);
}

/* The step whose instructions the run screen shows now. */
static const struct routine_step *
shown_step(const struct session *s, const struct session_seg *g)
{
	const struct session_seg *nx;

	if (g->kind == SEG_READY)
		return &s->routine->steps[0];
	if (g->kind == SEG_REST && (nx = session_next_work(s)) != NULL)
		return &s->routine->steps[nx->step];
	return &s->routine->steps[g->step];
}

/*
 * The box of what the screen under it may show only in part: the step's
 * whole instructions on the run screen, after the routine's caution in
 * the wait before the first step (the screen cuts it there too); the
 * routine's caution on the question before a session.
 */
void
ui_run_info_draw(struct ui *u)
{
	const struct session_seg *g;
	const struct routine_step *st;
	const struct routine *r;
	struct ui_line *lines;
	attr_t *la;
	bool with_caution;
	const char *foot, *name, *text = NULL;
	char pos[64], *caution = NULL;
	int bw, bh, tw, n = 0, nc = 0, shown, y0, x0, y, pw = 0;
	size_t max;

	if (u->scr == SCR_PAIN) {
		r = u->routine;
		name = r->title;
		with_caution = true;
	} else {
		if (u->s == NULL || (g = session_current(u->s)) == NULL)
			return;
		r = u->s->routine;
		st = shown_step(u->s, g);
		name = st->name;
		text = st->instructions;
		/* as on the screen: in the wait before the first step */
		with_caution = u->s->cur == 0 && g->kind != SEG_WORK;
	}
	if (with_caution)
		/* TRANSLATORS: %s is the routine's caution */
		xasprintf(&caution, _("Caution: %s"), r->caution);
	bw = COLS - 4 < 80 ? COLS - 4 : 80;
	tw = bw - 4;
	/* every line there is: each takes at least a byte or a newline */
	max = (caution != NULL ? strlen(caution) + 2 : 0) +
	    (text != NULL ? strlen(text) : 0) + 1;
	lines = xcalloc(max, sizeof *lines);
	la = xcalloc(max, sizeof *la);
	if (caution != NULL) {
		nc = ui_wrap(caution, tw, lines, (int)max);
		for (n = 0; n < nc; n++)
			la[n] = A_REVERSE | A_BOLD;
		if (text != NULL) {
			lines[n].p = "";
			lines[n].n = 0;
			la[n++] = A_REVERSE;
		}
	}
	if (text != NULL) {
		int m = ui_wrap(text, tw, lines + n, (int)max - n), i;

		for (i = 0; i < m; i++)
			la[n + i] = A_REVERSE;
		n += m;
	}
	/* the name, a blank row, the text, a blank row, the keys */
	bh = n + 4;
	if (bh > LINES - 2)
		bh = LINES - 2;
	shown = bh - 4 < n ? bh - 4 : n;
	u->info_page = shown;
	u->info_max = n - shown;
	if (u->info_top > u->info_max)
		u->info_top = u->info_max;
	if (u->info_top < 0)
		u->info_top = 0;
	y0 = (LINES - bh) / 2;
	x0 = (COLS - bw) / 2;
	/*
	 * The box's rows are cleared from edge to edge: no end of a word of
	 * the run screen ("step", "total", "next") is left beside it.
	 */
	for (y = 0; y < bh; y++) {
		ui_fill(y0 + y, 0, COLS, A_NORMAL);
		ui_fill(y0 + y, x0, bw, A_REVERSE);
	}
	if (u->info_max > 0) {
		/* which lines these are, at the right of the name */
		snprintf(pos, sizeof pos, "%d-%d/%d", u->info_top + 1,
		    u->info_top + shown, n);
		pw = (int)strlen(pos);
		ui_put(y0, x0 + 2 + tw - pw, pw, pos, A_REVERSE);
		pw++;
	}
	ui_put_cut(y0, x0 + 2, tw - pw, name, A_REVERSE | A_BOLD);
	for (y = 0; y < shown; y++)
		ui_putn(y0 + 2 + y, x0 + 2, tw, lines[u->info_top + y].p,
		    lines[u->info_top + y].n, la[u->info_top + y]);
	if (u->info_max == 0)
		foot = _("any key closes");
	else if ((int)text_width(_("Up/Down/PgUp/PgDn scroll, other keys "
	    "close")) <= tw)
		foot = _("Up/Down/PgUp/PgDn scroll, other keys close");
	else
		foot = _("Up/Down scroll, other keys close");
	ui_put(y0 + bh - 1, x0 + 2, tw, foot, A_REVERSE | A_DIM);
	free(lines);
	free(la);
	free(caution);
}

void
ui_run_info_key(struct ui *u, int ch)
{
	int page = u->info_page > 1 ? u->info_page - 1 : 1;
	enum ui_act act = ui_key_action(SCR_INFO, ch);

	/* when it all fits, the box says "any key closes", and so it is */
	if (u->info_max == 0)
		act = ACT_NONE;
	switch (act) {
	case ACT_UP:
		u->info_top--;
		break;
	case ACT_DOWN:
		u->info_top++;
		break;
	case ACT_PGUP:
		u->info_top -= page;
		break;
	case ACT_PGDN:
		u->info_top += page;
		break;
	case ACT_HOME:
		u->info_top = 0;
		break;
	case ACT_END:
		/* the draw clamps it to the last page */
		u->info_top = INT_MAX / 2;
		break;
	default:
		u->info = false;
		return;
	}
	if (u->info_top < 0)
		u->info_top = 0;
	/* past the end: stay on the last page */
	if (u->info_top > u->info_max)
		u->info_top = u->info_max;
}


void
ui_confirm_key(struct ui *u, int ch)
{
	switch (ui_key_action(SCR_CONFIRM, ch)) {
	case ACT_YES:
		u->confirm = false;
		runner_cmd(u->run, RUN_QUIT);
		break;
	case ACT_NO:
		u->confirm = false;
		if (u->confirm_resume)
			runner_cmd(u->run, RUN_RESUME);
		break;
	default:
		return;
	}
	ui_run_tick(u);
}
