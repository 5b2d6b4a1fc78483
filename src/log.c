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
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "log.h"
#include "paths.h"
#include "routine.h"
#include "text.h"
#include "xmalloc.h"

#define LOG_V1_FIELDS 11
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
log_format(const struct log_record *r, char *buf, size_t size)
{
	char id[sizeof r->routine], ver[sizeof r->progver], areas[256];
	char when[32], pb[12] = "", pa[12] = "";
	struct tm tm;
	time_t local = r->start + r->utc_offset;
	int off = r->utc_offset, n;
	size_t alen = 0;

	if (gmtime_r(&local, &tm) == NULL)
		return -1;
	if (strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &tm) == 0)
		return -1;
	log_scrub_field(id, sizeof id, r->routine);
	log_scrub_field(ver, sizeof ver, r->progver);
	areas[0] = '\0';
	for (int a = 0; a < AREA_COUNT; a++) {
		if (!(r->areas & (1U << a)))
			continue;
		n = snprintf(areas + alen, sizeof areas - alen, "%s%s",
		    alen ? "," : "", routine_area_name(a));
		if (n < 0 || (size_t)n >= sizeof areas - alen)
			return -1;
		alen += (size_t)n;
	}
	if (r->pain_before >= 0)
		snprintf(pb, sizeof pb, "%d", r->pain_before);
	if (r->pain_after >= 0)
		snprintf(pa, sizeof pa, "%d", r->pain_after);
	n = snprintf(buf, size,
	    "v%d\t%s%c%02d:%02d\t%s\t%s\t%u\t%u\t%u/%u\t%s\t%s\t%s\t%s\n",
	    LOG_VERSION, when, off < 0 ? '-' : '+', abs(off) / 3600,
	    abs(off) % 3600 / 60, id, areas, r->planned, r->done,
	    r->steps_done, r->steps_total,
	    log_outcome_name(r->outcome), pb, pa, ver);
	if (n < 0 || (size_t)n >= size)
		return -1;
	return n;
}

/* Exactly `width` digits at s into *v. */
static bool
log_digits(const char *s, int width, int *v)
{
	*v = 0;
	for (int i = 0; i < width; i++) {
		if (!isdigit((unsigned char)s[i]))
			return false;
		*v = *v * 10 + (s[i] - '0');
	}
	return true;
}

static bool
log_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* "YYYY-MM-DDTHH:MM:SS+HH:MM" or "...Z" into UTC seconds and offset. */
static bool
log_parse_time(const char *s, time_t *t, int *offset)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y, mo, d, h, mi, se, oh = 0, om = 0, sign = 1;
	struct tm tm;
	time_t local;

	if (strlen(s) < 19 || !log_digits(s, 4, &y) || s[4] != '-' ||
	    !log_digits(s + 5, 2, &mo) || s[7] != '-' ||
	    !log_digits(s + 8, 2, &d) || s[10] != 'T' ||
	    !log_digits(s + 11, 2, &h) || s[13] != ':' ||
	    !log_digits(s + 14, 2, &mi) || s[16] != ':' ||
	    !log_digits(s + 17, 2, &se))
		return false;
	s += 19;
	if (strcmp(s, "Z") != 0) {
		if ((s[0] != '+' && s[0] != '-') || strlen(s) != 6 ||
		    !log_digits(s + 1, 2, &oh) || s[3] != ':' ||
		    !log_digits(s + 4, 2, &om))
			return false;
		sign = s[0] == '-' ? -1 : 1;
	}
	if (y < 1970 || mo < 1 || mo > 12 || d < 1 ||
	    d > mdays[mo - 1] + (mo == 2 && log_leap(y)) ||
	    h > 23 || mi > 59 || se > 60 || oh > 18 || om > 59)
		return false;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = se;
	local = timegm(&tm);
	if (local == (time_t)-1)
		return false;
	*offset = sign * (oh * 3600 + om * 60);
	*t = local - *offset;
	return true;
}

/* A decimal number without sign or leading junk, at most max. */
static bool
log_number(const char *s, unsigned long max, unsigned long *v)
{
	char *end;

	if (!isdigit((unsigned char)s[0]) || strlen(s) > 12)
		return false;
	errno = 0;
	*v = strtoul(s, &end, 10);
	return errno == 0 && *end == '\0' && *v <= max;
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
	char *save, *name;

	*areas = 0;
	if (*s == '\0')
		return true;
	if (s[strlen(s) - 1] == ',')
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
	return true;
}

/* Printable, valid UTF-8, not empty, shorter than size. */
static bool
log_text_field(const char *s, size_t size)
{
	size_t n = strlen(s);

	return n > 0 && n < size && text_valid_utf8(s, n, NULL) &&
	    !text_has_control(s, NULL) && strchr(s, '\n') == NULL;
}

int
log_parse(const char *line, struct log_record *r, const char **why)
{
	char buf[LOG_LINE_MAX + 2], *f[LOG_V1_FIELDS + 1], *p;
	size_t len = strlen(line), nf = 0;
	unsigned long v, planned, done, sd, st;
	const char *w = NULL;
	int outcome = 0;

	if (len > 0 && line[len - 1] == '\n')
		len--;
	if (len == 0) {
		*why = "empty line";
		return -1;
	}
	if (len > LOG_LINE_MAX) {
		*why = "line too long";
		return -1;
	}
	memcpy(buf, line, len);
	buf[len] = '\0';
	if (strchr(buf, '\n') != NULL || strchr(buf, '\r') != NULL) {
		*why = "stray line break";
		return -1;
	}
	/* The version first: a newer format may have any shape. */
	if (buf[0] != 'v' || !isdigit((unsigned char)buf[1])) {
		*why = "no format version (not a backcoach log record)";
		return -1;
	}
	v = strtoul(buf + 1, &p, 10);
	if ((*p != '\t' && *p != '\0') || buf[1] == '0') {
		*why = "bad format version";
		return -1;
	}
	if (v > LOG_VERSION) {
		*why = "written by a newer backcoach (unknown format version)";
		return -1;
	}
	for (p = buf; nf <= LOG_V1_FIELDS; ) {
		f[nf++] = p;
		if ((p = strchr(p, '\t')) == NULL)
			break;
		*p++ = '\0';
	}
	if (nf != LOG_V1_FIELDS || p != NULL) {
		*why = nf < LOG_V1_FIELDS ? "too few fields (want 11)" :
		    "too many fields (want 11)";
		return -1;
	}
	memset(r, 0, sizeof *r);
	r->version = (int)v;
	if (!log_parse_time(f[1], &r->start, &r->utc_offset))
		w = "bad start time (want YYYY-MM-DDTHH:MM:SS+HH:MM)";
	else if (!log_text_field(f[2], sizeof r->routine))
		w = "bad routine id";
	else if (!log_areas(f[3], &r->areas))
		w = "bad area list";
	else if (!log_number(f[4], LOG_SECONDS_MAX, &planned))
		w = "bad planned seconds";
	else if (!log_number(f[5], LOG_SECONDS_MAX, &done))
		w = "bad seconds done";
	else if (done > planned * 10)
		w = "seconds done more than ten times the planned time";
	else if ((p = strchr(f[6], '/')) == NULL ||
	    (*p = '\0', !log_number(f[6], LOG_STEPS_MAX, &sd)) ||
	    !log_number(p + 1, LOG_STEPS_MAX, &st) || sd > st)
		w = "bad steps (want DONE/TOTAL)";
	else if ((outcome = log_outcome_parse(f[7])) < 0)
		w = "bad outcome (want completed, abandoned, skipped or snoozed)";
	else if (!log_pain(f[8], &r->pain_before))
		w = "pain before out of range (want 0-10 or empty)";
	else if (!log_pain(f[9], &r->pain_after))
		w = "pain after out of range (want 0-10 or empty)";
	else if (!log_text_field(f[10], sizeof r->progver))
		w = "bad program version";
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

static int
log_fail(char *err, size_t errsize, const char *path, int e)
{
	if (err != NULL && errsize > 0)
		snprintf(err, errsize, "cannot write %s: %s", path, strerror(e));
	errno = e;
	return -1;
}

int
log_append(const char *path, const struct log_record *r, char *err, size_t errsize)
{
	char line[LOG_LINE_MAX + 2], *dir, *slash;
	struct rlimit rl;
	struct stat st;
	ssize_t w;
	int fd, len, e;
	size_t off = 1;

	/* line[0] is kept for a '\n' in case the file ends in a torn line. */
	line[0] = '\n';
	if ((len = log_format(r, line + 1, sizeof line - 1)) < 0)
		return log_fail(err, errsize, path, EOVERFLOW);

	dir = xstrdup(path);
	if ((slash = strrchr(dir, '/')) != NULL && slash != dir) {
		*slash = '\0';
		if (paths_mkdir_p(dir, 0700) != 0) {
			e = errno;
			free(dir);
			return log_fail(err, errsize, path, e);
		}
	}
	free(dir);

	/* Read access only serves the torn-tail check; writing needs none. */
	fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0 && errno == EACCES)
		fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0)
		return log_fail(err, errsize, path, errno);
	/*
	 * The write needs no lock (O_APPEND), but the torn-tail check does: a
	 * concurrent write that crosses a page boundary makes the file's size
	 * grow page by page, so without the lock we could see the middle of
	 * another record as a torn tail.  Advisory, held only until the write is
	 * done; if the file system refuses locks we go on without one.
	 */
	(void)flock(fd, LOCK_EX);
	if (fstat(fd, &st) != 0) {
		e = errno;
		close(fd);
		return log_fail(err, errsize, path, e);
	}
	if (st.st_size > 0) {
		char last;

		if (pread(fd, &last, 1, st.st_size - 1) == 1 && last != '\n')
			off = 0;
	}
	/*
	 * A write that crosses RLIMIT_FSIZE is cut short by the kernel and would
	 * leave a torn line: refuse up front, as the kernel would at the limit.
	 */
	if (getrlimit(RLIMIT_FSIZE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
	    (uintmax_t)st.st_size + (size_t)len + (1 - off) > (uintmax_t)rl.rlim_cur) {
		close(fd);
		return log_fail(err, errsize, path, EFBIG);
	}
	len += (int)(1 - off);
	w = write(fd, line + off, (size_t)len);
	(void)flock(fd, LOCK_UN);
	if (w != len) {
		e = w < 0 ? errno : EIO;
		close(fd);
		if (w >= 0 && err != NULL && errsize > 0) {
			snprintf(err, errsize, "cannot write %s: short write (%zd of %d bytes)",
			    path, w, len);
			errno = e;
			return -1;
		}
		return log_fail(err, errsize, path, e);
	}
	if (fsync(fd) != 0) {
		e = errno;
		close(fd);
		return log_fail(err, errsize, path, e);
	}
	if (close(fd) != 0)
		return log_fail(err, errsize, path, errno);
	return 0;
}

static long
log_read_kinds(const char *path, struct log_record **out, FILE *warn,
    bool breaks)
{
	FILE *fp;
	char *line = NULL;
	size_t cap = 0, n = 0, alloc = 0;
	ssize_t len;
	unsigned long lineno = 0;
	struct log_record *recs = NULL, r;
	const char *why;
	int e;

	*out = NULL;
	if ((fp = fopen(path, "re")) == NULL) {
		if (errno == ENOENT)
			return 0;
		return -1;
	}
	while ((len = getline(&line, &cap, fp)) > 0) {
		lineno++;
		if (line[len - 1] != '\n') {
			/* Only the last line can lack it: a write cut short. */
			why = "incomplete last line (no newline)";
		} else if (strlen(line) != (size_t)len) {
			why = "NUL byte in line";
		} else if (log_parse(line, &r, &why) == 0) {
			if (!breaks && r.outcome >= LOG_SKIPPED)
				continue;
			if (n == alloc) {
				alloc = alloc ? alloc * 2 : 64;
				recs = xreallocarray(recs, alloc, sizeof *recs);
			}
			recs[n++] = r;
			continue;
		}
		if (warn != NULL)
			fprintf(warn, "%s:%lu: skipped: %s\n", path, lineno, why);
	}
	e = ferror(fp) ? errno : 0;
	free(line);
	fclose(fp);
	if (e != 0) {
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
	return log_read_kinds(path, out, warn, false);
}

long
log_read_all(const char *path, struct log_record **out, FILE *warn)
{
	return log_read_kinds(path, out, warn, true);
}

bool
log_exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}
