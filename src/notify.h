/*
 * notify.h - calling a person outside the terminal: a desktop notification
 * (notify-send) where there is a graphical session, and a tmux message
 * inside tmux.  Each runs in a child of its own with a time limit, so a
 * hung notification server never holds the screen; where the tool or the
 * session is missing, nothing happens and nothing is printed.
 */
#ifndef BC_NOTIFY_H
#define BC_NOTIFY_H

#include <stdbool.h>

/* Seconds a notifier may take before it is killed. */
#define NOTIFY_TIMEOUT 10

/* Is there a graphical session (DISPLAY or WAYLAND_DISPLAY) and notify-send? */
bool notify_desktop_available(void);
/* A desktop notification; false if skipped (no session, no notify-send). */
bool notify_desktop(const char *summary, const char *body);
/* Inside tmux ($TMUX set), a message on this pane's client; false if skipped. */
bool notify_tmux(const char *text);

#endif
