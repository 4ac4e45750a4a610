/* grep - print lines that match patterns
 *
 * usage: grep [-EFHLchilnqsvwx] [-e PATTERN]... [-f FILE]... [PATTERN] [FILE]...
 *
 * Prints the lines of each FILE (standard input for "-" or when there is
 * none) that match any PATTERN; a PATTERN holding newlines is one pattern
 * per line.  With more than one FILE each line is preceded by its FILE's
 * name.  Exits 0 if a line was selected, 1 if none, 2 on trouble.
 * -e P  a pattern (may be repeated)
 * -f F  the lines of file F are patterns (may be repeated)
 * -E    patterns are extended regular expressions
 * -F    patterns are fixed strings
 * -H    precede lines with the file name even for one FILE
 * -L    print only the names of files without selected lines
 * -c    print only the count of selected lines
 * -h    no file names before lines, even for several FILEs
 * -i    ignore case
 * -l    print only the names of files with selected lines
 * -n    precede each line with its number
 * -q    print nothing; exit 0 at the first selected line
 * -s    no messages about missing or unreadable files
 * -v    select the lines that do not match
 * -w    a match must be a whole word: no letter, digit or _ next to it
 * -x    a pattern must match the whole line
 *
 * Patterns are basic regular expressions: . [] [^] with ranges and
 * [:classes:], * and \{m,n\}, \( \) groups, ^ and $ anchors, \ quoting.
 * Not supported: back-references (\1 is an error).  \| \+ \? are GNU's,
 * not POSIX's: here they are the characters themselves.  Extended ones
 * (-E) have ( ) groups, + ? {m,n} and | alternation, ^ $ anywhere; a lone
 * ) is itself.
 *
 * A line is matched in one pass per element of the pattern, each mapping
 * the set of positions where the pattern so far can end: time linear in
 * the line, never exponential.  A repeated group takes one pass per
 * count it must try, up to the line's length: ^\(ab\)*$ is quadratic in
 * the line.
 *
 * Standard: POSIX.1-2017 grep; -H -L -h -w as GNU's.
 */
/* ENOMEM: a line too long for memory, as one past 4 GiB is on 32 bits */
#define ERR_CODES ENOENT, EACCES, EISDIR, ENOSPC, ENOMEM
#define ERR_TEXTS E_ENOENT E_EACCES E_EISDIR E_ENOSPC E_ENOMEM
#include "fileerr.h"
#include "mote.h"
#include "buf.h"
#include "cclass.h"

#define USAGE "[-EFHLchilnqsvwx] [-e PATTERN]... [-f FILE]... [PATTERN] [FILE]..."
#define INF 0x7fffffff
#define DUP_MAX 32767

/* The option letters; each sets the bit of its place.  -H sets MANY. */
static const char letters[] = "vFcilnqsxHEhLw";
enum {
	INVERT = 1, FIXED = 2, COUNT = 4, ICASE = 8, LIST = 16, NUM = 32, QUIET = 64, SILENT = 128, WHOLE = 256,
	MANY = 512, EXT = 1024, NONAME = 2048, UNLISTED = 4096, WORD = 8192
};

struct grep {
	struct buf pat;		/* the patterns, each ended by a newline */
	int opt, depth;
	unsigned long matched;
	struct lines l;
	struct buf reach;	/* a stack of reach arrays, one per live part */
	char *top;		/* its free end */
	long arrays;		/* how many it holds */
	const char *s;		/* the line */
	long len;
	struct out o;
};

static __attribute__((noreturn, noinline)) void fail(const char *what, long e)
{
	warn_errno(what, e);
	sys_exit(2);
}

static __attribute__((noreturn, noinline)) void bad(void)
{
	warn_msg(0, "bad regular expression");
	sys_exit(2);
}

static int is_end(const char *re)
{
	return *re == '\n';
}

/* Reads a repetition count, at most DUP_MAX. */
static __attribute__((noinline)) const char *bound(const char *p, int *v)
{
	for (*v = 0; *p >= '0' && *p <= '9'; p++)
		if ((*v = *v * 10 + *p - '0') > DUP_MAX)
			bad();
	return p;
}

/* The length of the operator c at p: \c in a basic expression, c in an
 * extended one; 0 if p holds something else. */
static __attribute__((noinline)) int op(int opt, const char *p, int c)
{
	int bs = !(opt & EXT);

	return (!bs || *p == '\\') && p[bs] == c ? bs + 1 : 0;
}

/* Parses the repetition at p, if any, into *min and *max: returns what
 * follows it. */
static __attribute__((noinline)) const char *repeat(int opt, const char *p, int *min, int *max)
{
	const char *q;
	int k;

	*min = *max = 1;
	if (*p == '*' || (opt & EXT && (*p == '?' || *p == '+'))) {
		if (*p != '+')
			*min = 0;
		if (*p != '?')
			*max = INF;
		return p + 1;
	}
	if (!(k = op(opt, p, '{')))
		return p;
	q = bound(p += k, min);
	if (q == p)
		bad();
	*max = *min;
	if (*q == ',') {
		p = q + 1;
		q = bound(p, max);
		if (q == p)
			*max = INF;
	}
	if (!(k = op(opt, q, '}')) || *min > *max)
		bad();
	return q + k;
}

/* Parses the element at re, an atom and how often it repeats: set gets
 * the bytes the atom matches, *min and *max the repetition.  Returns what
 * follows the element. */
static __attribute__((noinline)) const char *element(int opt, const char *re, char *set, int *min, int *max)
{
	const char *p = re + 1, *q;
	int c = (unsigned char)*re, hi, k, neg = 0;

	memset(set, 0, 256);
	*min = *max = 1;
	if (opt & FIXED)
		set[c] = 1;
	else {
		if (c == '.')
			memset(set, 1, 256);
		else if (c == '[') {
			neg = *p == '^';
			for (q = p += neg; *p != ']' || p == q;) {
				if (is_end(p))
					bad();
				if (p[0] == '[' && p[1] == ':') {
					for (c = 0; c < 256; c++)
						if ((k = in_class(p + 2, c)) < 0)
							bad();
						else
							set[c] |= k;
					while (*p++ != ']')
						;
					continue;
				}
				c = hi = (unsigned char)*p++;
				if (p[0] == '-' && p[1] != ']' && !is_end(p + 1)) {
					hi = (unsigned char)p[1];
					p += 2;
				}
				while (c <= hi)
					set[c++] = 1;
			}
			p++;
		} else {
			if (c == '\\') {
				c = (unsigned char)*p++;
				if (is_end(p - 1) || (!(opt & EXT) && c == '{') || (c >= '1' && c <= '9'))
					bad();
			}
			set[c] = 1;
		}
		p = repeat(opt, p, min, max);
	}
	if (opt & ICASE)
		for (c = 'A'; c <= 'Z'; c++)
			set[c] = set[c + 32] |= set[c];
	if (neg)
		for (c = 0; c < 256; c++)
			set[c] ^= 1;
	return p;
}

/* A reach array for the line: reach[q] says whether the part of a
 * pattern seen so far can match a text that ends at position q.  Each
 * part maps the array to its next value, most in one pass over the line. */
static char *push(struct grep *g)
{
	char *r = g->top;

	g->top += g->len + 1;
	return r;
}

/* acc |= r; whether that added a position. */
static int merge(char *acc, const char *r, long n)
{
	int grew = 0;

	while (n--) {
		grew |= r[n] & ~acc[n];
		acc[n] |= r[n];
	}
	return grew;
}

static const char *alt(struct grep *g, const char *re, char *r);

/* The group whose text starts at re, repeated as it says after its ')',
 * maps r.  Every count in [min, max] adds its reach, until one adds none
 * (then no later one can). */
static __attribute__((noinline)) const char *group(struct grep *g, const char *re, char *r)
{
	char *acc = push(g);
	const char *end;
	long n1 = g->len + 1;
	int n, min, max;

	g->depth++;
	memcpy(acc, r, n1);
	end = alt(g, re, acc);
	if (!(n = op(g->opt, end, ')')))
		bad();
	end = repeat(g->opt, end + n, &min, &max);
	memset(acc, 0, n1);
	for (n = 0; !(n >= min && !merge(acc, r, n1) && n > min) && n < max; n++)
		alt(g, re, r);
	memcpy(r, acc, n1);
	g->depth--;
	g->top = acc;
	return end;
}

/* The elements at re up to the end of an alternative map r. */
static const char *seq(struct grep *g, const char *re, char *r)
{
	char set[256], *next = push(g);
	const char *first = re;
	long q, last, run, len = g->len;
	int c, k, min, max, ere = g->opt & EXT, fixed = g->opt & FIXED;

	while (!is_end(re) && !(ere && *re == '|') && !(!fixed && (g->depth || !ere) && op(g->opt, re, ')'))) {
		c = *re;
		if (!fixed && ((c == '^' && (ere || re == first)) || (c == '$' && (ere || is_end(re + 1))))) {
			memset(r + (c == '^'), 0, len);
			re++;
		} else if (!fixed && (k = op(g->opt, re, '(')))
			re = group(g, re + k, r);
		else {
			re = element(g->opt, re, set, &min, &max);
			/* A text ending at q matches if one ending at some
			 * p in [q - run, q - min] did, run being how many
			 * bytes before q are in set, at most max; last is
			 * the latest such p. */
			for (q = run = 0, last = -1; q <= len; q++) {
				if (q >= min && r[q - min])
					last = q - min;
				next[q] = last >= q - run;
				run = set[(unsigned char)g->s[q]] ? run + (run < max) : 0;
			}
			memcpy(r, next, len + 1);
		}
	}
	g->top = next;
	return re;
}

/* The alternatives at re, up to the end of a pattern or group, map r to
 * the union of their reaches. */
static const char *alt(struct grep *g, const char *re, char *r)
{
	char *in = push(g), *acc = push(g);
	long n1 = g->len + 1;

	memcpy(in, r, n1);
	memset(acc, 0, n1);
	for (;;) {
		re = seq(g, re, r);
		merge(acc, r, n1);
		if (*re != '|')
			break;
		re++;
		memcpy(r, in, n1);
	}
	memcpy(r, acc, n1);
	g->top = in;
	return re;
}

/* Whether a match may start or end next to the byte c (-x, -w). */
static int edge(int opt, int c)
{
	return !(opt & WHOLE) && !(opt & WORD && (c == '_' || in_class("alnum:]", (unsigned char)c)));
}

/* Whether the line s of len bytes matches any pattern.  An empty line
 * tries every pattern, which checks them before any input. */
static __attribute__((noinline)) int match(struct grep *g, const char *s, long len)
{
	const char *re;
	char *r;
	long q, e = buf_grow(&g->reach, g->arrays * (len + 1));
	size_t i;
	int hit = 0;

	if (e)
		fail(0, e);
	g->s = s;
	g->len = len;
	for (i = 0; i < g->pat.len; i = re + 1 - g->pat.p) {
		g->top = g->reach.p;
		r = push(g);
		for (q = 0; q <= len; q++)
			r[q] = !q || edge(g->opt, s[q - 1]);
		if (!is_end(re = alt(g, g->pat.p + i, r)))
			bad();
		for (q = 0; q <= len; q++)
			hit |= r[q] && (q == len || edge(g->opt, s[q]));
		if (hit && len)
			return 1;
	}
	return hit;
}

static __attribute__((noinline)) void put_prefix(struct grep *g, const char *name, char sep)
{
	out_str(&g->o, name);
	out_put(&g->o, &sep, 1);
}

static void put_num(struct grep *g, unsigned long long v, char sep)
{
	char num[24];

	num[23] = 0;
	put_prefix(g, fmt_ull(num + 23, v), sep);
}

/* Prints or counts the selected lines of fd: 0, or a read's -errno. */
static __attribute__((noinline)) long grep(struct grep *g, int fd, const char *name)
{
	unsigned long long lineno = 0, hits = 0;
	char *line = 0;
	long n, len;

	lines_open(&g->l, fd);
	while ((n = line_next(&g->l, &line)) > 0) {
		lineno++;
		len = n - (line[n - 1] == '\n');
		if (match(g, line, len) == (g->opt & INVERT))
			continue;
		hits++;
		if (g->opt & QUIET)
			sys_exit(0);
		if (g->opt & (LIST | UNLISTED))
			break;
		if (g->opt & COUNT)
			continue;
		if (g->opt & MANY)
			put_prefix(g, name, ':');
		if (g->opt & NUM)
			put_num(g, lineno, ':');
		/* The buffer has room past a last line without one. */
		line[len] = '\n';
		out_put(&g->o, line, len + 1);
	}
	if ((g->opt & (COUNT | LIST | UNLISTED)) == COUNT) {
		if (g->opt & MANY)
			put_prefix(g, name, ':');
		put_num(g, hits, '\n');
	}
	if (g->opt & (LIST | UNLISTED) && !hits == !(g->opt & LIST))
		put_prefix(g, name, '\n');
	g->matched |= !!hits;
	return n;
}

/* Appends the pattern s and its newline. */
static void add(struct buf *b, const char *s)
{
	size_t n = strlen(s) + 1;
	long r = buf_grow(b, b->len + n);

	if (r)
		fail(0, r);
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len - 1] = '\n';
}

/* Opens an operand for reading, "-" being standard input: an fd or -errno. */
static long open_in(const char **name)
{
	if (!streq(*name, "-"))
		return sys_openat(AT_FDCWD, *name, O_RDONLY | O_CLOEXEC, 0);
	*name = "(standard input)";
	return 0;
}

int main(int argc, char **argv, char **envp)
{
	struct grep g = { 0 };
	char *arg;
	int ret = 0, given = 0, k;
	long fd;

	OPTS(argv) {
	case 'e':
	case 'f':
		arg = OPT_ARG(USAGE);
		given = 1;
		if (OPT_CHAR == 'e')
			add(&g.pat, arg);
		else if (is_err(fd = open_in((const char **)&arg)) || (fd = buf_slurp(&g.pat, fd)))
			fail(arg, fd);
		/* A file's last newline ends its last pattern; a slurp
		 * leaves room for one more byte. */
		else if (g.pat.len && g.pat.p[g.pat.len - 1] != '\n')
			g.pat.p[g.pat.len++] = '\n';
		break;
	default:
		for (k = 0; letters[k] != OPT_CHAR; k++)
			if (!letters[k])
			bad:
				usage_status(USAGE, 2);
		g.opt |= 1 << k;
	} OPTS_END
	if ((g.opt & (EXT | FIXED)) == (EXT | FIXED))
		goto bad;
	if (!given) {
		if (!*argv)
			goto bad;
		add(&g.pat, *argv++);
	}
	/* Each group nests a group's, an alternation's and a sequence's
	 * arrays. */
	for (g.arrays = 4, k = g.pat.len; k--;)
		g.arrays += 4 * (g.pat.p[k] == '(');
	match(&g, "", 0);
	if (argv[0] && argv[1] && !(g.opt & NONAME))
		g.opt |= MANY;
	g.o.fd = 1;
	if (!*argv)
		*--argv = "-";
	for (; *argv && !g.o.err; argv++) {
		arg = *argv;
		fd = open_in((const char **)&arg);
		if (!is_err(fd)) {
			k = fd;
			fd = grep(&g, k, arg);
			if (k)
				sys_close(k);
		}
		if (is_err(fd)) {
			if (!(g.opt & SILENT))
				warn_errno(arg, fd);
			ret = 2;
		}
	}
	out_flush(&g.o);
	if (g.o.err)
		fail("write error", g.o.err);
	return ret ? ret : !g.matched;
}
