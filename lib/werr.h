/* The write error report of the smallest utilities, in echo's form
 * "util: write error": one system call, without err.h's table of reasons.
 * Utilities that carry err.h anyway report with warn_errno instead. */
#ifndef MOTE_WERR_H
#define MOTE_WERR_H

#include "sys.h"

#define WRITE_ERROR_MSG UTIL_NAME ": write error\n"
#define write_error() sys_write(2, WRITE_ERROR_MSG, sizeof(WRITE_ERROR_MSG) - 1)

#endif
