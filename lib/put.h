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

/* s right-aligned in width columns, as numbers stand in a table. */
static char *put_right(char *p, const char *s, int width)
{
	for (int n = strlen(s); n < width; n++)
		*p++ = ' ';
	return put_str(p, s);
}

/* Out of line: gcc -Oz would copy it into each of a table's calls. */
__attribute__((noinline)) static char *put_num(char *p, unsigned long v, int width)
{
	char buf[24];

	buf[23] = 0;
	return put_right(p, fmt_ulong(buf + 23, v), width);
}

#endif
