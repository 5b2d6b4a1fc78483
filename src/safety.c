/*
 * safety.c - the words of the first-run safety note, kept in one place so
 * that the screen and plain mode cannot drift apart.
 */
#include "i18n.h"
#include "safety.h"
#include "text.h"

const char safety_title[] = N_("Before your first session");

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
