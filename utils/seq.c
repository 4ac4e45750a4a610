/* seq - write a sequence of numbers
 *
 * usage: seq [-w] [-s SEPARATOR] [FIRST [INCREMENT]] LAST
 *
 * Writes the numbers from FIRST (default 1) by INCREMENT (default 1) as
 * long as they do not pass LAST, separated by newlines or SEPARATOR, and
 * a newline at the end.  Numbers are decimal, negative ones and fractions
 * included (0.5, -1.25); the output has as many decimals as the most of
 * FIRST and INCREMENT.  The arithmetic is exact: fixed point in 64 bits,
 * so values beyond some 9.2e18 (counting decimals as digits) are refused.
 * -w  pad with zeros to an equal width
 * -s  put SEPARATOR between the numbers
 *
 * Standard: coreutils seq, without -f, exponents, hex and inf.
 */
#define ERR_CODES ENOSPC, EBADF, EIO
#define ERR_TEXTS "No space left on device\0Bad file descriptor\0Input/output error"
#include "mote.h"
#include "int.h"

#define USAGE "[-w] [-s SEPARATOR] [FIRST [INCREMENT]] LAST"

struct num {
	long long v;		/* the value times 10^dec */
	int dec;	/* digits after the point */
	int width;	/* characters written, without a '+' */
	int point;	/* there is a '.' */
};

static void parse(const char *s, struct num *n)
{
	const char *p = s, *start;
	long long v = 0;
	int neg, digits = 0, dec = 0, point = 0;

	while (*p == ' ' || *p == '\t')
		p++;
	p += *p == '+';
	start = p;
	neg = *p == '-';
	for (p += neg;; p++) {
		if (*p == '.' && !point) {
			point = 1;
			continue;
		}
		if (!ISDIGIT(*p))
			break;
		digits++;
		dec += point;
		if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, neg ? '0' - *p : *p - '0', &v))
			goto bad;
	}
	n->v = v;
	n->dec = dec;
	n->point = point;
	n->width = p - start;
	if (!*p && digits)
		return;
bad:
	warn_msg(s, "invalid number");
	sys_exit(1);
}

/* n at dec decimals; dropped digits that are not all 0 round toward the
 * way of the sequence (up when up). */
static long long scale(struct num *n, int dec, int up, const char *s)
{
	long long v = n->v;
	unsigned long long u;
	int i, r = 0;

	for (i = n->dec; i < dec; i++)
		if (__builtin_mul_overflow(v, 10, &v)) {
			warn_msg(s, "invalid number");
			sys_exit(1);
		}
	u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;
	for (; i > dec; i--) {
		r |= u % 10;
		u /= 10;
	}
	v = v < 0 ? -u : u;
	if (r && (n->v < 0) != up)
		v += up ? 1 : -1;
	return v;
}

int main(int argc, char **argv, char **envp)
{
	struct num n[3];
	char *sep = "\n", buf[48], *p, *end = buf + sizeof(buf), *ops[3] = { "1", "1" };
	long long val[3], v;
	unsigned long long u;
	int equal = 0, dec, width = 0, i, k, count;
	struct out o;

	OPTS(argv) {
	case 'w':
		equal = 1;
		break;
	case 's':
		sep = OPT_ARG(USAGE);
		break;
	default:
		if (ISDIGIT(OPT_CHAR) || OPT_CHAR == '.')
			goto operands;
		usage(USAGE);
	} OPTS_END
operands:
	for (count = 0; argv[count]; count++)
		;
	if (count < 1 || count > 3)
		usage(USAGE);
	/* FIRST, INCREMENT and LAST; the missing ones are 1. */
	ops[2] = argv[count - 1];
	if (count > 1)
		ops[0] = argv[0];
	if (count > 2)
		ops[1] = argv[1];
	for (i = 0; i < 3; i++)
		parse(ops[i], &n[i]);
	dec = n[0].dec > n[1].dec ? n[0].dec : n[1].dec;
	for (i = 0; i < 3; i++) {
		val[i] = scale(&n[i], dec, i == 2 && val[1] < 0, ops[i]);
		if (i == 1 && !val[1]) {
			warn_msg(ops[1], "invalid zero increment");
			return 1;
		}
	}
	if (equal)
		for (i = 0; i < 3; i += 2) {
			/* Its digits at dec decimals, with a point if dec. */
			k = n[i].width + dec - n[i].dec + (dec > 0) - n[i].point;
			if (k > width)
				width = k;
		}
	o.fd = 1;
	o.err = o.len = 0;
	for (v = val[0], i = 0; val[1] > 0 ? v <= val[2] : v >= val[2]; i = 1) {
		if (i)
			out_str(&o, sep);
		/* The digits of v, the point dec from the right, at least one
		 * before it. */
		p = end;
		u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;
		for (k = 0; u || k <= dec; k++, u /= 10) {
			if (k == dec && dec)
				*--p = '.';
			*--p = '0' + u % 10;
		}
		k = v < 0;
		while (end - p + k < width)
			*--p = '0';
		if (k)
			*--p = '-';
		out_put(&o, p, end - p);
		if (__builtin_add_overflow(v, val[1], &v))
			break;
	}
	if (i)
		out_put(&o, "\n", 1);
	return out_finish(&o);
}
