/*
 * fuzz-routine.c - libFuzzer target for the strict YAML loader: every input
 * is loaded as a routine, as a pain-source file and as a settings file, and
 * whatever loads is checked against the format's promises (text limits, no
 * control characters, numbers in range) so that a loader that lets hostile
 * text through fails here, not on someone's terminal.  Built and run by
 * `make fuzz` (tests/fuzz/run.sh), outside the normal build.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "error.h"
#include "painsrc.h"
#include "routine.h"
#include "settings.h"
#include "text.h"

static int fuzz_fd = -1;
static char fuzz_path[64];

static void
fuzz_die(const char *what, const char *detail)
{
	fprintf(stderr, "fuzz-routine: broken promise: %s%s%s\n", what,
	    detail ? ": " : "", detail ? detail : "");
	abort();
}

/* A text field that loaded must be safe to print (text.h, routine.h). */
static void
fuzz_text(const char *what, const char *s, int required)
{
	size_t at;

	if (s == NULL) {
		if (required)
			fuzz_die(what, "NULL");
		return;
	}
	if (strlen(s) > ROUTINE_TEXT_MAX)
		fuzz_die(what, "longer than ROUTINE_TEXT_MAX");
	if (!text_valid_utf8(s, strlen(s), &at))
		fuzz_die(what, "invalid UTF-8");
	if (text_has_control(s, &at))
		fuzz_die(what, "control character");
	if (text_has_invisible(s, &at, NULL))
		fuzz_die(what, "invisible formatting character");
	if (required && *s == '\0')
		fuzz_die(what, "empty");
}

/* The same for text a list shows on one line. */
static void
fuzz_line(const char *what, const char *s)
{
	fuzz_text(what, s, 1);
	if (strchr(s, '\n') != NULL)
		fuzz_die(what, "line break in one-line text");
}

static void
fuzz_check_routine(const struct routine *r)
{
	unsigned i;
	const char *c;

	fuzz_text("id", r->id, 1);
	if (strlen(r->id) > ROUTINE_ID_MAX)
		fuzz_die("id", "too long");
	for (c = r->id; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') ||
		    *c == '-'))
			fuzz_die("id", "character outside [a-z0-9-]");
	fuzz_line("title", r->title);
	fuzz_text("summary", r->summary, 1);
	fuzz_text("caution", r->caution, 1);
	if (r->areas == 0 || r->areas >= (1u << AREA_COUNT))
		fuzz_die("areas", "empty or unknown bit");
	if ((unsigned)r->kind >= KIND_COUNT)
		fuzz_die("kind", "out of range");
	if ((unsigned)r->level >= LEVEL_COUNT)
		fuzz_die("level", "out of range");
	if (r->equipment >= (1u << EQUIP_COUNT))
		fuzz_die("equipment", "unknown bit");
	if (r->steps_count < 1 || r->steps_count > ROUTINE_STEPS_MAX ||
	    r->steps == NULL)
		fuzz_die("steps", "count out of range");
	for (i = 0; i < r->steps_count; i++) {
		const struct routine_step *st = &r->steps[i];

		fuzz_line("step name", st->name);
		fuzz_text("step instructions", st->instructions, 1);
		if (st->seconds < 1 || st->seconds > ROUTINE_SECONDS_MAX)
			fuzz_die("seconds", "out of range");
		if (st->reps < 1 || st->reps > ROUTINE_REPS_MAX)
			fuzz_die("reps", "out of range");
		if (st->rest > ROUTINE_REST_MAX)
			fuzz_die("rest", "out of range");
		if (st->sides != SIDES_NONE && st->sides != SIDES_LEFT_RIGHT)
			fuzz_die("sides", "out of range");
	}
	(void)routine_total_seconds(r);
}

static void
fuzz_check_painsrc(const struct painsrc *p)
{
	unsigned i, j, k;
	uint32_t seen = 0;

	for (i = 0; i < p->areas_count; i++) {
		const struct painsrc_area *a = &p->areas[i];

		if ((unsigned)a->area >= AREA_COUNT)
			fuzz_die("painsrc area", "out of range");
		if (seen & (1u << a->area))
			fuzz_die("painsrc area", "given twice");
		seen |= 1u << a->area;
		fuzz_text("painsrc note", a->note, 1);
		if (a->muscles_count == 0)
			fuzz_die("painsrc muscles", "empty");
		for (j = 0; j < a->muscles_count; j++) {
			const struct painsrc_muscle *m = &a->muscles[j];

			fuzz_text("muscle name", m->name, 1);
			fuzz_text("muscle refers", m->refers, 1);
			if (m->routines_count == 0)
				fuzz_die("muscle routines", "empty");
			for (k = 0; k < m->routines_count; k++)
				fuzz_text("muscle routine id", m->routines[k], 1);
		}
		if (painsrc_find(p, a->area) == NULL)
			fuzz_die("painsrc_find", "misses a loaded area");
	}
}

/* A refusal must name a place and say something, on one line. */
static void
fuzz_check_error(const struct bc_error *err)
{
	size_t at;

	if (err->msg[0] == '\0')
		fuzz_die("error", "empty message");
	if (strchr(err->msg, '\n') != NULL)
		fuzz_die("error", "message with a newline");
	if (text_has_control(err->msg, &at))
		fuzz_die("error", "message with a control character");
	if (!text_valid_utf8(err->msg, strlen(err->msg), &at))
		fuzz_die("error", "message with invalid UTF-8");
	if (text_has_invisible(err->msg, &at, NULL))
		fuzz_die("error", "message with an invisible character");
	/* the schema check on the map must refuse all that libcyaml would */
	if (strncmp(err->msg, "libcyaml refused", 16) == 0)
		fuzz_die("error", err->msg);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{

	(void)argc;
	(void)argv;
	if ((fuzz_fd = memfd_create("fuzz.yaml", MFD_CLOEXEC)) == -1) {
		perror("memfd_create");
		exit(1);
	}
	snprintf(fuzz_path, sizeof fuzz_path, "/proc/self/fd/%d", fuzz_fd);
	return 0;
}

/* The lowest free descriptor now. */
static int
fuzz_free_fd(void)
{
	int probe = open("/dev/null", O_RDONLY | O_CLOEXEC);

	if (probe == -1)
		abort();
	close(probe);
	return probe;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bc_error err;
	struct routine *r = NULL;
	struct painsrc *p = NULL;
	struct settings s;
	size_t off = 0;
	ssize_t n;
	/*
	 * Measured at each input, not once: libFuzzer itself keeps pipes
	 * open to llvm-symbolizer from the first NEW_FUNC line it prints.
	 */
	int free_fd = fuzz_free_fd();

	if (ftruncate(fuzz_fd, 0) == -1)
		abort();
	while (off < size) {
		n = pwrite(fuzz_fd, data + off, size - off, (off_t)off);
		if (n <= 0)
			abort();
		off += (size_t)n;
	}

	memset(&err, 0, sizeof err);
	if (routine_load(fuzz_path, &r, &err) == 0) {
		if (r == NULL)
			fuzz_die("routine_load", "0 with NULL routine");
		fuzz_check_routine(r);
		routine_free(r);
	} else {
		if (r != NULL)
			fuzz_die("routine_load", "-1 with a routine");
		fuzz_check_error(&err);
	}

	memset(&err, 0, sizeof err);
	if (painsrc_load(fuzz_path, &p, &err) == 0) {
		if (p == NULL)
			fuzz_die("painsrc_load", "0 with NULL result");
		fuzz_check_painsrc(p);
		painsrc_free(p);
	} else {
		if (p != NULL)
			fuzz_die("painsrc_load", "-1 with a result");
		fuzz_check_error(&err);
	}

	memset(&err, 0, sizeof err);
	settings_defaults(&s);
	if (settings_load(fuzz_path, &s, &err) == 0) {
		if (s.ready_seconds > 60)
			fuzz_die("settings", "ready_seconds out of range");
	} else
		fuzz_check_error(&err);

	/* a descriptor left open by a load would show up as a higher number */
	if (fuzz_free_fd() != free_fd)
		fuzz_die("descriptor leak", NULL);
	return 0;
}
