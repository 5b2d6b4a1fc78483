/* Unit tests of log.c: record format and parse, malformed lines, append and read. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "log.h"
#include "routine.h"
#include "tap.h"

static char tmpdir[] = "/tmp/bc-test-log.XXXXXX";

static struct log_record
rec(const char *id, time_t start, int off, int before, int after)
{
	struct log_record r;

	memset(&r, 0, sizeof r);
	r.version = LOG_VERSION;
	r.start = start;
	r.utc_offset = off;
	snprintf(r.routine, sizeof r.routine, "%s", id);
	r.areas = 1U << AREA_NECK | 1U << AREA_UPPER_BACK;
	r.planned = 300;
	r.done = 280;
	r.steps_done = 3;
	r.steps_total = 5;
	r.outcome = LOG_COMPLETED;
	r.pain_before = before;
	r.pain_after = after;
	snprintf(r.progver, sizeof r.progver, "0.1.0");
	return r;
}

static int
same(const struct log_record *a, const struct log_record *b)
{
	return a->version == b->version && a->start == b->start &&
	    a->utc_offset == b->utc_offset && strcmp(a->routine, b->routine) == 0 &&
	    a->areas == b->areas && a->planned == b->planned && a->done == b->done &&
	    a->steps_done == b->steps_done && a->steps_total == b->steps_total &&
	    a->outcome == b->outcome && a->pain_before == b->pain_before &&
	    a->pain_after == b->pain_after && strcmp(a->progver, b->progver) == 0;
}

static void
write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	fputs(text, fp);
	fclose(fp);
}

static char *
slurp(const char *path)
{
	static char buf[65536];
	FILE *fp = fopen(path, "r");
	size_t n;

	if (fp == NULL)
		return NULL;
	n = fread(buf, 1, sizeof buf - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

#define GOOD "v1\t2026-11-25T09:30:00+01:00\tdesk-break\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0"

static void
test_format_parse(void)
{
	/* 2026-11-25T08:30:00Z */
	time_t t = 1795595400;
	struct log_record in[4], out;
	char buf[LOG_LINE_MAX];
	const char *why = NULL;
	int n;

	in[0] = rec("desk-break-upper-back", t, 3600, 6, 3);
	in[1] = rec("ball-wall", t + 86400, 0, -1, -1);
	in[2] = rec("x", t + 2 * 86400, -(5 * 3600 + 30 * 60), 0, 10);
	in[2].outcome = LOG_ABANDONED;
	in[2].done = 12;
	in[2].steps_done = 0;
	in[2].areas = 0;
	in[3] = rec("foam-roller-upper-back", t, 19800, 4, -1);
	in[3].areas = (1U << AREA_COUNT) - 1;

	n = log_format(&in[0], buf, sizeof buf);
	is_str(buf, "v1\t2026-11-25T09:30:00+01:00\tdesk-break-upper-back\tneck,upper-back\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0\n",
	    "format of a record with both pains, +01:00");
	is_int(n, (int)strlen(buf), "format returns the length");
	for (int i = 0; i < 4; i++) {
		log_format(&in[i], buf, sizeof buf);
		ok(log_parse(buf, &out, &why) == 0 && same(&in[i], &out),
		    "round trip of record %d: %s", i, why ? why : "ok");
	}
	log_format(&in[1], buf, sizeof buf);
	ok(strstr(buf, "\tcompleted\t\t\t0.1.0\n") != NULL, "empty pains are empty fields");
	log_format(&in[2], buf, sizeof buf);
	ok(strstr(buf, "2026-11-27T03:00:00-05:30\tx\t\t") != NULL, "negative offset, no areas: %s", buf);
	is_int(log_format(&in[0], buf, 20), -1, "format into a small buffer fails");

	/* Unsafe bytes in an id never reach the file. */
	in[0] = rec("bad\tid\nwith\x1b[31m", t, 0, -1, -1);
	log_format(&in[0], buf, sizeof buf);
	ok(log_parse(buf, &out, &why) == 0, "a scrubbed id parses");
	is_str(out.routine, "bad?id?with?[31m", "tab, newline and ESC scrubbed");
	ok(strchr(buf, '\n') == buf + strlen(buf) - 1, "one newline, at the end");
}

static void
test_versions(void)
{
	struct log_record r;
	const char *why = "";

	ok(log_parse(GOOD, &r, &why) == 0, "a v1 line parses");
	is_int(r.version, 1, "its version");
	is_int(r.start, 1795595400, "its UTC start");
	is_int(r.utc_offset, 3600, "its offset");
	ok(log_parse("v1\t2026-11-25T08:30:00Z\tdesk\tneck\t300\t280\t3/5\tabandoned\t\t\t0.0.1", &r, &why) == 0 &&
	    r.start == 1795595400 && r.utc_offset == 0 && r.outcome == LOG_ABANDONED,
	    "an old program's record (0.0.1, Z time) is read");
	is_str(r.progver, "0.0.1", "its program version is kept");
	ok(log_parse("v1\t2026-11-25T09:30:00+01:00\tdesk\tneck,hips-of-the-future\t300\t280\t3/5\tcompleted\t6\t3\t0.9.0", &r, &why) == 0 &&
	    r.areas == 1U << AREA_NECK, "an area name from a newer program is ignored, the record kept");
	ok(log_parse("v2\t2026-11-25T09:30:00+01:00\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.9.0\tnew", &r, &why) != 0,
	    "a newer format version is refused");
	ok(strstr(why, "newer") != NULL, "... saying so: %s", why);
	ok(log_parse("v1\t2024-02-29T23:59:59-05:30\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", &r, &why) == 0 &&
	    r.start == 1709270999 && r.utc_offset == -19800,
	    "29 February of a leap year, west of UTC: 2024-03-01T05:29:59Z (1709270999, date -u -d)");
	ok(log_parse("v1\t2026-11-25T08:30:00Z\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", &r, &why) == 0 &&
	    r.start == 1795595400 && r.utc_offset == 0, "Z: 2026-11-25T08:30:00Z is 1795595400 (date -u -d)");
	ok(log_parse("v0\t2026-11-25T09:30:00+01:00\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.0.1", &r, &why) != 0,
	    "v0 (never existed) is refused");
}

static void
test_malformed(void)
{
	static const struct {
		const char *line, *want, *what;
	} bad[] = {
		{ "", "empty", "empty line" },
		{ "hello world", "version", "not a record" },
		{ "v1\t2026-11-25T09:30:00+01:00\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3", "too few", "10 fields" },
		{ GOOD "\textra", "too many", "12 fields in v1" },
		{ "v1\t2026-11-25 09:30:00+01:00\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "time", "space for T" },
		{ "v1\t2026-02-30T09:30:00+01:00\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "time", "30 February" },
		{ "v1\t2026-11-25T24:30:00+01:00\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "time", "hour 24" },
		{ "v1\t2026-11-25T09:30:00\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "time", "no offset" },
		{ "v1\t2026-11-25T09:30:00+01:00\t\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "routine", "empty id" },
		{ "v1\t2026-11-25T09:30:00+01:00\tde\x1bsk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "routine", "ESC in id" },
		{ "v1\t2026-11-25T09:30:00+01:00\tde\xffsk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "routine", "bad UTF-8 in id" },
		{ "v1\t2026-11-25T09:30:00+01:00\tdesk\tNeck!\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "area", "bad area name" },
		{ "v1\t2026-11-25T09:30:00+01:00\tdesk\tneck\t-300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "planned", "negative planned" },
		{ "v1\t2026-11-25T09:30:00+01:00\tdesk\tneck\t300\t28x\t3/5\tcompleted\t6\t3\t0.1.0", "done", "junk in done" },
		{ "v1\t2026-11-25T09:30:00+01:00\tdesk\tneck\t300\t3001\t3/5\tcompleted\t6\t3\t0.1.0", "ten times", "done > planned*10" },
		{ "v1\t2026-11-25T09:30:00+01:00\tdesk\tneck\t300\t280\t6/5\tcompleted\t6\t3\t0.1.0", "steps", "steps done > total" },
		{ "v1\t2026-11-25T09:30:00+01:00\tdesk\tneck\t300\t280\t35\tcompleted\t6\t3\t0.1.0", "steps", "steps without slash" },
		{ "v1\t2026-11-25T09:30:00+01:00\tdesk\tneck\t300\t280\t3/5\tfinished\t6\t3\t0.1.0", "outcome", "unknown outcome" },
		{ "v1\t2026-11-25T09:30:00+01:00\tdesk\tneck\t300\t280\t3/5\tcompleted\t11\t3\t0.1.0", "pain before", "pain 11" },
		{ "v1\t2026-11-25T09:30:00+01:00\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t-1\t0.1.0", "pain after", "pain -1" },
		{ "v1\t2026-11-25T09:30:00+01:00\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t", "program version", "no program version" },
		{ "v1\t2026-11-25T09:30:00+0100\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "time", "offset without colon" },
		{ "v1\t2026-11-25T09:30:00X\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "time", "X for Z" },
		{ "v1\t2026-11-25T09:30:00Z0\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "time", "Z and more" },
		{ "v1\t2026-11-25T09:30:00+01:00Z\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "time", "offset and Z" },
		{ "v1\t2026-11-25T09:30:00+1x:00\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "time", "letter in the offset" },
		{ "v1\t2026-11-25T09:30:00+19:00\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "time", "offset 19 hours" },
		{ "v1\t1969-12-31T23:59:59Z\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "time", "before 1970" },
		{ "v1\t2025-02-29T09:30:00Z\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "time", "29 February of a common year" },
		{ "v1x\t2026-11-25T09:30:00Z\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "bad format version", "v1x" },
		{ "v99999999999999999999999\t2026-11-25T09:30:00Z\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0", "newer", "a version past any integer" },
		{ "v1\t2026-11-25T09:30:00Z\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0\t", "too many", "a TAB at the end" },
		{ "v1\t2026-11-25T09:30:00Z\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\r\t3\t0.1.0", "stray", "CR in a field" },
	};
	struct log_record r;
	char *line;

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		const char *why = NULL;
		int rc = log_parse(bad[i].line, &r, &why);

		ok(rc == -1 && why != NULL && strstr(why, bad[i].want) != NULL,
		    "refused: %s (%s)", bad[i].what, why ? why : "accepted");
	}
	line = malloc(LOG_LINE_MAX + 100);
	memset(line, 'a', LOG_LINE_MAX + 99);
	line[LOG_LINE_MAX + 99] = '\0';
	memcpy(line, "v1\t", 3);
	{
		const char *why = NULL;

		ok(log_parse(line, &r, &why) == -1 && strstr(why, "long") != NULL,
		    "refused: an over-long line");
	}
	free(line);
}

static void
test_read(void)
{
	char path[256], wpath[256], *w;
	struct log_record *recs;
	FILE *warn;
	long n;

	snprintf(path, sizeof path, "%s/read.log", tmpdir);
	snprintf(wpath, sizeof wpath, "%s/warn.txt", tmpdir);
	write_file(path, GOOD "\n" "garbage\n" GOOD "\n" "v1\tbroken\n" GOOD);
	warn = fopen(wpath, "w");
	n = log_read(path, &recs, warn);
	fclose(warn);
	is_int(n, 2, "two good lines read, three skipped");
	w = slurp(wpath);
	ok(strstr(w, "read.log:2: skipped: ") != NULL, "warning names line 2");
	ok(strstr(w, "read.log:4: skipped: too few fields") != NULL, "warning names line 4");
	ok(strstr(w, "read.log:5: skipped: incomplete last line") != NULL,
	    "a final line without newline is skipped as incomplete");
	free(recs);
	n = log_read("/nonexistent/dir/x.log", &recs, NULL);
	ok(n == 0 && recs == NULL, "a missing log is 0 records");
	ok(log_read(tmpdir, &recs, NULL) == -1, "a directory is an error");
}

static void
test_append(void)
{
	char dir[256], path[512], err[1024], *text;
	struct log_record r = rec("desk-break", 1795595400, 3600, 6, 3), *recs;
	struct stat st;
	long n;

	snprintf(dir, sizeof dir, "%s/state/backcoach", tmpdir);
	snprintf(path, sizeof path, "%s/sessions.log", dir);
	umask(022);
	ok(log_append(path, &r, err, sizeof err) == 0, "append creates the dirs and file");
	memset(&st, 0, sizeof st);
	stat(dir, &st);
	is_int(st.st_mode & 07777, 0700, "dir mode 0700");
	memset(&st, 0, sizeof st);
	stat(path, &st);
	is_int(st.st_mode & 07777, 0600, "file mode 0600");
	r.pain_after = -1;
	ok(log_append(path, &r, err, sizeof err) == 0, "second append");
	n = log_read(path, &recs, stderr);
	is_int(n, 2, "two records back");
	ok(n == 2 && recs[1].pain_after == -1 && recs[0].pain_after == 3, "in order");
	free(recs);

	/* A torn tail stays its own line. */
	snprintf(path, sizeof path, "%s/torn.log", tmpdir);
	write_file(path, GOOD "\nv1\t2026-11-25T1");
	ok(log_append(path, &r, err, sizeof err) == 0, "append after a torn tail");
	text = slurp(path);
	ok(strstr(text, "\nv1\t2026-11-25T1\nv1\t2026-11-25T09:30:00+01:00\tdesk-break") != NULL,
	    "torn tail kept apart from the new record");
	n = log_read(path, &recs, NULL);
	ok(n == 2 && strcmp(recs[1].routine, "desk-break") == 0, "both whole records read, torn one skipped");
	free(recs);

	/* Failure: a path under a file (ENOTDIR, also as root). */
	snprintf(path, sizeof path, "%s/torn.log/sub/sessions.log", tmpdir);
	ok(log_append(path, &r, err, sizeof err) == -1 && errno == ENOTDIR, "append under a file fails");
	ok(strncmp(err, "cannot write ", 13) == 0 && strstr(err, "Not a directory") != NULL,
	    "error says why: %s", err);
}

/*
 * log_read_window finds its place by bisection: it must give exactly the
 * records a full read would, whatever the window, with junk in the file.
 */
static void
test_window(void)
{
	char path[256];
	struct log_record *all, *win;
	time_t t0 = 1795595400, since;
	long nall, nwin;
	FILE *fp;
	int bad = 0;

	snprintf(path, sizeof path, "%s/window.log", tmpdir);
	fp = fopen(path, "w");
	for (int i = 0; i < 20000; i++) {
		char line[LOG_LINE_MAX + 2];
		struct log_record r = rec("w", t0 + (time_t)i * 1800, 0, 5, 3);

		/* now and then a session that ended late: out of start order */
		if (i % 97 == 0)
			r.start -= 3 * 3600;
		log_format(&r, line, sizeof line);
		fputs(line, fp);
		if (i % 1000 == 500)
			fputs("junk line\n", fp);
	}
	fclose(fp);
	nall = log_read(path, &all, NULL);
	is_int(nall, 20000, "20000 records");
	for (int k = 0; k < 7; k++) {
		long want = 0;
		time_t offs[] = { -86400, 0, 1800 * 5000 + 17, 1800 * 12345, 1800 * 19990,
		    1800 * 19999, 1800 * 30000 };

		since = t0 + offs[k];
		for (long i = 0; i < nall; i++)
			want += all[i].start >= since;
		nwin = log_read_window(path, since, 0, 0, &win, NULL);
		if (nwin != want) {
			diag("since %+ld: %ld records, want %ld", (long)offs[k], nwin, want);
			bad++;
		}
		for (long i = 0; i < nwin && i < want; i++)
			if (win[i].start < since)
				bad++;
		free(win);
	}
	ok(bad == 0, "log_read_window gives what a full read gives, for 7 windows");
	nwin = log_read_window(path, t0 + 1800 * 100, t0 + 1800 * 110, 0, &win, NULL);
	is_int(nwin, 10, "a window with an end: 10 records (the late one at 194 is before it)");
	free(win);
	free(all);
}

/* The reader keeps the last area list it parsed: the cache must not lie. */
static void
test_area_cache(void)
{
	struct log_record r;
	const char *why;
	const char *bad = "v1\t2026-11-25T09:30:00+01:00\tdesk\tneck,\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0";
	const char *two = "v1\t2026-11-25T09:30:00+01:00\tdesk\tneck,,upper-back\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0";
	const char *one = "v1\t2026-11-25T09:30:00+01:00\tdesk\tneck\t300\t280\t3/5\tcompleted\t6\t3\t0.1.0";

	ok(log_parse(bad, &r, &why) == -1 && log_parse(bad, &r, &why) == -1,
	    "a trailing comma is refused twice in a row (not taken from the cache)");
	ok(log_parse(two, &r, &why) == 0 && r.areas == (1U << AREA_NECK | 1U << AREA_UPPER_BACK) &&
	    log_parse(two, &r, &why) == 0 && r.areas == (1U << AREA_NECK | 1U << AREA_UPPER_BACK),
	    "the same list twice: the same areas");
	ok(log_parse(one, &r, &why) == 0 && r.areas == 1U << AREA_NECK, "then another list: its own areas");
}

/* The stream reader: long lines, other kinds, what is not a regular file. */
static void
test_stream(void)
{
	char path[256], wpath[256], link[300], err[512], *w;
	struct log_reader *lr;
	struct log_record r;
	const struct log_stats *st;
	struct stat sb;
	FILE *fp, *warn;
	int n = 0;

	/* a 3 MB line between two good ones: skipped, the one after it read */
	snprintf(path, sizeof path, "%s/long.log", tmpdir);
	snprintf(wpath, sizeof wpath, "%s/long-warn.txt", tmpdir);
	fp = fopen(path, "w");
	fputs(GOOD "\n", fp);
	fputs("v1\t", fp);
	for (int i = 0; i < 3 * 1024 * 1024; i++)
		putc('x', fp);
	fputs("\n" "break\tv1\t2026-11-25T09:30:00+01:00\tkept\n", fp);
	fputs(GOOD "\n", fp);
	/* exactly LOG_LINE_MAX bytes: not too long (refused for its fields) */
	for (int i = 0; i < LOG_LINE_MAX; i++)
		putc(i < 3 ? "v1\t"[i] : 'y', fp);
	fputs("\n", fp);
	fclose(fp);
	warn = fopen(wpath, "w");
	ok(log_open(path, 0, &lr, warn, err, sizeof err) == 0 && lr != NULL, "open a log");
	while (lr != NULL && log_next(lr, &r) == 1)
		n++;
	st = log_reader_stats(lr);
	is_int(n, 2, "both good records, the one after the 3 MB line too");
	ok(st->lines == 5 && st->skipped == 2 && st->other_kinds == 1,
	    "5 lines: 2 records, 2 skipped, 1 of another kind (%lu %lu %lu)",
	    st->lines, st->skipped, st->other_kinds);
	log_close(lr);
	fclose(warn);
	w = slurp(wpath);
	ok(strstr(w, "long.log:2: skipped: line too long (over 1024 bytes)\n") != NULL,
	    "the long line is named: %s", w);
	ok(strstr(w, "long.log:3:") == NULL, "a record of another kind is skipped without a word");
	ok(strstr(w, "long.log:5: skipped: too few fields") != NULL,
	    "a line of exactly LOG_LINE_MAX bytes is parsed, not called too long");

	/* a FIFO is refused at once, not waited on */
	snprintf(path, sizeof path, "%s/fifo.log", tmpdir);
	mkfifo(path, 0600);
	errno = 0;
	ok(log_open(path, 0, &lr, NULL, err, sizeof err) == -1 && lr == NULL,
	    "a FIFO is refused (and did not block)");
	ok(strstr(err, "fifo.log: not a regular file (a FIFO)") != NULL, "... saying so: %s", err);
	ok(log_read(path, (struct log_record **)&w, NULL) == -1, "log_read refuses it too");
	{
		struct log_record rec0;
		const char *why;

		log_parse(GOOD, &rec0, &why);
		ok(log_append(path, &rec0, err, sizeof err) == -1 &&
		    strstr(err, "not a regular file (a FIFO)") != NULL,
		    "append to a FIFO is refused: %s", err);
	}

	/* a symbolic link is not followed, even to a good log */
	snprintf(path, sizeof path, "%s/read.log", tmpdir);
	snprintf(link, sizeof link, "%s/link.log", tmpdir);
	symlink(path, link);
	ok(log_open(link, 0, &lr, NULL, err, sizeof err) == -1 &&
	    strstr(err, "link.log: it is a symbolic link") != NULL, "a link is refused: %s", err);
	{
		struct log_record rec0;
		const char *why;

		log_parse(GOOD, &rec0, &why);
		snprintf(link, sizeof link, "%s/dangling.log", tmpdir);
		symlink("/nonexistent/target.log", link);
		ok(log_append(link, &rec0, err, sizeof err) == -1 &&
		    strstr(err, "dangling.log: it is a symbolic link") != NULL,
		    "append through a dangling link is refused: %s", err);
		ok(lstat("/nonexistent/target.log", &sb) == -1, "... and creates nothing");
	}

	/* over-wide modes: the person's own log is narrowed, and says so */
	snprintf(link, sizeof link, "%s/wide", tmpdir);
	mkdir(link, 0700);
	chmod(link, 0777);
	snprintf(path, sizeof path, "%s/wide/sessions.log", tmpdir);
	write_file(path, GOOD "\n");
	chmod(path, 0666);
	warn = fopen(wpath, "w");
	ok(log_open(path, 0, &lr, warn, err, sizeof err) == 0 && lr != NULL, "open without LOG_TIGHTEN");
	log_close(lr);
	stat(path, &sb);
	is_int(sb.st_mode & 07777, 0666, "... leaves the mode alone (someone else's --log file)");
	ok(log_open(path, LOG_TIGHTEN, &lr, warn, err, sizeof err) == 0 && lr != NULL, "open with LOG_TIGHTEN");
	log_close(lr);
	fclose(warn);
	stat(path, &sb);
	is_int(sb.st_mode & 07777, 0600, "the log is made 0600");
	stat(link, &sb);
	is_int(sb.st_mode & 07777, 0700, "its directory 0700");
	w = slurp(wpath);
	ok(strstr(w, "sessions.log had mode 0666 (others could read it); changed it to 0600") != NULL &&
	    strstr(w, "wide had mode 0777 (others could replace the log); changed it to 0700") != NULL,
	    "both changes are told: %s", w);
}

int
main(void)
{
	setenv("TZ", "UTC", 1);
	tzset();
	if (mkdtemp(tmpdir) == NULL)
		return 99;
	test_format_parse();
	test_versions();
	test_malformed();
	test_read();
	test_append();
	test_stream();
	test_area_cache();
	test_window();
	{
		char cmd[300];

		snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
		if (system(cmd) != 0)
			diag("could not remove %s", tmpdir);
	}
	return done_testing();
}
