/*
 * yaml-check.c - the loader's second half: the position map checked against
 * the same libcyaml schema tables that later fill the structs.  Every error
 * is found here, each at its own node: unknown fields (with "did you mean"),
 * duplicate and missing ones, the wrong kind of node, enum and flag words,
 * numbers and their ranges (from the format's table of rules), list lengths,
 * text lengths, control and invisible characters, line breaks in one-line
 * text.  The walk goes on after an error, so that a file's errors can all be
 * shown at once.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "xmalloc.h"
#include "yaml-check.h"
#include "yaml-map.h"

#define WORD_MAX 68		/* a word of the file quoted in a message: 64 bytes and "..." */
#define NUMBER_WORD_MAX 68	/* the same for a number or a boolean */
#define LIST_MAX 300		/* the words an enum takes, in a message */
#define SUBJECT_MAX 400

struct check {
	const char *file;
	const struct yamlload_map *m;
	const struct yamlload_rule *rules;
	struct yamlload_errors *errs;
	size_t found;
};

static void check_value(struct check *, const struct yamlload_node *,
    const cyaml_schema_value_t *, const struct yamlload_rule *);
static enum yamlload_type node_type_for(const cyaml_schema_value_t *);
static bool allowed_null(const struct yamlload_node *,
    const cyaml_schema_value_t *);

/* Is the list of errors full?  Then the rest are only counted. */
static bool
full(const struct check *c)
{
	return c->errs->count >= YAMLLOAD_ERRORS_MAX;
}

static void __attribute__((format(printf, 4, 5)))
add(struct check *c, unsigned line, unsigned col, const char *fmt, ...)
{
	struct bc_error e;
	char msg[sizeof e.msg];
	va_list ap;

	c->found++;
	if (full(c)) {
		c->errs->dropped++;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	bc_error_set(&e, c->file, line, col, "%s", msg);
	yamlload_errors_add(c->errs, &e);
}

void
yaml_check_word(const char *s, char *out, size_t size)
{
	size_t at, len;
	uint32_t cp;

	if ((len = strlen(s)) + 1 > size && size > 4) {
		/* cut at a character's start, and say so */
		for (len = size - 4; len > 0 &&
		    ((unsigned char)s[len] & 0xc0) == 0x80; len--)
			;
		snprintf(out, size, "%.*s...", (int)len, s);
	} else
		snprintf(out, size, "%s", s);
	text_scrub(out, false);
	/* one '?' for each invisible character */
	while (text_has_invisible(out, &at, &cp)) {
		len = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
		out[at] = '?';
		memmove(out + at + 1, out + at + len, strlen(out + at + len) + 1);
	}
}

/* ---- how messages name things ------------------------------------------ */

/* The name of the list that holds n. */
static const char *
list_name(const struct check *c, const struct yamlload_node *n)
{
	const char *k = c->m->nodes[n->parent].key;

	return k ? k : _("list");
}

/* A field as "'title'" (or "title" when bare), an entry as "entry 2 of 'steps'". */
static void
subject(const struct check *c, const struct yamlload_node *n, bool bare,
    char *out, size_t size)
{
	if (n->key)
		snprintf(out, size, bare ? "%s" : "'%s'", n->key);
	else
		/* TRANSLATORS: an entry of a list: "entry 2 of 'steps'" */
		snprintf(out, size, _("entry %zu of '%s'"), n->index + 1,
		    list_name(c, n));
}

/*
 * What a node is and what the format wants there, as inserted into "%s
 * must be %s, not %s".
 */
static const char *
node_words(const struct yamlload_node *n)
{
	switch (n->type) {
	case YAMLLOAD_MAPPING:
		return _("a mapping (field: value)");
	case YAMLLOAD_SEQUENCE:
		return _("a list");
	default:
		return _("a single value");
	}
}

static const char *
type_words(const cyaml_schema_value_t *s)
{
	switch (s->type) {
	case CYAML_MAPPING:
		return _("a mapping (field: value)");
	case CYAML_SEQUENCE:
	case CYAML_SEQUENCE_FIXED:
	case CYAML_FLAGS:
		return _("a list");
	case CYAML_INT:
	case CYAML_UINT:
		return _("a number");
	case CYAML_BOOL:
		return _("true or false");
	default:
		return _("a single value");
	}
}

/* ---- the fields of a mapping --------------------------------------------- */

static size_t
field_count(const cyaml_schema_value_t *s)
{
	size_t n = 0;

	while (s->mapping.fields[n].key)
		n++;
	return n;
}

/* The format's rule of kind what (YAMLLOAD_RULE_* bits) for a field, or NULL. */
static const struct yamlload_rule *
rule_for(const struct check *c, const cyaml_schema_field_t *fields,
    const char *key, unsigned what)
{
	const struct yamlload_rule *r;

	for (r = c->rules; r && r->fields; r++)
		if (r->fields == fields && strcmp(r->key, key) == 0 &&
		    (r->what & what))
			return r;
	return NULL;
}

/* Levenshtein distance, case-insensitive: enough for typos. */
static size_t
edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, prev, tmp, *d;

	d = xcalloc(lb + 1, sizeof *d);
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
	tmp = d[lb];
	free(d);
	return tmp;
}

/*
 * The field of mapping schema s closest to word, if it is close enough to
 * be a typo: at most 2 edits, and fewer edits than the word has letters
 * (so "x" does not suggest "id").  -1 otherwise.
 */
static long
closest_field(const cyaml_schema_value_t *s, const char *word)
{
	size_t i, d, bestd = 3;
	long best = -1;

	for (i = 0; s->mapping.fields[i].key; i++) {
		d = edit_distance(word, s->mapping.fields[i].key);
		if (d < bestd && d < strlen(word)) {
			bestd = d;
			best = (long)i;
		}
	}
	return best;
}

/*
 * A list field left blank (`steps:` and nothing, or ~) is an empty list to
 * the person who wrote it, not "a single value": said as the format says
 * an empty list (its rule), at the key, since a blank has no text to point
 * at.  An optional list may simply be left out.
 */
static bool
blank_list(struct check *c, const struct yamlload_node *k,
    const cyaml_schema_field_t *fields, size_t f)
{
	const struct yamlload_rule *r;

	if (k->type != YAMLLOAD_SCALAR || !k->plain ||
	    !yaml_map_null_word(k->value) ||
	    node_type_for(&fields[f].value) != YAMLLOAD_SEQUENCE ||
	    allowed_null(k, &fields[f].value))
		return false;
	if (fields[f].value.flags & CYAML_FLAG_OPTIONAL)
		/* TRANSLATORS: %s is a field of the file: 'equipment' */
		add(c, k->key_line, k->key_col, _("'%s' is blank: give a list, "
		    "or leave the field out"), fields[f].key);
	else if ((r = rule_for(c, fields, fields[f].key,
	    YAMLLOAD_RULE_EMPTY)) != NULL)
		add(c, k->key_line, k->key_col, "%s", _(r->empty));
	else
		add(c, k->key_line, k->key_col, _("'%s' is empty"),
		    fields[f].key);
	return true;
}

static void
check_mapping(struct check *c, const struct yamlload_node *n,
    const cyaml_schema_value_t *s)
{
	const cyaml_schema_field_t *fields = s->mapping.fields;
	const struct yamlload_node *k;
	char word[WORD_MAX];
	size_t nf = field_count(s), i, f;
	/* per field: 1 seen, 2 named by a "did you mean" */
	unsigned char *mark = xcalloc(nf + 1, 1);
	long near;

	for (i = 0; i < n->nkids; i++) {
		k = &c->m->nodes[n->kids[i]];
		for (f = 0; f < nf; f++)
			if (strcmp(fields[f].key, k->key) == 0)
				break;
		yaml_check_word(k->key, word, sizeof word);
		if (f == nf) {
			near = full(c) ? -1 : closest_field(s, k->key);
			if (near >= 0) {
				add(c, k->key_line, k->key_col, _("unknown "
				    "field '%s' (did you mean '%s'?)"), word,
				    fields[near].key);
				mark[near] |= 2;
			} else
				add(c, k->key_line, k->key_col,
				    _("unknown field '%s'"), word);
		} else if (mark[f] & 1)
			add(c, k->key_line, k->key_col,
			    _("duplicate field '%s'"), word);
		else {
			mark[f] |= 1;
			if (!blank_list(c, k, fields, f))
				check_value(c, k, &fields[f].value,
				    rule_for(c, fields, fields[f].key,
				    YAMLLOAD_RULE_RANGE |
				    YAMLLOAD_RULE_ONE_LINE));
		}
	}
	/* missing fields, unless a typo above was taken for one */
	for (f = 0; f < nf; f++)
		if (mark[f] == 0 && !(fields[f].value.flags & CYAML_FLAG_OPTIONAL))
			add(c, n->line, n->col,
			    _("missing required field '%s'"), fields[f].key);
	free(mark);
}

/* ---- lists ----------------------------------------------------------------- */

static void
check_sequence(struct check *c, const struct yamlload_node *n,
    const cyaml_schema_value_t *s, const struct yamlload_rule *rule)
{
	const struct yamlload_node *e;
	char subj[SUBJECT_MAX];
	size_t i;

	subject(c, n, false, subj, sizeof subj);
	if (n->nkids > s->sequence.max) {
		e = &c->m->nodes[n->kids[s->sequence.max]];
		/* TRANSLATORS: %s is a field ('steps') or an entry of a list */
		add(c, e->line, e->col,
		    _("%s has too many entries (at most %u)"), subj,
		    s->sequence.max);
	} else if (n->nkids < s->sequence.min)
		add(c, n->line, n->col,
		    _("%s has too few entries (at least %u)"), subj,
		    s->sequence.min);
	for (i = 0; i < n->nkids && i < s->sequence.max; i++)
		check_value(c, &c->m->nodes[n->kids[i]], s->sequence.entry,
		    rule);
}

/* ---- scalars --------------------------------------------------------------- */

/* "one, two, three" of an enum or flags schema. */
static void
strval_list(const cyaml_schema_value_t *s, char *out, size_t size)
{
	uint32_t i;
	size_t n = 0;

	out[0] = '\0';
	for (i = 0; i < s->enumeration.count && n < size; i++)
		n += (size_t)snprintf(out + n, size - n, "%s%s", i ? ", " : "",
		    s->enumeration.strings[i].str);
}

static bool
strval_has(const cyaml_schema_value_t *s, const char *v)
{
	uint32_t i;

	for (i = 0; i < s->enumeration.count; i++)
		if (strcmp(s->enumeration.strings[i].str, v) == 0)
			return true;
	return false;
}

/* Plain decimal: -?(0|[1-9][0-9]*), not "-0". */
static bool
is_decimal(const char *t)
{
	const char *d = t[0] == '-' ? t + 1 : t;

	return d[0] && strspn(d, "0123456789") == strlen(d) &&
	    (d[0] != '0' || (d[1] == '\0' && d == t));
}

/*
 * A word of an enum or of a flags list.  A one-word field (kind, level) is a
 * countable noun: "'blue' is not a valid kind"; so is an entry of a list
 * named in the plural (areas: "not a valid area").  Others get "not a
 * valid value for sides".
 */
static void
check_enum(struct check *c, const struct yamlload_node *n,
    const cyaml_schema_value_t *s)
{
	char word[WORD_MAX], list[LIST_MAX], noun[SUBJECT_MAX];
	const char *name = n->key ? n->key : list_name(c, n);
	size_t len = strlen(name);
	bool countable;

	if (strval_has(s, n->value) ||
	    (!(s->flags & CYAML_FLAG_STRICT) && is_decimal(n->value)))
		return;
	snprintf(noun, sizeof noun, "%s", name);
	if (n->key)
		countable = len > 0 && name[len - 1] != 's';
	else if ((countable = len > 1 && name[len - 1] == 's'))
		noun[len - 1] = '\0';
	yaml_check_word(n->value, word, sizeof word);
	strval_list(s, list, sizeof list);
	if (countable)
		/*
		 * TRANSLATORS: "'blue' is not a valid kind (stretch, massage,
		 * mixed)": the second %s is a field name of the file (kind,
		 * level, area) and the list is the words it takes: both stay
		 * as they are.
		 */
		add(c, n->line, n->col, _("'%s' is not a valid %s (%s)"), word,
		    noun, list);
	else
		/* TRANSLATORS: the second %s is a field name (sides) */
		add(c, n->line, n->col,
		    _("'%s' is not a valid value for %s (%s)"), word, noun,
		    list);
}

static void
check_flags(struct check *c, const struct yamlload_node *n,
    const cyaml_schema_value_t *s)
{
	const struct yamlload_node *e;
	char subj[SUBJECT_MAX];
	size_t i;

	for (i = 0; i < n->nkids; i++) {
		e = &c->m->nodes[n->kids[i]];
		if (e->type == YAMLLOAD_SCALAR)
			check_enum(c, e, s);
		else {
			subject(c, e, false, subj, sizeof subj);
			/* TRANSLATORS: "entry 2 of 'areas' must be a single
			 * value, not a list" */
			add(c, e->line, e->col,
			    _("%s must be a single value, not %s"), subj,
			    node_words(e));
		}
	}
}

const char *
yaml_check_number(const char *t, long long lo, long long hi)
{
	long long v;
	char *end;

	if (is_decimal(t)) {
		errno = 0;
		v = strtoll(t, NULL, 10);
		/* TRANSLATORS: inserted into "'%s' %s for %s (%lld to
		 * %lld)": "'5000' is out of range for seconds (1 to 3600)" */
		return errno == ERANGE || v < lo || v > hi ?
		    _("is out of range") : NULL;
	}
	/* libcyaml would read it (0x1e, 010, +5, 1.5): say why not */
	errno = 0;
	(void)strtoll(t, &end, 0);
	/* TRANSLATORS: inserted like "is out of range" */
	return end != t && errno != ERANGE ?
	    _("is not a whole number in decimal") :
	    _("is not a whole number");
}

/*
 * The one wording of every number refusal: what was written, what it is
 * not, the field and, when the format gave one, its range.
 */
static void
check_number(struct check *c, const struct yamlload_node *n,
    const cyaml_schema_value_t *s, const struct yamlload_rule *rule)
{
	unsigned bits = s->data_size >= 1 && s->data_size <= 8 ?
	    s->data_size * 8 : 64;
	bool known = rule && (rule->what & YAMLLOAD_RULE_RANGE);
	char word[NUMBER_WORD_MAX], subj[SUBJECT_MAX];
	const char *what;
	long long lo, hi;

	if (s->type == CYAML_INT) {
		hi = (long long)((~0ULL >> (64 - bits)) >> 1);
		lo = -hi - 1;
	} else {
		lo = 0;
		hi = bits >= 63 ? LLONG_MAX : (long long)((1ULL << bits) - 1);
	}
	if (known) {
		lo = rule->lo > lo ? rule->lo : lo;
		hi = rule->hi < hi ? rule->hi : hi;
	}
	if ((what = yaml_check_number(n->value, lo, hi)) == NULL)
		return;
	yaml_check_word(n->value, word, sizeof word);
	subject(c, n, true, subj, sizeof subj);
	/*
	 * TRANSLATORS: "'5000' is out of range for seconds (1 to 3600)": the
	 * first %s is what was written, the second "is out of range" or "is
	 * not a whole number" (translated above), the third a field name.
	 */
	if (known)
		add(c, n->line, n->col, _("'%s' %s for %s (%lld to %lld)"),
		    word, what, subj, rule->lo, rule->hi);
	else
		add(c, n->line, n->col, _("'%s' %s for %s"), word, what, subj);
}

bool
yaml_check_bool_word(const char *v)
{
	static const char *const words[] = {
		"true", "false", "yes", "no", "on", "off",
	};
	size_t k;

	/* libcyaml reads any word that is not false-like as true */
	for (k = 0; k < sizeof words / sizeof words[0]; k++)
		if (strcmp(v, words[k]) == 0)
			return true;
	return false;
}

const char *
yaml_check_text(const char *s, bool one_line, char *buf, size_t size)
{
	const unsigned char *u;
	size_t at;
	uint32_t cp;

	if (text_has_control(s, &at)) {
		u = (const unsigned char *)s + at;
		cp = u[0] < 0x80 ? u[0] : ((u[0] & 0x1fu) << 6) | (u[1] & 0x3fu);
		snprintf(buf, size, _("control character U+%04X"), (unsigned)cp);
	} else if (text_has_invisible(s, &at, &cp))
		snprintf(buf, size, _("invisible formatting character U+%04X"),
		    (unsigned)cp);
	else if (one_line && strchr(s, '\n'))
		snprintf(buf, size, "%s", _("line break"));
	else
		return NULL;
	return buf;
}

static void
check_bool(struct check *c, const struct yamlload_node *n)
{
	char word[NUMBER_WORD_MAX], subj[SUBJECT_MAX];

	if (yaml_check_bool_word(n->value))
		return;
	yaml_check_word(n->value, word, sizeof word);
	subject(c, n, false, subj, sizeof subj);
	/* TRANSLATORS: true and false are words of the file: keep them */
	add(c, n->line, n->col, _("'%s' for %s is not true or false"), word,
	    subj);
}

static void
check_string(struct check *c, const struct yamlload_node *n,
    const cyaml_schema_value_t *s, const struct yamlload_rule *rule)
{
	char subj[SUBJECT_MAX], buf[64];
	size_t len = strlen(n->value);
	const char *what;

	subject(c, n, false, subj, sizeof subj);
	if (len > s->string.max)
		add(c, n->line, n->col,
		    _("%s is too long (the limit is %u bytes)"), subj,
		    s->string.max);
	else if (len < s->string.min || (s->string.min > 0 &&
	    (n->value[strspn(n->value, " \t\n")] == '\0' ||
	    (n->plain && yaml_map_null_word(n->value)))))
		/* text the format requires: blank or ~ is no text either */
		add(c, n->line, n->col, _("%s is empty"), subj);
	else if ((what = yaml_check_text(n->value, rule &&
	    (rule->what & YAMLLOAD_RULE_ONE_LINE), buf, sizeof buf)) == NULL)
		;
	else if (strcmp(what, _("line break")) == 0)
		add(c, n->line, n->col, _("line break in %s (it must be one "
		    "line)"), subj);
	else
		/* TRANSLATORS: "control character U+0007 in 'title'" */
		add(c, n->line, n->col, _("%s in %s"), what, subj);
}

static bool
is_float(const char *t)
{
	char *end;

	errno = 0;
	(void)strtod(t, &end);
	return end != t && *end == '\0' && errno != ERANGE;
}

/* ---- one value ------------------------------------------------------------- */

static enum yamlload_type
node_type_for(const cyaml_schema_value_t *s)
{
	switch (s->type) {
	case CYAML_MAPPING:
		return YAMLLOAD_MAPPING;
	case CYAML_SEQUENCE:
	case CYAML_SEQUENCE_FIXED:
	case CYAML_FLAGS:
		return YAMLLOAD_SEQUENCE;
	default:
		return YAMLLOAD_SCALAR;
	}
}

/* A null the schema allows in place of the value (CYAML_FLAG_POINTER_NULL*). */
static bool
allowed_null(const struct yamlload_node *n, const cyaml_schema_value_t *s)
{
	if (n->type != YAMLLOAD_SCALAR)
		return false;
	if ((s->flags & CYAML_FLAG_POINTER_NULL_STR) ==
	    CYAML_FLAG_POINTER_NULL_STR)
		return n->value[0] == '\0' || strcmp(n->value, "~") == 0 ||
		    strcmp(n->value, "null") == 0 ||
		    strcmp(n->value, "Null") == 0 ||
		    strcmp(n->value, "NULL") == 0;
	return (s->flags & CYAML_FLAG_POINTER_NULL) ==
	    CYAML_FLAG_POINTER_NULL && n->value[0] == '\0';
}

static void
check_value(struct check *c, const struct yamlload_node *n,
    const cyaml_schema_value_t *s, const struct yamlload_rule *rule)
{
	char subj[SUBJECT_MAX], word[NUMBER_WORD_MAX];

	if (s->type == CYAML_IGNORE || s->type == CYAML_BITFIELD ||
	    allowed_null(n, s))
		return;		/* libcyaml judges a bitfield on its own */
	if (n->type != node_type_for(s)) {
		if (n == c->m->nodes)
			add(c, n->line, n->col, _("the file must be a "
			    "mapping of fields (field: value), not %s"),
			    node_words(n));
		else {
			subject(c, n, false, subj, sizeof subj);
			/* TRANSLATORS: "'steps' must be a list, not a
			 * single value" */
			add(c, n->line, n->col, _("%s must be %s, not %s"),
			    subj, type_words(s), node_words(n));
		}
		return;
	}
	switch (s->type) {
	case CYAML_MAPPING:
		check_mapping(c, n, s);
		break;
	case CYAML_SEQUENCE:
	case CYAML_SEQUENCE_FIXED:
		check_sequence(c, n, s, rule);
		break;
	case CYAML_FLAGS:
		check_flags(c, n, s);
		break;
	case CYAML_ENUM:
		check_enum(c, n, s);
		break;
	case CYAML_INT:
	case CYAML_UINT:
		check_number(c, n, s, rule);
		break;
	case CYAML_BOOL:
		check_bool(c, n);
		break;
	case CYAML_STRING:
		check_string(c, n, s, rule);
		break;
	case CYAML_FLOAT:
		if (!is_float(n->value)) {
			yaml_check_word(n->value, word, sizeof word);
			subject(c, n, true, subj, sizeof subj);
			add(c, n->line, n->col, _("'%s' is not a number for %s"),
			    word, subj);
		}
		break;
	default:
		break;
	}
}

size_t
yaml_check(const char *file, const struct yamlload_map *m,
    const cyaml_schema_value_t *schema, const struct yamlload_rule *rules,
    struct yamlload_errors *errs)
{
	struct check c;

	memset(&c, 0, sizeof c);
	c.file = file;
	c.m = m;
	c.rules = rules;
	c.errs = errs;
	check_value(&c, &m->nodes[0], schema, NULL);
	return c.found;
}
