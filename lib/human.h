/* Sizes as -h writes them (ls, df, du): 1023, 1.0K, 9.9K, 10K, 1.0M,
 * powers of 1024, rounded up as GNU does. */
#ifndef MOTE_HUMAN_H
#define MOTE_HUMAN_H

#include "num.h"

/* v bytes, ending at end; returns the start. */
static char *human(char *end, unsigned long long v)
{
	unsigned long long q = 1024, n;
	int e = 0, dec;

	if (v < q)
		return fmt_ull(end, v);
	while (v / q >= 1024)
		q *= 1024, e++;
	/* tenths rounded up; then whole units rounded up from 10 on */
	n = v / q * 10 + ((v % q) * 10 + q - 1) / q;
	dec = n < 100;
	if (!dec && (n = (n + 9) / 10) == 1024)
		n = 10, e++, dec = 1;
	*--end = "KMGTPE"[e];
	if (dec) {
		*--end = '0' + n % 10;
		*--end = '.';
		n /= 10;
	}
	return fmt_ull(end, n);
}

#endif
