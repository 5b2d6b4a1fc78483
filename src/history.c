/*
 * history.c - reading the session logs back as history, as a stream: the
 * numbers (this week, last 28 days, streak of days, pain change and its
 * direction per routine, pain per week, what was left out and why) and
 * the `history` command's output (text, TSV, CSV, JSON Lines).  Drawing
 * is in ui-history.c.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <langinfo.h>
#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "history.h"
#include "i18n.h"
#include "routine.h"
#include "text.h"
#include "xmalloc.h"

/* The local calendar day holding t, as a day number. */
static long
history_dayno(time_t t)
{
	struct tm tm;

	if (localtime_r(&t, &tm) == NULL)
		return 0;
	return log_civil_days(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

time_t
history_day_start(time_t t, int days)
{
	struct tm tm;

	if (localtime_r(&t, &tm) == NULL)
		return t;
	/* mktime normalises the day and, with isdst -1, finds the right offset. */
	tm.tm_mday += days;
	tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
	tm.tm_isdst = -1;
	return mktime(&tm);
}

time_t
history_week_start(time_t t)
{
	struct tm tm;

	if (localtime_r(&t, &tm) == NULL)
		return t;
	return history_day_start(t, -((tm.tm_wday + 6) % 7));
}

int
history_parse_date(const char *s, time_t *out)
{
	struct tm tm;
	char *end;
	time_t t;
	int y, m, d;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return -1;
	y = (int)strtol(s, &end, 10);
	m = (int)strtol(s + 5, &end, 10);
	d = (int)strtol(s + 8, &end, 10);
	if (y < 1970 || m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_isdst = -1;
	if ((t = mktime(&tm)) == (time_t)-1)
		return -1;
	/* mktime moves 2026-02-30 to March: refuse dates that do not exist. */
	if (tm.tm_year != y - 1900 || tm.tm_mon != m - 1 || tm.tm_mday != d)
		return -1;
	*out = t;
	return 0;
}

bool
history_match(const struct log_record *r, const struct history_filter *f)
{
	if (f == NULL)
		return true;
	if (f->since != 0 && r->start < f->since)
		return false;
	if (f->routine != NULL && strcmp(f->routine, r->routine) != 0)
		return false;
	if (f->area >= 0 && !(r->areas & (1U << f->area)))
		return false;
	return true;
}

bool
history_is_short(const struct log_record *r)
{
	return r->outcome == LOG_ABANDONED && r->done < HISTORY_SHORT_SECONDS;
}

time_t
history_now(void)
{
	const char *s = getenv("BACKCOACH_NOW");
	char *end;
	long long v;

	if (s == NULL || *s == '\0')
		return time(NULL);
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < 0)
		return time(NULL);
	return (time_t)v;
}

void
history_init(struct history *h, time_t now, const struct history_filter *f,
    size_t tail_max)
{
	memset(h, 0, sizeof *h);
	h->now = now;
	if (f != NULL)
		h->filter = *f;
	else
		h->filter.area = -1;
	h->tail_max = tail_max;
	if (tail_max > 0)
		h->recs = xcalloc(tail_max, sizeof *h->recs);
	h->routines = xcalloc(HISTORY_ROUTINES_MAX, sizeof *h->routines);
	h->slots = xmalloc(2 * HISTORY_ROUTINES_MAX * sizeof *h->slots);
	for (size_t i = 0; i < 2 * HISTORY_ROUTINES_MAX; i++)
		h->slots[i] = -1;
	h->week_start = history_week_start(now);
	h->days28_start = history_day_start(now, -(HISTORY_DAYS - 1));
	for (int w = 0; w <= HISTORY_WEEKS; w++)
		h->ws[w] = history_day_start(h->week_start, -7 * (HISTORY_WEEKS - 1 - w));
	h->today = history_dayno(now);
	h->day_lo = 1;
	h->day_hi = 0;		/* an empty cache */
	if (h->today >= 0)
		h->days = xcalloc((size_t)h->today / 8 + 1, 1);
}

/* The day number of t, through a cache of the last day seen (logs are in order). */
static long
history_dayno_cached(struct history *h, time_t t)
{
	if (t < h->day_lo || t >= h->day_hi) {
		h->day_cache = history_dayno(t);
		h->day_lo = history_day_start(t, 0);
		h->day_hi = history_day_start(t, 1);
		if (t < h->day_lo || t >= h->day_hi) {
			/* a day mktime cannot bound (a gap at midnight): no cache */
			h->day_lo = 1;
			h->day_hi = 0;
		}
	}
	return h->day_cache;
}

/* The routine's entry, added on first sight; past the cap, the shared one. */
static struct history_routine *
history_routine_of(struct history *h, const char *id)
{
	size_t nslots = 2 * HISTORY_ROUTINES_MAX, i;
	uint32_t hash = 2166136261u;
	struct history_routine *rt;

	for (const char *p = id; *p != '\0'; p++)
		hash = (hash ^ (unsigned char)*p) * 16777619u;
	for (i = hash % nslots; h->slots[i] >= 0; i = (i + 1) % nslots)
		if (strcmp(h->routines[h->slots[i]].id, id) == 0)
			return &h->routines[h->slots[i]];
	if (h->nroutines == HISTORY_ROUTINES_MAX)
		return &h->other;
	h->slots[i] = (int)h->nroutines;
	rt = &h->routines[h->nroutines++];
	snprintf(rt->id, sizeof rt->id, "%s", id);
	return rt;
}

void
history_add(struct history *h, const struct log_record *r)
{
	struct history_routine *rt;
	double minutes = r->done / 60.0;
	long day;

	if (!history_match(r, &h->filter))
		return;
	h->sum.sessions++;
	/* the list keeps the most recent, whatever they are */
	if (h->tail_max > 0) {
		h->recs[h->tail_next] = *r;
		if (++h->tail_next == h->tail_max) {
			h->tail_next = 0;
			h->tail_full = true;
		}
	}
	if (history_is_short(r)) {
		h->sum.too_short++;
		return;
	}
	if (r->start > h->now) {
		/* a clock set wrong, or a log from elsewhere: not this week's */
		h->sum.future++;
		return;
	}
	if (r->outcome == LOG_ABANDONED)
		h->sum.abandoned++;
	if (r->start >= h->week_start) {
		h->sum.week_sessions++;
		h->sum.week_minutes += minutes;
	}
	if (r->start >= h->days28_start) {
		h->sum.days28_sessions++;
		h->sum.days28_minutes += minutes;
	}
	day = history_dayno_cached(h, r->start);
	if (day >= 0 && day <= h->today) {
		h->days[day / 8] |= (unsigned char)(1U << (day % 8));
		if (h->today - day < HISTORY_DAYS)
			h->minutes[HISTORY_DAYS - 1 - (h->today - day)] += minutes;
	}
	rt = history_routine_of(h, r->routine);
	rt->sessions++;
	if (r->pain_before < 0 || r->pain_after < 0)
		return;
	{
		double x = (double)rt->rated, y = r->pain_before;

		rt->sx += x;
		rt->sy += y;
		rt->sxx += x * x;
		rt->sxy += x * y;
	}
	rt->rated++;
	rt->sum_change += r->pain_after - r->pain_before;
	if (r->start < h->ws[0] || r->start >= h->ws[HISTORY_WEEKS])
		return;		/* older than the trend's weeks: most of a long log */
	for (int w = 0; w < HISTORY_WEEKS; w++) {
		if (r->start >= h->ws[w] && r->start < h->ws[w + 1]) {
			h->weeks[w].n++;
			h->weeks[w].sum_before += r->pain_before;
			h->weeks[w].sum_after += r->pain_after;
			break;
		}
	}
}

static bool
history_day_set(const struct history *h, long day)
{
	return day >= 0 && day <= h->today &&
	    (h->days[day / 8] & (1U << (day % 8))) != 0;
}

/*
 * The list is in the order records were read (the order sessions ended,
 * merged across logs); shown by start.  Insertion sort: stable, and
 * linear on a list that is nearly in order already.
 */
static void
history_sort(struct log_record *recs, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct log_record r = recs[i];
		size_t j = i;

		while (j > 0 && recs[j - 1].start > r.start) {
			recs[j] = recs[j - 1];
			j--;
		}
		recs[j] = r;
	}
}

void
history_finish(struct history *h)
{
	long d;

	for (int w = 0; w < HISTORY_WEEKS; w++) {
		if (h->weeks[w].n > 0) {
			h->weeks[w].before = h->weeks[w].sum_before / h->weeks[w].n;
			h->weeks[w].after = h->weeks[w].sum_after / h->weeks[w].n;
		}
	}
	/* the streak ends today, or yesterday when there is none yet today */
	h->sum.streak = 0;
	d = history_day_set(h, h->today) ? h->today : h->today - 1;
	while (history_day_set(h, d)) {
		h->sum.streak++;
		d--;
	}
	/* the ring of kept records, oldest first, then by start */
	if (h->tail_full && h->tail_next > 0) {
		struct log_record *flat = xcalloc(h->tail_max, sizeof *flat);
		size_t k = h->tail_max - h->tail_next;

		memcpy(flat, h->recs + h->tail_next, k * sizeof *flat);
		memcpy(flat + k, h->recs, h->tail_next * sizeof *flat);
		free(h->recs);
		h->recs = flat;
	}
	h->n = h->tail_full ? h->tail_max : h->tail_next;
	history_sort(h->recs, h->n);
}

void
history_free(struct history *h)
{
	if (h == NULL)
		return;
	free(h->recs);
	free(h->routines);
	free(h->slots);
	free(h->days);
	h->recs = NULL;
	h->routines = NULL;
	h->slots = NULL;
	h->days = NULL;
	h->n = h->nroutines = 0;
}

double
history_direction(const struct history_routine *rt)
{
	double n = (double)rt->rated, den = n * rt->sxx - rt->sx * rt->sx;

	if (rt->rated < 2 || den == 0)
		return 0;
	return (n * rt->sxy - rt->sx * rt->sy) / den * (n - 1);
}

void
history_direction_text(const struct history_routine *rt, char *buf, size_t size)
{
	double d = history_direction(rt);

	char num[32];

	history_decimal(num, sizeof num, 1, false, d < 0 ? -d : d);
	/* TRANSLATORS: how the pain before a routine moved over its sessions;
	   %s is a number, "1.5" */
	if (rt->rated < HISTORY_TREND_MIN)
		snprintf(buf, size, "%s", _("too few sessions"));
	else if (d > -HISTORY_STEADY && d < HISTORY_STEADY)
		snprintf(buf, size, "%s", _("steady"));
	else if (d < 0)
		snprintf(buf, size, _("falling %s"), num);
	else
		snprintf(buf, size, _("rising %s"), num);
}

/*
 * A log being read in a merge: its reader and its next record.  Each log
 * is in the order its sessions ended, close to the order they started;
 * the merge takes the earliest next record of all logs.
 */
struct history_src {
	struct log_reader *lr;
	struct log_record next;
	bool have;
	const char *path;
};

static int
history_src_advance(struct history_src *src, char *err, size_t errsize)
{
	int rc = log_next(src->lr, &src->next);

	if (rc < 0) {
		snprintf(err, errsize, _("cannot read %s: %s"), src->path,
		    strerror(errno));
		src->have = false;
		return -1;
	}
	src->have = rc == 1;
	return 0;
}

/* Open every log; -1 if one exists and cannot be read. */
static int
history_open_all(struct history_src *src, const char *const *paths, size_t npaths,
    bool own, FILE *warn, char *err, size_t errsize)
{
	for (size_t i = 0; i < npaths; i++) {
		memset(&src[i], 0, sizeof src[i]);
		src[i].path = paths[i];
	}
	for (size_t i = 0; i < npaths; i++) {
		if (log_open(paths[i], own && i == 0 ? LOG_TIGHTEN : 0, &src[i].lr,
		    warn, err, errsize) != 0)
			return -1;
		if (src[i].lr != NULL && history_src_advance(&src[i], err, errsize) != 0)
			return -1;
	}
	return 0;
}

/* The log whose next record starts first, or -1 when all are done. */
static int
history_src_pick(const struct history_src *src, size_t n)
{
	int best = -1;

	for (size_t i = 0; i < n; i++)
		if (src[i].have && (best < 0 || src[i].next.start < src[best].next.start))
			best = (int)i;
	return best;
}

static void
history_close_all(struct history_src *src, size_t n, struct log_stats *st)
{
	for (size_t i = 0; i < n; i++) {
		if (src[i].lr == NULL)
			continue;
		if (st != NULL) {
			const struct log_stats *s = log_reader_stats(src[i].lr);

			st->lines += s->lines;
			st->records += s->records;
			st->skipped += s->skipped;
			st->other_kinds += s->other_kinds;
		}
		log_close(src[i].lr);
		src[i].lr = NULL;
	}
}

/*
 * A log is in the order sessions ended; two sessions run side by side end
 * out of the order they started.  The records pass through a small ring
 * that keeps the last HISTORY_REORDER of them in order of start (equal
 * starts in the order read): constant memory, in order whenever no record
 * is more than that many places out, and a record that comes in order
 * (nearly all) costs one copy.
 */
#define HISTORY_REORDER 64

struct history_ring {
	struct log_record rec[HISTORY_REORDER];
	const char *path[HISTORY_REORDER];
	size_t head, n;
};

#define RING_AT(rg, i) (((rg)->head + (i)) % HISTORY_REORDER)

/* Add r (the ring is not full), sliding it back past later starts. */
static void
history_ring_push(struct history_ring *rg, const struct log_record *r, const char *path)
{
	size_t i = rg->n++;

	while (i > 0 && rg->rec[RING_AT(rg, i - 1)].start > r->start) {
		rg->rec[RING_AT(rg, i)] = rg->rec[RING_AT(rg, i - 1)];
		rg->path[RING_AT(rg, i)] = rg->path[RING_AT(rg, i - 1)];
		i--;
	}
	rg->rec[RING_AT(rg, i)] = *r;
	rg->path[RING_AT(rg, i)] = path;
}

/* The earliest record (the ring is not empty), valid until the next push. */
static size_t
history_ring_pop(struct history_ring *rg)
{
	size_t at = rg->head;

	rg->head = (rg->head + 1) % HISTORY_REORDER;
	rg->n--;
	return at;
}

typedef void (*history_emit_fn)(const struct log_record *r, const char *path, void *arg);

/*
 * Every record of the logs, merged by start and passed through the heap,
 * to emit.  0, or -1 with err set (a log could not be read).
 */
static int
history_stream(const char *const *paths, size_t npaths, bool own, FILE *warn,
    char *err, size_t errsize, struct log_stats *st, history_emit_fn emit, void *arg)
{
	struct history_src src[HISTORY_LOGS_MAX];
	struct history_ring *rg = xcalloc(1, sizeof *rg);
	size_t slot;
	int k, rc = 0;

	if (npaths > HISTORY_LOGS_MAX)
		npaths = HISTORY_LOGS_MAX;
	if (history_open_all(src, paths, npaths, own, warn, err, errsize) != 0)
		rc = -1;
	while (rc == 0 && (k = history_src_pick(src, npaths)) >= 0) {
		if (rg->n == HISTORY_REORDER) {
			slot = history_ring_pop(rg);
			emit(&rg->rec[slot], rg->path[slot], arg);
		}
		history_ring_push(rg, &src[k].next, src[k].path);
		if (history_src_advance(&src[k], err, errsize) != 0)
			rc = -1;
	}
	while (rc == 0 && rg->n > 0) {
		slot = history_ring_pop(rg);
		emit(&rg->rec[slot], rg->path[slot], arg);
	}
	history_close_all(src, npaths, st);
	free(rg);
	return rc;
}

static void
history_emit_add(const struct log_record *r, const char *path, void *arg)
{
	(void)path;
	history_add(arg, r);
}

int
history_read_logs(struct history *h, const char *const *paths, size_t npaths,
    bool own, FILE *warn, char *err, size_t errsize)
{
	int rc = history_stream(paths, npaths, own, warn, err, errsize, &h->stats,
	    history_emit_add, h);

	history_finish(h);
	return rc;
}

const char *
history_arrow(bool utf8)
{
	return utf8 ? "\xe2\x86\x92" : "->";
}

void
history_pain_text(int before, int after, bool utf8, char *buf, size_t size)
{
	const char *arrow = history_arrow(utf8);

	if (before < 0 && after < 0)
		snprintf(buf, size, "-");
	else if (before < 0)
		snprintf(buf, size, "-%s%d", arrow, after);
	else if (after < 0)
		snprintf(buf, size, "%d%s-", before, arrow);
	else
		snprintf(buf, size, "%d%s%d", before, arrow, after);
}

void
history_axis_label(double minutes, char *buf, size_t size)
{
	/* rounded as printed: 59.97 s is "60s", 0.99 min is not "1.0" */
	if (minutes * 60 < 59.5)
		snprintf(buf, size, "%.0fs", minutes * 60);
	else if (minutes < 99.95)
		history_decimal(buf, size, 1, false, minutes);
	else
		snprintf(buf, size, "%.0f", minutes);
}

/* The person's decimal point (see history_decimal), looked up once. */
static const char *
history_point(void)
{
	static char point[8];
	locale_t l;
	const char *p;

	if (point[0] == '\0') {
		l = newlocale(LC_NUMERIC_MASK, "", (locale_t)0);
		p = l != (locale_t)0 ? nl_langinfo_l(RADIXCHAR, l) : NULL;
		snprintf(point, sizeof point, "%s", p != NULL && *p != '\0' ? p : ".");
		if (l != (locale_t)0)
			freelocale(l);
	}
	return point;
}

void
history_decimal(char *buf, size_t size, int prec, bool sign, double v)
{
	char tmp[64], *dot;
	const char *pt = history_point();

	snprintf(tmp, sizeof tmp, sign ? "%+.*f" : "%.*f", prec, v);
	if ((dot = strchr(tmp, '.')) != NULL && strcmp(pt, ".") != 0) {
		*dot = '\0';
		snprintf(buf, size, "%s%s%s", tmp, pt, dot + 1);
	} else {
		snprintf(buf, size, "%s", tmp);
	}
}

static bool
history_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);

	return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

int
history_format_from_name(const char *name, enum history_format *out)
{
	static const struct { const char *name; enum history_format f; } fmts[] = {
		{ "text", HISTORY_TEXT }, { "tsv", HISTORY_TSV },
		{ "csv", HISTORY_CSV }, { "json", HISTORY_JSON },
	};

	for (size_t i = 0; i < sizeof fmts / sizeof fmts[0]; i++) {
		if (strcmp(name, fmts[i].name) == 0) {
			*out = fmts[i].f;
			return 0;
		}
	}
	return -1;
}

/*
 * The name to show for an id: its title, else the id.  The last few are
 * kept: a log alternates between a handful of routines.
 */
#define HISTORY_NAMES 8

struct history_names {
	history_title_fn fn;
	void *arg;
	char id[HISTORY_NAMES][65];
	const char *title[HISTORY_NAMES];
	/* the title in the list's last column: cut to row_cols (0: whole) */
	int row_cols;
	char row_cut[HISTORY_NAMES][256];
	const char *row[HISTORY_NAMES];
	unsigned next;
};

/* The slot of id in the cache of the last few names, filled if new. */
static unsigned
history_name_slot(struct history_names *nm, const char *id)
{
	unsigned i;
	const char *t;

	for (i = 0; i < HISTORY_NAMES; i++)
		if (nm->id[i][0] == id[0] && strcmp(nm->id[i], id) == 0)
			return i;
	i = nm->next++ % HISTORY_NAMES;
	snprintf(nm->id[i], sizeof nm->id[i], "%s", id);
	nm->title[i] = nm->fn != NULL ? nm->fn(id, nm->arg) : NULL;
	t = nm->title[i] != NULL ? nm->title[i] : nm->id[i];
	nm->row[i] = t;
	if (nm->row_cols > 0 && text_width(t) > (size_t)nm->row_cols) {
		text_cut(nm->row_cut[i], sizeof nm->row_cut[i], t, (size_t)-1,
		    nm->row_cols);
		nm->row[i] = nm->row_cut[i];
	}
	return i;
}

/* The routine's title, or its id when the library has none. */
static const char *
history_name(struct history_names *nm, const char *id)
{
	unsigned i;

	if (nm->fn == NULL)
		return id;
	i = history_name_slot(nm, id);
	return nm->title[i] != NULL ? nm->title[i] : id;
}

/* The same for the list's last column: cut to fit the line. */
static const char *
history_row_name(struct history_names *nm, const char *id)
{
	if (nm->fn == NULL && nm->row_cols == 0)
		return id;
	return nm->row[history_name_slot(nm, id)];
}

/*
 * The words and widths of the text format, in the person's language, looked
 * up once: a million rows are printed with them.
 */
struct history_text {
	const char *outcome[3];	/* completed, abandoned, too short */
	size_t outcome_len[3], outcome_w[3];
	char point[8];		/* the locale's decimal point */
	size_t point_len, point_w;	/* its bytes and its columns */
	const char *date_fmt;	/* strftime format of a date */
	size_t w_date, w_when, w_min, w_out, w_pain;	/* columns */
};

enum { HISTORY_OUT_COMPLETED, HISTORY_OUT_ABANDONED, HISTORY_OUT_SHORT };

static int
history_outcome(const struct log_record *r)
{
	if (history_is_short(r))
		return HISTORY_OUT_SHORT;
	return r->outcome == LOG_COMPLETED ? HISTORY_OUT_COMPLETED :
	    HISTORY_OUT_ABANDONED;
}

/*
 * The date as people read it in this locale (LC_TIME's date format), or
 * YYYY-MM-DD in the C locale, whose "%m/%d/%y" is nobody's.
 */
const char *
history_date_format(void)
{
	const char *lc = setlocale(LC_TIME, NULL), *f;

	if (lc == NULL || strcmp(lc, "C") == 0 || strcmp(lc, "POSIX") == 0 ||
	    strncmp(lc, "C.", 2) == 0)
		return "%Y-%m-%d";
	f = nl_langinfo(D_FMT);
	return f != NULL && *f != '\0' ? f : "%Y-%m-%d";
}

static size_t
history_max(size_t a, size_t b)
{
	return a > b ? a : b;
}

static void
history_text_init(struct history_text *tx, time_t now)
{
	const char *dp = history_point();
	char date[64];
	struct tm tm;

	/* TRANSLATORS: a session's outcome in history's list */
	tx->outcome[HISTORY_OUT_COMPLETED] = _("completed");
	tx->outcome[HISTORY_OUT_ABANDONED] = _("abandoned");
	/* TRANSLATORS: a session stopped within its first minute */
	tx->outcome[HISTORY_OUT_SHORT] = _("too short");
	tx->w_out = text_width(_("Outcome"));
	for (int i = 0; i < 3; i++) {
		tx->outcome_len[i] = strlen(tx->outcome[i]);
		tx->outcome_w[i] = text_width(tx->outcome[i]);
		tx->w_out = history_max(tx->w_out, tx->outcome_w[i]);
	}
	snprintf(tx->point, sizeof tx->point, "%s",
	    dp != NULL && *dp != '\0' ? dp : ".");
	tx->point_len = strlen(tx->point);
	tx->point_w = text_width(tx->point);
	tx->date_fmt = history_date_format();
	localtime_r(&now, &tm);
	if (strftime(date, sizeof date, tx->date_fmt, &tm) == 0)
		date[0] = '\0';
	tx->w_date = text_width(date);
	tx->w_when = history_max(tx->w_date + 6, text_width(_("Date")));
	tx->w_min = history_max(7, text_width(_("Minutes")));
	tx->w_pain = history_max(5, text_width(_("Pain")));
}

/* Spaces to the column: at p, from width w to cols. */
static char *
history_put_spaces(char *p, size_t w, size_t cols)
{
	while (w++ < cols)
		*p++ = ' ';
	return p;
}

/*
 * The date and "HH:MM" of t in local time.  A million rows call this: the
 * date of the last day seen is kept, and within a day of 24 hours (no
 * clock change in it) the time is worked out from its midnight.
 */
struct history_clock {
	time_t lo, hi;		/* the day kept: [lo, hi), 24 hours long */
	char date[64];
	size_t date_len, date_w;	/* its bytes, its width in columns */
};

/* Append the decimal digits of v at p; returns the end. */
static char *
history_put_num(char *p, unsigned long v)
{
	char d[24];
	int n = 0;

	do
		d[n++] = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	while (n > 0)
		*p++ = d[--n];
	return p;
}

/* Append s and then spaces up to cols columns (s is ASCII). */
static char *
history_put_pad(char *p, const char *s, size_t cols)
{
	size_t n = strlen(s);

	memcpy(p, s, n);
	p += n;
	while (n++ < cols)
		*p++ = ' ';
	return p;
}

/* The date of tm, kept in c with its width. */
static void
history_clock_date(struct history_clock *c, const struct history_text *tx,
    const struct tm *tm)
{
	if (strftime(c->date, sizeof c->date, tx->date_fmt, tm) == 0)
		c->date[0] = '\0';
	c->date_len = strlen(c->date);
	c->date_w = text_width(c->date);
}

/*
 * The date (padded to its column) and "HH:MM" of t in local time at p (at
 * most 63 + tx->w_date + 6 bytes); returns the end.
 */
static char *
history_when(struct history_clock *c, const struct history_text *tx, time_t t,
    char *p)
{
	struct tm tm;
	char buf[16];
	long s;

	if (t < c->lo || t >= c->hi) {
		c->lo = history_day_start(t, 0);
		c->hi = history_day_start(t, 1);
		if (t < c->lo || t >= c->hi || c->hi - c->lo != 86400) {
			c->lo = 1;
			c->hi = 0;
			localtime_r(&t, &tm);
			history_clock_date(c, tx, &tm);
			strftime(buf, sizeof buf, " %H:%M", &tm);
			p = history_put_pad(p, c->date, 0);
			p = history_put_spaces(p, c->date_w, tx->w_date);
			return history_put_pad(p, buf, 0);
		}
		localtime_r(&c->lo, &tm);
		history_clock_date(c, tx, &tm);
	}
	s = (long)(t - c->lo);
	memcpy(p, c->date, c->date_len);
	p += c->date_len;
	p = history_put_spaces(p, c->date_w, tx->w_date);
	*p++ = ' ';
	*p++ = (char)('0' + s / 36000);
	*p++ = (char)('0' + s / 3600 % 10);
	*p++ = ':';
	*p++ = (char)('0' + s % 3600 / 600);
	*p++ = (char)('0' + s % 600 / 60);
	return p;
}

/*
 * One session as a line of text: date, minutes, outcome, pain, name.
 * Built by hand: printf's parsing was most of the time on a long log.
 */
static void
history_text_row(FILE *out, struct history_clock *c,
    const struct history_text *tx, const struct log_record *r,
    const char *name, bool utf8)
{
	char line[512], num[32], *p = line, *q;
	size_t nlen = strlen(name);
	unsigned long tenths = ((unsigned long)r->done * 10 + 30) / 60;
	const char *arrow = history_arrow(utf8);
	size_t alen = strlen(arrow);
	size_t cols = 0;

	int out_i = history_outcome(r);

	p = history_when(c, tx, r->start, p);
	p = history_put_spaces(p, tx->w_date + 6, tx->w_when);
	*p++ = ' ';
	*p++ = ' ';
	/*
	 * minutes with one decimal (the locale's point), rounded half up,
	 * right-aligned in their column
	 */
	q = history_put_num(num, tenths / 10);
	memcpy(q, tx->point, tx->point_len);
	q += tx->point_len;
	*q++ = (char)('0' + tenths % 10);
	/* digits are a column each; the point's width was measured once */
	p = history_put_spaces(p, (size_t)(q - num) - tx->point_len + tx->point_w,
	    tx->w_min);
	memcpy(p, num, (size_t)(q - num));
	p += q - num;
	*p++ = ' ';
	*p++ = ' ';
	memcpy(p, tx->outcome[out_i], tx->outcome_len[out_i]);
	p += tx->outcome_len[out_i];
	p = history_put_spaces(p, tx->outcome_w[out_i], tx->w_out);
	*p++ = ' ';
	*p++ = ' ';
	/* the pain pair as history_pain_text writes it; the arrow is one column */
	if (r->pain_before < 0 && r->pain_after < 0) {
		*p++ = '-';
		cols = 1;
	} else {
		q = p;
		if (r->pain_before < 0)
			*p++ = '-';
		else
			p = history_put_num(p, (unsigned long)r->pain_before);
		cols = (size_t)(p - q) + (utf8 ? 1 : alen);
		memcpy(p, arrow, alen);
		p += alen;
		q = p;
		if (r->pain_after < 0)
			*p++ = '-';
		else
			p = history_put_num(p, (unsigned long)r->pain_after);
		cols += (size_t)(p - q);
	}
	p = history_put_spaces(p, cols, tx->w_pain);
	*p++ = ' ';
	*p++ = ' ';
	/* one fwrite a row: stdio's per-call cost shows on a million rows */
	if ((size_t)(p - line) + nlen + 1 <= sizeof line) {
		memcpy(p, name, nlen);
		p += nlen;
		*p++ = '\n';
		fwrite(line, 1, (size_t)(p - line), out);
	} else {
		fwrite(line, 1, (size_t)(p - line), out);
		fputs(name, out);
		putc('\n', out);
	}
}

/* A field of a CSV row: quoted when it holds a comma, quote or line break. */
static void
history_csv_field(FILE *out, const char *s, bool last)
{
	if (strpbrk(s, ",\"\r\n") != NULL) {
		putc('"', out);
		for (; *s != '\0'; s++) {
			if (*s == '"')
				putc('"', out);
			putc(*s, out);
		}
		putc('"', out);
	} else {
		fputs(s, out);
	}
	putc(last ? '\n' : ',', out);
}

/* A TSV field: a TAB or line break in it (none should be) becomes a space. */
static void
history_tsv_field(FILE *out, const char *s, bool last)
{
	for (; *s != '\0'; s++)
		putc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
	putc(last ? '\n' : '\t', out);
}

static void
history_json_string(FILE *out, const char *s)
{
	putc('"', out);
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c < 0x20 || c == 0x7f)
			fprintf(out, "\\u%04x", c);
		else
			putc(c, out);
	}
	putc('"', out);
}

/* The field names of the data formats, in order (documented in backcoach(1)). */
static const char *const history_fields[] = {
	"start", "routine", "title", "areas", "planned_seconds", "done_seconds",
	"steps_done", "steps_total", "outcome", "pain_before", "pain_after",
	"too_short", "log",
};
#define HISTORY_NFIELDS (sizeof history_fields / sizeof history_fields[0])

static void
history_data_header(FILE *out, enum history_format fmt)
{
	for (size_t i = 0; i < HISTORY_NFIELDS; i++) {
		bool last = i + 1 == HISTORY_NFIELDS;

		if (fmt == HISTORY_CSV)
			history_csv_field(out, history_fields[i], last);
		else
			history_tsv_field(out, history_fields[i], last);
	}
}

static void
history_data_row(FILE *out, enum history_format fmt, const struct log_record *r,
    const char *title, const char *path)
{
	char v[HISTORY_NFIELDS][128];
	const char *f[HISTORY_NFIELDS];

	if (log_format_time(r, v[0], sizeof v[0]) != 0)
		v[0][0] = '\0';
	f[0] = v[0];
	f[1] = r->routine;
	f[2] = title;
	if (log_format_areas(r->areas, v[3], sizeof v[3]) != 0)
		v[3][0] = '\0';
	f[3] = v[3];
	snprintf(v[4], sizeof v[4], "%u", r->planned);
	snprintf(v[5], sizeof v[5], "%u", r->done);
	snprintf(v[6], sizeof v[6], "%u", r->steps_done);
	snprintf(v[7], sizeof v[7], "%u", r->steps_total);
	f[8] = r->outcome == LOG_COMPLETED ? "completed" : "abandoned";
	v[9][0] = v[10][0] = '\0';
	if (r->pain_before >= 0)
		snprintf(v[9], sizeof v[9], "%d", r->pain_before);
	if (r->pain_after >= 0)
		snprintf(v[10], sizeof v[10], "%d", r->pain_after);
	for (int i = 4; i <= 10; i++)
		if (i != 8)
			f[i] = v[i];
	f[11] = history_is_short(r) ? "true" : "false";
	f[12] = path;
	if (fmt != HISTORY_JSON) {
		for (size_t i = 0; i < HISTORY_NFIELDS; i++) {
			bool last = i + 1 == HISTORY_NFIELDS;

			if (fmt == HISTORY_CSV)
				history_csv_field(out, f[i], last);
			else
				history_tsv_field(out, f[i], last);
		}
		return;
	}
	/* JSON Lines: one object a line; numbers bare, a missing rating null */
	for (size_t i = 0; i < HISTORY_NFIELDS; i++) {
		fputs(i == 0 ? "{" : ",", out);
		history_json_string(out, history_fields[i]);
		putc(':', out);
		if (i == 3) {
			char *save, *a, buf[128];

			snprintf(buf, sizeof buf, "%s", f[3]);
			putc('[', out);
			for (a = strtok_r(buf, ",", &save); a != NULL;
			    a = strtok_r(NULL, ",", &save)) {
				if (a != buf)
					putc(',', out);
				history_json_string(out, a);
			}
			putc(']', out);
		} else if (i >= 4 && i <= 7) {
			fputs(f[i], out);
		} else if (i == 9 || i == 10) {
			fputs(f[i][0] != '\0' ? f[i] : "null", out);
		} else if (i == 11) {
			fputs(f[i], out);
		} else {
			history_json_string(out, f[i]);
		}
	}
	fputs("}\n", out);
}

/* s, then spaces to cols columns (at least one after a label). */
static void
history_fput_pad(FILE *out, const char *s, size_t cols, bool right)
{
	size_t w = text_width(s);

	if (!right)
		fputs(s, out);
	for (; w < cols; w++)
		putc(' ', out);
	if (right)
		fputs(s, out);
}

/* A label of the summary ("This week:"), padded to col (at least a space). */
static void
history_label(FILE *out, const char *label, size_t col)
{
	size_t w = text_width(label);

	fputs(label, out);
	do
		putc(' ', out);
	while (++w < col);
}

/*
 * The narrowest text a summary line wraps to: on a narrower terminal its
 * lines run over rather than into a column of single words.
 */
#define HISTORY_WRAP_MIN 20

/*
 * s word-wrapped to width columns, the first line from column `first` on
 * (where a label ends), the others indented by indent spaces.  The
 * catalog's own line breaks are for 80 columns: they become spaces.
 */
static void
history_fput_wrapped(FILE *out, const char *s, int first, int indent, int width)
{
	struct text_line ln[32];
	char buf[1024], *p;
	int n, w = width - (first > indent ? first : indent);

	snprintf(buf, sizeof buf, "%s", s);
	for (p = buf; *p != '\0'; p++)
		if (*p == '\n')
			*p = p[1] == '\0' ? '\0' : ' ';
	if (w < HISTORY_WRAP_MIN)
		w = HISTORY_WRAP_MIN;
	n = text_wrap(buf, w, false, ln, 32);
	for (int i = 0; i < n; i++) {
		if (i > 0)
			fprintf(out, "%*s", indent, "");
		fprintf(out, "%.*s\n", (int)ln[i].n, ln[i].p);
	}
	if (n == 0)
		putc('\n', out);
}

/* A labelled line of the summary: the figures wrap under themselves. */
static void
history_summary_line(FILE *out, const char *label, size_t col, int width,
    const char *text)
{
	history_label(out, label, col);
	history_fput_wrapped(out, text, (int)history_max(col,
	    text_width(label) + 1), (int)col, width);
}

/* The column of the routine's name in the table; below this, a line of its own. */
#define HISTORY_NAME_MIN 12

static void
history_print_summary(FILE *out, const struct history *h,
    struct history_names *nm, int width)
{
	const struct history_summary *s = &h->sum;
	unsigned long rated = 0;
	/* TRANSLATORS: the labels of history's summary; the figures after
	   them start in one column */
	const char *l_week = _("This week:"), *l_28 = _("Last 28 days:"),
	    *l_streak = _("Streak:"), *l_aband = _("Abandoned:"),
	    *l_short = _("Too short:"), *l_pain = _("Pain change:");
	const char *labels[] = { l_week, l_28, l_streak, l_aband, l_short, l_pain };
	size_t col = 15, wc, wn, wd, xn;
	int namew;
	char num[32], line[1024], cut[512];

	/* "Later than now:" is rare and long: it may take one column more */
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
		col = history_max(col, text_width(labels[i]) + 2);
	putc('\n', out);
	history_decimal(num, sizeof num, 1, false, s->week_minutes);
	/* TRANSLATORS: the %s is a number of minutes, "16.5" */
	snprintf(line, sizeof line, P_("%u session, %s minutes\n",
	    "%u sessions, %s minutes\n", s->week_sessions), s->week_sessions, num);
	history_summary_line(out, l_week, col, width, line);
	history_decimal(num, sizeof num, 1, false, s->days28_minutes);
	snprintf(line, sizeof line, P_("%u session, %s minutes\n",
	    "%u sessions, %s minutes\n", s->days28_sessions), s->days28_sessions,
	    num);
	history_summary_line(out, l_28, col, width, line);
	snprintf(line, sizeof line, P_("%u day\n", "%u days\n", s->streak),
	    s->streak);
	history_summary_line(out, l_streak, col, width, line);
	if (s->abandoned > 0) {
		snprintf(line, sizeof line, P_("%lu session, counted in these "
		    "figures (a minute or more was done)\n", "%lu sessions, "
		    "counted in these figures (a minute or more was done)\n",
		    s->abandoned), s->abandoned);
		history_summary_line(out, l_aband, col, width, line);
	}
	if (s->too_short > 0) {
		snprintf(line, sizeof line, P_("%lu session abandoned within "
		    "the first minute, left out of every figure\n", "%lu "
		    "sessions abandoned within the first minute, left out of "
		    "every figure\n", s->too_short), s->too_short);
		history_summary_line(out, l_short, col, width, line);
	}
	if (s->future > 0) {
		snprintf(line, sizeof line, P_("%lu session dated after this "
		    "moment (a clock set wrong?), left out of every figure\n",
		    "%lu sessions dated after this moment (a clock set wrong?), "
		    "left out of every figure\n", s->future), s->future);
		history_summary_line(out, _("Later than now:"), col, width, line);
	}
	for (size_t i = 0; i < h->nroutines; i++)
		rated += h->routines[i].rated;
	rated += h->other.rated;
	if (rated == 0) {
		history_summary_line(out, l_pain, col, width,
		    _("no session has both ratings yet\n"));
		return;
	}
	history_fput_wrapped(out, _("Pain change per routine (after minus "
	    "before, averaged over the sessions with\nboth ratings) and how "
	    "the pain before moved over them:\n"), 0, 0, width);
	/* the columns as wide as their heading or their widest entry */
	wc = history_max(6, text_width(_("Change")));
	wn = history_max(8, text_width(_("Sessions")));
	wd = text_width(_("Pain before"));
	for (size_t i = 0; i <= h->nroutines; i++) {
		const struct history_routine *rt = i < h->nroutines ?
		    &h->routines[i] : &h->other;
		char dir[64];

		if (rt->rated == 0)
			continue;
		history_direction_text(rt, dir, sizeof dir);
		wd = history_max(wd, text_width(dir));
	}
	wd = history_max(wd, 16);
	/*
	 * The name fills the rest of the line, cut with a mark; where less
	 * than HISTORY_NAME_MIN columns are left, it gets a line of its own.
	 */
	xn = 2 + wc + 2 + wn + 2 + wd + 2;
	namew = width - (int)xn;
	fputs("  ", out);
	history_fput_pad(out, _("Change"), wc, true);
	fputs("  ", out);
	history_fput_pad(out, _("Sessions"), wn, true);
	fputs("  ", out);
	if (namew >= HISTORY_NAME_MIN) {
		history_fput_pad(out, _("Pain before"), wd, false);
		fprintf(out, "  %s\n", _("Routine"));
	} else {
		fprintf(out, "%s\n    %s\n", _("Pain before"), _("Routine"));
		namew = width - 4;
	}
	for (size_t i = 0; i <= h->nroutines; i++) {
		const struct history_routine *rt = i < h->nroutines ?
		    &h->routines[i] : &h->other;
		char dir[64];
		const char *name;

		if (rt->rated == 0)
			continue;
		history_direction_text(rt, dir, sizeof dir);
		if (i < h->nroutines)
			name = history_name(nm, rt->id);
		else
			name = _("(the other routines)");
		history_decimal(num, sizeof num, 1, true,
		    rt->sum_change / (double)rt->rated);
		text_cut(cut, sizeof cut, name, (size_t)-1,
		    namew > HISTORY_NAME_MIN ? namew : HISTORY_NAME_MIN);
		fputs("  ", out);
		history_fput_pad(out, num, wc, true);
		fprintf(out, "  %*lu  ", (int)wn, rt->rated);
		if (width - (int)xn >= HISTORY_NAME_MIN) {
			history_fput_pad(out, dir, wd, false);
			fprintf(out, "  %s\n", cut);
		} else {
			fprintf(out, "%s\n    %s\n", dir, cut);
		}
	}
}

struct history_printer {
	FILE *out;
	const struct history_print_opts *o;
	struct history_names nm;
	struct history h;
	struct history_clock clock;
	struct history_text tx;
	bool utf8;
};

static void
history_emit_print(const struct log_record *r, const char *path, void *arg)
{
	struct history_printer *p = arg;
	const char *name;

	if (!history_match(r, &p->h.filter))
		return;
	if (p->o->format != HISTORY_TEXT) {
		name = history_name(&p->nm, r->routine);
		history_data_row(p->out, p->o->format, r,
		    name == r->routine ? "" : name, path);
	} else {
		name = history_row_name(&p->nm, r->routine);
		if (p->h.sum.sessions == 0) {
			/* TRANSLATORS: the column headings of history */
			history_fput_pad(p->out, _("Date"), p->tx.w_when, false);
			fputs("  ", p->out);
			history_fput_pad(p->out, _("Minutes"), p->tx.w_min, true);
			fputs("  ", p->out);
			history_fput_pad(p->out, _("Outcome"), p->tx.w_out, false);
			fputs("  ", p->out);
			history_fput_pad(p->out, _("Pain"), p->tx.w_pain, false);
			fprintf(p->out, "  %s\n", _("Routine"));
		}
		history_text_row(p->out, &p->clock, &p->tx, r, name, p->utf8);
	}
	history_add(&p->h, r);
}

int
history_print(FILE *out, const struct history_print_opts *o, FILE *warn)
{
	struct history_printer *p = xcalloc(1, sizeof *p);
	struct history_names *nm = &p->nm;
	struct history *hh = &p->h;
	char err[PATH_MAX + 128];
	int rc;

	p->out = out;
	p->o = o;
	p->utf8 = history_utf8();
	if (o->format == HISTORY_TEXT)
		history_text_init(&p->tx, o->now);
	nm->fn = o->title;
	nm->arg = o->title_arg;
	if (o->format == HISTORY_TEXT) {
		/* the routine's title takes what the line has left, at least 12 */
		int left = (o->width > 0 ? o->width : 80) - (int)(p->tx.w_when +
		    p->tx.w_min + p->tx.w_out + p->tx.w_pain + 8);

		nm->row_cols = left > 12 ? left : 12;
	}
	history_init(hh, o->now, o->filter, 0);
	/* a million lines: write in large pieces (stdio picks 4 KiB for a pipe) */
	if (out == stdout && !isatty(fileno(out)))
		setvbuf(out, NULL, _IOFBF, 65536);
	if (o->format == HISTORY_TSV || o->format == HISTORY_CSV)
		history_data_header(out, o->format);
	rc = history_stream(o->paths, o->npaths, o->own, warn, err, sizeof err,
	    &hh->stats, history_emit_print, p);
	history_finish(hh);
	if (rc != 0) {
		if (warn != NULL)
			fprintf(warn, "backcoach: %s\n", err);
		history_free(hh);
		free(p);
		return 1;
	}
	if (o->format == HISTORY_TEXT) {
		if (hh->stats.records == 0)
			fputs(_("No sessions yet.\n"), out);
		else if (hh->sum.sessions == 0)
			fputs(_("No sessions match.\n"), out);
		else
			history_print_summary(out, hh, nm,
			    o->width > 0 ? o->width : 80);
	}
	history_free(hh);
	free(p);
	return 0;
}
