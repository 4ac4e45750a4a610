/* Output that never loses a byte: write_all() continues partial writes and
 * retries EINTR; struct out batches small writes into one. */
#ifndef MOTE_IO_H
#define MOTE_IO_H

#include "sys.h"
#include "mem.h"

/* Writes all n bytes, or returns the -errno that stopped it. */
__attribute__((noinline)) static long write_all(int fd, const void *buf, size_t n)
{
	const char *p = buf;

	while (n) {
		long r = sys_write(fd, p, n);
		if (r == -EINTR)
			continue;
		if (is_err(r))
			return r;
		p += r;
		n -= r;
	}
	return 0;
}

#define OUT_SIZE 4096

/* A buffered writer; it lives on the caller's stack.  The first write error
 * is kept in err, and later output is dropped, so a caller checks once. */
struct out {
	int fd;
	long err;
	size_t len;
	char buf[OUT_SIZE];
};

static void out_flush(struct out *o)
{
	if (!o->err)
		o->err = write_all(o->fd, o->buf, o->len);
	o->len = 0;
}

static void out_put(struct out *o, const void *s, size_t n)
{
	const char *p = s;

	while (n) {
		size_t k = OUT_SIZE - o->len;
		if (k > n)
			k = n;
		memcpy(o->buf + o->len, p, k);
		o->len += k;
		p += k;
		n -= k;
		if (o->len == OUT_SIZE)
			out_flush(o);
	}
}

static void out_char(struct out *o, char c)
{
	if (o->len == OUT_SIZE)
		out_flush(o);
	o->buf[o->len++] = c;
}

static void out_str(struct out *o, const char *s)
{
	out_put(o, s, strlen(s));
}

#endif
