/* Input of any size without malloc: a buffer in an anonymous mapping that
 * doubles (mremap) when full, and a line reader over it.  Lines of any
 * length come back whole. */
#ifndef MOTE_BUF_H
#define MOTE_BUF_H

#include "sys.h"
#include "mem.h"

struct buf {
	char *p;
	size_t len, cap;
};

/* Makes room for n bytes in all: 0, or -errno. */
static long buf_grow(struct buf *b, size_t n)
{
	size_t cap = b->cap;
	long r;

	if (n <= cap)
		return 0;
	while (cap < n)
		cap = cap * 2 + (1 << 16);
	r = b->cap ? sys_mremap(b->p, b->cap, cap, MREMAP_MAYMOVE)
		   : sys_mmap(0, cap, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (is_err(r))
		return r;
	b->p = (char *)r;
	b->cap = cap;
	return 0;
}

/* One read of fd appended to b, growing it first if full: the count read,
 * 0 at end of input, or -errno. */
static long buf_fill(struct buf *b, int fd)
{
	long r = buf_grow(b, b->len + 1);

	if (r)
		return r;
	r = sys_read(fd, b->p + b->len, b->cap - b->len);
	if (r > 0)
		b->len += r;
	return r;
}

/* Appends all of fd: 0, or the -errno that stopped it. */
static long buf_slurp(struct buf *b, int fd)
{
	long r;

	while ((r = buf_fill(b, fd)) > 0)
		;
	return r;
}

struct lines {
	struct buf b;
	size_t start, scan;
	int fd;
};

/* Starts reading lines from fd; the mapping is kept for reuse. */
static void lines_open(struct lines *l, int fd)
{
	l->b.len = l->start = l->scan = 0;
	l->fd = fd;
}

/* The next line, newline included if it has one: sets *line and returns
 * the length; 0 at end of input, -errno on a read error. */
static long line_next(struct lines *l, char **line)
{
	long r;

	for (;;) {
		while (l->scan < l->b.len)
			if (l->b.p[l->scan++] == '\n')
				goto found;
		if (l->start) {
			memmove(l->b.p, l->b.p + l->start, l->b.len -= l->start);
			l->scan -= l->start;
			l->start = 0;
		}
		r = buf_fill(&l->b, l->fd);
		if (r < 0)
			return r;
		if (!r)
			break;
	}
found:
	*line = l->b.p + l->start;
	r = l->scan - l->start;
	l->start = l->scan;
	return r;
}

#endif
