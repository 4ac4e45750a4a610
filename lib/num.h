/* Decimal conversion, both ways. */
#ifndef MOTE_NUM_H
#define MOTE_NUM_H

/* Writes v in decimal so that it ends just before end; returns its start. */
static char *fmt_ulong(char *end, unsigned long v)
{
	do
		*--end = '0' + v % 10;
	while (v /= 10);
	return end;
}

/* fmt_ulong for values that may pass 32 bits where a long has 32.  There
 * the remainder comes from the quotient: one 64-bit division a digit, each
 * a call. */
static char *fmt_ull(char *end, unsigned long long v)
{
#if __SIZEOF_LONG__ >= 8
	return fmt_ulong(end, v);
#else
	unsigned long long q;

	do {
		q = v / 10;
		*--end = '0' + (unsigned)(v - q * 10);
	} while ((v = q));
	return end;
#endif
}

/* Parses a whole string of decimal digits into *v; -1 if it is not one or
 * does not fit. */
static int parse_ulong(const char *s, unsigned long *v)
{
	unsigned long n = 0;

	if (!*s)
		return -1;
	for (; *s; s++) {
		unsigned d = *s - '0';
		if (d > 9 || n > (-1UL - d) / 10)
			return -1;
		n = n * 10 + d;
	}
	*v = n;
	return 0;
}

/* parse_ulong for values that may pass 32 bits where a long has 32. */
static int parse_ull(const char *s, unsigned long long *v)
{
	unsigned long long n = 0;

	if (!*s)
		return -1;
	for (; *s; s++) {
		unsigned d = *s - '0';
		/* -1ULL is 10 * (-1ULL / 10) + 5: no run-time division */
		if (d > 9 || n > -1ULL / 10 - (d > 5))
			return -1;
		n = n * 10 + d;
	}
	*v = n;
	return 0;
}

#endif
