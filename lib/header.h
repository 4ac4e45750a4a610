/* The "==> FILE <==" line that head and tail put before each FILE when
 * there are several, with a blank line before all but the first. */
#ifndef MOTE_HEADER_H
#define MOTE_HEADER_H

#include "io.h"

/* *later is 0 for the first header; returns 0 or a write's -errno. */
static long put_header(const char *name, int *later)
{
	static const char open[] = "\n==> ";
	long e;

	if (streq(name, "-"))
		name = "standard input";
	e = write_all(1, open + !*later, sizeof(open) - 1 - !*later);
	*later = 1;
	if (!e && !(e = write_all(1, name, strlen(name))))
		e = write_all(1, " <==\n", 5);
	return e;
}

#endif
