/* Diagnostics of the smallest utilities, each one system call with a
 * message fixed at compile time, without err.h's table of reasons:
 *   write_error()       "util: write error" (echo's form)
 *   usage_exit(LINE)    "usage: util LINE", exit status 1
 *   write_out(P, END)   all of P..END to stdout, or write_error() and 1
 * LINE must be a string literal.  Utilities that carry err.h anyway use
 * warn_errno and usage instead. */
#ifndef MOTE_WERR_H
#define MOTE_WERR_H

#include "sys.h"

/* The text without its NUL, which nobody reads. */
#define put_const(fd, s) ({                                             \
	static const char text_[sizeof(s) - 1] __attribute__((aligned(1))) = s; \
	sys_write(fd, text_, sizeof(text_));                            \
})
#define write_error() put_const(2, UTIL_NAME ": write error\n")
#define usage_exit(line) (put_const(2, "usage: " UTIL_NAME " " line "\n"), sys_exit(1))

/* Writes p up to end on stdout, continuing partial writes; returns 0, or 1
 * after write_error().  Unlike write_all it does not retry EINTR: write
 * returns it only to a signal handler's owner, and these utilities set
 * none, so the kernel restarts an interrupted write itself. */
static int write_out(const char *p, const char *end)
{
	size_t n = end - p;
	long r;

	for (; n; p += r, n -= r)
		if ((r = sys_write(1, p, n)) < 0) {
			write_error();
			return 1;
		}
	return 0;
}

#endif
