/* Building short output in a buffer on the stack, for one write: each
 * call appends at p and returns the new end.  (struct out is for output
 * of any length.) */
#ifndef MOTE_PUT_H
#define MOTE_PUT_H

#include "num.h"

static char *put_str(char *p, const char *s)
{
	while (*s)
		*p++ = *s++;
	return p;
}

/* s padded with spaces to width: right-aligned for width > 0 (numbers),
 * left-aligned for width < 0 (names). */
static char *put_field(char *p, const char *s, int width)
{
	int n = 0;

	while (s[n])
		n++;
	if (width < 0)
		p = put_str(p, s);
	for (; n < width || n < -width; n++)
		*p++ = ' ';
	return width >= 0 ? put_str(p, s) : p;
}

static char *put_num(char *p, unsigned long v, int width)
{
	char buf[24];

	buf[23] = 0;
	return put_field(p, fmt_ulong(buf + 23, v), width);
}

#endif
