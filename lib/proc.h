/* Reading the small text files of /proc and /sys whole: they report no
 * size, so read until end of file. */
#ifndef MOTE_PROC_H
#define MOTE_PROC_H

#include "sys.h"

/* Reads path (relative to dir) into buf, at most n-1 bytes, and ends it
 * with a NUL; returns the length or -errno. */
static long read_file(int dir, const char *path, char *buf, size_t n)
{
	long fd = sys_openat(dir, path, O_RDONLY | O_CLOEXEC, 0), r, len = 0;

	if (is_err(fd))
		return fd;
	/* A full buffer asks for 0 bytes, and gets 0: the end. */
	while ((r = sys_read(fd, buf + len, n - 1 - len)) > 0)
		len += r;
	sys_close(fd);
	buf[len] = 0;
	return r < 0 ? r : len;
}

/* The number after the blanks at s, as in "MemTotal:    123 kB". */
static unsigned long proc_value(const char *s)
{
	unsigned long v = 0;

	while (*s == ' ' || *s == '\t')
		s++;
	while (*s >= '0' && *s <= '9')
		v = v * 10 + *s++ - '0';
	return v;
}

#endif
