/*
 * ui-detail.c - one routine before it starts: summary, caution, the steps
 * with their lengths expanded (sides, reps, rests) and the total.
 */
#include <stdio.h>
#include <string.h>

#include "routine.h"
#include "ui-priv.h"

static uint64_t
step_seconds(const struct routine_step *st)
{
	uint64_t work = (uint64_t)st->reps * (st->sides == SIDES_LEFT_RIGHT ? 2 : 1);

	return work * st->seconds + (work - 1) * st->rest;
}

static int
para(int y, int x, int w, int ymax, const char *s, attr_t attr)
{
	struct ui_line lines[64];
	int n, i;

	n = ui_wrap(s, w, lines, 64);
	for (i = 0; i < n && y < ymax; i++)
		ui_putn(y++, x, w, lines[i].p, lines[i].n, attr);
	return y;
}

void
ui_detail_draw(struct ui *u)
{
	const struct routine *r = u->routine;
	const struct routine_step *st;
	char tot[16], len[16], how[128];
	int y, ymax = LINES - 2, w = COLS - 4;
	unsigned i;
	size_t n;

	ui_fmt_mmss(tot, sizeof tot, routine_total_seconds(r));
	ui_put(0, 1, COLS - 2, r->title, ui_attr(ROLE_TITLE));
	ui_printf(1, 2, w, A_DIM, "%s  %s  %u steps  total %s", routine_kind_name(r->kind),
	    routine_level_name(r->level), r->steps_count, tot);
	y = para(3, 2, w, ymax, r->summary, A_NORMAL);
	if (y < ymax)
		y++;
	if (y < ymax) {
		n = strlen("Caution: ");
		ui_put(y, 2, (int)n, "Caution: ", ui_attr(ROLE_CAUTION));
		y = para(y, 2 + (int)n, w - (int)n, ymax, r->caution,
		    ui_attr(ROLE_CAUTION));
	}
	if (y < ymax)
		y++;
	for (i = 0; i < r->steps_count && y < ymax; i++, y++) {
		st = &r->steps[i];
		if (y == ymax - 1 && i + 1 < r->steps_count) {
			ui_printf(y, 2, w, A_DIM, "... and %u more steps",
			    r->steps_count - i);
			break;
		}
		ui_fmt_mmss(len, sizeof len, step_seconds(st));
		n = (size_t)snprintf(how, sizeof how, "%us", st->seconds);
		if (st->sides == SIDES_LEFT_RIGHT)
			n += (size_t)snprintf(how + n, sizeof how - n, " each side");
		if (st->reps > 1)
			n += (size_t)snprintf(how + n, sizeof how - n, ", %u reps", st->reps);
		if (st->rest > 0 && step_seconds(st) > st->seconds)
			snprintf(how + n, sizeof how - n, ", rest %us", st->rest);
		ui_printf(y, 2, 4, A_NORMAL, "%2u.", i + 1);
		ui_printf(y, 6, w - 4 - 8, A_NORMAL, "%s  (%s)", st->name, how);
		ui_put(y, COLS - 8, 7, len, A_NORMAL);
	}
	ui_printf(LINES - 2, 2, w, A_BOLD, "Total %s", tot);
	ui_put(LINES - 1, 1, COLS - 2, ui_keys_line(SCR_ROUTINE), ui_attr(ROLE_KEYS));
}

void
ui_detail_key(struct ui *u, int ch)
{
	switch (ui_key_action(SCR_ROUTINE, ch)) {
	case ACT_ENTER:
		ui_run_begin(u);
		break;
	case ACT_BACK:
		u->scr = u->nlist > 0 ? SCR_LIST : SCR_PICKER;
		break;
	case ACT_HELP:
		u->help = true;
		break;
	default:
		break;
	}
}
