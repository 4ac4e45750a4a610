/* Signed decimal numbers, both ways, and a digit test. */
#ifndef MOTE_INT_H
#define MOTE_INT_H

#include "num.h"

#define ISDIGIT(c) ((unsigned)(c) - '0' < 10)
#define ISODIGIT(c) ((unsigned)(c) - '0' < 8)
#define ISXALPHA(c) (((unsigned)(c) | 32) - 'a' < 6)
#define ISXDIGIT(c) (ISDIGIT(c) || ISXALPHA(c))
/* The value of hex digit c. */
#define XVAL(c) (ISDIGIT(c) ? (c) - '0' : ((c) | 32) - 'a' + 10)

/* Parses a whole string "[+-]digits" into *v; -1 if it is not one or does
 * not fit in a long. */
static int parse_long(const char *s, long *v)
{
	unsigned long u;
	int neg = *s == '-';

	s += neg || *s == '+';
	if (parse_ulong(s, &u) || u > (unsigned long)-1 / 2 + neg)
		return -1;
	*v = neg ? -u : u;
	return 0;
}

/* parse_long for values past 32 bits where a long has 32. */
static int parse_llong(const char *s, long long *v)
{
	unsigned long long n = 0;
	int neg = *s == '-';

	s += neg || *s == '+';
	if (!*s)
		return -1;
	for (; *s; s++) {
		unsigned d = *s - '0';
		if (d > 9 || n > (-1ULL / 2 + neg - d) / 10)
			return -1;
		n = n * 10 + d;
	}
	*v = neg ? -n : n;
	return 0;
}

/* Writes v in decimal, with a '-' if negative, so that it ends just before
 * end; returns its start. */
static char *fmt_long(char *end, long v)
{
	char *p = fmt_ulong(end, v < 0 ? -(unsigned long)v : (unsigned long)v);

	if (v < 0)
		*--p = '-';
	return p;
}

/* Divides *v by d and returns the remainder; where a long has 32 bits it
 * goes a bit at a time, which is shorter than libgcc's 64-bit division. */
static unsigned divmod_ull(unsigned long long *v, unsigned d)
{
#if __SIZEOF_LONG__ >= 8
	unsigned r = *v % d;

	*v /= d;
	return r;
#else
	unsigned long long q = 0;
	unsigned r = 0;
	int i;

	for (i = 64; i--;) {
		r = r << 1 | (unsigned)(*v >> i & 1);
		q <<= 1;
		if (r >= d)
			r -= d, q |= 1;
	}
	*v = q;
	return r;
#endif
}

#endif
