/*
 * ui.h - the full-screen coach.  ui_main() itself is declared in app.h
 * (main calls it with what it gathered); this header adds what the rest of
 * the program may ask of the interface.
 */
#ifndef BC_UI_H
#define BC_UI_H

#include <stdio.h>

/*
 * Print every key of every screen, one per line: SCREEN<TAB>KEY<TAB>HELP
 * (for `backcoach keys` and the man page's test).
 */
void ui_print_keys(FILE *fp);

#endif
