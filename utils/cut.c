/* cut - select parts of each line
 *
 * usage: cut -b LIST [-n] [FILE]...  or  cut -c LIST [FILE]...
 *        cut -f LIST [-d DELIM] [-s] [FILE]...
 *
 * Writes the selected bytes, characters or fields of each line of each
 * FILE (standard input for "-" or when there is none).  LIST is ranges
 * N, N-M, N- or -M, separated by commas or blanks; parts come out in input
 * order, each once.
 * -b LIST  bytes          -c LIST  characters (bytes, in the C locale)
 * -f LIST  fields, separated by DELIM; lines without one pass whole
 * -d DELIM the field separator (default tab)
 * -s       with -f, drop lines that have no DELIM
 * -n       accepted: characters are never split
 *
 * Standard: POSIX.1-2017 cut, in the C locale.
 */
#define ERR_FEW
#include "mote.h"
#include "buf.h"

#define USAGE "-b LIST [-n] | -c LIST | -f LIST [-d DELIM] [-s] [FILE]..."

struct cut {
	unsigned long (*r)[2];
	int nr, fields, only, delim;
	struct lines l;
	struct out o;
};

static __attribute__((noinline)) int selected(struct cut *c, unsigned long pos)
{
	int i;

	for (i = 0; i < c->nr; i++)
		if (c->r[i][0] <= pos && pos <= c->r[i][1])
			return 1;
	return 0;
}

static __attribute__((noinline)) int cut(int fd, const char *name, void *ctx)
{
	struct cut *c = ctx;
	char *line = 0, *p, *end;
	unsigned long field;
	long n;
	int first;

	lines_open(&c->l, fd);
	while ((n = line_next(&c->l, &line)) > 0) {
		end = line + n - (line[n - 1] == '\n');
		if (!c->fields) {
			for (p = line; p < end; p++)
				if (selected(c, p - line + 1))
					out_char(&c->o, *p);
		} else
			for (p = line, field = 1, first = 1; p <= end; field++) {
				char *q = p;
				while (q < end && *q != c->delim)
					q++;
				/* A line without a delimiter is whole, or left out with -s. */
				if (field == 1 && q == end) {
					if (c->only)
						goto next;
					out_put(&c->o, p, q - p);
					break;
				}
				if (selected(c, field)) {
					if (!first)
						out_char(&c->o, c->delim);
					out_put(&c->o, p, q - p);
					first = 0;
				}
				p = q + 1;
			}
		out_char(&c->o, '\n');
	next:;
	}
	if (n < 0) {
		warn_errno(name, n);
		return FILES_FAILED;
	}
	return c->o.err ? FILES_STOP : FILES_OK;
}

/* Whether c separates the ranges of a list. */
static int is_sep(int c)
{
	return c == ',' || c == ' ' || c == '\t';
}

int main(int argc, char **argv, char **envp)
{
	struct cut c = { 0 };
	char *list = 0, *d = "\t", *p;
	unsigned long lo, hi;
	int kinds = 0, ret;

	OPTS(argv) {
	case 'f':
		c.fields = 1;
		/* fall through */
	case 'b':
	case 'c':
		kinds++;
		list = OPT_ARG(USAGE);
		break;
	case 'd':
		d = OPT_ARG(USAGE);
		if (!d[0] || d[1])
			goto bad;
		break;
	case 's':
		c.only = 1;
		break;
	case 'n':
		break;
	default:
	bad:
		usage(USAGE);
	} OPTS_END
	if (kinds != 1 || (!c.fields && (c.only || d[0] != '\t')))
		goto bad;
	c.delim = (unsigned char)*d;
	{
		unsigned long ranges[strlen(list) / 2 + 1][2];
		c.r = ranges;
		for (p = list; *p;) {
			for (lo = 0; *p >= '0' && *p <= '9' && lo < -1UL / 10;)
				lo = lo * 10 + *p++ - '0';
			hi = lo;
			if (*p == '-') {
				p++;
				if (!lo)
					lo = 1, hi = 0;
				for (hi = 0; *p >= '0' && *p <= '9' && hi < -1UL / 10;)
					hi = hi * 10 + *p++ - '0';
				if (p[-1] == '-') {
					if (p - 1 == list || is_sep(p[-2]))
						goto invalid;
					hi = -1UL;
				}
				else if (!hi)
					goto invalid;
			}
			if (!lo || hi < lo || (*p && !is_sep(*p))) {
			invalid:
				warn_msg(list, "invalid list");
				return 1;
			}
			c.r[c.nr][0] = lo;
			c.r[c.nr++][1] = hi;
			p += !!*p;
		}
		c.o.fd = 1;
		ret = loop_files(argv, cut, &c);
	}
	return out_finish(&c.o) ? 1 : ret;
}
