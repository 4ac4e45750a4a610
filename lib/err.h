/* Diagnostics on stderr, in the one form every utility uses:
 *     util: operand: reason
 * UTIL_NAME comes from the build (-DUTIL_NAME="cat").  Writing to stderr
 * can itself fail; nothing sensible is left to do then, so it is ignored. */
#ifndef MOTE_ERR_H
#define MOTE_ERR_H

#include "io.h"
#include "num.h"

#ifndef UTIL_NAME
#error "UTIL_NAME must name the utility"
#endif

static void err_puts(const char *s)
{
	write_all(2, s, strlen(s));
}

/* strerror for the errnos people meet, the texts in the order of codes[];
 * "error N", built in num, for the rest.  A utility short of bytes defines
 * ERR_FEW before including mote.h to carry only the four most common, or
 * names its own: ERR_CODES, a list of codes, and ERR_TEXTS, their texts
 * joined by "\0", as a system utility does for the few errors it meets. */
static const char *err_text(long e, char num[24])
{
#ifdef ERR_CODES
	static const unsigned char codes[] = { ERR_CODES };
	static const char texts[] __attribute__((aligned(1))) = ERR_TEXTS;
#else
	static const unsigned char codes[] = {
		ENOENT, EACCES, EISDIR, ENOSPC,
#ifndef ERR_FEW
		ENOTDIR, EEXIST, EPERM, ENOTEMPTY, EINVAL, EBADF, EIO, EPIPE,
		EROFS, EXDEV, ELOOP, ENAMETOOLONG, EMFILE, EBUSY, ENOMEM,
#endif
	};
	static const char texts[] __attribute__((aligned(1))) =
		"No such file or directory\0"
		"Permission denied\0"
		"Is a directory\0"
		"No space left on device\0"
#ifndef ERR_FEW
		"Not a directory\0"
		"File exists\0"
		"Operation not permitted\0"
		"Directory not empty\0"
		"Invalid argument\0"
		"Bad file descriptor\0"
		"Input/output error\0"
		"Broken pipe\0"
		"Read-only file system\0"
		"Invalid cross-device link\0"
		"Too many levels of symbolic links\0"
		"File name too long\0"
		"Too many open files\0"
		"Device or resource busy\0"
		"Cannot allocate memory\0"
#endif
		;
#endif
	const char *p = texts;
	unsigned i;

	/* Unrolled, a table of two or three costs more than the loop. */
#pragma GCC unroll 1
	for (i = 0; i < sizeof(codes); i++, p += strlen(p) + 1)
		if (codes[i] == -e)
			return p;
	p = fmt_ulong(num + 23, -e) - 6;
	num[23] = 0;
	__builtin_memcpy((char *)p, "error ", 6);
	return p;
}

/* Prints the text of -errno e, for messages of other shapes. */
static void err_reason(long e)
{
	char num[24];

	err_puts(err_text(e, num));
}

/* "util: what: msg", or "util: msg" when what is null. */
static void warn_msg(const char *what, const char *msg)
{
	err_puts(UTIL_NAME ": ");
	if (what) {
		err_puts(what);
		err_puts(": ");
	}
	err_puts(msg);
	err_puts("\n");
}

/* "util: what: strerror(-e)"; e is a -errno as the sys_* calls return it. */
static void warn_errno(const char *what, long e)
{
	char num[24];

	warn_msg(what, err_text(e, num));
}

/* Flushes o, and says "util: write error: reason" when any of its writes
 * failed; returns 1 then, else 0. */
static int out_finish(struct out *o)
{
	out_flush(o);
	if (!o->err)
		return 0;
	warn_errno("write error", o->err);
	return 1;
}

/* Prints a whole usage message and exits with status; the macros below
 * make it from the usage line, which is always a string literal. */
static __attribute__((noreturn, noinline)) void usage_fail(const char *msg, int status)
{
	err_puts(msg);
	sys_exit(status);
}
#define usage_status(line, status) usage_fail("usage: " UTIL_NAME " " line "\n", status)
#define usage(line) usage_status(line, 1)

#endif
