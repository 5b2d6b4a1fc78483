/*
 * cmd-show.c - `backcoach show ID`: a routine in full, with its steps (and
 * each step's figure) and the timeline the session engine makes of them.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "cmd.h"
#include "i18n.h"
#include "library.h"
#include "pose.h"
#include "routine.h"
#include "session.h"
#include "setup.h"
#include "text.h"
#include "xmalloc.h"

/* The figure under each step's instructions. */
#define SHOW_FIGURE_COLS 32
#define SHOW_FIGURE_ROWS 9

static const char *
cmd_show_area_name(int a)
{
	return routine_area_label(a);
}

static const char *
cmd_show_equipment_name(int e)
{
	return routine_equipment_label(e);
}

static const char *
cmd_show_side(enum session_side side)
{
	return side == SIDE_LEFT ? _("left side") : side == SIDE_RIGHT ?
	    _("right side") : "";
}

/*
 * " 2. Name (45s, each side, 2 reps, 15s rest between, ...)", wrapped to
 * width with the lines after the first under the name.
 */
static void
cmd_show_step_head(unsigned i, const struct routine_step *st, int width)
{
	struct text_line line[16];
	char head[1024];
	size_t len = 0;
	int n, k, lead;

#define HEAD_ADD(...) do { if (len < sizeof head) \
	len += (size_t)snprintf(head + len, sizeof head - len, __VA_ARGS__); } while (0)
	/* TRANSLATORS: a step's number, name and seconds: "2. Shoulder
	   rolls (30s"; what follows is added, then ")" */
	HEAD_ADD(_("%2u. %s (%us"), i + 1, st->name, (unsigned)st->seconds);
	if (st->sides == SIDES_LEFT_RIGHT)
		HEAD_ADD("%s", _(", each side"));
	if (st->reps > 1)
		HEAD_ADD(P_(", %u rep", ", %u reps", st->reps), (unsigned)st->reps);
	if (st->rest > 0)
		HEAD_ADD(_(", %us rest between"), (unsigned)st->rest);
	if (st->prepare > 0)
		HEAD_ADD(_(", %us to get into position first"),
		    (unsigned)st->prepare);
	HEAD_ADD(")");
#undef HEAD_ADD
	/* the number's leading space is kept: wrap what follows it */
	lead = (int)strspn(head, " ");
	n = text_wrap(head + lead, width > 14 ? width - 4 : 10, false, line, 16);
	for (k = 0; k < n; k++)
		printf("%*s%.*s\n", k == 0 ? lead : 4, "", (int)line[k].n,
		    line[k].p);
}

static void
cmd_show_steps(const struct routine *r, int width)
{
	const struct pose *p;
	unsigned i;

	printf("\n%s\n", _("Steps:"));
	for (i = 0; i < r->steps_count; i++) {
		const struct routine_step *st = &r->steps[i];

		cmd_show_step_head(i, st, width);
		text_wrap_print(stdout, st->instructions, 4, width);
		/* its figure, small and still (pose.h) */
		if ((p = pose_find(pose_shipped(), st->figure)) != NULL)
			pose_print(p, 0, false, 4, SHOW_FIGURE_COLS,
			    SHOW_FIGURE_ROWS, pose_draw_mode(), stdout);
	}
}

static void
cmd_show_timeline(const struct routine *r, const struct session *s,
    const char *len)
{
	const struct session_seg *g;
	char at[16];
	uint64_t t = 0;
	size_t k;

	printf("\n%s\n", _("Timeline:"));
	for (k = 0; k < s->nsegs; k++) {
		g = &s->segs[k];
		text_duration(at, sizeof at, t / 1000);
		if (g->kind == SEG_REST)
			printf("  %s  %s %us\n", at, g->prepare ?
			    _("get into position") : _("rest"),
			    (unsigned)(g->ms / 1000));
		else {
			printf("  %s  %s", at, r->steps[g->step].name);
			if (g->side != SIDE_NONE)
				printf(", %s", cmd_show_side(g->side));
			if (g->reps > 1)
				printf(_(", rep %u/%u"), g->rep, g->reps);
			printf(" (%us)\n", (unsigned)(g->ms / 1000));
		}
		t += g->ms;
	}
	text_duration(at, sizeof at, t / 1000);
	printf("  %s  %s\n\n", at, _("end"));
	printf(_("Total: %s\n"), len);
}

static int
cmd_show_exec(const struct cmdline *cl, int argc, char **argv)
{
	struct library lib;
	const struct routine *r;
	struct session s;
	char len[16], buf[256];
	int width = cmd_term_width(), st;
	char *caution;

	(void)argc;
	if ((st = setup_library(&lib, cl)) != 0)
		return st;
	if ((r = library_find(&lib, argv[0])) == NULL) {
		st = cmd_no_such_routine(&lib, argv[0]);
		library_free(&lib);
		return st;
	}
	text_duration(len, sizeof len, routine_total_seconds(r));
	printf("%s\n", r->title);
	/* TRANSLATORS: the kind and the level are shown in the person's
	   language (routine_kind_label, routine_level_label) */
	printf(_("id: %s    length: %s    kind: %s    level: %s\n"), r->id, len,
	    routine_kind_label(r->kind), routine_level_label(r->level));
	cmd_fmt_names(buf, sizeof buf, r->areas, AREA_COUNT, cmd_show_area_name,
	    ", ", "");
	printf(_("areas: %s\n"), buf);
	cmd_fmt_names(buf, sizeof buf, r->equipment, EQUIP_COUNT,
	    /* TRANSLATORS: no equipment */
	    cmd_show_equipment_name, ", ", _("none"));
	printf(_("equipment: %s\n"), buf);
	printf(_("file: %s\n"), cmd_clean(r->path));
	putchar('\n');
	text_wrap_print(stdout, r->summary, 0, width);
	putchar('\n');
	xasprintf(&caution, _("Caution: %s"), r->caution);
	text_wrap_print(stdout, caution, 0, width);
	free(caution);
	cmd_show_steps(r, width);
	if (session_init(&s, r, 0) != 0) {
		library_free(&lib);
		return EXIT_SOFTWARE;
	}
	cmd_show_timeline(r, &s, len);
	session_free(&s);
	library_free(&lib);
	return cmd_flush();
}

const struct cmd_entry cmd_show_entry = {
	.name = "show",
	.args = N_("ID"),
	.arg_error = N_("show wants one routine ID"),
	.min_args = 1,
	.max_args = 1,
	.options = CMD_O(CO_ROUTINES_DIR) | CMD_O(CO_CONFIG),
	.flags = CMD_SETTINGS,
	.help = N_("a routine in full"),
	.exec = cmd_show_exec,
};
