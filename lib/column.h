/* Table output: a field padded with spaces to a width, right-aligned for
 * width > 0 (numbers), left-aligned for width < 0 (names). */
#ifndef MOTE_COLUMN_H
#define MOTE_COLUMN_H

#include "io.h"
#include "num.h"

static void out_field(struct out *o, const char *s, int width)
{
	int n = strlen(s);

	if (width < 0)
		out_str(o, s);
	for (; n < width || n < -width; n++)
		out_char(o, ' ');
	if (width > 0)
		out_str(o, s);
}

static void out_num(struct out *o, unsigned long v, int width)
{
	char buf[24];

	buf[23] = 0;
	out_field(o, fmt_ulong(buf + 23, v), width);
}

#endif
