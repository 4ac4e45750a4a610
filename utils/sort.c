/* sort - sort lines of text
 *
 * usage: sort [-bcnru] [-t C] [-k F[.C][bnr][,F[.C][bnr]]]... [-o FILE] [FILE]...
 *
 * Sorts the lines of all FILEs together (standard input for "-" or when
 * there is none) in byte order.  Lines that compare equal on their keys are
 * ordered by the whole line, as the last resort.
 * -b      keys start at their first non-blank
 * -c      only check that the one FILE is sorted: exit 1 at the first
 *         line out of order (with -u, also at a repeated key)
 * -n      compare keys as decimal numbers (-, digits, a fraction)
 * -r      reverse the order
 * -u      of lines with equal keys, output only the first
 * -t C    fields are separated by C (default: each field is its leading
 *         blanks and the non-blanks after them)
 * -k KEY  a sort key: from field F (character C) to the end of field F
 *         (or its character C), or to the end of the line; the letters b, n,
 *         r apply to that key only, and then the global ones do not
 * -o FILE write to FILE, which may be one of the inputs
 *
 * All input is read into an anonymous mapping, the lines are indexed and
 * merge-sorted, so the size of the input is bounded by memory only.
 *
 * Standard: POSIX.1-2017 sort, in the C locale; without -m -d -f -i.
 */
#define ERR_FEW
#include "mote.h"
#include "buf.h"

#define USAGE "[-bcnru] [-t C] [-k F[.C][bnr][,F[.C][bnr]]]... [-o FILE] [FILE]..."
#define BLANK 1
#define NUM 2
#define REV 4
#define BLANK_END 8
#define UNIQ 16
#define CHECK 32

struct key {
	unsigned long f1, c1, f2, c2;
	int flags;
};

struct line {
	const char *s, *e;
};

struct sort {
	struct key *keys;
	int nkeys, flags, tab, uniq;
};

static int blank(int c)
{
	return c == ' ' || c == '\t';
}

/* The end of the field that starts at p. */
static const char *field_end(struct sort *s, const char *p, const char *e)
{
	while (s->tab < 0 && p < e && blank(*p))
		p++;
	while (p < e && (s->tab >= 0 ? *p != s->tab : !blank(*p)))
		p++;
	return p;
}

/* The start of field f (from 1), or e. */
static const char *field(struct sort *s, const char *p, const char *e, unsigned long f)
{
	while (--f && p < e) {
		p = field_end(s, p, e);
		if (s->tab >= 0 && p < e)
			p++;
		else if (s->tab >= 0)
			return e;
	}
	return p;
}

static const char *skip_blanks(const char *p, const char *e, int flags)
{
	while (flags & BLANK && p < e && blank(*p))
		p++;
	return p;
}

/* The number in [p, e): sign, integer digits without leading zeros, fraction. */
static int numcmp(const char *a, const char *ae, const char *b, const char *be)
{
	const char *p[2] = { a, b }, *e[2] = { ae, be }, *in[2], *fr[2];
	long il[2], fl[2];
	int neg[2], i, d;

	for (i = 0; i < 2; i++) {
		const char *q = skip_blanks(p[i], e[i], BLANK);
		neg[i] = q < e[i] && *q == '-';
		q += neg[i];
		while (q < e[i] && *q == '0')
			q++;
		for (in[i] = q; q < e[i] && *q >= '0' && *q <= '9';)
			q++;
		il[i] = q - in[i];
		fl[i] = 0;
		fr[i] = q;
		if (q < e[i] && *q == '.')
			for (fr[i] = ++q; q < e[i] && *q >= '0' && *q <= '9'; q++)
				if (*q != '0')
					fl[i] = q + 1 - fr[i];
		if (!il[i] && !fl[i])
			neg[i] = 0;
	}
	if (neg[0] != neg[1])
		return neg[1] - neg[0];
	d = il[0] < il[1] ? -1 : il[0] > il[1];
	if (!d)
		d = memcmp(in[0], in[1], il[0]);
	for (i = 0; !d && (i < fl[0] || i < fl[1]); i++)
		d = (i < fl[0] ? fr[0][i] : '0') - (i < fl[1] ? fr[1][i] : '0');
	return neg[0] ? -d : d;
}

static void key_span(struct sort *s, struct key *k, const struct line *l, const char **ks, const char **ke)
{
	const char *p = skip_blanks(field(s, l->s, l->e, k->f1), l->e, k->flags), *q = l->e;
	unsigned long c;

	for (c = k->c1; c > 1 && p < l->e; c--)
		p++;
	if (k->f2) {
		q = field(s, l->s, l->e, k->f2);
		if (k->c2) {
			q = skip_blanks(q, l->e, k->flags >> 3);
			for (c = k->c2; c && q < l->e; c--)
				q++;
		} else
			q = field_end(s, q, l->e);
	}
	*ks = p;
	*ke = q > p ? q : p;
}

static int cmp_span(const char *a, const char *ae, const char *b, const char *be, int flags)
{
	long la = ae - a, lb = be - b;
	int d;

	if (flags & NUM)
		d = numcmp(a, ae, b, be);
	else if (!(d = memcmp(a, b, la < lb ? la : lb)))
		d = la < lb ? -1 : la > lb;
	return flags & REV ? -d : d;
}

static int compare(struct sort *s, const struct line *a, const struct line *b, int last)
{
	const char *as, *ae, *bs, *be;
	int i, d;

	for (i = 0; i < s->nkeys; i++) {
		key_span(s, &s->keys[i], a, &as, &ae);
		key_span(s, &s->keys[i], b, &bs, &be);
		if ((d = cmp_span(as, ae, bs, be, s->keys[i].flags)))
			return d;
	}
	return last ? cmp_span(a->s, a->e, b->s, b->e, s->flags & REV) : 0;
}

static void merge_sort(struct sort *s, struct line *a, struct line *tmp, size_t n)
{
	size_t h = n / 2, i = 0, j = h, k = 0;

	if (n < 2)
		return;
	merge_sort(s, a, tmp, h);
	merge_sort(s, a + h, tmp, n - h);
	memcpy(tmp, a, h * sizeof(*a));
	while (i < h && j < n)
		a[k++] = compare(s, &a[j], &tmp[i], !s->uniq) < 0 ? a[j++] : tmp[i++];
	while (i < h)
		a[k++] = tmp[i++];
}

/* F[.C][bnr] into *f, *c and k->flags (b as the flag b); returns the rest. */
static const char *pos(const char *p, unsigned long *f, unsigned long *c, struct key *k, int b)
{
	for (*f = 0; *p >= '0' && *p <= '9' && *f < -1UL / 16;)
		*f = *f * 10 + *p++ - '0';
	*c = 0;
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9' && *c < -1UL / 16;)
			*c = *c * 10 + *p++ - '0';
	for (; *p == 'b' || *p == 'n' || *p == 'r'; p++)
		k->flags |= *p == 'b' ? b : *p == 'n' ? NUM : REV;
	return p;
}

int main(int argc, char **argv, char **envp)
{
	struct sort s = { 0 };
	struct key keys[argc];
	struct buf b = { 0 }, index = { 0 };
	struct line *lines;
	struct out o;
	const char *p, *outname = 0, *name;
	char *arg;
	size_t n = 0, i;
	long r;
	int ret = 0, fd;

	s.keys = keys;
	s.tab = -1;
	OPTS(argv) {
	case 't':
		arg = OPT_ARG(USAGE);
		if (!arg[0] || arg[1])
			goto bad;
		s.tab = (unsigned char)*arg;
		break;
	case 'o':
		outname = OPT_ARG(USAGE);
		break;
	case 'k': {
		struct key *k = &keys[s.nkeys++];
		arg = OPT_ARG(USAGE);
		k->flags = 0;
		p = pos(arg, &k->f1, &k->c1, k, BLANK);
		k->f2 = k->c2 = 0;
		if (*p == ',')
			p = pos(p + 1, &k->f2, &k->c2, k, BLANK_END);
		if (*p || !k->f1 || (p[-1] == ',' ) || (arg[0] == ','))
			goto bad;
		break;
	}
	default:
		for (i = 0; "bnruc"[i] != OPT_CHAR; i++)
			if (!"bnruc"[i])
			bad:
				usage_status(USAGE, 2);
		s.flags |= (const unsigned char[]){ BLANK | BLANK_END, NUM, REV, UNIQ, CHECK }[i];
	} OPTS_END
	s.uniq = s.flags & UNIQ;
	for (i = 0; i < (size_t)s.nkeys; i++)
		if (!keys[i].flags)
			keys[i].flags = s.flags;
	if (!s.nkeys) {
		keys[0] = (struct key){ 1, 0, 0, 0, s.flags };
		s.nkeys = 1;
	}
	if (!*argv)
		*--argv = "-";
	name = *argv;
	if (s.flags & CHECK && argv[1])
		goto bad;
	for (; *argv; argv++) {
		fd = 0;
		if (!streq(*argv, "-") && is_err(r = fd = sys_openat(AT_FDCWD, *argv, O_RDONLY | O_CLOEXEC, 0)))
			goto fail;
		r = buf_slurp(&b, fd);
		if (fd)
			sys_close(fd);
		if (!r && b.len && b.p[b.len - 1] != '\n' && !(r = buf_grow(&b, b.len + 1)))
			b.p[b.len++] = '\n';
		if (r) {
		fail:
			warn_errno(*argv, r);
			return 2;
		}
	}
	for (i = 0; i < b.len; i++)
		n += b.p[i] == '\n';
	if ((r = buf_grow(&index, (n + n / 2 + 1) * sizeof(*lines)))) {
		warn_errno(0, r);
		return 2;
	}
	lines = (struct line *)index.p;
	for (p = b.p, i = 0; i < n; i++) {
		lines[i].s = p;
		while (*p != '\n')
			p++;
		lines[i].e = p++;
	}
	if (s.flags & CHECK) {
		for (i = 1; i < n; i++)
			if (compare(&s, &lines[i - 1], &lines[i], !s.uniq) >= !s.uniq) {
				char num[24];
				num[23] = 0;
				err_puts(UTIL_NAME ": ");
				err_puts(name);
				err_puts(":");
				err_puts(fmt_ulong(num + 23, i + 1));
				err_puts(": disorder: ");
				write_all(2, lines[i].s, lines[i].e - lines[i].s + 1);
				return 1;
			}
		return 0;
	}
	merge_sort(&s, lines, lines + n, n);
	o.fd = 1;
	o.err = o.len = 0;
	if (outname) {
		r = o.fd = sys_openat(AT_FDCWD, outname, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
		if (is_err(r)) {
			warn_errno(outname, r);
			return 2;
		}
	}
	for (i = 0; i < n; i++) {
		if (s.uniq && i && !compare(&s, &lines[i - 1], &lines[i], 0))
			continue;
		out_put(&o, lines[i].s, lines[i].e - lines[i].s + 1);
	}
	out_flush(&o);
	if (o.err) {
		warn_errno("write error", o.err);
		ret = 2;
	}
	return ret;
}
