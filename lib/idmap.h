/* /etc/passwd and /etc/group: "name:x:id:..." lines, read whole into a
 * buffer, then looked up either way. */
#ifndef MOTE_IDMAP_H
#define MOTE_IDMAP_H

#include "sys.h"
#include "num.h"

/* Reads path into buf (at most size - 1 bytes, NUL-terminated); returns
 * the length, 0 when the file cannot be read. */
static size_t idmap_load(const char *path, char *buf, size_t size)
{
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0), n = 0, r;

	if (!is_err(fd)) {
		while (n < (long)size - 1 && (r = sys_read(fd, buf + n, size - 1 - n)) > 0)
			n += r;
		sys_close(fd);
	}
	buf[n] = 0;
	return n;
}

/* Finds the line for id (name is 0) or for name; returns the start of the
 * line (the name, ended by ':') and sets *id, or returns 0. */
static const char *idmap_find(const char *p, const char *name, unsigned long *id)
{
	while (*p) {
		const char *line = p, *q = name;
		unsigned long v = 0;
		int colons = 0;

		for (; *p && *p != '\n'; p++)
			if (*p == ':')
				colons++;
			else if (colons == 2)
				v = v * 10 + *p - '0';
		if (*p)
			p++;
		if (colons < 3)
			continue;
		if (name) {
			while (*q && *q == *line)
				q++, line++;
			line -= q - name;
			if (*q || line[q - name] != ':')
				continue;
		} else if (v != *id)
			continue;
		*id = v;
		return line;
	}
	return 0;
}

/* The number in field n (from 0) of the line at p. */
static unsigned long idmap_num(const char *p, int n)
{
	unsigned long v = 0;

	for (; *p && *p != '\n'; p++)
		if (*p == ':')
			n--;
		else if (!n)
			v = v * 10 + *p - '0';
	return v;
}

#endif
