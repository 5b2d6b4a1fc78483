/*
 * cues-bell.c - the terminal bell: the fallback when no sound can play, and
 * what --bell asks for.  The face rings it (curses' beep, or BEL on the
 * terminal in plain mode), always on the face's own thread.
 */
#include "config.h"

#include <unistd.h>

#include "cues-priv.h"

void
cue_bell_ring(void (*bell)(void *), void *arg)
{
	if (bell != NULL)
		bell(arg);
	else if (write(STDOUT_FILENO, "\a", 1) < 0) {
		/* nothing to do: a bell that cannot ring is silence */
	}
}
