/*
 * yaml-map.c - the loader's first half: read a file safely (size, regular
 * file, UTF-8, no NUL) and walk it once with libyaml into a tree of nodes,
 * each with its line and column, so that every later error has a place.
 * Syntax errors are put into our words here; aliases, a second document and
 * deep nesting are refused here, once.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <yaml.h>

#include "i18n.h"
#include "text.h"
#include "xmalloc.h"
#include "yaml-map.h"

#define KEY_MAX 256		/* longest field name */
#define PATH_MAX_LEN 1024	/* longest path yamlload_find takes */

/* ---- reading the file ---------------------------------------------- */

/* Line and column (1-based, column in characters) of byte offset off. */
static void
offset_pos(const char *buf, size_t len, size_t off, unsigned *line,
    unsigned *col)
{
	size_t i;

	*line = 1;
	*col = 1;
	for (i = 0; i < off && i < len; i++) {
		if (buf[i] == '\n') {
			(*line)++;
			*col = 1;
		} else if (((unsigned char)buf[i] & 0xc0) != 0x80)
			(*col)++;
	}
}

/* Byte offset of a 1-based line and column, or len if past the end. */
static size_t
pos_offset(const char *buf, size_t len, unsigned line, unsigned col)
{
	size_t i = 0;
	unsigned l = 1, c = 1;

	while (i < len && l < line)
		if (buf[i++] == '\n')
			l++;
	while (i < len && c < col && buf[i] != '\n') {
		i++;
		while (i < len && ((unsigned char)buf[i] & 0xc0) == 0x80)
			i++;
		c++;
	}
	return i;
}

static int
read_fd(int fd, const char *path, char **out, size_t *outlen,
    struct bc_error *err)
{
	struct stat st;
	size_t len = 0;
	ssize_t n;
	char *buf;

	if (fstat(fd, &st) == -1) {
		bc_error_set(err, path, 0, 0, _("cannot read: %s"),
		    strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		bc_error_set(err, path, 0, 0, _("is a directory, not a file"));
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		bc_error_set(err, path, 0, 0, _("is not a regular file"));
		return -1;
	}
	if (st.st_size > YAMLLOAD_FILE_MAX) {
		bc_error_set(err, path, 0, 0,
		    _("file is too large (%lld bytes, the limit is %d)"),
		    (long long)st.st_size, YAMLLOAD_FILE_MAX);
		return -1;
	}
	/* one byte more than the limit, in case the file grew since fstat */
	buf = xmalloc(YAMLLOAD_FILE_MAX + 2);
	for (;;) {
		n = read(fd, buf + len, YAMLLOAD_FILE_MAX + 1 - len);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			bc_error_set(err, path, 0, 0, _("cannot read: %s"),
			    strerror(errno));
			free(buf);
			return -1;
		}
		if (n == 0)
			break;
		len += (size_t)n;
		if (len > YAMLLOAD_FILE_MAX) {
			bc_error_set(err, path, 0, 0,
			    _("file is too large (the limit is %d bytes)"),
			    YAMLLOAD_FILE_MAX);
			free(buf);
			return -1;
		}
	}
	buf[len] = '\0';
	*out = buf;
	*outlen = len;
	return 0;
}

int
yaml_map_read(const char *path, char **out, size_t *outlen,
    struct bc_error *err, int *errno_out)
{
	unsigned line, col;
	const char *nul;
	size_t bad;
	int fd, rc;

	/* O_NONBLOCK: opening a FIFO must not wait for a writer */
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)) == -1) {
		if (errno_out)
			*errno_out = errno;
		bc_error_set(err, path, 0, 0, _("cannot open: %s"),
		    strerror(errno));
		return -1;
	}
	rc = read_fd(fd, path, out, outlen, err);
	close(fd);
	if (rc == -1)
		return -1;
	if (!text_valid_utf8(*out, *outlen, &bad)) {
		offset_pos(*out, *outlen, bad, &line, &col);
		bc_error_set(err, path, line, col, _("invalid UTF-8 (byte 0x%02x)"),
		    (unsigned char)(*out)[bad]);
	} else if ((nul = memchr(*out, '\0', *outlen)) != NULL) {
		offset_pos(*out, *outlen, (size_t)(nul - *out), &line, &col);
		bc_error_set(err, path, line, col, _("NUL byte in the file"));
	} else
		return 0;
	free(*out);
	*out = NULL;
	return -1;
}

/* ---- the position map ------------------------------------------------ */

/* Our words for libyaml's syntax errors. */
static void
syntax_error(const yaml_parser_t *p, const char *file, const char *buf,
    size_t len, struct bc_error *err)
{
	unsigned line, col;
	size_t off;
	const char *problem = p->problem ? p->problem : _("syntax error");

	if (p->error == YAML_READER_ERROR) {
		uint32_t cp;

		offset_pos(buf, len, p->problem_offset, &line, &col);
		/* libyaml's reader refuses U+FFFE and U+FFFF as controls */
		if (p->problem_offset < len && text_has_invisible(buf +
		    p->problem_offset, &off, &cp) && off == 0)
			bc_error_set(err, file, line, col, _("invisible "
			    "formatting character U+%04X in the file"),
			    (unsigned)cp);
		else if (strstr(problem, "control characters"))
			bc_error_set(err, file, line, col,
			    _("control character in the file"));
		else
			bc_error_set(err, file, line, col, "%s", problem);
		return;
	}
	line = (unsigned)p->problem_mark.line + 1;
	col = (unsigned)p->problem_mark.column + 1;
	off = pos_offset(buf, len, line, col);
	if (p->context && strstr(p->context, "quoted scalar") &&
	    strstr(problem, "end of stream")) {
		bc_error_set(err, file, (unsigned)p->context_mark.line + 1,
		    (unsigned)p->context_mark.column + 1,
		    _("unclosed quote (the file ends inside quoted text)"));
	} else if (off < len && buf[off] == '\t') {
		bc_error_set(err, file, line, col,
		    _("tab character in indentation (indent with spaces)"));
	} else if (strstr(problem, "mapping values are not allowed")) {
		bc_error_set(err, file, line, col,
		    _("unexpected ':' (quote text that holds ': ', or check "
		    "the indentation)"));
	} else if (strstr(problem, "did not find expected key") ||
	    strstr(problem, "did not find expected '-'")) {
		bc_error_set(err, file, line, col,
		    _("bad indentation: this line does not line up with the "
		    "fields around it"));
	} else if (p->context && strstr(p->context, "flow")) {
		bc_error_set(err, file, (unsigned)p->context_mark.line + 1,
		    (unsigned)p->context_mark.column + 1,
		    /* TRANSLATORS: %s is libyaml's own description, in English */
		    _("unclosed [ ] or { } list: %s"), problem);
	} else
		/* TRANSLATORS: %s is libyaml's own description, in English */
		bc_error_set(err, file, line, col, _("YAML syntax error: %s"),
		    problem);
}

int
yaml_map_null_word(const char *v)
{
	return *v == '\0' || strcmp(v, "~") == 0 || strcmp(v, "null") == 0 ||
	    strcmp(v, "Null") == 0 || strcmp(v, "NULL") == 0;
}

static size_t
map_add(struct yamlload_map *m, size_t parent, enum yamlload_type type,
    const yaml_event_t *ev)
{
	struct yamlload_node *n;

	if (m->count == m->alloc) {
		m->alloc = m->alloc ? m->alloc * 2 : 64;
		m->nodes = xreallocarray(m->nodes, m->alloc, sizeof *m->nodes);
	}
	n = &m->nodes[m->count];
	memset(n, 0, sizeof *n);
	n->type = type;
	n->parent = parent;
	n->line = (unsigned)ev->start_mark.line + 1;
	n->col = (unsigned)ev->start_mark.column + 1;
	return m->count++;
}

/* Give every node its children, in file order, out of one block. */
static void
map_link(struct yamlload_map *m)
{
	struct yamlload_node *p;
	size_t i, off = 0;

	for (i = 1; i < m->count; i++)
		m->nodes[m->nodes[i].parent].nkids++;
	m->kid_store = xcalloc(m->count, sizeof *m->kid_store);
	for (i = 0; i < m->count; i++) {
		m->nodes[i].kids = m->kid_store + off;
		off += m->nodes[i].nkids;
		m->nodes[i].nkids = 0;
	}
	for (i = 1; i < m->count; i++) {
		p = &m->nodes[m->nodes[i].parent];
		m->nodes[i].index = p->nkids;
		p->kids[p->nkids++] = i;
	}
}

struct frame {
	size_t node;		/* the mapping or list */
	char *key;		/* mapping: the key waiting for its value */
	unsigned key_line, key_col;
};

struct walk {
	const char *file;
	struct yamlload_map *m;
	struct frame stack[YAMLLOAD_DEPTH_MAX];
	int depth, docs;
	struct bc_error *err;
};

/* One event of the document; -1 with err set to refuse it, 1 at its end. */
static int
walk_event(struct walk *w, const yaml_event_t *ev)
{
	unsigned line = (unsigned)ev->start_mark.line + 1;
	unsigned col = (unsigned)ev->start_mark.column + 1;
	struct frame *top = w->depth ? &w->stack[w->depth - 1] : NULL;
	struct yamlload_node *n;
	enum yamlload_type type;
	size_t i;

	switch (ev->type) {
	case YAML_STREAM_END_EVENT:
		return 1;
	case YAML_DOCUMENT_START_EVENT:
		if (++w->docs > 1) {
			bc_error_set(w->err, w->file, line, col,
			    _("more than one YAML document in the file"));
			return -1;
		}
		return 0;
	case YAML_ALIAS_EVENT:
		/* libcyaml would replay them as copies: a few bytes, gigabytes */
		bc_error_set(w->err, w->file, line, col,
		    _("aliases (*name) are not allowed"));
		return -1;
	case YAML_MAPPING_END_EVENT:
	case YAML_SEQUENCE_END_EVENT:
		w->depth--;
		return 0;
	case YAML_SCALAR_EVENT:
		type = YAMLLOAD_SCALAR;
		break;
	case YAML_MAPPING_START_EVENT:
		type = YAMLLOAD_MAPPING;
		break;
	case YAML_SEQUENCE_START_EVENT:
		type = YAMLLOAD_SEQUENCE;
		break;
	default:
		return 0;
	}
	if (top && w->m->nodes[top->node].type == YAMLLOAD_MAPPING &&
	    top->key == NULL) {
		/* a key */
		if (type != YAMLLOAD_SCALAR) {
			bc_error_set(w->err, w->file, line, col,
			    _("a field name must be plain text"));
			return -1;
		}
		if (ev->data.scalar.length > KEY_MAX) {
			bc_error_set(w->err, w->file, line, col,
			    _("field name is too long"));
			return -1;
		}
		top->key = xstrdup((const char *)ev->data.scalar.value);
		top->key_line = line;
		top->key_col = col;
		return 0;
	}
	if (type != YAMLLOAD_SCALAR && w->depth == YAMLLOAD_DEPTH_MAX) {
		bc_error_set(w->err, w->file, line, col, _("nested too deeply"));
		return -1;
	}
	i = map_add(w->m, top ? top->node : 0, type, ev);
	n = &w->m->nodes[i];
	if (top && top->key) {
		n->key = top->key;
		n->key_line = top->key_line;
		n->key_col = top->key_col;
		top->key = NULL;
	}
	if (type == YAMLLOAD_SCALAR) {
		n->value = xstrdup((const char *)ev->data.scalar.value);
		n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	} else {
		w->stack[w->depth].node = i;
		w->stack[w->depth].key = NULL;
		w->depth++;
	}
	return 0;
}

int
yaml_map_build(const char *file, const char *buf, size_t len,
    struct yamlload_map **out, struct bc_error *err)
{
	struct walk w;
	yaml_parser_t p;
	yaml_event_t ev;
	int rc = 0, i;

	*out = NULL;
	memset(&w, 0, sizeof w);
	w.file = file;
	w.err = err;
	if (!yaml_parser_initialize(&p)) {
		bc_error_set(err, file, 0, 0, _("out of memory"));
		return -1;
	}
	w.m = xcalloc(1, sizeof *w.m);
	yaml_parser_set_input_string(&p, (const unsigned char *)buf, len);
	while (rc == 0) {
		if (!yaml_parser_parse(&p, &ev)) {
			syntax_error(&p, file, buf, len, err);
			rc = -1;
			break;
		}
		rc = walk_event(&w, &ev);
		yaml_event_delete(&ev);
	}
	for (i = 0; i < w.depth; i++)
		free(w.stack[i].key);
	yaml_parser_delete(&p);
	if (rc == 1 && (w.m->count == 0 || (w.m->count == 1 &&
	    w.m->nodes[0].plain && yaml_map_null_word(w.m->nodes[0].value)))) {
		bc_error_set(err, file, 1, 1, _("empty file"));
		rc = YAML_MAP_EMPTY;
	} else if (rc == 1)
		rc = 0;
	if (rc != 0) {
		yamlload_map_free(w.m);
		return rc;
	}
	map_link(w.m);
	*out = w.m;
	return 0;
}

void
yamlload_map_free(struct yamlload_map *m)
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->count; i++) {
		free(m->nodes[i].key);
		free(m->nodes[i].value);
	}
	free(m->nodes);
	free(m->kid_store);
	free(m);
}

/* The child of n at one step of a path: a field's name or an entry's number. */
static const struct yamlload_node *
map_step(const struct yamlload_map *m, const struct yamlload_node *n,
    const char *step, size_t len)
{
	const struct yamlload_node *k;
	unsigned long idx;
	size_t i;

	if (n->type == YAMLLOAD_SEQUENCE) {
		if (len == 0 || strspn(step, "0123456789") < len)
			return NULL;
		idx = strtoul(step, NULL, 10);
		return idx < n->nkids ? &m->nodes[n->kids[idx]] : NULL;
	}
	for (i = 0; i < n->nkids; i++) {
		k = &m->nodes[n->kids[i]];
		if (k->key && strlen(k->key) == len &&
		    memcmp(k->key, step, len) == 0)
			return k;
	}
	return NULL;
}

const struct yamlload_node *
yamlload_find(const struct yamlload_map *m, const char *fmt, ...)
{
	const struct yamlload_node *n;
	char path[PATH_MAX_LEN];
	const char *s, *dot;
	va_list ap;

	if (m == NULL || m->count == 0)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(path, sizeof path, fmt, ap);
	va_end(ap);
	n = &m->nodes[0];
	for (s = path; *s && n; s = *dot ? dot + 1 : dot) {
		dot = s + strcspn(s, ".");
		n = map_step(m, n, s, (size_t)(dot - s));
	}
	return n;
}
