/* Diagnostics of the smallest utilities, each one system call with a
 * message fixed at compile time, without err.h's table of reasons:
 *   write_error()       "util: write error" (echo's form)
 *   usage_exit(LINE)    "usage: util LINE", exit status 1
 * LINE must be a string literal.  Utilities that carry err.h anyway use
 * warn_errno and usage instead. */
#ifndef MOTE_WERR_H
#define MOTE_WERR_H

#include "sys.h"

#define put_const(fd, s) sys_write(fd, s, sizeof(s) - 1)
#define write_error() put_const(2, UTIL_NAME ": write error\n")
#define usage_exit(line) (put_const(2, "usage: " UTIL_NAME " " line "\n"), sys_exit(1))

#endif
