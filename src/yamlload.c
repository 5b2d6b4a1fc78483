/*
 * yamlload.c - the strict YAML loader shared by routines, the pain-source
 * file and the settings file: size and UTF-8 checks, a libyaml pass that maps
 * every node to its position (and refuses syntax errors, aliases, duplicate
 * keys and empty files), the libcyaml load, and libcyaml's errors put into
 * our own words at the right place.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <yaml.h>

#include "routine.h"
#include "text.h"
#include "xmalloc.h"
#include "yamlload.h"

#define KEY_MAX 256		/* longest field name we keep a path for */
#define TRACE_MAX 64

/* ---- reading the file ---------------------------------------------- */

static int
read_all(const char *path, char **out, size_t *outlen, struct bc_error *err,
    int *errno_out)
{
	struct stat st;
	char *buf;
	size_t len = 0;
	ssize_t n;
	int fd;

	/* O_NONBLOCK: opening a FIFO must not wait for a writer */
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)) == -1) {
		if (errno_out)
			*errno_out = errno;
		bc_error_set(err, path, 0, 0, "cannot open: %s", strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == -1) {
		bc_error_set(err, path, 0, 0, "cannot read: %s", strerror(errno));
		close(fd);
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		bc_error_set(err, path, 0, 0, "is a directory, not a file");
		close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		bc_error_set(err, path, 0, 0, "is not a regular file");
		close(fd);
		return -1;
	}
	if (st.st_size > ROUTINE_FILE_MAX) {
		bc_error_set(err, path, 0, 0,
		    "file is too large (%lld bytes, the limit is %d)",
		    (long long)st.st_size, ROUTINE_FILE_MAX);
		close(fd);
		return -1;
	}
	/* one byte more than the limit, in case the file grew since fstat */
	buf = xmalloc(ROUTINE_FILE_MAX + 2);
	for (;;) {
		n = read(fd, buf + len, ROUTINE_FILE_MAX + 1 - len);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			bc_error_set(err, path, 0, 0, "cannot read: %s",
			    strerror(errno));
			free(buf);
			close(fd);
			return -1;
		}
		if (n == 0)
			break;
		len += (size_t)n;
		if (len > ROUTINE_FILE_MAX) {
			bc_error_set(err, path, 0, 0,
			    "file is too large (the limit is %d bytes)",
			    ROUTINE_FILE_MAX);
			free(buf);
			close(fd);
			return -1;
		}
	}
	close(fd);
	buf[len] = '\0';
	*out = buf;
	*outlen = len;
	return 0;
}

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

/* ---- the position map ------------------------------------------------ */

static size_t
hash_str(const char *s)
{
	size_t h = 1469598103934665603ULL;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h;
}

static long
map_lookup(const struct yamlload_map *m, const char *path)
{
	size_t i;

	if (m == NULL || m->hash_size == 0)
		return -1;
	for (i = hash_str(path) & (m->hash_size - 1); m->hash[i] != 0;
	    i = (i + 1) & (m->hash_size - 1))
		if (strcmp(m->nodes[m->hash[i] - 1].path, path) == 0)
			return (long)(m->hash[i] - 1);
	return -1;
}

static void
map_rehash(struct yamlload_map *m, size_t size)
{
	size_t i, j;

	free(m->hash);
	m->hash = xcalloc(size, sizeof *m->hash);
	m->hash_size = size;
	for (i = 0; i < m->count; i++) {
		for (j = hash_str(m->nodes[i].path) & (size - 1);
		    m->hash[j] != 0; j = (j + 1) & (size - 1))
			;
		m->hash[j] = i + 1;
	}
}

static struct yamlload_node *
map_add(struct yamlload_map *m, char *path)
{
	struct yamlload_node *n;
	size_t j;

	if (m->count == m->alloc) {
		m->alloc = m->alloc ? m->alloc * 2 : 64;
		m->nodes = xreallocarray(m->nodes, m->alloc, sizeof *m->nodes);
	}
	n = &m->nodes[m->count++];
	memset(n, 0, sizeof *n);
	n->path = path;
	if (m->count * 2 > m->hash_size)
		map_rehash(m, m->hash_size ? m->hash_size * 2 : 128);
	else {
		for (j = hash_str(path) & (m->hash_size - 1); m->hash[j] != 0;
		    j = (j + 1) & (m->hash_size - 1))
			;
		m->hash[j] = m->count;
	}
	return n;
}

void
yamlload_map_free(struct yamlload_map *m)
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->count; i++) {
		free(m->nodes[i].path);
		free(m->nodes[i].value);
	}
	free(m->nodes);
	free(m->hash);
	free(m);
}

const struct yamlload_node *
yamlload_find(const struct yamlload_map *m, const char *fmt, ...)
{
	va_list ap;
	char path[KEY_MAX * 2];
	long i;

	va_start(ap, fmt);
	vsnprintf(path, sizeof path, fmt, ap);
	va_end(ap);
	i = map_lookup(m, path);
	return i < 0 ? NULL : &m->nodes[i];
}

struct frame {
	enum yamlload_type type;
	char *path;
	unsigned index;		/* next sequence index */
	char *key;		/* mapping: the key waiting for its value */
	unsigned key_line, key_col;
};

static char *
child_path(const struct frame *f, const char *key)
{
	char *p;

	if (f->type == YAMLLOAD_SEQUENCE)
		xasprintf(&p, "%s%s%u", f->path, *f->path ? "." : "", f->index);
	else
		xasprintf(&p, "%s%s%s", f->path, *f->path ? "." : "", key);
	return p;
}

/* Our words for libyaml's syntax errors. */
static void
syntax_error(const yaml_parser_t *p, const char *file, const char *buf,
    size_t len, struct bc_error *err)
{
	unsigned line, col;
	size_t off;
	const char *problem = p->problem ? p->problem : "syntax error";

	if (p->error == YAML_READER_ERROR) {
		offset_pos(buf, len, p->problem_offset, &line, &col);
		if (strstr(problem, "control characters"))
			bc_error_set(err, file, line, col,
			    "control character in the file");
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
		    "unclosed quote (the file ends inside quoted text)");
	} else if (off < len && buf[off] == '\t') {
		bc_error_set(err, file, line, col,
		    "tab character in indentation (indent with spaces)");
	} else if (strstr(problem, "mapping values are not allowed")) {
		bc_error_set(err, file, line, col,
		    "unexpected ':' (quote text that holds ': ', or check the indentation)");
	} else if (strstr(problem, "did not find expected key") ||
	    strstr(problem, "did not find expected '-'")) {
		bc_error_set(err, file, line, col,
		    "bad indentation: this line does not line up with the fields around it");
	} else if (p->context && strstr(p->context, "flow")) {
		bc_error_set(err, file, (unsigned)p->context_mark.line + 1,
		    (unsigned)p->context_mark.column + 1,
		    "unclosed [ ] or { } list: %s", problem);
	} else
		bc_error_set(err, file, line, col, "YAML syntax error: %s",
		    problem);
}

static bool
is_null_scalar(const char *v)
{
	return *v == '\0' || strcmp(v, "~") == 0 || strcmp(v, "null") == 0 ||
	    strcmp(v, "Null") == 0 || strcmp(v, "NULL") == 0;
}

/*
 * Walk the document once with libyaml: record every node's position and
 * refuse what libcyaml would miss or place badly.
 */
static int
build_map(const char *file, const char *buf, size_t len,
    struct yamlload_map **out, struct bc_error *err)
{
	yaml_parser_t p;
	yaml_event_t ev;
	struct frame stack[YAMLLOAD_DEPTH_MAX + 1];
	struct yamlload_map *m = xcalloc(1, sizeof *m);
	struct yamlload_node *n;
	struct frame *top;
	int depth = 0, docs = 0, rc = -1, done = 0, i;
	unsigned line, col;
	char *path;

	memset(stack, 0, sizeof stack);
	if (!yaml_parser_initialize(&p)) {
		bc_error_set(err, file, 0, 0, "out of memory");
		free(m);
		return -1;
	}
	yaml_parser_set_input_string(&p, (const unsigned char *)buf, len);
	while (!done) {
		if (!yaml_parser_parse(&p, &ev)) {
			syntax_error(&p, file, buf, len, err);
			goto out;
		}
		line = (unsigned)ev.start_mark.line + 1;
		col = (unsigned)ev.start_mark.column + 1;
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = 1;
			break;
		case YAML_DOCUMENT_START_EVENT:
			if (++docs > 1) {
				bc_error_set(err, file, line, col,
				    "more than one YAML document in the file");
				goto fail;
			}
			break;
		case YAML_ALIAS_EVENT:
			bc_error_set(err, file, line, col,
			    "aliases (*name) are not allowed");
			goto fail;
		case YAML_SCALAR_EVENT:
		case YAML_MAPPING_START_EVENT:
		case YAML_SEQUENCE_START_EVENT:
			top = depth ? &stack[depth - 1] : NULL;
			if (top && top->type == YAMLLOAD_MAPPING &&
			    top->key == NULL) {
				/* a key */
				if (ev.type != YAML_SCALAR_EVENT) {
					bc_error_set(err, file, line, col,
					    "a field name must be plain text");
					goto fail;
				}
				if (ev.data.scalar.length > KEY_MAX) {
					bc_error_set(err, file, line, col,
					    "field name is too long");
					goto fail;
				}
				top->key = xstrdup((char *)ev.data.scalar.value);
				top->key_line = line;
				top->key_col = col;
				path = child_path(top, top->key);
				if (map_lookup(m, path) >= 0) {
					bc_error_set(err, file, line, col,
					    "duplicate field '%s'", top->key);
					free(path);
					goto fail;
				}
				free(path);
				break;
			}
			path = top ? child_path(top, top->key) : xstrdup("");
			n = map_add(m, path);
			n->line = line;
			n->col = col;
			if (top && top->type == YAMLLOAD_MAPPING) {
				n->key_line = top->key_line;
				n->key_col = top->key_col;
				free(top->key);
				top->key = NULL;
			} else if (top)
				top->index++;
			if (ev.type == YAML_SCALAR_EVENT) {
				n->type = YAMLLOAD_SCALAR;
				n->value = xstrdup((char *)ev.data.scalar.value);
				n->plain = ev.data.scalar.style ==
				    YAML_PLAIN_SCALAR_STYLE;
				break;
			}
			if (depth == YAMLLOAD_DEPTH_MAX) {
				bc_error_set(err, file, line, col,
				    "nested too deeply");
				goto fail;
			}
			n->type = ev.type == YAML_MAPPING_START_EVENT ?
			    YAMLLOAD_MAPPING : YAMLLOAD_SEQUENCE;
			stack[depth].type = n->type;
			stack[depth].path = xstrdup(n->path);
			stack[depth].index = 0;
			stack[depth].key = NULL;
			depth++;
			break;
		case YAML_MAPPING_END_EVENT:
		case YAML_SEQUENCE_END_EVENT:
			depth--;
			free(stack[depth].path);
			free(stack[depth].key);
			stack[depth].path = stack[depth].key = NULL;
			break;
		default:
			break;
		}
		yaml_event_delete(&ev);
	}
	if (m->count == 0 || (m->count == 1 && m->nodes[0].type ==
	    YAMLLOAD_SCALAR && m->nodes[0].plain &&
	    is_null_scalar(m->nodes[0].value))) {
		bc_error_set(err, file, 1, 1, "empty file");
		goto out;
	}
	rc = 0;
	goto out;
fail:
	yaml_event_delete(&ev);
out:
	for (i = 0; i < depth; i++) {
		free(stack[i].path);
		free(stack[i].key);
	}
	yaml_parser_delete(&p);
	if (rc == 0)
		*out = m;
	else
		yamlload_map_free(m);
	return rc;
}

/* ---- libcyaml and its errors ----------------------------------------- */

struct trace_frame {
	bool seq;		/* sequence entry, else mapping field */
	char name[KEY_MAX + 1];
	unsigned line, col;
};

struct capture {
	char msg[512];
	bool have_msg, in_trace;
	struct trace_frame trace[TRACE_MAX];	/* innermost first */
	int ntrace;
};

static void
capture_log(cyaml_log_t level, void *ctx, const char *fmt, va_list args)
{
	struct capture *c = ctx;
	struct trace_frame *t;
	char line[1024], *s, *q;
	size_t n;

	if (level < CYAML_LOG_ERROR)
		return;
	vsnprintf(line, sizeof line, fmt, args);
	n = strlen(line);
	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == ' '))
		line[--n] = '\0';
	s = line;
	while (*s == ' ' || *s == '\t')
		s++;
	if (strncmp(s, "Load: ", 6) == 0)
		s += 6;
	while (*s == ' ' || *s == '\t')
		s++;
	if (getenv("BC_YAMLLOAD_DEBUG"))
		fprintf(stderr, "cyaml: [%s]\n", s);
	if (strncmp(s, "Backtrace:", 10) == 0) {
		c->in_trace = true;
		return;
	}
	if (c->in_trace && strncmp(s, "in ", 3) == 0) {
		if (c->ntrace == TRACE_MAX)
			return;
		t = &c->trace[c->ntrace];
		memset(t, 0, sizeof *t);
		if (strncmp(s, "in sequence entry '", 19) == 0) {
			t->seq = true;
			s += 19;
		} else if (strncmp(s, "in mapping field '", 18) == 0)
			s += 18;
		else
			return;
		/* the name runs to the last "' (line:" */
		if ((q = strstr(s, "' (line: ")) == NULL)
			return;
		n = (size_t)(q - s);
		if (n > KEY_MAX)
			n = KEY_MAX;
		memcpy(t->name, s, n);
		t->name[n] = '\0';
		if (sscanf(q, "' (line: %u, column: %u)", &t->line, &t->col) != 2)
			t->line = t->col = 0;
		c->ntrace++;
		return;
	}
	if (!c->have_msg) {
		snprintf(c->msg, sizeof c->msg, "%.*s", (int)sizeof c->msg - 1, s);
		c->have_msg = true;
	}
}

/* The path of the first `depth` frames (outermost first) of the backtrace. */
static void
trace_path(const struct capture *c, int depth, char *out, size_t size)
{
	int i;
	size_t n = 0;

	out[0] = '\0';
	for (i = c->ntrace - 1; i >= c->ntrace - depth && i >= 0; i--) {
		const struct trace_frame *t = &c->trace[i];
		unsigned long idx;

		if (t->seq) {
			/* libcyaml counts sequence entries from 1, we from 0 */
			idx = strtoul(t->name, NULL, 10);
			if (idx > 0)
				idx--;
			n += (size_t)snprintf(out + n, size - n, "%s%lu",
			    n ? "." : "", idx);
		} else
			n += (size_t)snprintf(out + n, size - n, "%s%s",
			    n ? "." : "", t->name);
		if (n >= size)
			return;
	}
}

static const char *
event_words(const char *ev)
{
	if (strstr(ev, "MAPPING"))
		return "a mapping (field: value)";
	if (strstr(ev, "SEQUENCE"))
		return "a list";
	if (strstr(ev, "SCALAR"))
		return "a single value";
	return "something else";
}

static const char *
type_words(const cyaml_schema_value_t *s)
{
	if (s == NULL)
		return "something else";
	switch (s->type) {
	case CYAML_MAPPING:
		return "a mapping (field: value)";
	case CYAML_SEQUENCE:
	case CYAML_SEQUENCE_FIXED:
	case CYAML_FLAGS:
		return "a list";
	case CYAML_INT:
	case CYAML_UINT:
		return "a number";
	case CYAML_BOOL:
		return "true or false";
	default:
		return "a single value";
	}
}

/* "one, two, three" of an enum or flags schema. */
static void
strval_list(const cyaml_schema_value_t *s, char *out, size_t size)
{
	uint32_t i;
	size_t n = 0;

	out[0] = '\0';
	if (s == NULL || (s->type != CYAML_ENUM && s->type != CYAML_FLAGS))
		return;
	for (i = 0; i < s->enumeration.count && n < size; i++)
		n += (size_t)snprintf(out + n, size - n, "%s%s", i ? ", " : "",
		    s->enumeration.strings[i].str);
}

/* The field's name as a noun: "areas" holds areas, one of them is an "area". */
static void
field_noun(const struct capture *c, const cyaml_schema_value_t *s,
    char *out, size_t size)
{
	size_t n;

	snprintf(out, size, "%s", c->ntrace ? c->trace[0].name : "value");
	n = strlen(out);
	if (s && s->type == CYAML_FLAGS && n > 1 && out[n - 1] == 's')
		out[n - 1] = '\0';
}

/*
 * Can noun (from field_noun) follow "a valid"?  A one-word field (kind,
 * level, area) can; a list whose name is not a plural (equipment) or a
 * word field named in the plural (sides) cannot, and gets "a valid value
 * for sides" instead.
 */
static bool
countable(const struct capture *c, const cyaml_schema_value_t *s,
    const char *noun)
{
	const char *name = c->ntrace ? c->trace[0].name : "";
	size_t n = strlen(noun);

	if (s && s->type == CYAML_FLAGS)
		return strcmp(noun, name) != 0;	/* a trailing 's' came off */
	return n > 0 && noun[n - 1] != 's';
}

/* The quoted word after "prefix" in msg, e.g. "Invalid value: 'ten'". */
static const char *
after(const char *msg, const char *prefix)
{
	const char *p = strstr(msg, prefix);

	return p ? p + strlen(prefix) : NULL;
}

static void
unquote(const char *s, char *out, size_t size)
{
	size_t n;

	while (*s == ' ')
		s++;
	if (*s == '\'')
		s++;
	snprintf(out, size, "%s", s);
	n = strlen(out);
	if (n && out[n - 1] == '\'')
		out[n - 1] = '\0';
	text_scrub(out, false);
}

/*
 * The range of an integer schema, when its field declared one
 * (ROUTINE_FIELD_UINT_RANGE in routine-schema.h keeps it in the union
 * libcyaml ignores for integers).
 */
static bool
int_range(const cyaml_schema_value_t *s, uint32_t *lo, uint32_t *hi)
{
	if (s == NULL || (s->type != CYAML_UINT && s->type != CYAML_INT) ||
	    s->string.max == 0 || s->string.min > s->string.max)
		return false;
	*lo = s->string.min;
	*hi = s->string.max;
	return true;
}

/*
 * The one wording of every number refusal: what was written, what it is
 * not, the field and, when known, its range.  `what` is e.g. "is out of
 * range".
 */
static void
number_error(struct bc_error *err, const char *file, unsigned line,
    unsigned col, const char *value, const char *what, const char *field,
    bool known, uint32_t lo, uint32_t hi)
{
	char word[64];

	unquote(value, word, sizeof word);
	if (known)
		bc_error_set(err, file, line, col, "'%s' %s for %s (%u to %u)",
		    word, what, field, lo, hi);
	else
		bc_error_set(err, file, line, col, "'%s' %s for %s", word, what,
		    field);
}

/* Levenshtein distance, case-insensitive, capped: enough for typos. */
static size_t
edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, prev, tmp;
	size_t d[KEY_MAX + 2];

	if (la > KEY_MAX || lb > KEY_MAX)
		return SIZE_MAX;
	for (j = 0; j <= lb; j++)
		d[j] = j;
	for (i = 1; i <= la; i++) {
		prev = d[0];
		d[0] = i;
		for (j = 1; j <= lb; j++) {
			tmp = d[j];
			d[j] = prev + (tolower((unsigned char)a[i - 1]) !=
			    tolower((unsigned char)b[j - 1]));
			if (d[j - 1] + 1 < d[j])
				d[j] = d[j - 1] + 1;
			if (tmp + 1 < d[j])
				d[j] = tmp + 1;
			prev = tmp;
		}
	}
	return d[lb];
}

/*
 * The known field of mapping schema s closest to word, if it is close
 * enough to be a typo: at most 2 edits, and fewer edits than the word has
 * letters (so "x" does not suggest "id").  NULL otherwise.
 */
static const char *
closest_field(const cyaml_schema_value_t *s, const char *word)
{
	const cyaml_schema_field_t *f;
	const char *best = NULL;
	size_t d, bestd = 3;

	if (s == NULL || s->type != CYAML_MAPPING)
		return NULL;
	for (f = s->mapping.fields; f->key; f++) {
		d = edit_distance(word, f->key);
		if (d < bestd && d < strlen(word)) {
			bestd = d;
			best = f->key;
		}
	}
	return best;
}

/* The schema at the first `depth` frames (outermost first) of the backtrace. */
static const cyaml_schema_value_t *
trace_schema_depth(const struct capture *c, const cyaml_schema_value_t *s,
    int depth)
{
	const cyaml_schema_field_t *f;
	int i;

	for (i = c->ntrace - 1; i >= c->ntrace - depth && i >= 0 && s; i--) {
		if (c->trace[i].seq) {
			if (s->type != CYAML_SEQUENCE &&
			    s->type != CYAML_SEQUENCE_FIXED)
				return NULL;
			s = s->sequence.entry;
			continue;
		}
		if (s->type != CYAML_MAPPING)
			return NULL;
		for (f = s->mapping.fields; f->key; f++)
			if (strcmp(f->key, c->trace[i].name) == 0)
				break;
		s = f->key ? &f->value : NULL;
	}
	return s;
}

/* Put a libcyaml failure into words, at the best place we can find. */
static void
cyaml_error(cyaml_err_t rc, const struct capture *c, const char *file,
    const struct yamlload_map *m, const cyaml_schema_value_t *schema,
    struct bc_error *err)
{
	const cyaml_schema_value_t *s = trace_schema_depth(c, schema, c->ntrace);
	char path[KEY_MAX * 4], word[300], list[300], noun[KEY_MAX + 1];
	const struct yamlload_node *n = NULL;
	unsigned line = 1, col = 1;
	const char *v;
	long i;
	int d;

	if (c->ntrace) {
		line = c->trace[0].line;
		col = c->trace[0].col;
	}
	trace_path(c, c->ntrace, path, sizeof path);
	if ((i = map_lookup(m, path)) >= 0) {
		n = &m->nodes[i];
		line = n->line;
		col = n->col;
	}
	field_noun(c, s, noun, sizeof noun);

	if ((v = after(c->msg, "Unexpected key: ")) != NULL) {
		/*
		 * libcyaml places an unknown key at the value before it: look
		 * for the key itself in the enclosing mappings.
		 */
		const char *near = NULL;

		unquote(v, word, sizeof word);
		for (d = c->ntrace; d >= 0; d--) {
			char p2[sizeof path + sizeof word];

			trace_path(c, d, path, sizeof path);
			snprintf(p2, sizeof p2, "%s%s%s", path, *path ? "." : "",
			    word);
			if ((i = map_lookup(m, p2)) >= 0 &&
			    m->nodes[i].key_line) {
				line = m->nodes[i].key_line;
				col = m->nodes[i].key_col;
				/* the mapping that holds the key */
				near = closest_field(trace_schema_depth(c,
				    schema, d), word);
				break;
			}
		}
		if (near)
			bc_error_set(err, file, line, col,
			    "unknown field '%s' (did you mean '%s'?)", word,
			    near);
		else
			bc_error_set(err, file, line, col, "unknown field '%s'",
			    word);
		return;
	}
	if ((v = after(c->msg, "Missing required mapping field: ")) != NULL) {
		/*
		 * libcyaml places this at the mapping's last field: report the
		 * start of the innermost enclosing mapping that lacks the field.
		 */
		unquote(v, word, sizeof word);
		for (d = c->ntrace; d >= 0; d--) {
			char p2[sizeof path + sizeof word];

			trace_path(c, d, path, sizeof path);
			snprintf(p2, sizeof p2, "%s%s%s", path, *path ? "." : "",
			    word);
			if ((i = map_lookup(m, path)) >= 0 &&
			    m->nodes[i].type == YAMLLOAD_MAPPING &&
			    map_lookup(m, p2) < 0) {
				line = m->nodes[i].line;
				col = m->nodes[i].col;
				break;
			}
		}
		bc_error_set(err, file, line, col,
		    "missing required field '%s'", word);
		return;
	}
	if ((v = after(c->msg, "Mapping field already seen: ")) != NULL) {
		unquote(v, word, sizeof word);
		bc_error_set(err, file, line, col, "duplicate field '%s'", word);
		return;
	}
	if (strstr(c->msg, "nvalid") && strstr(c->msg, "value") &&
	    s && (s->type == CYAML_INT || s->type == CYAML_UINT)) {
		uint32_t lo = 0, hi = 0;
		bool known = int_range(s, &lo, &hi);
		const char *digits;

		v = strrchr(c->msg, ':');
		unquote(n && n->value ? n->value : v ? v + 1 : "", word,
		    sizeof word);
		/* negative, or too big for the type: a range error */
		digits = word[0] == '-' ? word + 1 : word;
		if (digits[0] && strspn(digits, "0123456789") == strlen(digits))
			number_error(err, file, line, col, word,
			    "is out of range", noun, known, lo, hi);
		else
			number_error(err, file, line, col, word,
			    "is not a whole number", noun, known, lo, hi);
		return;
	}
	if (s && (s->type == CYAML_ENUM || s->type == CYAML_FLAGS) &&
	    (strstr(c->msg, "nvalid") || strstr(c->msg, "Unknown flag"))) {
		v = after(c->msg, "Unknown flag: ");
		if (v == NULL)
			v = after(c->msg, "value: ");
		if (v == NULL)
			v = n && n->value ? n->value : "";
		unquote(v, word, sizeof word);
		/* for a flags list, point at the bad entry itself */
		if (s->type == CYAML_FLAGS && n && n->type == YAMLLOAD_SEQUENCE) {
			const struct yamlload_node *e;
			unsigned k;

			for (k = 0; (e = yamlload_find(m, "%s.%u", path, k)); k++)
				if (e->value && strcmp(e->value, word) == 0) {
					line = e->line;
					col = e->col;
					break;
				}
		}
		strval_list(s, list, sizeof list);
		if (countable(c, s, noun))
			bc_error_set(err, file, line, col,
			    "'%s' is not a valid %s (%s)", word, noun, list);
		else
			bc_error_set(err, file, line, col,
			    "'%s' is not a valid value for %s (%s)", word,
			    c->ntrace ? c->trace[0].name : "value", list);
		return;
	}
	if (s && s->type == CYAML_BOOL && strstr(c->msg, "nvalid")) {
		unquote(n && n->value ? n->value : "", word, sizeof word);
		bc_error_set(err, file, line, col,
		    "'%s' for '%s' is not true or false", word, noun);
		return;
	}
	if (strstr(c->msg, "length >") || strstr(c->msg, "too long")) {
		bc_error_set(err, file, line, col,
		    "'%s' is too long (the limit is %u bytes)", noun,
		    s ? s->string.max : YAMLLOAD_TEXT_MAX);
		return;
	}
	if (strstr(c->msg, "length <") || strstr(c->msg, "too short")) {
		bc_error_set(err, file, line, col, "'%s' is empty", noun);
		return;
	}
	if (strstr(c->msg, "Excessive entries") || strstr(c->msg, "entries")) {
		/*
		 * libcyaml names the first entry past the maximum with its own
		 * 0-based count (other entries are 1-based): trust its
		 * position, and take the name of the list from the next frame.
		 */
		if (c->ntrace)
			line = c->trace[0].line, col = c->trace[0].col;
		for (d = 0; d < c->ntrace && c->trace[d].seq; d++)
			;
		v = after(c->msg, "(");
		bc_error_set(err, file, line, col,
		    "'%s' has too many entries (at most %d)",
		    d < c->ntrace ? c->trace[d].name : "list",
		    v ? atoi(v) : 0);
		return;
	}
	if ((v = after(c->msg, "got event: ")) != NULL ||
	    (v = after(c->msg, ", got ")) != NULL) {
		if (c->ntrace == 0)
			bc_error_set(err, file, line, col,
			    "the file must be a mapping of fields (field: value), not %s",
			    event_words(v));
		else if (c->trace[0].seq)
			bc_error_set(err, file, line, col,
			    "entry %s of '%s' must be %s, not %s",
			    c->trace[0].name, c->ntrace > 1 ?
			    c->trace[1].name : "list", type_words(s),
			    event_words(v));
		else
			bc_error_set(err, file, line, col,
			    "'%s' must be %s, not %s", noun, type_words(s),
			    event_words(v));
		return;
	}
	if (rc == CYAML_ERR_ALIAS) {
		bc_error_set(err, file, line, col,
		    "aliases (*name) are not allowed");
		return;
	}
	bc_error_set(err, file, line, col, "%s",
	    c->have_msg ? c->msg : cyaml_strerror(rc));
	text_scrub(err->msg, false);
}

static const cyaml_config_t *
config(struct capture *c)
{
	static cyaml_config_t cfg;

	cfg.log_fn = capture_log;
	cfg.log_ctx = c;
	cfg.mem_fn = cyaml_mem;
	cfg.log_level = CYAML_LOG_ERROR;
	cfg.flags = CYAML_CFG_NO_ALIAS;
	return &cfg;
}

int
yamlload_file(const char *path, const cyaml_schema_value_t *schema,
    void **out, struct yamlload_map **mapp, struct bc_error *err,
    int *errno_out)
{
	struct yamlload_map *m = NULL;
	struct capture cap;
	cyaml_data_t *data = NULL;
	cyaml_err_t rc;
	unsigned line, col;
	size_t len, bad;
	char *buf;

	*out = NULL;
	if (mapp)
		*mapp = NULL;
	if (errno_out)
		*errno_out = 0;
	if (read_all(path, &buf, &len, err, errno_out) == -1)
		return -1;
	if (!text_valid_utf8(buf, len, &bad)) {
		offset_pos(buf, len, bad, &line, &col);
		bc_error_set(err, path, line, col, "invalid UTF-8 (byte 0x%02x)",
		    (unsigned char)buf[bad]);
		free(buf);
		return -1;
	}
	if (memchr(buf, '\0', len) != NULL) {
		offset_pos(buf, len, (size_t)((char *)memchr(buf, '\0', len) -
		    buf), &line, &col);
		bc_error_set(err, path, line, col, "NUL byte in the file");
		free(buf);
		return -1;
	}
	if (build_map(path, buf, len, &m, err) == -1) {
		free(buf);
		return -1;
	}
	memset(&cap, 0, sizeof cap);
	rc = cyaml_load_data((const uint8_t *)buf, len, config(&cap), schema,
	    &data, NULL);
	free(buf);
	if (rc != CYAML_OK || data == NULL) {
		if (rc == CYAML_OK)
			bc_error_set(err, path, 1, 1, "empty file");
		else
			cyaml_error(rc, &cap, path, m, schema, err);
		if (data)
			yamlload_free(schema, data);
		yamlload_map_free(m);
		return -1;
	}
	*out = data;
	if (mapp)
		*mapp = m;
	else
		yamlload_map_free(m);
	return 0;
}

void
yamlload_free(const cyaml_schema_value_t *schema, void *data)
{
	struct capture cap;

	if (data == NULL)
		return;
	memset(&cap, 0, sizeof cap);
	cyaml_free(config(&cap), schema, data, 0);
}

/* ---- semantic checks --------------------------------------------------- */

int
yamlload_error(struct bc_error *err, const char *file,
    const struct yamlload_map *m, const char *path, const char *fmt, ...)
{
	va_list ap;
	long i = map_lookup(m, path);
	char msg[sizeof err->msg];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (i >= 0)
		bc_error_set(err, file, m->nodes[i].line, m->nodes[i].col, "%s",
		    msg);
	else
		bc_error_set(err, file, 1, 1, "%s", msg);
	return -1;
}

/* The last component of a path: the field's name. */
static const char *
path_name(const char *path)
{
	const char *p = strrchr(path, '.');

	return p ? p + 1 : path;
}

int
yamlload_check_text(struct bc_error *err, const char *file,
    const struct yamlload_map *m, const char *path, const char *s,
    bool required)
{
	long i = map_lookup(m, path);
	const struct yamlload_node *n = i >= 0 ? &m->nodes[i] : NULL;
	size_t at;

	if (s == NULL) {
		if (required)
			return yamlload_error(err, file, m, path,
			    "missing required field '%s'", path_name(path));
		return 0;
	}
	if (required) {
		/* "~" and "null" reach us as text; they mean "nothing" */
		if ((n && n->plain && n->value && is_null_scalar(n->value)) ||
		    s[strspn(s, " \t\n")] == '\0')
			return yamlload_error(err, file, m, path,
			    "'%s' is empty", path_name(path));
	}
	if (text_has_control(s, &at)) {
		const unsigned char *u = (const unsigned char *)s + at;
		unsigned cp = u[0] < 0x80 ? u[0] :
		    ((u[0] & 0x1fu) << 6) | (u[1] & 0x3fu);

		return yamlload_error(err, file, m, path,
		    "control character U+%04X in '%s'", cp, path_name(path));
	}
	return 0;
}

int
yamlload_check_uint(struct bc_error *err, const char *file,
    const struct yamlload_map *m, const char *path, uint32_t v, uint32_t lo,
    uint32_t hi)
{
	long i = map_lookup(m, path);
	const struct yamlload_node *n = i >= 0 ? &m->nodes[i] : NULL;

	if (n == NULL)
		return 0;	/* absent: the default applies */
	/* libcyaml takes 0x10, 010 and +5 too; we want plain decimal */
	if (n->value && (n->value[0] == '\0' ||
	    strspn(n->value, "0123456789") != strlen(n->value) ||
	    (n->value[0] == '0' && n->value[1] != '\0'))) {
		number_error(err, file, n->line, n->col, n->value,
		    "is not a whole number in decimal", path_name(path), true,
		    lo, hi);
		return -1;
	}
	if (v < lo || v > hi) {
		char text[16];

		snprintf(text, sizeof text, "%u", v);
		number_error(err, file, n->line, n->col,
		    n->value ? n->value : text, "is out of range",
		    path_name(path), true, lo, hi);
		return -1;
	}
	return 0;
}

int
yamlload_check_bool(struct bc_error *err, const char *file,
    const struct yamlload_map *m, const char *path)
{
	static const char *const words[] = {
		"true", "false", "yes", "no", "on", "off",
	};
	long i = map_lookup(m, path);
	const struct yamlload_node *n = i >= 0 ? &m->nodes[i] : NULL;
	char word[64];
	size_t k;

	if (n == NULL)
		return 0;
	if (n->value)
		for (k = 0; k < sizeof words / sizeof words[0]; k++)
			if (strcmp(n->value, words[k]) == 0)
				return 0;
	unquote(n->value ? n->value : "", word, sizeof word);
	return yamlload_error(err, file, m, path,
	    "'%s' for '%s' is not true or false", word, path_name(path));
}
