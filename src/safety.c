/*
 * safety.c - the words of the first-run safety note, kept in one place so
 * that the screen and plain mode cannot drift apart, and the mark that it
 * has been shown (so it is shown once, not before every session until one
 * is logged).
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "log.h"
#include "paths.h"
#include "safety.h"
#include "text.h"

const char safety_title[] = N_("Before you exercise");

const struct safety_para safety_note[] = {
	{ N_("Move gently. Stop at once if the pain becomes sharp, spreads into an "
	  "arm or a leg, or comes with numbness, tingling, weakness or fever."),
	  false },
	{ N_("See a doctor instead of exercising if the pain came after a fall or "
	  "an accident, or comes with fever, unexplained weight loss, numbness, "
	  "tingling or weakness, or loss of bladder or bowel control."), false },
	{ N_("Upper back pain with chest pain, shortness of breath or sweating can "
	  "be a heart attack: call emergency services now."), true },
	{ N_("backcoach is not medical advice."), false },
};

const size_t safety_note_count = sizeof safety_note / sizeof safety_note[0];

void
safety_print(FILE *fp, int width)
{
	size_t i;

	fprintf(fp, "%s\n\n", _(safety_title));
	for (i = 0; i < safety_note_count; i++) {
		text_wrap_print(fp, _(safety_note[i].text), 0, width);
		fputc('\n', fp);
	}
}

/* <state dir>/safety-shown, in a buffer of the caller's. */
static void
mark_path(char *buf, size_t size)
{
	snprintf(buf, size, "%s/safety-shown", paths_state_dir());
}

bool
safety_seen(const char *log_path)
{
	char path[4096];
	struct stat st;

	mark_path(path, sizeof path);
	if (stat(path, &st) == 0)
		return true;
	return log_path != NULL && log_exists(log_path);
}

int
safety_mark(void)
{
	char path[4096];
	int fd;

	if (paths_mkdir_p(paths_state_dir(), 0700) != 0)
		return -1;
	mark_path(path, sizeof path);
	fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0)
		return -1;
	return close(fd);
}
