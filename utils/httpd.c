/* httpd - serve the files under a folder over HTTP, a process per connection
 *
 * usage: httpd [-l addr] [-p port] [-t seconds] [-n max-processes] [-u uid:gid] [-v] DOCROOT
 *
 * Answers GET and HEAD for the regular files beneath DOCROOT, never outside
 * it, symlinks included; a folder's file is its index.html.
 * -l  IPv4 or IPv6 address to listen on (default 127.0.0.1)
 * -p  port (default 8080)
 * -t  idle timeout between requests, and deadline for a request's header,
 *     at most a day (default 10)
 * -n  connections served at once, at most 65536; more wait in the backlog (default 1024)
 * -u  once listening, chroot to DOCROOT and run as uid:gid
 * -v  log each request to stderr in Common Log Format
 *
 * Standard: RFC 9110 and RFC 9112 (HTTP/1.0 and 1.1), for static files.
 */
/* The errors met opening DOCROOT; bind's show as "error N". */
#define ERR_CODES ENOENT, ENOTDIR, EACCES
#define ERR_TEXTS "No such file or directory\0Not a directory\0Permission denied"
#include "mote.h"

#define BUF 8192
/* For the helpers serve() calls once: inlined there, they cost more bytes. */
#define OUTLINE __attribute__((noinline))
/* Timeouts up to a day; ids below the -1 that setuid and setgid refuse. */
#define MAX_T 86400
#define MAX_ID 0xfffffffeUL
#define USAGE "[-l addr] [-p port] [-t seconds] [-n max-processes] [-u uid:gid] [-v] DOCROOT"

/* The request header fields httpd reads, lower case, as found by parse(). */
enum { CONNECTION, RANGE, IMS, HOST, LENGTH, CHUNKED, NHDR };
#define FIELDS "connection:\0range:\0if-modified-since:\0host:\0content-length:\0transfer-encoding:"

struct req {
	char *target;		/* the raw request-target, ended by a space */
	char *hdr[NHDR];	/* field values, NUL-terminated */
	int head, keep;
};

#define NAMES "SunMonTueWedThuFriSatJanFebMarAprMayJunJulAugSepOctNovDec"

/* An extension, then the type: the number of its first part in MAJORS
 * (1 text, 2 application, 3 image, 4 font, 5 video), then its second, or
 * the extension again if none follows.  After the list, the type of all
 * others. */
#define TYPES \
	"html\1\0htm\1html\0css\1\0js\1javascript\0mjs\1javascript\0json\2\0txt\1plain\0" \
	"xml\2\0svg\3svg+xml\0png\3\0jpg\3jpeg\0jpeg\3\0gif\3\0ico\3x-icon\0webp\3\0" \
	"wasm\2\0pdf\2\0woff2\4\0mp4\5\0\0\2octet-stream"
#define MAJORS "text/\0application/\0image/\0font/\0video/"

static char *put(char *p, const char *s)
{
	while (*s)
		*p++ = *s++;
	return p;
}

/* v in base 10 or 16, at least width digits. */
static char *putn(char *p, unsigned long v, unsigned base, int width)
{
	char t[24], *s = t + sizeof(t);

	do {
		*--s = "0123456789abcdef"[v % base];
		v /= base;
	} while (--width > 0 || v);
	while (s < t + sizeof(t))
		*p++ = *s++;
	return p;
}

static __attribute__((noinline)) char *putu(char *p, unsigned long v)
{
	return putn(p, v, 10, 0);
}

/* Formats UTC time t after tpl, whose bytes 1..7 stand for week day name,
 * day, month name, year, hour, minute, second; other bytes are copied. */
static char *put_time(char *p, unsigned t, const char *tpl)
{
	unsigned f[7], y = 1970, m = 0, n, i;

	for (i = 6; i > 3; i--) {
		f[i] = t % "\74\74\30"[6 - i];
		t /= "\74\74\30"[6 - i];
	}
	f[0] = (t + 4) % 7;
	/* Every fourth year is a leap year from 1901 to 2099. */
	for (; t >= (n = y % 4 ? 365 : 366); y++)
		t -= n;
	for (; t >= (n = "\37\34\37\36\37\36\37\37\36\37\36\37"[m] + (m == 1 && y % 4 == 0)); m++)
		t -= n;
	f[1] = t + 1;
	f[2] = m;
	f[3] = y;
	for (; *tpl; tpl++) {
		unsigned c = *tpl - 1;
		if (c > 6)
			*p++ = *tpl;
		else if (c == 0 || c == 2) {
			const char *s = &NAMES[(f[c] + c / 2 * 7) * 3];
			*p++ = s[0], *p++ = s[1], *p++ = s[2];
		} else
			p = putn(p, f[c], 10, c == 3 ? 4 : 2);
	}
	return p;
}
#define HTTP_DATE "\1, \2 \3 \4 \5:\6:\7 GMT"
#define CLF_DATE "\2/\3/\4:\5:\6:\7 +0000"

/* An IMF-fixdate as a number that orders as the time does; 0 if s is not one. */
static unsigned long date_key(const char *s)
{
	const char *pos = "\14\15\16\17\1\5\6\21\22\24\25\27\30";
	unsigned long k = 0;
	unsigned i, m, d;

	if (strlen(s) < 25)
		return 0;
	for (i = 0; i < 13; i++) {
		if (pos[i] > 1) {
			d = s[(unsigned char)pos[i]] - '0';
			if (d > 9)
				return 0;
		} else
			for (d = 10;; d++) {
				const char *n = &NAMES[21 + (d - 10) * 3];
				if (d == 22)
					return 0;
				for (m = 0; m < 3 && (s[8 + m] | 32) == (n[m] | 32); m++)
					;
				if (m == 3)
					break;
			}
		k = k * (pos[i] > 1 ? 10 : 100) + d;
	}
	return k;
}

/* If s starts with w, the rest of s.  The letters of w match in any case
 * where w has them in lower case, exactly where in upper case. */
static char *prefix(char *s, const char *w)
{
	for (; *w; s++, w++)
		if ((*s | (*w & 32)) != *w)
			return 0;
	return s;
}

/* The seconds on clock c; one call site for all, as inlined copies add up. */
static __attribute__((noinline)) unsigned long seconds(int c)
{
	struct __kernel_timespec ts;

	sys_clock_gettime(c, &ts);
	return ts.tv_sec;
}

static int hex(int c)
{
	if ((unsigned)c - '0' < 10)
		return c - '0';
	c |= 32;
	return (unsigned)c - 'a' < 6 ? c - 'a' + 10 : 256;
}

/* Reads the request in b[0..end): its request line and the fields httpd
 * uses, into rq, which the caller has zeroed; decodes the path into path, relative to DOCROOT.  Returns 0, or
 * the status of an error response. */
static OUTLINE const char *parse(char *b, unsigned long end, struct req *rq, char *path)
{
	char *p, *v, *m, *o = path;
	unsigned i;
	int c;

	for (i = 0; i < end; i++)
		if (b[i] == '\r' || b[i] == '\n')
			b[i] = 0;
	for (p = b + strlen(b) + 1; p < b + end; p += strlen(p) + 1)
		for (m = FIELDS, i = 0; i < NHDR; m += strlen(m) + 1, i++)
			if ((v = prefix(p, m))) {
				while (*v == ' ' || *v == '\t')
					v++;
				rq->hdr[i] = v;
			}
	for (p = b; *p != ' '; p++)
		if (!*p)
			return "400 Bad Request";
	rq->target = ++p;
	if ((v = prefix(p, "http://")))
		for (rq->target = v; *rq->target != '/' && *rq->target != ' '; rq->target++)
			;
	while (*p != ' ')
		if (!*p++)
			return "400 Bad Request";
	v = prefix(p + 1, "HTTP/1.");
	if (!v || (unsigned)*v - '0' > 9 || v[1] || *rq->target != '/')
		return "400 Bad Request";
	c = *v != '0';
	if (c && !rq->hdr[HOST])
		return "400 Bad Request";
	/* 1.0 keeps the connection on "keep-alive", 1.1 unless "close". */
	m = rq->hdr[CONNECTION];
	rq->keep = c ^ !!(m && prefix(m, c ? "close" : "keep-alive"));
	/* httpd reads no request bodies: close after one rather than take it
	 * for the next request. */
	if (rq->hdr[LENGTH] || rq->hdr[CHUNKED])
		rq->keep = 0;
	if (prefix(b, "HEAD "))
		rq->head = 1;
	else if (!prefix(b, "GET "))
		return "501 Not Implemented";
	/* Percent-decode up to the query; refuse NUL and ".." segments. */
	for (p = rq->target; *p != ' ' && *p != '?'; p++) {
		c = *p;
		if (c == '%') {
			c = hex(p[1]) << 4 | hex(p[2]);
			if (c > 255 || !c)
				return "400 Bad Request";
			p += 2;
		}
		*o++ = c;
	}
	*o = 0;
	for (p = path; p < o; p++)
		if (*p == '/' && p[1] == '.' && p[2] == '.' && (p[3] == '/' || !p[3]))
			return "403 Forbidden";
	if (o[-1] == '/')
		*put(o, "index.html") = 0;
	return 0;
}

/* Range "bytes=a-b", "a-" or "-n" against a file of size bytes: 0 and the
 * span in *off, *len to send; 1 if it cannot be satisfied; -1 to ignore
 * it (not one range, or not valid). */
static unsigned long dec(char **s)
{
	unsigned long v = -1;

	/* -1 until a digit comes; past the range it stays at -2, too large
	 * for any file, and never -1. */
	for (; (unsigned)**s - '0' < 10; ++*s)
		if (__builtin_mul_overflow(v + 1 ? v : 0, 10, &v) || __builtin_add_overflow(v, **s - '0', &v) || v == -1UL)
			v = -2UL;
	return v;
}

static int range(char *s, unsigned long size, int64_t *off, unsigned long *len)
{
	unsigned long lo, hi;

	if (!(s = prefix(s, "bytes=")))
		return -1;
	lo = dec(&s);
	if (*s++ != '-')
		return -1;
	hi = dec(&s);
	if (*s || (lo == -1UL && hi == -1UL))
		return -1;
	if (lo == -1UL) {
		lo = size > hi ? size - hi : 0;
		hi = -2UL;
	} else if (hi < lo)
		return -1;
	if (lo >= size)
		return 1;
	if (hi >= size)
		hi = size - 1;
	*off = lo;
	*len = hi - lo + 1;
	return 0;
}

/* The length of the request head at the start of b[0..n), with its empty
 * line; 0 while it is incomplete. */
static OUTLINE unsigned long head_end(const char *b, unsigned long n)
{
	unsigned long i;
	int nl = 0;	/* a line just ended, CRs aside */

	for (i = 0; i < n; i++)
		if (b[i] == '\n') {
			if (nl)
				return i + 1;
			nl = 1;
		} else if (b[i] != '\r')
			nl = 0;
	return 0;
}

static OUTLINE char *put_type(char *p, const char *path)
{
	const char *e = "", *t, *x, *m;
	int n;

	for (; *path; path++)
		if (*path == '.')
			e = path + 1;
		else if (*path == '/')
			e = "";
	for (t = TYPES; *t; t += strlen(t) + 1) {
		for (x = e; *x && *x == *t; x++, t++)
			;
		if (!*x && (unsigned)*t - 1 < 5)
			break;
	}
	t += !*t;	/* none: the type after the list's end */
	for (m = MAJORS, n = *t; --n; m += strlen(m) + 1)
		;
	return put(put(p, m), t[1] ? t + 1 : e);
}

/* Answers the requests on connection fd until it closes or times out;
 * logs each if peer, the client's address, is given. */
static void serve(int fd, int root, long t, const unsigned char *peer)
{
	char b[BUF], path[BUF + 16], h[BUF + 512], lm[32];
	unsigned long have = 0, end, deadline = 0, len = 0, size = 0, sent, now;
	int64_t off = 0;
	struct statx st;
	struct req rq;
	const char *status;
	char *p, *s;
	long r, f;
	int file, i;

	for (;;) {
		status = "408 Request Timeout";
		memset(&rq, 0, sizeof(rq));
		while (!(end = head_end(b, have))) {
			if (have == BUF) {
				for (p = b; p < b + BUF && *p != '\n'; p++)
					;
				status = p < b + BUF ? "431 Request Header Fields Too Large" : "414 URI Too Long";
				break;
			}
			if (have) {
				now = seconds(CLOCK_MONOTONIC);
				if (!deadline)
					deadline = now + t;
				else if (now >= deadline)
					break;
			}
			r = sys_read(fd, b + have, BUF - have);
			if (r == -EAGAIN && have)
				break;
			if (r <= 0)
				return;
			have += r;
		}
		if (end)
			status = parse(b, end, &rq, path);
		else
			b[0] = 0;
		f = -1;
		file = 0;
		if (!status) {
			struct open_how how = { O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0,
						RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS };
			f = sys_openat2(root, path + 1, &how);
			status = "403 Forbidden";
			if (f == -ENOENT || f == -ENOTDIR)
				status = "404 Not Found";
			else if (!is_err(f) && !sys_fstatx(f, &st)) {
				if (S_ISDIR(st.stx_mode))
					status = "301 Moved Permanently";
				/* a 32-bit machine counts no further than 4 GiB - 1 */
				else if (S_ISREG(st.stx_mode) && st.stx_size <= -1UL) {
					file = 1;
					status = "200 OK";
					size = len = st.stx_size;
					off = 0;
					*put_time(lm, st.stx_mtime.tv_sec, HTTP_DATE) = 0;
					if (rq.hdr[IMS] && date_key(rq.hdr[IMS]) >= date_key(lm)) {
						status = "304 Not Modified";
						rq.head = 1;
					} else if (rq.hdr[RANGE] && (r = range(rq.hdr[RANGE], size, &off, &len)) >= 0) {
						status = "206 Partial Content";
						if (r)
							status = "416 Range Not Satisfiable", file = 0;
					}
				}
			}
		}
		now = seconds(CLOCK_REALTIME);
		if (*status > '3')
			rq.keep = 0;
		if (!file)
			len = strlen(status);
		p = put(put(h, "HTTP/1.1 "), status);
		p = put(p, "\r\nContent-Type: ");
		/* Error responses are text/plain, as a ".txt" is. */
		p = put_type(p, file ? path : ".txt");
		p = putu(put(p, "\r\nContent-Length: "), len);
		p = put_time(p, now, "\r\nDate: " HTTP_DATE);
		if (file)
			p = put(put(p, "\r\nLast-Modified: "), lm);
		if (status[2] == '6') {
			p = put(p, "\r\nContent-Range: bytes ");
			if (file) {
				p = putu(p, off);
				*p++ = '-';
				p = putu(p, off + len - 1);
			} else
				*p++ = '*';
			*p++ = '/';
			p = putu(p, size);
		}
		if (*status == '3' && status[2] == '1') {
			p = put(p, "\r\nLocation: ");
			for (s = rq.target; *s != ' ' && *s != '?';)
				*p++ = *s++;
			*p++ = '/';
		}
		p = put(put(put(p, "\r\nConnection: "), rq.keep ? "keep-alive" : "close"), "\r\n\r\n");
		if (rq.head)
			len = 0;	/* from here, the length of the body sent */
		if (!file && len)
			p = put(p, status);
		if (sys_sendto(fd, h, p - h, file && len ? MSG_MORE : 0) != p - h)
			return;
		for (sent = len; file && sent; sent -= r)
			if ((r = sys_sendfile(fd, f, &off, sent)) <= 0)
				return;
		sys_close(f);	/* when no file was opened, a harmless EBADF */
		if (peer) {
			p = h;
			if (peer[0] == AF_INET)
				for (i = 4; i < 8; i++) {
					p = putu(p, peer[i]);
					*p++ = '.';
				}
			else
				for (i = 8; i < 24; i += 2) {
					p = putn(p, peer[i] << 8 | peer[i + 1], 16, 0);
					*p++ = ':';
				}
			/* over the last separator */
			p = put_time(p - 1, now, " - - [" CLF_DATE "] \"");
			p = put(put(p, b), "\" ");
			__builtin_memcpy(p, status, 4);	/* its code and a space */
			p += 4;
			p = putu(p, len);
			*p++ = '\n';
			sys_write(2, h, p - h);
		}
		if (!rq.keep)
			break;
		have -= end;
		memmove(b, b + end, have);
		deadline = 0;
	}
	/* Close gently: a client still sending would otherwise get a reset
	 * that can destroy the response in its receive queue. */
	sys_shutdown(fd, SHUT_WR);
	for (i = 0; i < 16 && sys_read(fd, b, BUF) > 0; i++)
		;
}

/* An IPv4 or IPv6 address and its family into the sockaddr sa; -1 if it
 * is not one.  Both are groups of digits between separators; IPv6 may
 * leave out one run of zero groups ("::"). */
static OUTLINE int parse_addr(const char *s, unsigned char *sa)
{
	unsigned v6 = 0, n = 0, len = 4, base = 10, v, d, gap = -1U;
	char sep = '.';
	unsigned char *a = sa + 4;
	const char *q;

	for (q = s; *q; q++)
		v6 |= *q == ':';
	sa[0] = AF_INET;
	if (v6) {
		sa[0] = AF_INET6, a += 4, len = 16, base = 16, sep = ':';
		if (*s == ':' && *++s != ':')
			return -1;
	}
	for (;;) {
		if (*s == ':') {
			if (gap != -1U)
				return -1;
			gap = n;
			if (!*++s)
				break;
		}
		for (q = s, v = 0; (d = hex(*s)) < base && v < 65536; s++)
			v = v * base + d;
		if (q == s || v >> (v6 ? 16 : 8) || n == len)
			return -1;
		if (v6)
			a[n++] = v >> 8;
		a[n++] = v;
		if (!*s)
			break;
		if (*s++ != sep)
			return -1;
	}
	if (gap == -1U ? n != len : n == len)
		return -1;
	if (gap != -1U) {
		memmove(a + 16 - (n - gap), a + gap, n - gap);
		memset(a + gap, 0, 16 - n);
	}
	return 0;
}

/* s in decimal, at most max; else a usage error. */
static OUTLINE unsigned long number(const char *s, unsigned long max)
{
	unsigned long v = 0;

	do {
		unsigned d = *s - '0';
		/* the middle test keeps v * 10 + d from wrapping */
		if (d > 9 || v >= -1UL / 10 || (v = v * 10 + d) > max)
			usage(USAGE);
	} while (*++s);
	return v;
}

int main(int argc, char **argv, char **envp)
{
	/* logpeer: with -v, where serve() finds the client's address */
	unsigned char sa[28] = { 0 }, peer[28], *logpeer = 0;
	char *addr = "127.0.0.1", *u = 0, *s = 0, c;
	unsigned long port = 8080, t = 10, n = 1024, uid = 0, gid = 0, i;
	int one = 1, peerlen;
	long root, lfd, fd, pid, r;
	int tk[2];
	struct __kernel_old_timeval tv;

	OPTS(argv) {
	case 'v':
		logpeer = peer;
		break;
	default:
		s = OPT_ARG(USAGE);
		switch (OPT_CHAR) {
		case 'l':
			addr = s;
			break;
		case 'u':
			u = s;
			break;
		case 'p':
			port = number(s, 65535);
			break;
		case 't':
			t = number(s, MAX_T);
			break;
		case 'n':
			n = number(s, 65536);
			break;
		default:
			usage(USAGE);
		}
	} OPTS_END
	if (!*argv || argv[1] || !t || !n || parse_addr(addr, sa))
		usage(USAGE);
	if (u) {
		for (s = u; *s != ':'; s++)
			if (!*s)
				usage(USAGE);
		*s++ = 0;
		uid = number(u, MAX_ID);
		gid = number(s, MAX_ID);
	}
	root = sys_openat(AT_FDCWD, *argv, O_PATH | O_DIRECTORY | O_CLOEXEC, 0);
	if (is_err(root)) {
		warn_errno(*argv, root);
		return 1;
	}
	sa[2] = port >> 8;
	sa[3] = port;
	tv.tv_sec = t;
	tv.tv_usec = 0;
	lfd = sys_socket(sa[0], SOCK_STREAM | SOCK_CLOEXEC, 0);
	/* Accepted sockets inherit the timeouts and TCP_NODELAY. */
#pragma GCC unroll 1
	for (i = 0; i < 4; i++) {
		static const unsigned char opt[][2] = {
			{ SOL_SOCKET, SO_REUSEADDR }, { SOL_SOCKET, SO_RCVTIMEO },
			{ SOL_SOCKET, SO_SNDTIMEO }, { IPPROTO_TCP, TCP_NODELAY },
		};
		int timeo = i == 1 || i == 2;
		sys_setsockopt(lfd, opt[i][0], opt[i][1], timeo ? (void *)&tv : &one, timeo ? sizeof(tv) : sizeof(one));
	}
	if (is_err(r = sys_bind(lfd, sa, sizeof(sa))) || is_err(r = sys_listen(lfd, 4096))) {
		warn_errno(addr, r);
		return 1;
	}
	if (u && (sys_fchdir(root) || sys_chroot(".") || sys_setgroups(0, 0) || sys_setgid(gid) ||
		  sys_setuid(uid))) {
		warn_msg(*argv, "cannot chroot and drop privileges");
		return 1;
	}
	sys_pipe2(tk, O_CLOEXEC);
	pid = sys_fork();
	if (!pid) {
		/* The acceptor takes a token per connection; the workers it
		 * makes are its siblings, so that the first process reaps
		 * them at once and hands their tokens back. */
		sys_prctl(PR_SET_PDEATHSIG, SIGKILL);
		for (;;) {
			sys_read(tk[0], &c, 1);
			do
				peerlen = sizeof(peer);
			while (is_err(fd = sys_accept4(lfd, peer, &peerlen, SOCK_CLOEXEC)));
			pid = sys_clone(CLONE_PARENT | SIGCHLD);
			/* A worker waits for its first byte before entering
			 * serve(), whose buffers would cost it stack pages. */
			if (!pid) {
				if (sys_recv(fd, &c, 1, MSG_PEEK) > 0)
					serve(fd, root, t, logpeer);
				sys_exit(0);
			}
			if (is_err(pid))
				sys_write(tk[1], "", 1);
			sys_close(fd);
		}
	}
	for (i = 0;;) {
		if (i < n)
			i++;
		else if (sys_wait4(-1, 0, 0, 0) == pid)
			return 1;
		sys_write(tk[1], "", 1);
	}
}
