/* printf - write formatted output
 *
 * usage: printf FORMAT [ARGUMENT]...
 *
 * Writes FORMAT with its backslash escapes (\\ \" \a \b \e \f \n \r \t
 * \v, \NNN octal, \xHH hex, \c: stop) and its conversions, each taking the
 * next ARGUMENT: %d %i (signed), %o %u %x %X (unsigned), %c (first byte),
 * %s, %b (the argument's escapes, \0NNN octal, \c ends all output), %%.
 * Conversions take flags - + space # 0, a width and a .precision, either
 * of them * for an argument; h l L j z t length letters are ignored.
 *
 * FORMAT is used again while arguments remain.  Missing arguments are ""
 * or 0.  A number is decimal, 0 octal, 0x hex, or 'C for the code of C,
 * with optional blanks and sign; a bad one is reported, is converted as
 * far as it goes, and makes the status 1.
 *
 * Standard: POSIX.1-2017 printf, with coreutils' escapes \e and \xHH.
 * Floating-point conversions are not supported.
 */
#include "fileerr.h"
/* Writing is the one thing that can fail with an errno. */
#define ERR_CODES EIO, ENOSPC, EBADF, EPIPE
#define ERR_TEXTS E_EIO E_ENOSPC E_EBADF E_EPIPE
#include "mote.h"
#include "int.h"

#define LEFT 1
#define PLUS 2
#define SPACE 4
#define ALT 8
#define ZERO 16

struct pf {
	char **args;
	int ret;
	struct out o;
};

static __attribute__((noreturn)) void fail(struct pf *p, const char *what, const char *msg)
{
	out_flush(&p->o);
	warn_msg(what, msg);
	sys_exit(1);
}

/* The index of c in set, or -1; NUL is in no set. */
static int index_in(const char *set, char c)
{
	int i;

	for (i = 0; set[i]; i++)
		if (set[i] == c)
			return i;
	return -1;
}

static const char *next_arg(struct pf *p)
{
	return *p->args ? *p->args++ : "";
}

/* Converts a numeric argument; a signed value comes back as its bits. */
static unsigned long long number(struct pf *p, const char *s, int is_signed)
{
	const char *q = s, *msg = 0;
	unsigned long long v = 0, max, t;
	unsigned d, base = 10;
	int neg, any = 0;

	if (!*s)
		return 0;
	if ((*q == '\'' || *q == '"') && q[1])
		return (unsigned char)q[1];
	while (*q == ' ' || (unsigned)(*q - '\t') < 5)
		q++;
	neg = *q == '-';
	q += neg || *q == '+';
	if (*q == '0') {
		base = 8;
		any = 1;
		if ((q[1] | 32) == 'x' && ISXDIGIT(q[2]))
			base = 16, q++;
		q++;
	}
	max = is_signed ? (-1ULL >> 1) + neg : -1ULL;
	for (;; q++, any = 1) {
		d = ISXDIGIT(*q) ? XVAL(*q) : 99;
		if (d >= base)
			break;
		/* Past the limit, it stays there; as in coreutils, that is
		 * the one thing said of the argument. */
		if (__builtin_mul_overflow(v, base, &t) || __builtin_add_overflow(t, d, &v) || v > max) {
			v = max;
			neg &= is_signed;
			msg = "Numerical result out of range";
		}
	}
	if (!msg && (!any || *q))
		msg = any ? "value not completely converted" : "expected a numeric value";
	if (msg) {
		p->ret = 1;
		warn_msg(s, msg);
	}
	return neg ? -v : v;
}

/* Writes the escape after a backslash at s; returns where it ends, or 0
 * for \c.  In %b arguments octal is \0NNN; in formats \NNN. */
static const char *escape(struct pf *p, const char *s, int in_b)
{
	static const char from[] = "\\\"abefnrtv", to[] = "\\\"\a\b\033\f\n\r\t\v";
	unsigned c = 0, d, base = 8;
	int i, max = 3;

	if ((i = index_in(from, *s)) + 1) {
		out_char(&p->o, to[i]);
		return s + 1;
	}
	if (*s == 'c')
		return 0;
	if (*s == 'x' || ISODIGIT(*s)) {
		/* \xHH or \NNN, one loop for both */
		if (*s == 'x')
			base = 16, max = 2, s++;
		else if (in_b && *s == '0')
			s++;
		for (i = 0; i < max && (d = ISXDIGIT(*s) ? XVAL(*s) : 99) < base; i++, s++)
			c = c * base + d;
		if (!i && base == 16)
			fail(p, 0, "missing hexadecimal number in escape");
	} else {
		out_char(&p->o, '\\');
		return s;
	}
	out_char(&p->o, c);
	return s;
}

static void pad(struct pf *p, char c, long n)
{
	while (n-- > 0)
		out_char(&p->o, c);
}

/* Writes prefix, zeros, then the n bytes at s, in a field of width. */
static void field(struct pf *p, const char *prefix, const char *s, long n, long zeros, long width, int flags)
{
	long np = strlen(prefix), room = width - np - zeros - n;

	if (room > 0 && (flags & (ZERO | LEFT)) == ZERO)
		zeros += room, room = 0;
	if (!(flags & LEFT)) {
		pad(p, ' ', room);
		room = 0;
	}
	out_str(&p->o, prefix);
	pad(p, '0', zeros);
	out_put(&p->o, s, n);
	pad(p, ' ', room);
}

/* A width or precision: digits, or * for an argument. */
static long count(struct pf *p, const char **f)
{
	long v = 0;

	if (**f == '*') {
		++*f;
		return number(p, next_arg(p), 1);
	}
	while (ISDIGIT(**f))
		v = v * 10 + *(*f)++ - '0';
	return v;
}

/* One pass over the format; 1 if \c ended all output. */
static int run(struct pf *p, const char *f)
{
	char buf[24], *s, *end = buf + sizeof(buf);
	const char *start, *a, *prefix;
	unsigned long long v;
	unsigned base;
	long width, prec, n, zeros;
	int flags, i;

	for (; *f; f++) {
		if (*f == '\\') {
			if (!(f = escape(p, f + 1, 0)))
				return 1;
			f--;
			continue;
		}
		start = f;
		if (*f != '%' || *++f == '%') {
			out_char(&p->o, *f);
			continue;
		}
		for (flags = 0; (i = index_in("-+ #0", *f)) >= 0; f++)
			flags |= 1 << i;
		width = count(p, &f);
		if (width < 0)
			flags |= LEFT, width = -width;
		prec = -1;
		if (*f == '.') {
			f++;
			prec = count(p, &f);
		}
		while (index_in("hlLjzt", *f) >= 0)
			f++;
		prefix = "";
		zeros = 0;
		/* coreutils refuses flags that mean nothing for a conversion. */
		if ((flags & ALT && *f != 'o' && (*f | 32) != 'x') ||
		    (flags & ZERO && (*f == 's' || *f == 'c')) ||
		    (prec >= 0 && *f == 'c') || (*f == 'b' && f != start + 1))
			goto bad;
		switch (*f) {
		case 'b':
			for (a = next_arg(p); *a;)
				if (*a != '\\')
					out_char(&p->o, *a++);
				else if (!(a = escape(p, a + 1, 1)))
					return 1;
			continue;
		case 'c':
		case 's':
			a = next_arg(p);
			for (n = 0; a[n] && n != prec; n++)
				;
			if (*f == 'c')
				n = 1;
			field(p, prefix, a, n, 0, width, flags & LEFT);
			continue;
		case 'd':
		case 'i':
			v = number(p, next_arg(p), 1);
			if ((long long)v < 0)
				prefix = "-", v = -v;
			else if (flags & (PLUS | SPACE))
				prefix = flags & PLUS ? "+" : " ";
			base = 10;
			break;
		case 'o':
			base = 8;
			goto unsigned_number;
		case 'u':
			base = 10;
			goto unsigned_number;
		case 'x':
		case 'X':
			base = 16;
unsigned_number:
			v = number(p, next_arg(p), 0);
			if (flags & ALT && v && base == 16)
				prefix = *f == 'x' ? "0x" : "0X";
			break;
		default:
bad:
			fail(p, start, "invalid conversion specification");
		}
		s = end;
		if (v || prec)
			do
				*--s = "0123456789abcdef0123456789ABCDEF"[divmod_ull(&v, base) + (*f == 'X') * 16];
			while (v);
		n = end - s;
		if (prec >= 0) {
			flags &= ~ZERO;
			zeros = prec - n;
		}
		if (flags & ALT && base == 8 && (zeros <= 0 && (!n || *s != '0')))
			zeros = 1;
		field(p, prefix, s, n, zeros > 0 ? zeros : 0, width, flags);
	}
	return 0;
}

int main(int argc, char **argv, char **envp)
{
	struct pf p;
	char **before;
	const char *format;

	argv += argv[1] && streq(argv[1], "--");
	if (!(format = argv[1]))
		usage("FORMAT [ARGUMENT]...");
	p.args = argv + 2;
	p.ret = 0;
	p.o.fd = 1;
	p.o.err = p.o.len = 0;
	do
		before = p.args;
	while (!run(&p, format) && *p.args && p.args != before);
	return out_finish(&p.o) ? 1 : p.ret;
}
