/*
 * ui-pain.c - the short screens around a session: the first-run safety
 * note, the one-keystroke pain
 * question (before and after) with its caution for a very sore back, and
 * the summary at the end.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "history.h"
#include "library.h"
#include "safety.h"
#include "text.h"
#include "xmalloc.h"
#include "i18n.h"
#include "ui-priv.h"

/* How long "1" waits for a "0" that makes it 10. */
#define UI_PAIN_TEN_MS 1200

/*
 * A page: text wrapped into lines, each with its attribute, drawn whole
 * when it fits and scrolled when it does not (the safety note, the
 * caution for 8 or more, the summary), so that no word of it is lost in a
 * small window.  The scroll position lives in struct ui (page_*).
 */
#define PAGE_LINES 200

struct page {
	char text[8192];		/* copies of the paragraphs */
	size_t used;
	struct ui_line l[PAGE_LINES];
	attr_t a[PAGE_LINES];
	int ind[PAGE_LINES];		/* columns in from the page's left */
	int n, width;
};

static void
page_init(struct page *pg, int width)
{
	pg->used = 0;
	pg->n = 0;
	pg->width = width > 1 ? width : 1;
}

/* s word-wrapped to the page's width less indent, every line in attr and indented. */
static void
page_add_in(struct page *pg, const char *s, attr_t attr, int indent)
{
	size_t len = strlen(s);
	char *p;
	int m, i;

	if (len >= sizeof pg->text - pg->used)
		len = sizeof pg->text - pg->used - 1;	/* never: the texts are short */
	p = pg->text + pg->used;
	memcpy(p, s, len);
	p[len] = '\0';
	pg->used += len + 1;
	if (indent > pg->width / 2)
		indent = pg->width / 2;
	m = ui_wrap(p, pg->width - indent, pg->l + pg->n, PAGE_LINES - pg->n);
	for (i = 0; i < m; i++) {
		pg->a[pg->n + i] = attr;
		pg->ind[pg->n + i] = indent;
	}
	pg->n += m;
}

static void
page_add(struct page *pg, const char *s, attr_t attr)
{
	page_add_in(pg, s, attr, 0);
}

static void
page_blank(struct page *pg)
{
	if (pg->n >= PAGE_LINES)
		return;
	pg->l[pg->n].p = "";
	pg->l[pg->n].n = 0;
	pg->ind[pg->n] = 0;
	pg->a[pg->n++] = A_NORMAL;
}

/*
 * Draw the page in rows y0..y1-1 at column x: whole when it fits, else
 * from u->page_top (kept in range).  True when it does not fit.
 */
static bool
page_draw(struct ui *u, const struct page *pg, int y0, int y1, int x)
{
	int rows = y1 - y0 > 1 ? y1 - y0 : 1, i;

	u->page_rows = rows;
	u->page_max = pg->n > rows ? pg->n - rows : 0;
	if (u->page_top > u->page_max)
		u->page_top = u->page_max;
	if (u->page_top < 0)
		u->page_top = 0;
	for (i = 0; i < rows && u->page_top + i < pg->n; i++)
		ui_putn(y0 + i, x + pg->ind[u->page_top + i], pg->width -
		    pg->ind[u->page_top + i], pg->l[u->page_top + i].p,
		    pg->l[u->page_top + i].n, pg->a[u->page_top + i]);
	if (u->page_top >= u->page_max)
		u->page_end = true;
	return u->page_max > 0;
}

/*
 * Where a page that does not fit is, on row y: "more below" and how to
 * get there until its end is on the screen, then at_end; and the lines
 * shown, "12-22/30", where the row has room.
 */
static void
page_status(const struct ui *u, int y, const char *more, const char *at_end,
    attr_t attr)
{
	char pos[48], buf[512];
	const char *what = u->page_top < u->page_max ? more : at_end;
	int w = COLS - 2;

	snprintf(pos, sizeof pos, "%d-%d/%d", u->page_top + 1,
	    u->page_top + u->page_rows, u->page_max + u->page_rows);
	if ((int)(text_width(what) + 2 + strlen(pos)) <= w)
		snprintf(buf, sizeof buf, "%s  %s", what, pos);
	else
		snprintf(buf, sizeof buf, "%s", what);
	ui_fill(y, 0, COLS, A_NORMAL);
	ui_put_cut(y, 1, w, buf, attr);
}

/* A scroll key on a page: true when it was one (and the page moved). */
static bool
page_key(struct ui *u, enum ui_act act)
{
	int step = u->page_rows > 1 ? u->page_rows - 1 : 1;

	switch (act) {
	case ACT_UP:
		u->page_top--;
		break;
	case ACT_DOWN:
		u->page_top++;
		break;
	case ACT_PGUP:
		u->page_top -= step;
		break;
	case ACT_PGDN:
		u->page_top += step;
		break;
	case ACT_HOME:
		u->page_top = 0;
		break;
	case ACT_END:
		u->page_top = u->page_max;
		break;
	default:
		return false;
	}
	if (u->page_top > u->page_max)
		u->page_top = u->page_max;
	if (u->page_top < 0)
		u->page_top = 0;
	return true;
}

void
ui_page_reset(struct ui *u)
{
	u->page_top = u->page_max = u->page_rows = 0;
	u->page_end = false;
}

/* The note's lines at width w: what the screen says after it depends on scrolls. */
static void
safety_page(const struct ui *u, struct page *pg, int w, bool scrolls)
{
	size_t i;

	page_init(pg, w);
	page_add(pg, _(safety_title), ui_attr(ROLE_TITLE) | A_BOLD);
	page_blank(pg);
	for (i = 0; i < safety_note_count; i++) {
		page_add(pg, _(safety_note[i].text), safety_note[i].urgent ?
		    ui_attr(ROLE_CAUTION) : A_NORMAL);
		page_blank(pg);
	}
	if (u->safety_again)
		page_add(pg, scrolls ? _("Press Enter to go back.") :
		    _("Press any key to go back."), A_NORMAL);
	else
		page_add(pg, scrolls ? _("Press Enter to continue. (! on the "
		    "first screen shows this again.)") : _("Press any key to "
		    "continue. (! on the first screen shows this again.)"),
		    A_NORMAL);
}

/*
 * The note from row 1 when it fits, as it always was; in a window too
 * small for it, from row 0 with a line at the bottom saying there is more
 * below, and scrolled with the keys: it is read to its end before it
 * counts as shown.
 */
void
ui_safety_draw(struct ui *u)
{
	static struct page pg;
	int w = COLS - 4;

	safety_page(u, &pg, w, false);
	if (1 + pg.n <= LINES) {
		page_draw(u, &pg, 1, LINES, 2);
		return;
	}
	safety_page(u, &pg, w, true);
	page_draw(u, &pg, 0, LINES - 1, 2);
	page_status(u, LINES - 1,
	    /* TRANSLATORS: a key line: key names stay */
	    _("Down/Space more below"), u->safety_again ?
	    /* TRANSLATORS: a key line: key names stay */
	    _("Enter back  Up scroll") : _("Enter continue  Up scroll"),
	    ui_attr(ROLE_KEYS));
}

void
ui_safety_key(struct ui *u, int ch)
{
	enum ui_act act = ui_key_action(SCR_SAFETY, ch);

	/*
	 * When it does not fit, the scroll keys scroll, and any other key
	 * goes on only once its end has been on the screen (before that, a
	 * page down): only then is it marked as shown.
	 */
	if (u->page_max > 0) {
		if (page_key(u, act))
			return;
		if (!u->page_end) {
			page_key(u, ACT_PGDN);
			return;
		}
	}
	ui_page_reset(u);
	u->safety_done = true;
	/* once ever; if the mark cannot be left, the note simply comes again */
	(void)safety_mark();
	if (u->safety_again) {
		u->safety_again = false;
		u->scr = SCR_PICKER;
	} else
		ui_open_first(u);
}

/* Back from before a session: to the routine, or to the reminder. */
static void
before_back(struct ui *u)
{
	u->detail_top = 0;
	u->scr = SCR_ROUTINE;
	if (u->app->back_after_run)
		u->done = true;
}

/* A shipped routine for a very sore back, if it is there and not this one. */
#define UI_GENTLE_ID "back-spasm-gentle"

/* The gentle routine to offer instead of this one, or NULL. */
static const struct routine *
gentle(const struct ui *u)
{
	const struct routine *g = library_find(&u->app->lib, UI_GENTLE_ID);

	return g != u->routine ? g : NULL;
}

/*
 * Before a session, after a rating of 8 or more: say plainly when to stop
 * and what to consider, and offer the gentle routine with one key.
 * Advice only, no diagnosis.  The warning comes first and is never cut: in
 * a small window the text scrolls, a line above the keys saying so.
 */
static void
caution_draw(struct ui *u)
{
	static struct page pg;
	const struct routine *g = gentle(u);
	char buf[512];
	int w = COLS - 4 > 76 ? 76 : COLS - 4;

	ui_fill(0, 0, COLS, A_NORMAL);
	snprintf(buf, sizeof buf,
	    /* TRANSLATORS: %s is the routine's title */
	    _("%s - before you start"), u->routine->title);
	ui_put_cut(0, 1, COLS - 2, buf, ui_attr(ROLE_TITLE));
	page_init(&pg, w);
	snprintf(buf, sizeof buf, _("Your back is very sore right now (%d out "
	    "of 10)."), u->pain_before_v);
	page_add(&pg, buf, ui_attr(ROLE_CAUTION) | A_BOLD);
	page_blank(&pg);
	page_add(&pg, _("Stop at once if the pain becomes sharp, spreads into "
	    "an arm or a leg, or comes with numbness, tingling or weakness, and "
	    "see a doctor."), ui_attr(ROLE_CAUTION));
	page_blank(&pg);
	if (g != NULL)
		/* TRANSLATORS: %s is the gentle routine's title; g is a key */
		snprintf(buf, sizeof buf, _("With pain this strong, consider the "
		    "gentle routine \"%s\" instead (press g), or simply rest "
		    "today."), g->title);
	else
		snprintf(buf, sizeof buf, "%s", _("With pain this strong, go very "
		    "gently and do less than the routine asks, or simply rest "
		    "today."));
	page_add(&pg, buf, A_NORMAL);
	page_blank(&pg);
	page_add(&pg, g != NULL ? _("Press g for the gentle routine, Enter to "
	    "start this one anyway, or Esc to go back.") : _("Press Enter to "
	    "start anyway, or Esc to go back."), A_BOLD);
	/* rows 2 to LINES - 2 when it fits, as it always was */
	if (pg.n > LINES - 3) {
		page_draw(u, &pg, 1, LINES - 2, 2);
		page_status(u, LINES - 2,
		    /* TRANSLATORS: a key line: key names stay */
		    _("Down/Space more below"), _("Up scroll back"), A_DIM);
	} else
		page_draw(u, &pg, 2, LINES - 1, 2);
	ui_put(LINES - 1, 1, COLS - 2, ui_keys_fit(g != NULL ?
	    /* TRANSLATORS: a key line: key names stay */
	    _("g gentle routine  Enter start anyway  Esc/q back") :
	    _("Enter start anyway  Esc/q back")), ui_attr(ROLE_KEYS));
}

/* Draw lines n of wl from row y at column x, w wide; the next row. */
static int
put_lines(int y, int x, int w, const struct ui_line *wl, int n, attr_t attr)
{
	int i;

	for (i = 0; i < n; i++)
		ui_putn(y++, x, w, wl[i].p, wl[i].n, attr);
	return y;
}

/*
 * The question, with the routine's caution above it before a session
 * (`run ID` goes past the routine view, which says it).  Every line is
 * wrapped; where the rows are few, the blank rows go first, then the hint
 * for 10 (the key line says it too), then the caution is cut between
 * lines, its last one saying that i shows it whole.
 */
void
ui_pain_draw(struct ui *u)
{
	struct ui_line q[4], p1[6], p2[6], p3[6], cl[40];
	char title[600], *c = NULL;
	int w = COLS - 4, cw = COLS - 4 > 76 ? 76 : COLS - 4, bottom = LINES - 2;
	int nq, n1, n2, n3, nc = 0, yq, cap, y, blank, hint, full;
	const char *pend = _("Your answer: 1   (press 0 for 10)");

	if (u->pain_caution) {
		caution_draw(u);
		return;
	}
	snprintf(title, sizeof title, !u->pain_after ?
	    /* TRANSLATORS: %s is the routine's title */
	    _("%s - before you start") : session_completed(u->s) ?
	    _("%s - done") : _("%s - ended early"), u->routine->title);
	ui_put_cut(0, 1, COLS - 2, title, ui_attr(ROLE_TITLE));
	nq = ui_wrap(_("How much does it hurt now? 0-10"), w, q, 4);
	n1 = ui_wrap(_("Press 0 (no pain) up to 10 (the worst pain)."), w, p1, 6);
	n2 = ui_wrap(_("For 10 type 1 then 0, or press t for 10."), w, p2, 6);
	n3 = ui_wrap(_("Enter skips the question."), w, p3, 6);
	if (!u->pain_after) {
		/* TRANSLATORS: %s is the routine's caution */
		xasprintf(&c, _("Caution: %s"), u->routine->caution);
		nc = ui_wrap(c, cw, cl, 40);
	}
	/*
	 * As it always was where there is room: the question at LINES / 2 - 3,
	 * a blank row under it, the answer pending two rows under the hints,
	 * the caution from row 2 to two rows above the question; moved down
	 * for a longer caution, then closed up.
	 */
	blank = 1;
	hint = 1;
	full = nq + 1 + n1 + n2 + n3 + 2;
	yq = LINES / 2 - 3 < 1 ? 1 : LINES / 2 - 3;
	if (yq + full - 1 > bottom)
		yq = bottom - full + 1;
	if (nc > yq - 3 || yq < 1) {
		yq = bottom - full + 1;
		if (nc > yq - 3 || yq < 1) {
			/* closed up: the pending answer in the place of the last hint */
			blank = 0;
			full = nq + n1 + n2 + n3;
			yq = bottom - full + 1;
			if (nc > yq - 2) {
				hint = 0;
				full -= n2;
				yq = bottom - full + 1;
			}
		}
	}
	cap = yq - (blank ? 3 : 2);
	if (nc > 0 && cap > 0) {
		y = blank ? 2 : 1;
		if (nc <= cap)
			put_lines(y, 2, cw, cl, nc, ui_attr(ROLE_CAUTION));
		else {
			/* TRANSLATORS: i is the key; keep it about this short */
			const char *more = _(" ... (i: all)");
			int mw = (int)text_width(more), x;
			size_t k, n;

			y = put_lines(y, 2, cw, cl, cap - 1, ui_attr(ROLE_CAUTION));
			k = text_fit(cl[cap - 1].p, cl[cap - 1].n, cw - mw, NULL);
			/* cut between words, where the line has a space */
			for (n = k; n > 0 && n < cl[cap - 1].n &&
			    cl[cap - 1].p[n] != ' '; n--)
				;
			x = 2 + ui_putn(y, 2, cw - mw, cl[cap - 1].p, n > 0 ? n : k,
			    ui_attr(ROLE_CAUTION));
			ui_put(y, x, mw, more, A_DIM);
		}
	}
	free(c);
	y = put_lines(yq, 2, w, q, nq, A_BOLD) + blank;
	y = put_lines(y, 2, w, p1, n1, A_NORMAL);
	if (hint)
		y = put_lines(y, 2, w, p2, n2, A_NORMAL);
	if (u->pain_pending && !blank) {
		ui_put_cut(y, 2, w, pend, A_BOLD);
	} else {
		y = put_lines(y, 2, w, p3, n3, A_NORMAL);
		if (u->pain_pending)
			ui_put_cut(y + 1, 2, w, pend, A_BOLD);
	}
	ui_put(LINES - 1, 1, COLS - 2, ui_keys_fit(u->pain_after ?
	    /* TRANSLATORS: a key line: key names stay */
	    _("0-9  1 0 or t = 10  Enter/Esc skip  q save and quit") :
	    _("0-9  1 0 or t = 10  Enter skip  Esc/q back")), ui_attr(ROLE_KEYS));
}

/* The answer is in: the session starts, or the after one is logged. */
static void
pain_answer(struct ui *u, int v)
{
	u->pain_pending = false;
	if (u->pain_after) {
		u->pain_after_v = v;
		ui_run_log(u);
		ui_page_reset(u);
		u->scr = SCR_SUMMARY;
	} else {
		u->pain_before_v = v;
		/* a very sore back: a word of caution first */
		if (v >= 8) {
			ui_page_reset(u);
			u->pain_caution = true;
		}
		else
			ui_run_start(u);
	}
}

/* Esc or q before a session: back to the routine, nothing started. */
static void
pain_back(struct ui *u)
{
	u->pain_pending = false;
	u->pain_caution = false;
	u->pain_before_v = -1;
	before_back(u);
}

void
ui_pain_key(struct ui *u, int ch)
{
	enum ui_act act = ui_key_action(SCR_PAIN, ch);
	int v;

	if (u->pain_caution) {
		/*
		 * A start takes a key that says so: Enter, or g for the
		 * gentle one.  In a window too small for the caution, the
		 * scroll keys scroll it, and Enter starts only once its end
		 * has been on the screen (before, it is a page down).
		 */
		if (u->page_max > 0 && page_key(u, act))
			return;
		switch (act) {
		case ACT_BACK:
		case ACT_QUIT:
			ui_page_reset(u);
			pain_back(u);
			break;
		case ACT_PAIN_SKIP:
			if (u->page_max > 0 && !u->page_end) {
				page_key(u, ACT_PGDN);
				break;
			}
			ui_page_reset(u);
			u->pain_caution = false;
			ui_run_start(u);
			break;
		case ACT_GENTLE:
			if (gentle(u) == NULL)
				break;
			u->routine = gentle(u);
			ui_page_reset(u);
			u->pain_caution = false;
			ui_run_start(u);
			break;
		default:
			break;
		}
		return;
	}

	/* i before a session: the routine's caution whole, in a box (ui-run.c) */
	if (act == ACT_INFO && !u->pain_after) {
		u->pain_pending = false;	/* a pending 1 is taken back, as by Esc */
		u->info = true;
		u->info_top = 0;
		u->info_resume = false;
		return;
	}
	/*
	 * After "1" the answer may still become 10: '0' makes it 10, Enter
	 * takes the 1 now, another answer replaces it; the poll timeout
	 * (ui_pain_timeout) takes the 1 when no key comes.
	 */
	if (u->pain_pending) {
		if (act == ACT_NONE)
			return;
		u->pain_pending = false;
		if (act == ACT_BACK)	/* Esc takes the 1 back */
			return;
		if (ch == '0') {
			pain_answer(u, 10);
			return;
		}
		if (act == ACT_PAIN_SKIP) {
			pain_answer(u, 1);
			return;
		}
	}
	switch (act) {
	case ACT_PAIN:
		if (ch == '1') {
			u->pain_pending = true;
			u->pain_pending_until = clock_now() + UI_PAIN_TEN_MS;
			return;
		}
		v = ch - '0';
		break;
	case ACT_PAIN10:
		v = 10;
		break;
	case ACT_PAIN_SKIP:
		v = -1;
		break;
	case ACT_BACK:
		/* after a session Esc leaves the question unanswered, as Enter */
		if (u->pain_after)
			pain_answer(u, -1);
		else
			pain_back(u);
		return;
	case ACT_QUIT:
		/* after: the session is saved without the answer (ui_main's end) */
		if (u->pain_after)
			u->done = true;
		else
			pain_back(u);
		return;
	default:
		return;
	}
	pain_answer(u, v);
}

int
ui_pain_timeout(struct ui *u)
{
	uint64_t now;

	if (u->scr != SCR_PAIN || !u->pain_pending)
		return -1;
	now = clock_now();
	if (now >= u->pain_pending_until)
		return 0;
	return (int)(u->pain_pending_until - now);
}

void
ui_pain_tick(struct ui *u)
{
	if (u->scr == SCR_PAIN && u->pain_pending &&
	    clock_now() >= u->pain_pending_until)
		pain_answer(u, 1);
}

/* The pain after is higher than before (both were given). */
static bool
pain_rose(const struct ui *u)
{
	return u->pain_before_v >= 0 && u->pain_after_v > u->pain_before_v;
}

/*
 * Pain that rose by 2 or more, or ended at 8 or more: no praise, a plain
 * caution, right under the headline.
 */
static void
pain_caution(const struct ui *u, struct page *pg)
{
	int b = u->pain_before_v, a = u->pain_after_v;
	char head[128];

	if (a < 0 || !((b >= 0 && a >= b + 2) || a >= 8))
		return;
	if (pain_rose(u))
		/* TRANSLATORS: before, an arrow, after: "(3→6)" */
		snprintf(head, sizeof head, _("Your pain went up during the "
		    "session (%d%s%d)."), b, history_arrow(ui_utf8()), a);
	else
		snprintf(head, sizeof head, _("Your pain is high (%d out of 10)."), a);
	page_add(pg, head, ui_attr(ROLE_CAUTION) | A_BOLD);
	page_add(pg, _("Please don't repeat this routine today. If the pain is "
	    "sharp, spreads, or comes with numbness, tingling or weakness, stop "
	    "and see a doctor."), ui_attr(ROLE_CAUTION));
	page_blank(pg);
}

/* The summary's label column: the widest of its labels and 2 blanks. */
static int
label_w(const char *a, const char *b, const char *c, const char *d)
{
	const char *l[4] = { a, b, c, d };
	int w = 0, i, n;

	for (i = 0; i < 4; i++)
		if ((n = (int)text_width(l[i])) > w)
			w = n;
	return w + 2;
}

/* "label   value" with the value at column lw, into the page. */
static void
summary_row(struct page *pg, const char *label, int lw, const char *value)
{
	char buf[512];
	int pad = lw - (int)text_width(label);

	snprintf(buf, sizeof buf, "%s%*s%s", label, pad > 0 ? pad : 1, "", value);
	page_add(pg, buf, A_NORMAL);
}

/*
 * The summary: a headline, the caution when the pain rose or is high,
 * the figures, and where the record went.  It is a page: in a small
 * window it scrolls (a line above the keys says so), and it never runs
 * into the key line.
 */
void
ui_summary_draw(struct ui *u)
{
	static struct page pg;
	const struct session *s = u->s;
	char done[16], total[16], pb[32], buf[128];
	bool finished = session_completed(s);
	int lw;
	uint64_t el = session_elapsed(s, clock_now());

	ui_put_cut(0, 1, COLS - 2, u->routine->title, ui_attr(ROLE_TITLE));
	page_init(&pg, COLS - 4);
	/* no praise when the pain went up: the plain fact, and the caution */
	page_add(&pg, !finished ? _("Session ended early.") : pain_rose(u) ?
	    _("Routine complete.") : _("Well done: routine complete."),
	    (!finished ? ui_attr(ROLE_CAUTION) : pain_rose(u) ? A_NORMAL :
	    ui_attr(ROLE_WORK)) | A_BOLD);
	page_blank(&pg);
	pain_caution(u, &pg);
	ui_fmt_mmss(done, sizeof done, (el + 500) / 1000);
	ui_fmt_mmss(total, sizeof total, (session_total(s) + 500) / 1000);
	/* the values in one column after the widest label, and 2 blanks */
	lw = label_w(_("Time done:"), _("Steps done:"), _("Outcome:"), _("Pain:"));
	/* TRANSLATORS: the time done of the routine's time: "4:10 of 6:00" */
	snprintf(buf, sizeof buf, _("%s of %s"), done, total);
	summary_row(&pg, _("Time done:"), lw, buf);
	snprintf(buf, sizeof buf, "%u/%u", session_steps_done(s),
	    session_steps_total(s));
	summary_row(&pg, _("Steps done:"), lw, buf);
	summary_row(&pg, _("Outcome:"), lw, finished ? _("completed") :
	    _("abandoned"));
	if (u->pain_before_v >= 0 || u->pain_after_v >= 0) {
		/* written as the history writes it */
		history_pain_text(u->pain_before_v, u->pain_after_v, ui_utf8(),
		    pb, sizeof pb);
		summary_row(&pg, _("Pain:"), lw, pb);
	}
	page_blank(&pg);
	if (u->log_failed) {
		page_add(&pg, _("Could not write the log:"),
		    ui_attr(ROLE_CAUTION) | A_BOLD);
		page_add_in(&pg, u->log_err, ui_attr(ROLE_CAUTION), 2);
		page_add(&pg, _("The record will be printed when you quit, so "
		    "nothing is lost."), A_NORMAL);
	} else if (u->logged)
		page_add(&pg, _("Saved to your history (h on the first screen)."),
		    A_DIM);
	/* rows 2 to LINES - 2 when it fits, as it always was */
	if (pg.n > LINES - 3) {
		page_draw(u, &pg, 1, LINES - 2, 2);
		page_status(u, LINES - 2,
		    /* TRANSLATORS: a key line: key names stay */
		    _("Down more below"), _("Up scroll back"), A_DIM);
	} else
		page_draw(u, &pg, 2, LINES - 1, 2);
	ui_put(LINES - 1, 1, COLS - 2, ui_keys_line(SCR_SUMMARY), ui_attr(ROLE_KEYS));
}

void
ui_summary_key(struct ui *u, int ch)
{
	enum ui_act act = ui_key_action(SCR_SUMMARY, ch);

	if (u->page_max > 0 && page_key(u, act))
		return;
	switch (act) {
	case ACT_ENTER:
		ui_page_reset(u);
		u->scr = SCR_PICKER;
		/* a routine the reminder started: back to the reminder */
		if (u->app->back_after_run)
			u->done = true;
		break;
	case ACT_QUIT:
		u->done = true;
		break;
	default:
		break;
	}
}
