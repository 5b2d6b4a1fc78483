/*
 * log.c - the session log: formatting, parsing, appending and reading the
 * records of $XDG_STATE_HOME/backcoach/sessions.log.
 *
 * Format, version 1.  One record per line, ending in '\n', fields separated
 * by one TAB, in this order:
 *
 *   1  format version   "v1"
 *   2  start time       ISO 8601 local time with its UTC offset,
 *                       e.g. 2026-11-25T09:30:00+01:00 ("Z" is read as +00:00)
 *   3  routine id       1..64 bytes, no TAB, newline or control character
 *   4  areas            comma-separated area names, e.g. "neck,upper-back"
 *                       (may be empty; names this version does not know are
 *                       ignored, so a newer program's areas do not hide a record)
 *   5  planned seconds  decimal
 *   6  seconds done     decimal, pauses excluded; at most 10 x planned
 *   7  steps            "DONE/TOTAL", e.g. 3/5, DONE <= TOTAL
 *   8  outcome          "completed" or "abandoned" for a session; "skipped"
 *                       or "snoozed" for a break the reminder offered (the
 *                       routine it offered, done 0, steps 0/0)
 *   9  pain before      0..10, or empty when not asked or skipped
 *  10  pain after       0..10, or empty
 *  11  program version  the backcoach version that wrote the record
 *
 * Example:
 *   v1<TAB>2026-11-25T09:30:00+01:00<TAB>desk-break-upper-back<TAB>neck,upper-back<TAB>300<TAB>280<TAB>3/5<TAB>completed<TAB>6<TAB>3<TAB>0.1.0
 *
 * Compatibility rules.  A later format that needs more fields adds them at
 * the end and raises the version number.  A reader reads every version up
 * to its own (LOG_VERSION) and refuses a newer one ("written by a newer
 * backcoach") rather than guess.  A v1 record has exactly 11 fields: since
 * the version goes up whenever a field is added, a v1 line with more or
 * fewer fields is damaged (a stray TAB would shift every value after it)
 * and is skipped.
 *
 * Writing: one write() of the whole line on an O_APPEND descriptor, then
 * fsync(), so concurrent writers never interleave.  If the file does not
 * end in '\n' (an earlier write was torn by a full disk or a crash), the
 * line is written with a '\n' in front, so the torn tail stays a line of
 * its own that readers skip.  Writers hold an advisory flock() from that
 * check to the end of their write (see log_append).  Nothing ever rewrites
 * or truncates the file.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "log.h"
#include "i18n.h"
#include "log-file.h"
#include "routine.h"
#include "text.h"
#include "xmalloc.h"

#define LOG_V1_FIELDS 11
/* the reason below names LOG_LINE_MAX in words, whole for gettext */
_Static_assert(LOG_LINE_MAX == 1024, "say the new LOG_LINE_MAX in log_take_line");
/* Loose sanity caps: far above anything a routine can plan, far below overflow. */
#define LOG_SECONDS_MAX 10000000UL
#define LOG_STEPS_MAX 100000UL

/* Copy an id into dst (size bytes) with anything unsafe in a field made '?'. */
static void
log_scrub_field(char *dst, size_t size, const char *src)
{
	size_t n = strlen(src);

	if (n >= size)
		n = size - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
	/* A cut in the middle of a character, or bad input, leaves invalid UTF-8. */
	if (!text_valid_utf8(dst, n, NULL)) {
		for (size_t i = 0; i < n; i++)
			if ((unsigned char)dst[i] >= 0x80)
				dst[i] = '?';
	}
	text_scrub(dst, false);	/* TAB, newline, ESC, DEL, C1 */
}

static const char *const log_outcomes[] = {
	"completed", "abandoned", "skipped", "snoozed"
};

static const char *
log_outcome_name(enum log_outcome o)
{
	return (unsigned)o < 4 ? log_outcomes[o] : "abandoned";
}

/* The outcome named s, or -1. */
static int
log_outcome_parse(const char *s)
{
	int i;

	for (i = 0; i < 4; i++)
		if (strcmp(s, log_outcomes[i]) == 0)
			return i;
	return -1;
}

int
log_format_time(const struct log_record *r, char *buf, size_t size)
{
	struct tm tm;
	time_t local = r->start + r->utc_offset;
	int off = r->utc_offset, n;
	char when[32];

	if (gmtime_r(&local, &tm) == NULL)
		return -1;
	if (strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &tm) == 0)
		return -1;
	n = snprintf(buf, size, "%s%c%02d:%02d", when, off < 0 ? '-' : '+',
	    abs(off) / 3600, abs(off) % 3600 / 60);
	return n < 0 || (size_t)n >= size ? -1 : 0;
}

int
log_format_areas(uint32_t areas, char *buf, size_t size)
{
	size_t alen = 0;
	int n;

	if (size == 0)
		return -1;
	buf[0] = '\0';
	for (int a = 0; a < AREA_COUNT; a++) {
		if (!(areas & (1U << a)))
			continue;
		n = snprintf(buf + alen, size - alen, "%s%s",
		    alen ? "," : "", routine_area_name(a));
		if (n < 0 || (size_t)n >= size - alen)
			return -1;
		alen += (size_t)n;
	}
	return 0;
}

int
log_format(const struct log_record *r, char *buf, size_t size)
{
	char id[sizeof r->routine], ver[sizeof r->progver], areas[256];
	char when[40], pb[12] = "", pa[12] = "";
	int n;

	if (log_format_time(r, when, sizeof when) != 0 ||
	    log_format_areas(r->areas, areas, sizeof areas) != 0)
		return -1;
	log_scrub_field(id, sizeof id, r->routine);
	log_scrub_field(ver, sizeof ver, r->progver);
	if (r->pain_before >= 0)
		snprintf(pb, sizeof pb, "%d", r->pain_before);
	if (r->pain_after >= 0)
		snprintf(pa, sizeof pa, "%d", r->pain_after);
	n = snprintf(buf, size,
	    "v%d\t%s\t%s\t%s\t%u\t%u\t%u/%u\t%s\t%s\t%s\t%s\n",
	    LOG_VERSION, when, id, areas, r->planned, r->done,
	    r->steps_done, r->steps_total,
	    log_outcome_name(r->outcome), pb, pa, ver);
	if (n < 0 || (size_t)n >= size)
		return -1;
	return n;
}

static bool
log_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

long
log_civil_days(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

/* Two decimal digits at s into *v. */
static bool
log_d2(const char *s, int *v)
{
	unsigned a = (unsigned char)s[0] - (unsigned)'0';
	unsigned b = (unsigned char)s[1] - (unsigned)'0';

	if (a > 9 || b > 9)
		return false;
	*v = (int)(a * 10 + b);
	return true;
}

/*
 * "YYYY-MM-DDTHH:MM:SS+HH:MM" or "...Z" (n bytes) into UTC seconds and
 * offset.  Arithmetic, not timegm() or sscanf(): this runs once a record
 * on logs of millions.
 */
static bool
log_parse_time(const char *s, size_t n, time_t *t, int *offset)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int yh, yl, y, mo, d, h, mi, se, oh = 0, om = 0, sign = 1;
	time_t local;

	if ((n != 20 && n != 25) || !log_d2(s, &yh) || !log_d2(s + 2, &yl) ||
	    s[4] != '-' || !log_d2(s + 5, &mo) || s[7] != '-' ||
	    !log_d2(s + 8, &d) || s[10] != 'T' || !log_d2(s + 11, &h) ||
	    s[13] != ':' || !log_d2(s + 14, &mi) || s[16] != ':' ||
	    !log_d2(s + 17, &se))
		return false;
	y = yh * 100 + yl;
	s += 19;
	if (n == 25) {
		if ((s[0] != '+' && s[0] != '-') || !log_d2(s + 1, &oh) ||
		    s[3] != ':' || !log_d2(s + 4, &om))
			return false;
		sign = s[0] == '-' ? -1 : 1;
	} else if (s[0] != 'Z') {
		return false;
	}
	if (y < 1970 || mo < 1 || mo > 12 || d < 1 ||
	    d > mdays[mo - 1] + (mo == 2 && log_leap(y)) ||
	    h > 23 || mi > 59 || se > 60 || oh > 18 || om > 59)
		return false;
	local = (time_t)log_civil_days(y, mo, d) * 86400 + h * 3600 + mi * 60 + se;
	*offset = sign * (oh * 3600 + om * 60);
	*t = local - *offset;
	return true;
}

/* A decimal number without sign or leading junk, at most max. */
static bool
log_number(const char *s, unsigned long max, unsigned long *v)
{

	unsigned long n = 0;
	int i;

	/* by hand: strtoul's locale and sign handling cost more than the rest of a record */
	for (i = 0; (unsigned char)s[i] - (unsigned)'0' <= 9; i++) {
		if (i == 12)
			return false;
		n = n * 10 + (unsigned long)(s[i] - '0');
	}
	if (i == 0 || s[i] != '\0')
		return false;
	*v = n;
	return n <= max;
}

static bool
log_pain(const char *s, int *v)
{
	unsigned long n;

	if (*s == '\0') {
		*v = -1;
		return true;
	}
	if (!log_number(s, 10, &n) || strlen(s) > 2)
		return false;
	*v = (int)n;
	return true;
}

static bool
log_areas(char *s, uint32_t *areas)
{
	/* a log repeats the same few lists: the last good one is kept */
	static __thread char last[128];
	static __thread uint32_t last_areas;
	char *save, *name;
	size_t n = strlen(s);

	*areas = 0;
	if (*s == '\0')
		return true;
	if (n < sizeof last && last[0] != '\0' && strcmp(s, last) == 0) {
		*areas = last_areas;
		return true;
	}
	last[0] = '\0';
	if (s[n - 1] == ',')
		return false;
	for (name = strtok_r(s, ",", &save); name != NULL;
	    name = strtok_r(NULL, ",", &save)) {
		int a;

		for (const char *p = name; *p; p++)
			if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p) && *p != '-')
				return false;
		/* A well-formed name we do not know comes from a newer program: ignore it. */
		if ((a = routine_area_from_name(name)) >= 0)
			*areas |= 1U << a;
	}
	/* strtok_r cut s at the commas: put them back to keep it */
	if (n < sizeof last) {
		for (size_t i = 0; i < n; i++)
			last[i] = s[i] != '\0' ? s[i] : ',';
		last[n] = '\0';
		last_areas = *areas;
	}
	return true;
}

/* Printable, valid UTF-8, not empty, shorter than size. */
static bool
log_text_field(const char *s, size_t size)
{
	size_t n = 0;
	bool ascii = true;

	/* the usual field is plain printable ASCII: no need for the full checks */
	for (; s[n] != '\0'; n++)
		if ((unsigned char)s[n] < 0x21 || (unsigned char)s[n] > 0x7e)
			ascii = false;
	if (n == 0 || n >= size)
		return false;
	return ascii || (text_valid_utf8(s, n, NULL) &&
	    !text_has_control(s, NULL) && strchr(s, '\n') == NULL);
}

static int log_parse_buf(char *buf, size_t len, struct log_record *r,
    const char **why);

int
log_parse(const char *line, struct log_record *r, const char **why)
{
	char buf[LOG_LINE_MAX + 2];
	size_t len = strlen(line);

	if (len > 0 && line[len - 1] == '\n')
		len--;
	if (len > LOG_LINE_MAX) {
		*why = N_("line too long");
		return -1;
	}
	memcpy(buf, line, len);
	buf[len] = '\0';
	return log_parse_buf(buf, len, r, why);
}

/*
 * Parse the line in buf (len bytes, NUL-terminated, no final newline),
 * splitting it in place: the reader's own copy, so nothing is copied
 * again for each of a million records.
 */
static int
log_parse_buf(char *buf, size_t len, struct log_record *r, const char **why)
{
	char *f[LOG_V1_FIELDS + 1], *p;
	size_t nf = 1;
	unsigned long v, planned, done, sd, st;
	const char *w = NULL;
	int outcome = 0;
	bool stray = false;

	if (len == 0) {
		*why = N_("empty line");
		return -1;
	}
	/* split at the TABs (in place) with memchr, which reads words, not bytes */
	f[0] = buf;
	for (p = buf; (p = memchr(p, '\t', len - (size_t)(p - buf))) != NULL; ) {
		*p++ = '\0';
		if (nf <= LOG_V1_FIELDS)
			f[nf] = p;
		nf++;
	}
	stray = memchr(buf, '\n', len) != NULL || memchr(buf, '\r', len) != NULL;
	if (stray) {
		*why = N_("stray line break");
		return -1;
	}
	/* The version first: a newer format may have any shape. */
	if (buf[0] != 'v' || !isdigit((unsigned char)buf[1])) {
		*why = N_("no format version (not a backcoach log record)");
		return -1;
	}
	/* by hand, saturating: a huge number is still a newer version */
	for (v = 0, p = buf + 1; (unsigned char)*p - (unsigned)'0' <= 9; p++)
		v = v < 1000000 ? v * 10 + (unsigned long)(*p - '0') : v;
	if (*p != '\0' || buf[1] == '0') {
		*why = N_("bad format version");
		return -1;
	}
	if (v > LOG_VERSION) {
		*why = N_("written by a newer backcoach (unknown format version)");
		return -1;
	}
	if (nf != LOG_V1_FIELDS) {
		*why = nf < LOG_V1_FIELDS ? N_("too few fields (want 11)") :
		    N_("too many fields (want 11)");
		return -1;
	}
	memset(r, 0, sizeof *r);
	r->version = (int)v;
	if (!log_parse_time(f[1], (size_t)(f[2] - f[1]) - 1, &r->start,
	    &r->utc_offset))
		w = N_("bad start time (want YYYY-MM-DDTHH:MM:SS+HH:MM)");
	else if (!log_text_field(f[2], sizeof r->routine))
		w = N_("bad routine id");
	else if (!log_areas(f[3], &r->areas))
		w = N_("bad area list");
	else if (!log_number(f[4], LOG_SECONDS_MAX, &planned))
		w = N_("bad planned seconds");
	else if (!log_number(f[5], LOG_SECONDS_MAX, &done))
		w = N_("bad seconds done");
	else if (done > planned * 10)
		w = N_("seconds done more than ten times the planned time");
	else if ((p = strchr(f[6], '/')) == NULL ||
	    (*p = '\0', !log_number(f[6], LOG_STEPS_MAX, &sd)) ||
	    !log_number(p + 1, LOG_STEPS_MAX, &st) || sd > st)
		w = N_("bad steps (want DONE/TOTAL)");
	else if ((outcome = log_outcome_parse(f[7])) < 0)
		w = N_("bad outcome (want completed, abandoned, skipped or snoozed)");
	else if (!log_pain(f[8], &r->pain_before))
		w = N_("pain before out of range (want 0-10 or empty)");
	else if (!log_pain(f[9], &r->pain_after))
		w = N_("pain after out of range (want 0-10 or empty)");
	else if (!log_text_field(f[10], sizeof r->progver))
		w = N_("bad program version");
	if (w != NULL) {
		*why = w;
		return -1;
	}
	strcpy(r->routine, f[2]);
	strcpy(r->progver, f[10]);
	r->outcome = (enum log_outcome)outcome;
	r->planned = (unsigned)planned;
	r->done = (unsigned)done;
	r->steps_done = (unsigned)sd;
	r->steps_total = (unsigned)st;
	return 0;
}

int
log_append(const char *path, const struct log_record *r, char *err, size_t errsize)
{
	char line[LOG_LINE_MAX + 2];
	int len;

	if ((len = log_format(r, line, sizeof line)) < 0) {
		if (err != NULL && errsize > 0)
			snprintf(err, errsize, _("cannot write %s: %s"), path,
			    strerror(EOVERFLOW));
		errno = EOVERFLOW;
		return -1;
	}
	return log_append_line(path, line, (size_t)len, err, errsize);
}

/* A reader: read() into buf, lines assembled in line (at most LOG_LINE_MAX). */
struct log_reader {
	int fd;
	int flags;
	char *path;
	FILE *warn;
	struct log_stats st;
	size_t pos, end;	/* unread bytes: buf[pos..end) */
	size_t len;		/* bytes of the current line in line[] */
	bool too_long;		/* the current line went past LOG_LINE_MAX */
	bool eof;
	bool seeked;		/* log_seek moved: line numbers are not known */
	char line[LOG_LINE_MAX + 2];
	char buf[65536];
};

int
log_open(const char *path, int flags, struct log_reader **out, FILE *warn,
    char *err, size_t errsize)
{
	struct log_reader *lr;
	struct stat st;
	mode_t type;
	int fd, e;

	*out = NULL;
	if ((fd = log_file_open(path, O_RDONLY, &type, &st)) < 0) {
		if (errno == ENOENT)
			return 0;
		e = errno;
		log_file_reason(err, errsize, "read", path, e, type);
		errno = e;
		return -1;
	}
	if (flags & LOG_TIGHTEN)
		log_file_tighten(fd, &st, path, warn);
	lr = xcalloc(1, sizeof *lr);
	lr->fd = fd;
	lr->flags = flags;
	lr->path = xstrdup(path);
	lr->warn = warn;
	*out = lr;
	return 0;
}

/* Is the first field a lowercase word, not "vN": a record of another kind? */
static bool
log_other_kind(const char *s, size_t n)
{
	size_t i;

	if (n < 2 || s[0] < 'a' || s[0] > 'z')
		return false;
	if (s[0] == 'v' && isdigit((unsigned char)s[1]))
		return false;
	for (i = 1; i < n && s[i] != '\t'; i++)
		if (!islower((unsigned char)s[i]) && !isdigit((unsigned char)s[i]) &&
		    s[i] != '-')
			return false;
	return i < n;
}

/* The line in lr->line (ended): a record into r (1), or skipped (0). */
static int
log_take_line(struct log_reader *lr, bool ended, struct log_record *r)
{
	const char *why;

	lr->st.lines++;
	if (lr->too_long) {
		why = N_("line too long (over 1024 bytes)");
	} else if (!ended) {
		/* Only the last line can lack it: a write cut short. */
		why = N_("incomplete last line (no newline)");
	} else if (memchr(lr->line, '\0', lr->len) != NULL) {
		why = N_("NUL byte in line");
	} else if (log_other_kind(lr->line, lr->len)) {
		lr->st.other_kinds++;
		return 0;
	} else {
		lr->line[lr->len] = '\0';
		if (log_parse_buf(lr->line, lr->len, r, &why) == 0) {
			/* the reminder's breaks are not sessions: for who asks */
			if (r->outcome >= LOG_SKIPPED && !(lr->flags & LOG_BREAKS)) {
				lr->st.other_kinds++;
				return 0;
			}
			lr->st.records++;
			return 1;
		}
	}
	lr->st.skipped++;
	/* TRANSLATORS: "sessions.log:5: skipped: empty line"; the history
	   screen finds the line number before ": skipped: " in its language */
	if (lr->warn != NULL && lr->seeked)
		fprintf(lr->warn, "%s: %s: %s\n", lr->path, _("skipped"), _(why));
	else if (lr->warn != NULL)
		fprintf(lr->warn, "%s:%lu: %s: %s\n", lr->path, lr->st.lines,
		    _("skipped"), _(why));
	return 0;
}

/*
 * The start time of the first record in the LOG_SEEK_PROBE bytes at off
 * (from the line after off, unless off is 0), and where its line begins.
 * 0, or -1 when no record starts there (the end of the file).
 */
#define LOG_SEEK_PROBE (4 * (LOG_LINE_MAX + 2))

static int
log_seek_probe(int fd, off_t off, time_t *t, off_t *at)
{
	char buf[LOG_SEEK_PROBE + 1], *p, *nl, *tab;
	ssize_t n = pread(fd, buf, LOG_SEEK_PROBE, off);
	int tz;

	if (n <= 0)
		return -1;
	buf[n] = '\0';
	p = buf;
	if (off > 0) {
		if ((nl = memchr(buf, '\n', (size_t)n)) == NULL)
			return -1;
		p = nl + 1;
	}
	/* the first line there whose second field is a start time */
	for (; (nl = memchr(p, '\n', (size_t)(buf + n - p))) != NULL; p = nl + 1) {
		char when[40];
		size_t len;

		if ((tab = memchr(p, '\t', (size_t)(nl - p))) == NULL)
			continue;
		len = strcspn(tab + 1, "\t\n");
		if (len >= sizeof when)
			continue;
		memcpy(when, tab + 1, len);
		when[len] = '\0';
		if (log_parse_time(when, len, t, &tz)) {
			*at = off + (p - buf);
			return 0;
		}
	}
	return -1;
}

int
log_seek(struct log_reader *lr, time_t since)
{
	struct stat st;
	off_t lo = 0, hi, at;
	time_t t;

	if (fstat(lr->fd, &st) != 0)
		return -1;
	/*
	 * Bisect for the last place whose next record started a day or more
	 * before since.  The log is in the order sessions ended, and a
	 * session lasts less than a day, so no record after that place
	 * started before since less a day; none before it started at since
	 * or later.
	 */
	since -= LOG_SEEK_SLACK;
	hi = st.st_size;
	while (hi - lo > LOG_SEEK_PROBE) {
		off_t mid = lo + (hi - lo) / 2;

		if (log_seek_probe(lr->fd, mid, &t, &at) == 0 && t < since)
			lo = at;
		else
			hi = mid;
	}
	if (lo == 0)
		return 0;	/* from the start: nothing to skip */
	if (lseek(lr->fd, lo, SEEK_SET) < 0)
		return -1;
	lr->pos = lr->end = lr->len = 0;
	lr->too_long = lr->eof = false;
	lr->seeked = true;
	return 0;
}

int
log_next(struct log_reader *lr, struct log_record *r)
{
	for (;;) {
		char *nl;
		size_t chunk;
		ssize_t n;

		if (lr->pos == lr->end) {
			if (lr->eof)
				return 0;
			n = read(lr->fd, lr->buf, sizeof lr->buf);
			if (n < 0 && errno == EINTR)
				continue;
			if (n < 0)
				return -1;
			if (n == 0) {
				lr->eof = true;
				if ((lr->len > 0 || lr->too_long) &&
				    log_take_line(lr, false, r) == 1)
					return 1;
				return 0;
			}
			lr->pos = 0;
			lr->end = (size_t)n;
		}
		nl = memchr(lr->buf + lr->pos, '\n', lr->end - lr->pos);
		chunk = (nl != NULL ? (size_t)(nl - lr->buf) : lr->end) - lr->pos;
		if (!lr->too_long) {
			if (lr->len + chunk > LOG_LINE_MAX)
				lr->too_long = true;
			else
				memcpy(lr->line + lr->len, lr->buf + lr->pos, chunk);
			lr->len += chunk;
		}
		lr->pos += chunk;
		if (nl == NULL)
			continue;
		lr->pos++;
		n = log_take_line(lr, true, r);
		lr->len = 0;
		lr->too_long = false;
		if (n == 1)
			return 1;
	}
}

const struct log_stats *
log_reader_stats(const struct log_reader *lr)
{
	return &lr->st;
}

void
log_close(struct log_reader *lr)
{
	if (lr == NULL)
		return;
	close(lr->fd);
	free(lr->path);
	free(lr);
}

long
log_read_window(const char *path, time_t since, time_t until, int flags,
    struct log_record **out, FILE *warn)
{
	struct log_reader *lr;
	struct log_record *recs = NULL, r;
	size_t n = 0, alloc = 0;
	int rc, e;

	*out = NULL;
	if (log_open(path, flags, &lr, warn, NULL, 0) != 0)
		return -1;
	if (lr == NULL)
		return 0;
	if (since > 0 && log_seek(lr, since) != 0) {
		e = errno;
		log_close(lr);
		errno = e;
		return -1;
	}
	while ((rc = log_next(lr, &r)) == 1) {
		if (r.start < since || (until != 0 && r.start >= until))
			continue;
		if (n == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			recs = xreallocarray(recs, alloc, sizeof *recs);
		}
		recs[n++] = r;
	}
	e = errno;
	log_close(lr);
	if (rc < 0) {
		free(recs);
		errno = e;
		return -1;
	}
	*out = recs;
	return (long)n;
}

long
log_read(const char *path, struct log_record **out, FILE *warn)
{
	return log_read_window(path, 0, 0, 0, out, warn);
}

long
log_read_all(const char *path, struct log_record **out, FILE *warn)
{
	return log_read_window(path, 0, 0, LOG_BREAKS, out, warn);
}

bool
log_exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}
