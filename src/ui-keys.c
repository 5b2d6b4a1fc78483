/*
 * ui-keys.c - every key of every screen as data: screen, name, the codes
 * it stands for, the action, and the help text.  The screens look actions
 * up here, the help overlay and `backcoach keys` print from here, so the
 * help and the man page cannot drift from the code.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "ui.h"
#include "ui-priv.h"
#include "i18n.h"
#include "text.h"

#define KEY_ESC 27
#define KEY_DEL 127

struct ui_keydef {
	enum ui_scr scr;
	const char *name;
	int codes[8];		/* 0-terminated; none: a key the screen takes whatever it is */
	enum ui_act act;
	const char *help;
};

static const char *const scr_names[SCR_COUNT] = {
	[SCR_SAFETY] = N_("safety"),
	[SCR_PICKER] = N_("picker"),
	[SCR_LIST] = N_("list"),
	[SCR_ROUTINE] = N_("routine view"),
	[SCR_PAIN] = N_("pain"),
	[SCR_RUN] = N_("run"),
	[SCR_SUMMARY] = N_("summary"),
	[SCR_HISTORY] = N_("history"),
	[SCR_MAP] = N_("map"),
	[SCR_CONFIRM] = N_("confirm"),
	[SCR_INFO] = N_("instructions"),
	[SCR_HELP] = N_("help"),
	[SCR_REMIND] = N_("remind"),
};

static const struct ui_keydef keys[] = {
	{ SCR_SAFETY, "Up/Down/k/j", { KEY_UP, 'k', 0 }, ACT_UP,
	    N_("scroll the note a line (when it does not fit)") },
	{ SCR_SAFETY, "", { KEY_DOWN, 'j', 0 }, ACT_DOWN, NULL },
	{ SCR_SAFETY, "PgUp/PgDn/Space", { KEY_PPAGE, 0 }, ACT_PGUP,
	    N_("scroll the note a page") },
	{ SCR_SAFETY, "", { KEY_NPAGE, ' ', 0 }, ACT_PGDN, NULL },
	{ SCR_SAFETY, "Home/End/g/G", { KEY_HOME, KEY_FIND, 'g', 0 }, ACT_HOME,
	    N_("the note's top or its end") },
	{ SCR_SAFETY, "", { KEY_END, KEY_SELECT, 'G', 0 }, ACT_END, NULL },
	{ SCR_SAFETY, N_("any other key"), { 0 }, ACT_NONE,
	    N_("continue, once the end of the note has been on the screen") },

	{ SCR_PICKER, "Up/Down/k/j", { KEY_UP, 'k', 0 }, ACT_UP,
	    N_("choose the area where it hurts") },
	{ SCR_PICKER, "", { KEY_DOWN, 'j', 0 }, ACT_DOWN, NULL },
	{ SCR_PICKER, "1-5", { '1', '2', '3', '4', '5', 0 }, ACT_PICK,
	    N_("choose an area by number") },
	{ SCR_PICKER, "Home/End/g/G", { KEY_HOME, KEY_FIND, 'g', 0 }, ACT_HOME,
	    N_("the first or the last area") },
	{ SCR_PICKER, "", { KEY_END, KEY_SELECT, 'G', 0 }, ACT_END, NULL },
	{ SCR_PICKER, "Enter", { '\r', '\n', KEY_ENTER, 0 }, ACT_ENTER,
	    N_("list the routines for the area") },
	{ SCR_PICKER, "m", { 'm', 0 }, ACT_MAP,
	    N_("point at the spot on the body map") },
	{ SCR_PICKER, N_("click"), { KEY_MOUSE, 0 }, ACT_CLICK,
	    N_("point at the spot clicked on the body map") },
	{ SCR_PICKER, "p", { 'p', 0 }, ACT_PLAN,
	    N_("the routine your plan has due (when a plan is active)") },
	{ SCR_PICKER, "h", { 'h', 0 }, ACT_HISTORY, N_("show the history") },
	{ SCR_PICKER, "!", { '!', 0 }, ACT_SAFETY, N_("the safety note again") },
	{ SCR_PICKER, "?", { '?', 0 }, ACT_HELP, N_("show the keys") },
	{ SCR_PICKER, "q", { 'q', 0 }, ACT_QUIT, N_("quit") },

	{ SCR_LIST, "Up/Down/k/j", { KEY_UP, 'k', 0 }, ACT_UP, N_("choose a routine") },
	{ SCR_LIST, "", { KEY_DOWN, 'j', 0 }, ACT_DOWN, NULL },
	{ SCR_LIST, "PgUp/PgDn", { KEY_PPAGE, 0 }, ACT_PGUP, N_("a page up or down") },
	{ SCR_LIST, "", { KEY_NPAGE, 0 }, ACT_PGDN, NULL },
	{ SCR_LIST, "Home/End/g/G", { KEY_HOME, KEY_FIND, 'g', 0 }, ACT_HOME,
	    N_("the first or the last routine") },
	{ SCR_LIST, "", { KEY_END, KEY_SELECT, 'G', 0 }, ACT_END, NULL },
	{ SCR_LIST, "Enter", { '\r', '\n', KEY_ENTER, 0 }, ACT_ENTER,
	    N_("show the routine") },
	{ SCR_LIST, "Esc/Backspace", { KEY_ESC, KEY_BACKSPACE, KEY_DEL, '\b', 0 },
	    ACT_BACK, N_("back to the areas, or to the map") },
	{ SCR_LIST, "?", { '?', 0 }, ACT_HELP, N_("show the keys") },
	{ SCR_LIST, "q", { 'q', 0 }, ACT_QUIT, N_("quit") },

	{ SCR_ROUTINE, "Enter", { '\r', '\n', KEY_ENTER, 0 }, ACT_ENTER,
	    N_("start the routine") },
	{ SCR_ROUTINE, "Up/Down/k/j", { KEY_UP, 'k', 0 }, ACT_UP,
	    N_("scroll a line") },
	{ SCR_ROUTINE, "", { KEY_DOWN, 'j', 0 }, ACT_DOWN, NULL },
	{ SCR_ROUTINE, "PgUp/PgDn", { KEY_PPAGE, 0 }, ACT_PGUP, N_("scroll a page") },
	{ SCR_ROUTINE, "", { KEY_NPAGE, 0 }, ACT_PGDN, NULL },
	{ SCR_ROUTINE, "Home/End/g/G", { KEY_HOME, KEY_FIND, 'g', 0 }, ACT_HOME,
	    N_("scroll to the top or the end") },
	{ SCR_ROUTINE, "", { KEY_END, KEY_SELECT, 'G', 0 }, ACT_END, NULL },
	{ SCR_ROUTINE, "Esc/Backspace", { KEY_ESC, KEY_BACKSPACE, KEY_DEL, '\b', 0 },
	    ACT_BACK, N_("back to the list") },
	{ SCR_ROUTINE, "?", { '?', 0 }, ACT_HELP, N_("show the keys") },
	{ SCR_ROUTINE, "q", { 'q', 0 }, ACT_BACK, N_("back to the list") },

	{ SCR_RUN, "Space", { ' ', 0 }, ACT_PAUSE, N_("pause or resume") },
	{ SCR_RUN, "n/Right", { 'n', KEY_RIGHT, 0 }, ACT_SKIP,
	    N_("next period: the other side, the next rep, or the next step") },
	{ SCR_RUN, "N", { 'N', 0 }, ACT_SKIP_STEP,
	    N_("next step: leave this step's other sides and reps") },
	{ SCR_RUN, "p/Left", { 'p', KEY_LEFT, 0 }, ACT_PREV,
	    N_("previous period (or restart this one)") },
	{ SCR_RUN, "+/=", { '+', '=', 0 }, ACT_EXTEND, N_("10 more seconds for this step") },
	{ SCR_RUN, "m", { 'm', 0 }, ACT_MUTE, N_("mute or unmute the sounds") },
	{ SCR_RUN, "i", { 'i', 0 }, ACT_INFO,
	    N_("all of this step's instructions (pauses)") },
	{ SCR_RUN, "q", { 'q', 0 }, ACT_QUIT, N_("quit the session (asks first)") },
	{ SCR_RUN, "?", { '?', 0 }, ACT_HELP, N_("show the keys (pauses)") },

	{ SCR_CONFIRM, "y/Y", { 'y', 'Y', 0 }, ACT_YES, N_("yes, end the session") },
	{ SCR_CONFIRM, "n/N/Esc/q", { 'n', 'N', KEY_ESC, 'q', 0 }, ACT_NO,
	    N_("no, go on") },

	{ SCR_INFO, "Up/Down/k/j", { KEY_UP, 'k', 0 }, ACT_UP, N_("scroll a line") },
	{ SCR_INFO, "", { KEY_DOWN, 'j', 0 }, ACT_DOWN, NULL },
	{ SCR_INFO, "PgUp/PgDn", { KEY_PPAGE, 0 }, ACT_PGUP, N_("scroll a page") },
	{ SCR_INFO, "", { KEY_NPAGE, 0 }, ACT_PGDN, NULL },
	{ SCR_INFO, "Home/End/g/G", { KEY_HOME, KEY_FIND, 'g', 0 }, ACT_HOME,
	    N_("scroll to the top or the end") },
	{ SCR_INFO, "", { KEY_END, KEY_SELECT, 'G', 0 }, ACT_END, NULL },
	{ SCR_INFO, N_("any other key"), { 0 }, ACT_NONE,
	    N_("close the box (a session it paused goes on)") },

	{ SCR_PAIN, "0-9", { '0', '1', '2', '3', '4', '5', }, ACT_PAIN,
	    N_("how much it hurts now, 0 (none) to 9; 1 then 0 is 10") },
	{ SCR_PAIN, "", { '6', '7', '8', '9', 0 }, ACT_PAIN, NULL },
	{ SCR_PAIN, "t/T", { 't', 'T', 0 }, ACT_PAIN10, N_("10: the worst pain (as 1 then 0)") },
	{ SCR_PAIN, "Enter", { '\r', '\n', KEY_ENTER, 0 }, ACT_PAIN_SKIP,
	    N_("skip the question; on the caution after 8 or more: start anyway") },
	{ SCR_PAIN, "Esc", { KEY_ESC, 0 }, ACT_BACK,
	    N_("take back a 1; before a session: back to the routine; after: skip") },
	{ SCR_PAIN, "q", { 'q', 0 }, ACT_QUIT,
	    N_("before a session: back to the routine; after: save and quit") },
	{ SCR_PAIN, "g", { 'g', 0 }, ACT_GENTLE,
	    N_("on the caution after 8 or more: the gentle routine instead") },
	{ SCR_PAIN, "i", { 'i', 0 }, ACT_INFO,
	    N_("before a session: the routine's whole caution") },
	{ SCR_PAIN, "Up/Down/k/j", { KEY_UP, 'k', 0 }, ACT_UP,
	    N_("scroll the caution after 8 or more, when it does not fit") },
	{ SCR_PAIN, "", { KEY_DOWN, 'j', 0 }, ACT_DOWN, NULL },
	{ SCR_PAIN, "PgUp/PgDn/Space", { KEY_PPAGE, 0 }, ACT_PGUP,
	    N_("scroll that caution a page") },
	{ SCR_PAIN, "", { KEY_NPAGE, ' ', 0 }, ACT_PGDN, NULL },


	{ SCR_SUMMARY, "Enter/Space", { '\r', '\n', KEY_ENTER, ' ', 0 }, ACT_ENTER,
	    N_("back to the areas") },
	{ SCR_SUMMARY, "q", { 'q', 0 }, ACT_QUIT, N_("quit") },
	{ SCR_SUMMARY, "Up/Down/k/j", { KEY_UP, 'k', 0 }, ACT_UP,
	    N_("scroll the summary, when it does not fit") },
	{ SCR_SUMMARY, "", { KEY_DOWN, 'j', 0 }, ACT_DOWN, NULL },
	{ SCR_SUMMARY, "PgUp/PgDn", { KEY_PPAGE, 0 }, ACT_PGUP,
	    N_("scroll it a page") },
	{ SCR_SUMMARY, "", { KEY_NPAGE, 0 }, ACT_PGDN, NULL },
	{ SCR_SUMMARY, "Home/End/g/G", { KEY_HOME, KEY_FIND, 'g', 0 }, ACT_HOME,
	    N_("its top or its end") },
	{ SCR_SUMMARY, "", { KEY_END, KEY_SELECT, 'G', 0 }, ACT_END, NULL },

	{ SCR_HISTORY, "Up/Down/k/j", { KEY_UP, 'k', 0 }, ACT_UP,
	    N_("scroll the sessions a line") },
	{ SCR_HISTORY, "", { KEY_DOWN, 'j', 0 }, ACT_DOWN, NULL },
	{ SCR_HISTORY, "PgUp/PgDn", { KEY_PPAGE, 0 }, ACT_PGUP,
	    N_("scroll the sessions a page") },
	{ SCR_HISTORY, "", { KEY_NPAGE, 0 }, ACT_PGDN, NULL },
	{ SCR_HISTORY, "Home/End/g/G", { KEY_HOME, KEY_FIND, 'g', 0 }, ACT_HOME,
	    N_("the newest or the oldest sessions") },
	{ SCR_HISTORY, "", { KEY_END, KEY_SELECT, 'G', 0 }, ACT_END, NULL },
	{ SCR_HISTORY, "?", { '?', 0 }, ACT_HELP, N_("show the keys") },
	{ SCR_HISTORY, "q/Esc/h/Backspace",
	    { 'q', KEY_ESC, 'h', KEY_BACKSPACE, KEY_DEL, '\b', 0 },
	    ACT_CLOSE, N_("close the history") },

	{ SCR_MAP, N_("arrows/h/j/k/l"), { KEY_LEFT, 'h', 0 }, ACT_LEFT,
	    N_("move the marker to the spot that hurts") },
	{ SCR_MAP, "", { KEY_RIGHT, 'l', 0 }, ACT_RIGHT, NULL },
	{ SCR_MAP, "", { KEY_UP, 'k', 0 }, ACT_UP, NULL },
	{ SCR_MAP, "", { KEY_DOWN, 'j', 0 }, ACT_DOWN, NULL },
	{ SCR_MAP, N_("click"), { KEY_MOUSE, 0 }, ACT_CLICK,
	    N_("put the marker where you click") },
	{ SCR_MAP, "1-5", { '1', '2', '3', '4', '5', 0 }, ACT_PICK,
	    N_("the marker to the middle of an area") },
	{ SCR_MAP, "t", { 't', 0 }, ACT_TURN,
	    N_("turn the body over (back or front)") },
	{ SCR_MAP, "Tab/n", { '\t', 'n', 0 }, ACT_NEXT,
	    N_("the next muscle that sends pain here") },
	{ SCR_MAP, "a", { 'a', 0 }, ACT_ALL,
	    N_("all of them at once, or one at a time") },
	{ SCR_MAP, "Enter", { '\r', '\n', KEY_ENTER, 0 }, ACT_ENTER,
	    N_("the routines for the muscle, those that work on it first") },
	{ SCR_MAP, "Esc/Backspace", { KEY_ESC, KEY_BACKSPACE, KEY_DEL, '\b', 0 },
	    ACT_BACK, N_("back to the areas") },
	{ SCR_MAP, "?", { '?', 0 }, ACT_HELP, N_("show the keys") },
	{ SCR_MAP, "q", { 'q', 0 }, ACT_QUIT, N_("quit") },

	{ SCR_HELP, N_("any key"), { 0 }, ACT_NONE, N_("close the box") },

	{ SCR_REMIND, "Enter", { '\r', '\n', KEY_ENTER, 0 }, ACT_ENTER,
	    N_("start the offered routine now (back here when it ends)") },
	{ SCR_REMIND, "s", { 's', 0 }, ACT_SNOOZE,
	    N_("snooze: put the break off (5 minutes unless set)") },
	{ SCR_REMIND, "x", { 'x', 0 }, ACT_SKIP,
	    N_("skip this break: the next is a whole interval away") },
	{ SCR_REMIND, "?", { '?', 0 }, ACT_HELP, N_("show the keys") },
	{ SCR_REMIND, "q", { 'q', 0 }, ACT_QUIT, N_("stop the reminder") },
};

#define NKEYS (sizeof keys / sizeof keys[0])

enum ui_act
ui_key_action(enum ui_scr scr, int ch)
{
	size_t i, j;

	for (i = 0; i < NKEYS; i++) {
		if (keys[i].scr != scr)
			continue;
		for (j = 0; j < sizeof keys[i].codes / sizeof keys[i].codes[0] &&
		    keys[i].codes[j] != 0; j++)
			if (keys[i].codes[j] == ch)
				return keys[i].act;
	}
	return ACT_NONE;
}

void
ui_print_keys(FILE *fp)
{
	size_t i;

	for (i = 0; i < NKEYS; i++)
		if (keys[i].help != NULL && keys[i].name[0] != '\0')
			/*
			 * the screen and the key's name stay English (the
			 * manual's KEYS section is checked against them);
			 * what the key does is in the person's language
			 */
			fprintf(fp, "%s\t%s\t%s\n", scr_names[keys[i].scr],
			    keys[i].name, _(keys[i].help));
}

/* The one-line key help at the bottom of a screen, whole. */
static const char *
ui_keys_line_full(enum ui_scr scr)
{
	/*
	 * TRANSLATORS: the key line at the bottom of a screen, at most 78
	 * columns: key names (Enter, Esc, Up/Down, q ...) stay as they are,
	 * the words after each are translated; two blanks between keys.
	 */
	switch (scr) {
	case SCR_PICKER:
		return _("Up/Down or 1-5 choose  Enter routines  m map  h history  ? help  q quit");
	case SCR_MAP:
		return _("arrows move  t turn  Tab next  a all  Enter routines  Esc back  ? help");
	case SCR_LIST:
		return _("Up/Down choose  Enter show  Esc back  ? help  q quit");
	case SCR_ROUTINE:
		return _("Enter start  Up/Down scroll  Esc back  ? help");
	case SCR_RUN:
		return _("Space pause  n/N next period/step  p back  + 10s  m mute  q quit  ? help");
	case SCR_SUMMARY:
		return _("Enter back to the areas  q quit");
	case SCR_HISTORY:
		/* scrolling first: at 40 columns the page keys go, not these */
		return _("Up/Down scroll  q/Esc close  PgUp/PgDn page  ? help");
	case SCR_REMIND:
		return _("Enter start now  s snooze  x skip  ? help  q quit");
	default:
		return "";
	}
}

/*
 * The one-line key help at the bottom of a screen, as it is drawn: COLS - 2
 * columns.  When the whole line is wider, whole items ("Esc back", two
 * blanks apart) are left out from the end, "? help" kept, so that no item
 * is cut in the middle ("m map  h" at 50 columns); the help box has them all.
 */
const char *
ui_keys_line(enum ui_scr scr)
{
	return ui_keys_fit(ui_keys_line_full(scr));
}

/* The same for a key line of a screen's own (two blanks between items). */
const char *
ui_keys_fit(const char *full)
{
	static char buf[512];
	const char *item[16], *p, *q;
	size_t len[16];
	bool keep[16];
	int n = 0, width = COLS - 2, used = 0, help = -1, i;
	size_t off = 0;

	if (width <= 0 || (int)text_width(full) <= width ||
	    strlen(full) >= sizeof buf)
		return full;
	for (p = full; *p != '\0' && n < 16; p = q) {
		if ((q = strstr(p, "  ")) == NULL)
			q = p + strlen(p);
		item[n] = p;
		len[n] = (size_t)(q - p);
		keep[n] = false;
		if (len[n] > 2 && p[0] == '?' && p[1] == ' ')
			help = n;
		n++;
		while (*q == ' ')
			q++;
	}
	if (help >= 0 && (int)text_width_n(item[help], len[help]) <= width) {
		keep[help] = true;
		used = (int)text_width_n(item[help], len[help]);
	}
	for (i = 0; i < n; i++) {
		int w = (int)text_width_n(item[i], len[i]);

		if (keep[i])
			continue;
		if (used + (used > 0 ? 2 : 0) + w > width)
			break;
		keep[i] = true;
		used += (used > 0 ? 2 : 0) + w;
	}
	for (i = 0; i < n; i++)
		if (keep[i]) {
			if (off > 0) {
				memcpy(buf + off, "  ", 2);
				off += 2;
			}
			memcpy(buf + off, item[i], len[i]);
			off += len[i];
		}
	buf[off] = '\0';
	return buf;
}

/* A box in the middle of the screen with the keys of scr. */
void
ui_keys_draw_help(enum ui_scr scr)
{
	int n = 0, w = 0, nw = 13, bw, bh, y0, x0, y, l;
	size_t i;
	char title[128];

	/*
	 * the names' column: 13, or the longest name of the screen and a
	 * space, so that every name has two spaces before its help
	 */
	for (i = 0; i < NKEYS; i++)
		if (keys[i].scr == scr && keys[i].help != NULL &&
		    keys[i].name[0] != '\0' &&
		    (l = (int)text_width(_(keys[i].name)) + 1) > nw)
			nw = l;
	for (i = 0; i < NKEYS; i++)
		if (keys[i].scr == scr && keys[i].help != NULL && keys[i].name[0]) {
			n++;
			/* as printed below: the name padded, a space, the help */
			l = nw + 1 + (int)text_width(_(keys[i].help));
			if (l > w)
				w = l;
		}
	/* TRANSLATORS: the help box's title; %s is a screen: "run", "picker" */
	snprintf(title, sizeof title, _("Keys: %s"), _(scr_names[scr]));
	if ((l = (int)text_width(title)) > w)
		w = l;
	bw = w + 4 < COLS ? w + 4 : COLS;
	bh = n + 4 < LINES ? n + 4 : LINES;
	y0 = (LINES - bh) / 2;
	x0 = (COLS - bw) / 2;
	/*
	 * The box's rows are cleared from edge to edge: no piece of a line
	 * of the screen under it is left beside it.
	 */
	for (y = 0; y < bh; y++) {
		ui_fill(y0 + y, 0, COLS, A_NORMAL);
		ui_fill(y0 + y, x0, bw, A_REVERSE);
	}
	ui_put(y0, x0 + 2, bw - 4, title, A_REVERSE | A_BOLD);
	y = y0 + 2;
	for (i = 0; i < NKEYS && y < y0 + bh - 1; i++) {
		if (keys[i].scr != scr || keys[i].help == NULL || !keys[i].name[0])
			continue;
		/* padded by columns, not bytes: a translated name may be wider */
		ui_put(y, x0 + 2, nw, _(keys[i].name), A_REVERSE);
		if (nw + 1 < bw - 4)
			ui_put(y, x0 + 2 + nw + 1, bw - 4 - nw - 1,
			    _(keys[i].help), A_REVERSE);
		y++;
	}
	ui_put(y0 + bh - 1, x0 + 2, bw - 4, _("any key closes"),
	    A_REVERSE | A_DIM);
}

bool
ui_key_common(struct ui *u, enum ui_act act)
{
	switch (act) {
	case ACT_HELP:
		u->help = true;
		return true;
	case ACT_QUIT:
		u->done = true;
		return true;
	default:
		return false;
	}
}
