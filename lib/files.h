/* The operand loop that file utilities share, after toybox's loopfiles():
 * each operand is opened read-only ("-" is stdin, and no operand at all
 * means stdin), handed to fn and closed.  A file that will not open is
 * reported and skipped; the result is 1 if any operand failed or fn said
 * so, else 0.  fn returns 0 to go on, 1 for a failure on this operand, or
 * 2 to stop the loop (a write error: nothing more can be written). */
#ifndef MOTE_FILES_H
#define MOTE_FILES_H

#include "err.h"
#include <linux/fs.h>

#define FILES_OK 0
#define FILES_FAILED 1
#define FILES_STOP 2

static int loop_files(char **argv, int (*fn)(int fd, const char *name, void *ctx), void *ctx)
{
	const char *name = *argv ? *argv : "-";
	int ret = 0, r;
	long fd;

	for (;;) {
		fd = 0;
		if (name[0] != '-' || name[1])
			fd = sys_openat(AT_FDCWD, name, O_RDONLY | O_CLOEXEC, 0);
		if (is_err(fd)) {
			warn_errno(name, fd);
			ret = 1;
		} else {
			r = fn(fd, name, ctx);
			if (fd)
				sys_close(fd);
			if (r == FILES_STOP)
				return 1;
			ret |= r;
		}
		/* no operands means "-" once */
		if (!*argv || !(name = *++argv))
			return ret;
	}
}

/* The bytes from fd's offset to its end, when fd is a regular file whose
 * size can be believed; else -1.  /proc and /sys report 0 or a page
 * whatever they hold, so a size that is a page multiple is not. */
static int64_t bytes_left(int fd)
{
	struct statx st;
	int64_t pos;

	if (is_err(sys_fstatx(fd, &st)) || !S_ISREG(st.stx_mode) || !(st.stx_size % 4096) ||
	    (pos = sys_lseek(fd, 0, SEEK_CUR)) < 0)
		return -1;
	return st.stx_size > (uint64_t)pos ? st.stx_size - pos : 0;
}

#endif
