/* sort - sort lines of text
 *
 * usage: sort [-bcCdfimnru] [-t C] [-k F[.C][bdfinr][,F[.C][bdfinr]]]... [-o FILE] [FILE]...
 *
 * Sorts the lines of all FILEs together (standard input for "-" or when
 * there is none) in byte order.  Lines that compare equal on their keys are
 * ordered by the whole line, as the last resort.
 * -b      keys start at their first non-blank
 * -c      only check that the one FILE is sorted: exit 1 at the first
 *         line out of order (with -u, also at a repeated key)
 * -C      as -c, without a message
 * -d      compare only blanks and letters and digits
 * -f      compare lower case letters as upper case
 * -i      compare only printable characters
 * -m      merge sorted FILEs (they are sorted again)
 * -n      compare keys as decimal numbers (-, digits, a fraction)
 * -r      reverse the order
 * -u      of lines with equal keys, output only the first
 * -t C    fields are separated by C (default: each field is its leading
 *         blanks and the non-blanks after them)
 * -k KEY  a sort key: from field F (character C) to the end of field F
 *         (or its character C), or to the end of the line; the letters b, d,
 *         f, i, n, r apply to that key only, and then the global ones do not
 * -o FILE write to FILE, which may be one of the inputs
 *
 * All input is read into an anonymous mapping, the lines are indexed and
 * merge-sorted, so the size of the input is bounded by memory only.
 *
 * Standard: POSIX.1-2017 sort, in the C locale.
 */
#define ERR_FEW
#include "mote.h"
#include "buf.h"
#include "int.h"

#define USAGE "[-bcCdfimnru] [-t C] [-k F[.C][bdfinr][,F[.C][bdfinr]]]... [-o FILE] [FILE]..."
/* The option letters, the key modifiers first; letter i sets flag 1 << i. */
static const char letters[] = "bdfinrucCm";
#define BLANK 1
#define DICT 2
#define FOLD 4
#define PRINT 8
#define NUM 16
#define REV 32
#define UNIQ 64
#define CHECK 128
#define QUIET 256
#define BLANK_END 1024

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

/* The number in [p, e): sign, integer digits without leading zeros, and
 * the fraction up to its last non-zero digit. */
struct num {
	const char *in, *fr;
	long il, fl;
	int neg;
};

static void num_scan(const char *q, const char *e, struct num *n)
{
	q = skip_blanks(q, e, BLANK);
	n->neg = q < e && *q == '-';
	q += n->neg;
	while (q < e && *q == '0')
		q++;
	for (n->in = q; q < e && ISDIGIT(*q);)
		q++;
	n->il = q - n->in;
	n->fl = 0;
	n->fr = q;
	if (q < e && *q == '.')
		for (n->fr = ++q; q < e && ISDIGIT(*q); q++)
			if (*q != '0')
				n->fl = q + 1 - n->fr;
	if (!n->il && !n->fl)
		n->neg = 0;
}

static int numcmp(const char *a, const char *ae, const char *b, const char *be)
{
	struct num x, y;
	long i;
	int d;

	num_scan(a, ae, &x);
	num_scan(b, be, &y);
	if (x.neg != y.neg)
		return y.neg - x.neg;
	d = x.il < y.il ? -1 : x.il > y.il;
	if (!d)
		d = memcmp(x.in, y.in, x.il);
	for (i = 0; !d && (i < x.fl || i < y.fl); i++)
		d = (i < x.fl ? x.fr[i] : '0') - (i < y.fl ? y.fr[i] : '0');
	return x.neg ? -d : d;
}

/* p moved on by n characters, but not past e. */
static const char *advance(const char *p, const char *e, unsigned long n)
{
	return n < (unsigned long)(e - p) ? p + n : e;
}

static void key_span(struct sort *s, struct key *k, const struct line *l, const char **ks, const char **ke)
{
	const char *p = skip_blanks(field(s, l->s, l->e, k->f1), l->e, k->flags), *q = l->e;

	p = advance(p, l->e, k->c1 - !!k->c1);
	if (k->f2) {
		q = field(s, l->s, l->e, k->f2);
		if (k->c2)
			q = advance(skip_blanks(q, l->e, k->flags >> 10), l->e, k->c2);
		else
			q = field_end(s, q, l->e);
	}
	*ks = p;
	*ke = q > p ? q : p;
}

/* The flag of option letter c among the first n letters, or 0. */
static int letter(int c, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (letters[i] == c)
			return 1 << i;
	return 0;
}

/* The next byte of [*p, e) that counts, as compared, or -1 at the end:
 * -d wins over -i, as in GNU. */
static int next(const char **p, const char *e, int flags)
{
	unsigned c;

	do {
		if (*p == e)
			return -1;
		c = *(unsigned char *)(*p)++;
	} while (flags & DICT ? !blank(c) && c - '0' > 9 && (c | 32) - 'a' > 25 : flags & PRINT && c - 32 > 94);
	return flags & FOLD && c - 'a' < 26 ? c - 32 : c;
}

static int cmp_span(const char *a, const char *ae, const char *b, const char *be, int flags)
{
	int d, x;

	if (flags & NUM)
		d = numcmp(a, ae, b, be);
	else
		do
			d = (x = next(&a, ae, flags)) - next(&b, be, flags);
		while (!d && x >= 0);
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
	memcpy(a + k, tmp + i, (h - i) * sizeof(*a));
}

/* F[.C][bdfinr] into *f, *c and k->flags (b shifted by shift: the blanks of
 * the end position are another flag); returns the rest. */
static const char *pos(const char *p, unsigned long *f, unsigned long *c, struct key *k, int shift)
{
	int v;

	for (*f = 0; *p >= '0' && *p <= '9' && *f < -1UL / 16;)
		*f = *f * 10 + *p++ - '0';
	*c = 0;
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9' && *c < -1UL / 16;)
			*c = *c * 10 + *p++ - '0';
	for (; (v = letter(*p, 6)); p++)
		k->flags |= v << (v == BLANK ? shift : 0);
	return p;
}

int main(int argc, char **argv, char **envp)
{
	struct sort s = { 0 };
	struct key keys[argc];
	struct buf b = { 0 }, index = { 0 };
	struct line *lines;
	const char *p, *outname = 0, *name;
	char *arg, *out;
	size_t n = 0, i;
	long r;
	int fd, c;

	s.keys = keys;
	s.tab = -1;
	OPTS(argv) {
	case 't':
	case 'o':
	case 'k':
		c = OPT_CHAR;
		arg = OPT_ARG(USAGE);
		if (c == 'o') {
			outname = arg;
		} else if (c == 't') {
			if (!arg[0] || arg[1])
				goto bad;
			s.tab = (unsigned char)*arg;
		} else {
			struct key *k = &keys[s.nkeys++];
			k->flags = 0;
			p = pos(arg, &k->f1, &k->c1, k, 0);
			k->f2 = k->c2 = 0;
			if (*p == ',')
				p = pos(p + 1, &k->f2, &k->c2, k, 10);
			if (*p || !k->f1 || p[-1] == ',')
				goto bad;
		}
		break;
	default:
		if (!(c = letter(OPT_CHAR, sizeof(letters) - 1)))
		bad:
			usage_status(USAGE, 2);
		s.flags |= c;
	} OPTS_END
	s.flags |= (s.flags & BLANK) << 10;
	s.uniq = s.flags & UNIQ;
	if (!s.nkeys)
		keys[s.nkeys++] = (struct key){ 1 };
	for (i = 0; i < (size_t)s.nkeys; i++)
		if (!keys[i].flags)
			keys[i].flags = s.flags;
	if (!*argv)
		*--argv = "-";
	name = *argv;
	if (s.flags & (CHECK | QUIET) && argv[1])
		goto bad;
	for (; *argv; argv++) {
		fd = 0;
		if (!streq(*argv, "-") && is_err(r = fd = sys_openat(AT_FDCWD, *argv, O_RDONLY | O_CLOEXEC, 0)))
			goto fail;
		r = buf_slurp(&b, fd);
		if (fd)
			sys_close(fd);
		/* The last read found room for a byte at least. */
		if (!r && b.len && b.p[b.len - 1] != '\n')
			b.p[b.len++] = '\n';
		if (r) {
		fail:
			warn_errno(*argv, r);
			return 2;
		}
	}
	for (i = 0; i < b.len; i++)
		n += b.p[i] == '\n';
	/* The index, merge_sort's scratch half, then the sorted text. */
	if ((r = buf_grow(&index, (n + n / 2 + 1) * sizeof(*lines) + b.len))) {
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
	if (s.flags & (CHECK | QUIET)) {
		for (i = 1; i < n; i++)
			if (compare(&s, &lines[i - 1], &lines[i], !s.uniq) >= !s.uniq) {
				char num[24];
				if (s.flags & QUIET)
					return 1;
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
	out = arg = (char *)(lines + n + n / 2 + 1);
	for (i = 0; i < n; i++) {
		if (s.uniq && i && !compare(&s, &lines[i - 1], &lines[i], 0))
			continue;
		memcpy(out, lines[i].s, r = lines[i].e - lines[i].s + 1);
		out += r;
	}
	fd = 1;
	if (outname) {
		r = fd = sys_openat(AT_FDCWD, outname, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
		if (is_err(r)) {
			warn_errno(outname, r);
			return 2;
		}
	}
	if ((r = write_all(fd, arg, out - arg))) {
		warn_errno("write error", r);
		return 2;
	}
	return 0;
}
