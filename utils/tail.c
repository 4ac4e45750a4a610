/* tail - copy the last part of files
 *
 * usage: tail [-f] [-n [+]N | -c [+]N] [FILE]...
 *
 * Copies the last N lines (default 10) of each FILE, standard input for
 * "-" or when there is none; with +N, from line or byte N on.  With more
 * than one FILE each is preceded by a "==> FILE <==" header.
 * -n N  the last N lines; +N from the Nth line
 * -c N  the last N bytes; +N from the Nth byte
 * -N, +N  the old forms of -n N and -n +N (+N only before one FILE at most)
 * -f    after the end, wait for more data and copy it (a regular file,
 *       the last operand, polled every quarter second); ignored on pipes
 *
 * Of a regular file only the part needed is read; other input is read
 * whole into an anonymous mapping.
 *
 * Standard: POSIX.1-2017 tail; -c and multiple files as in coreutils.
 */
#define ERR_FEW
#include "mote.h"
#include "buf.h"
#include "header.h"
#include <linux/fs.h>

#define BUF 16384

struct tail {
	unsigned long long n;
	int bytes, plus, follow, many, later;
	const char *last;
	struct buf b;
};

/* 0, or 1 after a write error (told). */
static int out(const void *p, size_t n)
{
	long e = write_all(1, p, n);

	if (e)
		warn_errno("write error", e);
	return !!e;
}

/* Copies fd from its offset to its end: 0, a read's -errno, or 1 after a
 * write error (told). */
static __attribute__((noinline)) long drain(int fd, char *buf)
{
	long r;

	while ((r = sys_read(fd, buf, BUF)) > 0)
		if (out(buf, r))
			return 1;
	return r;
}

/* The part is found by offset: arithmetic for bytes, reading back from
 * the end for the last lines, forward for +N lines.  A regular file is
 * read only there and copied from there; other input is read whole first. */
static __attribute__((noinline)) int tail(int fd, const char *name, void *ctx)
{
	static const struct __kernel_timespec quarter = { 0, 250000000 };
	struct tail *t = ctx;
	struct statx st;
	unsigned long long c = t->n, off, size;
	char buf[BUF], *q;
	int mem;
	long r = 0, k, i;

	if (t->many && (r = put_header(name, &t->later))) {
		warn_errno("write error", r);
		return FILES_STOP;
	}
	st.stx_mode = 0;
	/* a file of a page or two is read whole: /proc and /sys report a
	 * size of 0 or 4096 whatever they hold */
	mem = is_err(sys_fstatx(fd, &st)) || !S_ISREG(st.stx_mode) || (size = st.stx_size) <= BUF;
	if (mem) {
		t->b.len = 0;
		if ((r = buf_slurp(&t->b, fd)))
			goto fail;
		size = t->b.len;
	}
	if (t->plus)
		c -= !!c;
	/* each pass looks at the k bytes before off (back) or at it (forward) */
	if (t->bytes)
		off = t->plus ? (c < size ? c : size) : c < size ? size - c : 0;
	else if (t->plus)
		for (off = 0; c && off < size;) {
			k = size - off < BUF ? size - off : BUF;
			q = mem ? t->b.p + off : buf;
			if (!mem && (k = r = sys_pread(fd, buf, k, off)) <= 0)
				break;
			for (i = 0; i < k && c; off++)
				c -= q[i++] == '\n';
		}
	else
		/* the last newline ends the last line: not counted */
		for (off = size; c && off;) {
			k = off < BUF ? off : BUF;
			q = mem ? t->b.p + off - k : buf;
			if (!mem && (r = sys_pread(fd, buf, k, off - k)) <= 0)
				break;
			for (; k && !(q[k - 1] == '\n' && off != size && !--c); k--)
				off--;
		}
	if (r < 0)
		goto fail;
	if (mem)
		r = out(t->b.p + off, size - off);
	else {
		sys_lseek(fd, off, SEEK_SET);	/* cannot fail: a regular file */
		r = drain(fd, buf);
	}
	if (r > 0)
		return FILES_STOP;
	if (r < 0) {
	fail:
		warn_errno(name, r);
		return FILES_FAILED;
	}
	if (t->follow && S_ISREG(st.stx_mode) && (!t->last || t->last == name))
		while (!drain(fd, buf))
			sys_nanosleep(&quarter, 0);
	return FILES_OK;
}

int main(int argc, char **argv, char **envp)
{
	struct tail t = { 10 };
	char *arg = 0;

	/* the old form +N, as -n +N, when one file at most follows */
	if (argc < 4 && argv[1] && *argv[1] == '+' && (unsigned)argv[1][1] - '0' < 10)
		arg = *++argv;
	OPTS(argv) {
	case 'f':
		t.follow = 1;
		break;
	case 'c':
	case 'n':
		t.bytes = OPT_CHAR == 'c';
		arg = OPT_ARG("[-f] [-n [+]N | -c [+]N] [FILE]...");
		break;
	case '0' ... '9':
		t.bytes = 0;
		arg = OPT_REST();
		break;
	default:
		usage("[-f] [-n [+]N | -c [+]N] [FILE]...");
	} OPTS_END
	if (arg) {
		t.plus = *arg == '+';
		if (parse_ull(arg + (t.plus || *arg == '-'), &t.n)) {
			warn_msg(arg, "invalid number");
			return 1;
		}
	}
	t.many = argv[0] && argv[1];
	for (char **a = argv; *a; a++)
		t.last = *a;
	return loop_files(argv, tail, &t);
}
