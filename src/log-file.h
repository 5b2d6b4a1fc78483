/*
 * log-file.h - the session log as a file (log-file.c): opening, modes,
 * appending a line.  log.c builds on it; so does the log guard.
 */
#ifndef BC_LOG_FILE_H
#define BC_LOG_FILE_H

#include <stddef.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/types.h>

/* The longest line (LOG_LINE_MAX in log.h), newline not counted. */
#ifndef LOG_LINE_MAX
#define LOG_LINE_MAX 1024
#endif

/*
 * Open path (open(2) flags plus O_NOFOLLOW, O_NONBLOCK, O_CLOEXEC; mode
 * 0600 if created) and make sure it is a regular file: the descriptor, or
 * -1 with errno (ELOOP: a link; EINVAL: not a regular file, its type in
 * *mode).  *st is the file's status.
 */
int log_file_open(const char *path, int oflags, mode_t *mode, struct stat *st);
/* "cannot VERB PATH: why" into err, in words for a link or a FIFO. */
void log_file_reason(char *err, size_t errsize, const char *verb,
    const char *path, int e, mode_t mode);
/*
 * Narrow the file (st, open on fd) to 0600 and its directory to 0700 when
 * others may read it or replace it, if they are ours; say so on note.
 */
void log_file_tighten(int fd, const struct stat *st, const char *path,
    FILE *note);
/*
 * Append text (textlen bytes, one line ending in '\n', at most
 * LOG_LINE_MAX + 1) to path, creating the file 0600 and its directory
 * 0700.  0, or -1 with errno set and "cannot write PATH: why" in err.
 */
int log_append_line(const char *path, const char *text, size_t textlen,
    char *err, size_t errsize);

#endif
