/* For system utilities built with ERR_FEW: warn_sys() also knows the
 * errors that mounting, signalling and configuring bring, in err.h's
 * words, for less than err.h's whole table costs. */
#ifndef MOTE_SYSERR_H
#define MOTE_SYSERR_H

#include "err.h"

static void warn_sys(const char *what, long e)
{
	static const unsigned char codes[] = { EPERM, EBUSY, EINVAL, ENODEV };
	static const char texts[] =
		"Operation not permitted\0"
		"Device or resource busy\0"
		"Invalid argument\0"
		"No such device";
	const char *p = texts;

	for (unsigned i = 0; i < sizeof(codes); i++, p += strlen(p) + 1)
		if (codes[i] == -e) {
			warn_msg(what, p);
			return;
		}
	warn_errno(what, e);
}

#endif
