/*
 * ui-priv.h - what the ui-*.c files share: the screen state, the screens'
 * draw and key functions, the terminal helpers and the key table.  Nothing
 * outside ui*.c includes it.
 */
#ifndef BC_UI_PRIV_H
#define BC_UI_PRIV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <curses.h>

#include "app.h"
#include "cues.h"
#include "log.h"
#include "runner.h"
#include "session.h"
#include "text.h"

/* Below this the screens say "terminal too small" and wait to be enlarged. */
#define UI_MIN_COLS 40
#define UI_MIN_ROWS 12

enum ui_scr {
	SCR_SAFETY,		/* first-run safety note: any key */
	SCR_PICKER,
	SCR_LIST,
	SCR_ROUTINE,		/* one routine's details */
	SCR_PAIN,		/* 0-10 question, before or after */
	SCR_RUN,
	SCR_SUMMARY,
	SCR_HISTORY,
	SCR_MAP,		/* the body map: point where it hurts (ui-map.c) */
	SCR_CONFIRM,		/* quit? y/n (over the run screen) */
	SCR_INFO,		/* the instructions box (i); only in the key table */
	SCR_HELP,		/* overlay; only a name in the key table */
	SCR_REMIND,		/* the reminder (ui-remind.c, its own loop) */
	SCR_COUNT
};

enum ui_act {
	ACT_NONE,
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_PICK,	/* PICK: '1'..'5' */
	ACT_ENTER, ACT_BACK, ACT_HISTORY, ACT_HELP, ACT_QUIT,
	ACT_PAUSE, ACT_SKIP, ACT_PREV, ACT_EXTEND, ACT_MUTE,
	ACT_YES, ACT_NO,
	ACT_PAIN, ACT_PAIN10, ACT_PAIN_SKIP,
	ACT_CLOSE,
	ACT_HOME, ACT_END,		/* first, last (list, picker, routine view) */
	ACT_INFO,			/* run: the step's whole instructions */
	ACT_SKIP_STEP,			/* run: to the next step (n: the next period) */
	ACT_SNOOZE,			/* remind: put the break off */
	ACT_LEFT, ACT_RIGHT,		/* map: move the marker */
	ACT_TURN, ACT_NEXT, ACT_ALL,	/* map: turn over, next muscle, all of them */
	ACT_MAP, ACT_CLICK,		/* picker: open the map; a mouse click */
	ACT_GENTLE,			/* pain caution: the gentle routine instead */
	ACT_SAFETY,			/* picker: the safety note again */
	ACT_PLAN			/* picker: the routine the plan has due */
};

/* Roles of text; ui_attr() maps them to colour or monochrome attributes. */
enum ui_role {
	ROLE_NORMAL, ROLE_TITLE, ROLE_WORK, ROLE_REST, ROLE_READY,
	ROLE_PAUSED, ROLE_SELECT, ROLE_CAUTION, ROLE_DIM, ROLE_KEYS,
	ROLE_COUNT
};

struct ui {
	struct app *app;
	enum ui_scr scr;		/* the screen under any overlay */
	bool help;			/* the help overlay is open */
	bool confirm;			/* the quit question is open (run) */
	bool confirm_resume;		/* resume after "n" */
	bool help_resume;		/* resume when the help closes */
	bool done;			/* leave ui_main */
	int exit_status;

	/* picker and list */
	int area;
	int list_sel, list_top;
	int detail_top;		/* first line of the routine view shown */
	const struct routine **list;
	size_t nlist;
	const struct routine *routine;	/* the routine on view or running */
	bool from_run_id;		/* started with `run ID` */

	/* pain question */
	bool pain_after;		/* the question is the after one */
	int pain_before_v, pain_after_v;
	bool pain_pending;		/* '1' typed: it becomes 10 if '0' follows */
	uint64_t pain_pending_until;	/* clock_now() ms when the pending 1 counts as 1 */
	bool pain_caution;		/* before: 8 or more, the caution is up */

	/* run */
	struct runner *run;		/* session + cues + log (runner.c), or NULL */
	const struct session *s;	/* the runner's session, or NULL */
	bool s_over;			/* finished or abandoned, awaiting log */
	char notice[256];		/* one status line (cue notice, log failure) */
	uint64_t notice_until;		/* clock_now() ms when notice goes; 0: it stays */
	bool info;			/* the step's instructions box is open (run) */
	bool info_resume;		/* resume when it closes */
	int info_top;			/* first line of the box shown */
	int info_page;			/* lines the box showed last */
	int info_max;			/* the last info_top there is; 0: all fits */

	/* summary and log */
	bool logged;
	bool log_failed;
	char log_err[256];
	char log_line[LOG_LINE_MAX];
	bool log_line_pending;		/* print log_line to stderr after endwin */

	bool safety_done;
	/* the body map (ui-map.c) */
	int map_view;			/* enum body_view */
	double map_x, map_y;		/* the marker, in model coordinates */
	int map_sel;			/* the muscle shown, of those at the spot */
	bool map_all;			/* all of them at once */
	/* the list when it is not an area's: its title and where Esc goes */
	char list_title[128];
	enum ui_scr list_back;
	bool safety_again;		/* the note was asked for (!): back to the picker */
	/*
	 * A page of text that scrolls when the window is too small for it
	 * (ui-pain.c: the safety note, the caution for 8 or more, the
	 * summary); one at a time, reset when it is left.
	 */
	int page_top;			/* its first line shown */
	int page_max;			/* the last page_top there is; 0: it all fits */
	int page_rows;			/* the lines it showed last */
	bool page_end;			/* its last line has been on the screen */
	/* history (h) */
	struct log_record *hist;
	long nhist;
	enum ui_scr hist_back;
};

/* ui-term.c: the one owner of the terminal. */
int ui_term_start(bool want_color);
void ui_term_end(void);
/* getch(), with key sequences the terminal description does not know dropped. */
int ui_term_getch(void);
void ui_term_suspend(void);
void ui_term_resume(void);
void ui_term_resize(void);
/* Mouse clicks come as KEY_MOUSE (only on the screens that take them). */
void ui_term_mouse(bool on);
bool ui_utf8(void);
bool ui_color(void);
attr_t ui_attr(enum ui_role role);
void ui_beep(void *arg);
/* Draw s (n bytes, or all of it when n == (size_t)-1) at y,x within maxw columns. */
int ui_putn(int y, int x, int maxw, const char *s, size_t n, attr_t attr);
int ui_put(int y, int x, int maxw, const char *s, attr_t attr);
/* The same on one line, cut with an ellipsis when it does not fit. */
int ui_put_cut(int y, int x, int maxw, const char *s, attr_t attr);
int ui_printf(int y, int x, int maxw, attr_t attr, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Fill columns x..x+w-1 of row y with spaces in attr. */
void ui_fill(int y, int x, int w, attr_t attr);
/* Word-wrap for the screens: text_wrap, a word longer than a line broken. */
#define ui_line text_line
static inline int
ui_wrap(const char *s, int width, struct text_line *out, int max)
{
	return text_wrap(s, width, true, out, max);
}
/* Draw a progress bar of w columns; returns how many sub-cells it has. */
int ui_bar(int y, int x, int w, uint64_t done, uint64_t total, attr_t attr);
void ui_fmt_mmss(char *buf, size_t size, uint64_t seconds);
bool ui_too_small(void);

/* ui-digits.c */
/* Rows and columns the big text needs at scale k (1 = 7 rows). */
int ui_digits_width(const char *txt, int k);
int ui_digits_height(int k);
void ui_digits_draw(int y, int x, const char *txt, int k, bool light, attr_t attr);

/* ui-keys.c */
enum ui_act ui_key_action(enum ui_scr scr, int ch);
/*
 * What the list, the picker and the map do alike: ? shows the help box,
 * q quits.  True if act was one of them.
 */
bool ui_key_common(struct ui *u, enum ui_act act);
/* The help overlay for screen scr. */
void ui_keys_draw_help(enum ui_scr scr);
const char *ui_keys_line(enum ui_scr scr);
/* A key line of the screen's own, fitted as ui_keys_line fits them. */
const char *ui_keys_fit(const char *full);

/* The screens: ui-picker.c, ui-list.c, ui-detail.c, ui-run.c, ui-pain.c, ui-hist.c */
void ui_open_first(struct ui *u);
void ui_safety_draw(struct ui *u);
void ui_safety_key(struct ui *u, int ch);
void ui_picker_draw(struct ui *u);
void ui_picker_key(struct ui *u, int ch);
/* The shipped figures or pain sources that did not load: a line at row y, if any. */
void ui_data_warning(const struct ui *u, int y);
void ui_list_open(struct ui *u, int area);
/* The routines for area: those that list it, and those the pain-source
 * file suggests for it; into out (room for lib.count) if not NULL. */
size_t ui_list_collect(const struct ui *u, int area, const struct routine **out);
void ui_list_draw(struct ui *u);
void ui_list_key(struct ui *u, int ch);
void ui_detail_draw(struct ui *u);
void ui_detail_key(struct ui *u, int ch);
void ui_pain_draw(struct ui *u);
void ui_pain_key(struct ui *u, int ch);
/* Milliseconds until a pending "1" counts as 1, or -1; and taking it then. */
int ui_pain_timeout(struct ui *u);
void ui_pain_tick(struct ui *u);
/* A new page (the page_* fields): from its top, not yet read to its end. */
void ui_page_reset(struct ui *u);
void ui_summary_draw(struct ui *u);
void ui_summary_key(struct ui *u, int ch);
void ui_hist_draw(struct ui *u);
void ui_hist_key(struct ui *u, int ch);
void ui_hist_open(struct ui *u);
void ui_hist_close(struct ui *u);

/* ui-figure.c: the figure of a step (pose.h) on a screen */
struct pose;
struct routine_step;
/* The pose a step names, or NULL. */
const struct pose *ui_figure_pose(const struct routine_step *st);
/*
 * What the run screen shows now: the pose, the time into it and whether
 * it is mirrored (the right side); false when there is none.
 */
bool ui_figure_now(const struct ui *u, uint64_t now, const struct pose **p,
    double *t, bool *mirror);
#define UI_FIGURE_MIN_COLS 5	/* narrower than this, no figure */
#define UI_FIGURE_MIN_ROWS 5	/* lower than this, none either */
/* Columns the pose wants at rows rows. */
int ui_figure_cols(const struct pose *p, int rows);
/* The widest of the figures of a routine's steps at that many rows. */
int ui_figure_cols_widest(const struct routine *r, int rows);
/* Draw it into the box y, x, h rows, w columns (nothing when too small). */
void ui_figure_draw(const struct pose *p, double t, bool mirror, int y,
    int x, int h, int w);
/* No figure is on the run screen now (a box covers it). */
void ui_figure_forget(void);
/* Milliseconds until the moving figure on the run screen changes, or -1. */
int ui_figure_timeout(const struct ui *u);
/*
 * A still figure as cells for a page that scrolls: cols x rows cells (free
 * them), the rows with ink being *first to *first + *n - 1; put one row.
 */
struct draw_cell *ui_figure_cells(const struct pose *p, int cols, int rows,
    int *first, int *n);
void ui_figure_put_row(const struct draw_cell *cells, int cols, int row,
    int y, int x);

/* ui-map.c: the body map */
/* Open the map with the marker in the middle of area (or where it was). */
void ui_map_open(struct ui *u, int area);
void ui_map_draw(struct ui *u);
void ui_map_key(struct ui *u, int ch);
struct mapfig;
/* Draw a figure's cells at (y, x), each class in its attributes. */
void ui_map_put_figure(const struct mapfig *f, int y, int x);
/*
 * Read a mouse event (after KEY_MOUSE): true, with the place on the body
 * model in *x, *y, when it is a click on a figure at gx, gy of gcols x grows.
 */
bool ui_map_click(int gx, int gy, int gcols, int grows, double *x, double *y);

/* ui-run.c */
void ui_run_begin(struct ui *u);	/* ask pain (maybe), then start */
void ui_run_start(struct ui *u);	/* start the session now */
void ui_run_draw(struct ui *u);
void ui_run_key(struct ui *u, int ch);
void ui_confirm_key(struct ui *u, int ch);
/* The box with the current step's whole instructions (i). */
void ui_run_info_draw(struct ui *u);
/* A key while the box is up: scroll it, or close it (other keys). */
void ui_run_info_key(struct ui *u, int ch);
/* Advance the session to now and play its events; true if anything happened. */
bool ui_run_tick(struct ui *u);
/* Milliseconds until the run screen next changes, or -1. */
int ui_run_timeout(struct ui *u);
/* The session ended (finished or quit): pain question, log, summary. */
void ui_run_ended(struct ui *u);
/* End by signal: log as abandoned now. */
void ui_run_abandon(struct ui *u);
void ui_run_pause_for_suspend(struct ui *u);
void ui_run_pause_too_small(struct ui *u);
/* Write the record (once). */
void ui_run_log(struct ui *u);

#endif
