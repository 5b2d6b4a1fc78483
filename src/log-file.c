/*
 * log-file.c - the session log as a file: opening it without following a
 * link and refusing what is not a regular file, narrowing over-wide modes,
 * and appending one line the way every writer must (one write() on an
 * O_APPEND descriptor under an advisory lock, after a torn-tail check,
 * within RLIMIT_FSIZE, then fsync).  Only libc, paths.c and xmalloc.c: the
 * log guard (backcoach-log-guard) is linked with this and little else.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "log-file.h"
#include "paths.h"
#include "xmalloc.h"

static int
log_fail(char *err, size_t errsize, const char *path, int e)
{
	if (err != NULL && errsize > 0)
		snprintf(err, errsize, _("cannot write %s: %s"), path, strerror(e));
	errno = e;
	return -1;
}

/*
 * What went wrong opening the log, in words: a symbolic link and a file
 * that is not a regular one get their own reasons.
 */
void
log_file_reason(char *err, size_t errsize, const char *verb, const char *path,
    int e, mode_t mode)
{
	const char *why;

	if (err == NULL || errsize == 0)
		return;
	if (e == ELOOP)
		why = _("it is a symbolic link (backcoach does not follow links "
		    "for its log: give the file itself)");
	else if (e == EINVAL && S_ISFIFO(mode))
		why = _("not a regular file (a FIFO)");
	else if (e == EINVAL && S_ISDIR(mode))
		why = _("not a regular file (a directory)");
	else if (e == EINVAL)
		why = _("not a regular file");
	else
		why = strerror(e);
	/* verb is "read" or "write": a whole sentence each, for translation */
	snprintf(err, errsize, strcmp(verb, "read") == 0 ?
	    _("cannot read %s: %s") : _("cannot write %s: %s"), path, why);
}

/*
 * Open path without following a link and without waiting on a FIFO, then
 * make sure it is a regular file.  -1 with errno (EINVAL: not a regular
 * file) and *mode the type found.
 */
int
log_file_open(const char *path, int oflags, mode_t *mode, struct stat *st)
{
	int fd, e;

	*mode = 0;
	fd = open(path, oflags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0600);
	if (fd < 0)
		return -1;
	if (fstat(fd, st) != 0) {
		e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	if (!S_ISREG(st->st_mode)) {
		*mode = st->st_mode;
		close(fd);
		errno = EINVAL;
		return -1;
	}
	/* a regular file never blocks, but be plain about it */
	(void)fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	return fd;
}

/*
 * The log holds health notes: it is the person's alone (file 0600,
 * directory 0700).  A file others can read or write, or a directory others
 * can write, is narrowed to those modes, and a note says so.  Only when
 * the file is ours: someone else's file (a --log FILE) is left alone.
 */
void
log_file_tighten(int fd, const struct stat *st, const char *path, FILE *note)
{
	char *dir, *slash;
	struct stat ds;

	if (st->st_uid != geteuid())
		return;
	if (st->st_mode & 077) {
		if (fchmod(fd, 0600) == 0) {
			if (note != NULL) {
				fputs("backcoach: ", note);
				fprintf(note, _("%s had mode %04o (others could "
				    "read it); changed it to 0600\n"), path,
				    (unsigned)(st->st_mode & 07777));
			}
		} else if (note != NULL) {
			fputs("backcoach: ", note);
			fprintf(note, _("%s has mode %04o (others can read "
			    "it) and cannot be changed: %s\n"), path,
			    (unsigned)(st->st_mode & 07777), strerror(errno));
		}
	}
	dir = xstrdup(path);
	if ((slash = strrchr(dir, '/')) != NULL) {
		if (slash == dir)
			slash[1] = '\0';
		else
			*slash = '\0';
	} else {
		strcpy(dir, ".");
	}
	if (stat(dir, &ds) == 0 && S_ISDIR(ds.st_mode) && ds.st_uid == geteuid() &&
	    (ds.st_mode & 022) && !(ds.st_mode & S_ISVTX)) {
		if (chmod(dir, 0700) == 0) {
			if (note != NULL) {
				fputs("backcoach: ", note);
				fprintf(note, _("%s had mode %04o (others could "
				    "replace the log); changed it to 0700\n"), dir,
				    (unsigned)(ds.st_mode & 07777));
			}
		} else if (note != NULL) {
			fputs("backcoach: ", note);
			fprintf(note, _("%s has mode %04o (others can replace "
			    "the log) and cannot be changed: %s\n"), dir,
			    (unsigned)(ds.st_mode & 07777), strerror(errno));
		}
	}
	free(dir);
}

int
log_append_line(const char *path, const char *text, size_t textlen, char *err,
    size_t errsize)
{
	char line[LOG_LINE_MAX + 2], *dir, *slash;
	struct rlimit rl;
	struct stat st;
	mode_t type;
	ssize_t w;
	int fd, len, e;
	size_t off = 1;

	/* line[0] is kept for a '\n' in case the file ends in a torn line. */
	line[0] = '\n';
	if (textlen == 0 || textlen > LOG_LINE_MAX + 1 || text[textlen - 1] != '\n' ||
	    memchr(text, '\n', textlen - 1) != NULL)
		return log_fail(err, errsize, path, EINVAL);
	memcpy(line + 1, text, textlen);
	len = (int)textlen;

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

	/*
	 * Read access only serves the torn-tail check; writing needs none.  A
	 * link (even a dangling one) is refused, not followed; so is a FIFO or
	 * anything else that is not a regular file.
	 */
	fd = log_file_open(path, O_RDWR | O_APPEND | O_CREAT, &type, &st);
	if (fd < 0 && errno == EACCES)
		fd = log_file_open(path, O_WRONLY | O_APPEND | O_CREAT, &type, &st);
	if (fd < 0) {
		e = errno;
		log_file_reason(err, errsize, "write", path, e, type);
		errno = e;
		return -1;
	}
	log_file_tighten(fd, &st, path, stderr);
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
			snprintf(err, errsize,
			    _("cannot write %s: short write (%zd of %d bytes)"),
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

