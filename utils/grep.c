/* grep - print lines that match patterns
 *
 * usage: grep [-Fcilnqsvx] [-e PATTERN]... [-f FILE]... [PATTERN] [FILE]...
 *
 * Prints the lines of each FILE (standard input for "-" or when there is
 * none) that match any PATTERN; a PATTERN holding newlines is one pattern
 * per line.  With more than one FILE each line is preceded by its FILE's
 * name.  Exits 0 if a line was selected, 1 if none, 2 on trouble.
 * -e P  a pattern (may be repeated)
 * -f F  the lines of file F are patterns (may be repeated)
 * -F    patterns are fixed strings
 * -c    print only the count of selected lines
 * -i    ignore case
 * -l    print only the names of files with selected lines
 * -n    precede each line with its number
 * -q    print nothing; exit 0 at the first selected line
 * -s    no messages about missing or unreadable files
 * -v    select the lines that do not match
 * -x    a pattern must match the whole line
 *
 * Patterns are basic regular expressions: . [] [^] with ranges and
 * [:classes:], * and \{m,n\}, ^ and $ anchors, \ quoting.  Not supported:
 * \( \) groups and back-references.  Every atom matches one character, so
 * a line is matched in one pass per atom of the pattern, with a scratch
 * mapping as large as the line: time linear in the line, never
 * exponential.  \| \+ \? are GNU's, not POSIX's: here they are the
 * characters themselves.
 *
 * Standard: POSIX.1-2017 grep, without -E.
 */
#define ERR_FEW
#include "mote.h"
#include "buf.h"
#include "cclass.h"

#define USAGE "[-Fcilnqsvx] [-e PATTERN]... [-f FILE]... [PATTERN] [FILE]..."
#define INF 0x7fffffff
#define DUP_MAX 32767

/* The option letters, in the order of enum opt. */
static const char letters[] = "Fcilnqsvx";
enum opt { FIXED, COUNT, ICASE, LIST, NUM, QUIET, SILENT, INVERT, WHOLE };

struct grep {
	char **pats;
	const char *end;	/* end of the line being matched, before its newline */
	char opt[sizeof(letters)];
	int many, matched;
	struct lines l;
	struct buf scratch;
	struct out o;
};

static __attribute__((noinline)) int fold(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int is_end(const char *re)
{
	return !*re || *re == '\n';
}

/* The length of the bracket expression at p (just after its '['), or 0
 * if it is malformed; sets *in to whether c is in it, ignoring a '^'. */
static int bracket(const char *p, int c, int *in)
{
	const char *s = p;
	int neg = *p == '^', lo, hi, k;

	p += neg;
	*in = 0;
	for (s = p; *p != ']' || p == s; ) {
		if (is_end(p))
			return 0;
		if (p[0] == '[' && p[1] == ':') {
			if ((k = in_class(p + 2, c)) < 0)
				return 0;
			*in |= k;
			for (p += 2; *p != ']'; p++)
				;
			p++;
			continue;
		}
		lo = hi = (unsigned char)*p++;
		if (p[0] == '-' && p[1] != ']' && !is_end(p + 1)) {
			hi = (unsigned char)p[1];
			p += 2;
		}
		*in |= lo <= c && c <= hi;
	}
	return p + 1 - (s - neg);
}

/* Length of the atom at re, or 0 if malformed; sets *ok to whether c matches it. */
static int atom(struct grep *g, const char *re, int c, int *ok)
{
	int n, k;

	if (g->opt[FIXED] || (*re != '.' && *re != '[' && *re != '\\')) {
		*ok = g->opt[ICASE] ? fold(*re) == fold(c) : (unsigned char)*re == c;
		return 1;
	}
	*ok = 1;
	if (*re == '.')
		return 1;
	if (*re == '\\') {
		if (is_end(re + 1) || re[1] == '(' || re[1] == '{' || (re[1] >= '1' && re[1] <= '9'))
			return 0;
		*ok = g->opt[ICASE] ? fold(re[1]) == fold(c) : (unsigned char)re[1] == c;
		return 2;
	}
	n = bracket(re + 1, c, ok);
	if (g->opt[ICASE]) {
		bracket(re + 1, c ^ ((c | 32) >= 'a' && (c | 32) <= 'z' ? 32 : 0), &k);
		*ok |= k;
	}
	*ok ^= re[1] == '^';
	return n ? n + 1 : 0;
}

static __attribute__((noinline)) const char *bound(const char *p, int *v)
{
	for (*v = 0; *p >= '0' && *p <= '9' && *v <= DUP_MAX; p++)
		*v = *v * 10 + *p - '0';
	return p;
}

/* Parses a quantifier at re into min and max; returns its length, or -1 if malformed. */
static int quant(const char *re, int *min, int *max)
{
	const char *p;

	*min = *max = 1;
	if (*re == '*') {
		*min = 0;
		*max = INF;
		return 1;
	}
	if (re[0] != '\\' || re[1] != '{')
		return 0;
	p = bound(re + 2, min);
	*max = *min;
	if (p == re + 2)
		return -1;
	if (*p == ',') {
		*max = INF;
		if (p[1] != '\\')
			p = bound(p + 1, max);
		else
			p++;
	}
	if (p[0] != '\\' || p[1] != '}' || *min > DUP_MAX || (*max > DUP_MAX && *max != INF) || *min > *max)
		return -1;
	return p + 2 - re;
}

/* Whether the pattern at re matches in the line [s, g->end).  reach[q]
 * says whether the part of the pattern seen so far can match a text that
 * ends at position q; each element (an atom and how often it repeats) maps
 * reach to its next value in one pass, with prefix counts of reach.  Time
 * is linear in the line for every pattern: there is no backtracking. */
static __attribute__((noinline)) int match_one(struct grep *g, const char *re, const char *s)
{
	size_t len = g->end - s, q, run, lo, *count;
	char *reach;
	int k, n, ok, min, max, any = 1, anchored = g->opt[WHOLE], fixed = g->opt[FIXED];
	long r = buf_grow(&g->scratch, (len + 2) * (sizeof(*count) + 1));

	if (r) {
		warn_errno(0, r);
		sys_exit(2);
	}
	count = (size_t *)g->scratch.p;
	reach = (char *)(count + len + 2);
	if (!fixed && *re == '^')
		anchored = 1, re++;
	for (q = 0; q <= len; q++)
		reach[q] = !anchored || !q;
	for (;;) {
		if (is_end(re))
			break;
		if (!fixed && *re == '$' && is_end(re + 1))
			break;
		k = atom(g, re, 0, &ok);
		n = min = max = 1;
		if (!fixed)
			n = quant(re + k, &min, &max);
		for (q = 0, count[0] = 0; q <= len; q++)
			count[q + 1] = count[q] + reach[q];
		for (q = run = any = 0; q <= len; q++) {
			if (q) {
				atom(g, re, (unsigned char)s[q - 1], &ok);
				run = ok ? run + 1 : 0;
			}
			/* Ends p of the match so far with min..max atoms in s[p, q). */
			lo = q - (run < (size_t)max ? run : (size_t)max);
			reach[q] = q >= (size_t)min && lo <= q - min && count[q - min + 1] > count[lo];
			any |= reach[q];
		}
		if (!any)
			return 0;
		re += k + (fixed ? 0 : n);
	}
	return g->opt[WHOLE] || *re == '$' ? reach[len] : any;
}

/* Whether the line [s, g->end) matches any pattern. */
static int match(struct grep *g, const char *s)
{
	char **pp;
	const char *re;

	for (pp = g->pats; *pp; pp++)
		for (re = *pp; re; re = *re ? re + 1 : 0) {
			if (match_one(g, re, s))
				return 1;
			while (!is_end(re))
				re++;
		}
	return 0;
}

static void put_prefix(struct grep *g, const char *name, char sep)
{
	out_str(&g->o, name);
	out_char(&g->o, sep);
}

static __attribute__((noinline)) int grep(int fd, const char *name, void *ctx)
{
	struct grep *g = ctx;
	unsigned long lineno = 0, hits = 0;
	char *line = 0, num[24];
	long n;

	num[23] = 0;
	if (streq(name, "-"))
		name = "(standard input)";
	lines_open(&g->l, fd);
	while ((n = line_next(&g->l, &line)) > 0) {
		lineno++;
		g->end = line + n - (line[n - 1] == '\n');
		if (match(g, line) == g->opt[INVERT])
			continue;
		hits++;
		if (g->opt[QUIET])
			sys_exit(0);
		if (g->opt[LIST])
			break;
		if (g->opt[COUNT])
			continue;
		if (g->many)
			put_prefix(g, name, ':');
		if (g->opt[NUM])
			put_prefix(g, fmt_ulong(num + 23, lineno), ':');
		out_put(&g->o, line, g->end - line);
		out_char(&g->o, '\n');
	}
	if (g->opt[COUNT] && !g->opt[LIST]) {
		if (g->many)
			put_prefix(g, name, ':');
		put_prefix(g, fmt_ulong(num + 23, hits), '\n');
	}
	if (g->opt[LIST] && hits)
		put_prefix(g, name, '\n');
	g->matched |= hits != 0;
	if (n < 0) {
		if (!g->opt[SILENT])
			warn_errno(name, n);
		return FILES_FAILED;
	}
	return g->o.err ? FILES_STOP : FILES_OK;
}

/* Opens an operand for reading: 0 for "-", else an fd or -errno. */
static long open_in(const char *name)
{
	return streq(name, "-") ? 0 : sys_openat(AT_FDCWD, name, O_RDONLY | O_CLOEXEC, 0);
}

int main(int argc, char **argv, char **envp)
{
	struct grep g = { 0 };
	char *pats[argc], **pp = pats, *re;
	int ret = 0, given = 0, k, q, min, max;
	char *arg;
	long fd;

	OPTS(argv) {
	case 'e':
		*pp++ = OPT_ARG(USAGE);
		given = 1;
		break;
	case 'f': {
		struct buf b = { 0 };
		arg = OPT_ARG(USAGE);
		fd = open_in(arg);
		if (is_err(fd) || (fd = buf_slurp(&b, fd)) || (fd = buf_grow(&b, b.len + 1))) {
			warn_errno(arg, fd);
			return 2;
		}
		/* An empty file has no patterns; the last newline ends the
		 * last pattern, it does not start an empty one. */
		if (b.len)
			*pp++ = b.p;
		b.len -= b.len && b.p[b.len - 1] == '\n';
		b.p[b.len] = 0;
		given = 1;
		break;
	}
	default:
		for (k = 0; letters[k] != OPT_CHAR; k++)
			if (!letters[k])
			bad:
				usage_status(USAGE, 2);
		g.opt[k] = 1;
	} OPTS_END
	if (!given) {
		if (!*argv)
			goto bad;
		*pp++ = *argv++;
	}
	*pp = 0;
	g.pats = pats;
	g.end = "";
	for (pp = pats; !g.opt[FIXED] && *pp; pp++)
		for (re = *pp; *re; re += k + q) {
			k = atom(&g, re, 0, &q);
			if (!k || (q = quant(re + k, &min, &max)) < 0) {
				warn_msg(*pp, "bad regular expression");
				return 2;
			}
		}
	g.many = argv[0] && argv[1];
	g.o.fd = 1;
	if (!*argv)
		*--argv = "-";
	for (; *argv; argv++) {
		if (is_err(fd = open_in(*argv))) {
			if (!g.opt[SILENT])
				warn_errno(*argv, fd);
			ret = 1;
			continue;
		}
		k = grep(fd, *argv, &g);
		if (fd)
			sys_close(fd);
		if (k == FILES_STOP)
			break;
		ret |= k;
	}
	out_flush(&g.o);
	if (g.o.err) {
		warn_errno("write error", g.o.err);
		return 2;
	}
	return ret ? 2 : !g.matched;
}
