/* tail - copy the last part of files
 *
 * usage: tail [-f] [-n [+]N | -c [+]N] [FILE]...
 *
 * Copies the last N lines (default 10) of each FILE, standard input for
 * "-" or when there is none; with +N, from line or byte N on.  With more
 * than one FILE each is preceded by a "==> FILE <==" header.
 * -n N  the last N lines; +N from the Nth line
 * -c N  the last N bytes; +N from the Nth byte
 * -f    after the end, wait for more data and copy it (a regular file,
 *       the last operand, polled every quarter second); ignored on pipes
 *
 * A regular file is mapped, so only its end is read from disk; other input
 * is read whole into an anonymous mapping.
 *
 * Standard: POSIX.1-2017 tail; -c and multiple files as in coreutils.
 */
#define ERR_FEW
#include "mote.h"
#include "buf.h"
#include "header.h"
#include <linux/fs.h>

struct tail {
	unsigned long n;
	int bytes, plus, follow, many, later;
	const char *last;
	struct buf b;
};

static long out(const void *p, size_t n)
{
	long e = write_all(1, p, n);

	if (e)
		warn_errno("write error", e);
	return e;
}

static void follow(int fd)
{
	static const struct __kernel_timespec quarter = { 0, 250000000 };
	char buf[16384];
	long r;

	for (;;) {
		while ((r = sys_read(fd, buf, sizeof(buf))) > 0)
			if (out(buf, r))
				return;
		sys_nanosleep(&quarter, 0);
	}
}

static __attribute__((noinline)) int tail(int fd, const char *name, void *ctx)
{
	struct tail *t = ctx;
	struct statx st;
	unsigned long c = t->n;
	size_t len, i;
	char *p;
	long r;

	if (t->many && (r = put_header(name, &t->later))) {
		warn_errno("write error", r);
		return FILES_STOP;
	}
	st.stx_mode = 0;
	r = -1;
	if (!is_err(sys_fstatx(fd, &st)) && S_ISREG(st.stx_mode) && (len = st.stx_size))
		r = sys_mmap(0, len, PROT_READ, MAP_PRIVATE, fd, 0);
	if (is_err(r)) {
		t->b.len = 0;
		if ((r = buf_slurp(&t->b, fd))) {
			warn_errno(name, r);
			return FILES_FAILED;
		}
		p = t->b.p;
		len = t->b.len;
	} else {
		p = (char *)r;
		sys_lseek(fd, len, SEEK_SET);
	}
	if (t->plus) {
		c -= !!c;
		if (t->bytes)
			i = c < len ? c : len;
		else
			for (i = 0; i < len && c;)
				c -= p[i++] == '\n';
	} else if (t->bytes)
		i = c < len ? len - c : 0;
	else if (!c)
		i = len;
	else
		for (i = len - (len && p[len - 1] == '\n'); i; i--)
			if (p[i - 1] == '\n' && !--c)
				break;
	if (out(p + i, len - i))
		return FILES_STOP;
	if (t->follow && S_ISREG(st.stx_mode) && (!t->last || t->last == name))
		follow(fd);
	return FILES_OK;
}

int main(int argc, char **argv, char **envp)
{
	struct tail t = { 10 };
	char *arg = 0;

	OPTS(argv) {
	case 'f':
		t.follow = 1;
		break;
	case 'c':
	case 'n':
		t.bytes = OPT_CHAR == 'c';
		arg = OPT_ARG("[-f] [-n [+]N | -c [+]N] [FILE]...");
		break;
	default:
		usage("[-f] [-n [+]N | -c [+]N] [FILE]...");
	} OPTS_END
	if (arg) {
		t.plus = *arg == '+';
		if (parse_ulong(arg + (t.plus || *arg == '-'), &t.n)) {
			warn_msg(arg, "invalid number");
			return 1;
		}
	}
	t.many = argv[0] && argv[1];
	for (char **a = argv; *a; a++)
		t.last = *a;
	return loop_files(argv, tail, &t);
}
