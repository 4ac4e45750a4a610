/* readlink - print the target of a symbolic link
 *
 * usage: readlink [-fn] FILE...
 *
 * Fails quietly (status 1) on a FILE that is not a link.
 * -f  the canonical path instead: no links, . or .. in it; all but the
 *     last name must exist
 * -n  no newline after the last one
 *
 * Standard: POSIX.1-2024 readlink; -f as GNU's.
 */
#include "fileerr.h"
/* Failures are quiet; only a write error is reported. */
#define ERR_CODES EIO, ENOSPC, EBADF, EPIPE
#define ERR_TEXTS E_EIO E_ENOSPC E_EBADF E_EPIPE
#include "mote.h"
#include "walk.h"

/* The kernel's own canonical path of fd, from /proc. */
static long fd_path(long fd, char *buf)
{
	char proc[40] = "/proc/self/fd/", num[21], *p;
	long n;

	num[20] = 0;
	p = fmt_ulong(num + 20, fd);
	memcpy(proc + 14, p, num + 21 - p);
	n = sys_readlinkat(AT_FDCWD, proc, buf, 4096);
	sys_close(fd);
	return n;
}

/* The canonical path of p in at, into buf: the kernel's, from an O_PATH
 * descriptor; for a missing last name, its directory's and then the name,
 * or where the dangling link it is points. */
static long resolve(int at, const char *p, char *buf, int depth)
{
	char tmp[4096];
	const char *b = base_name(p);
	long fd = sys_openat(at, p, O_PATH | O_CLOEXEC, 0), n;
	size_t k = b - p;

	if (!is_err(fd))
		return fd_path(fd, buf);
	if (fd != -ENOENT || depth > 40 || k > sizeof(tmp) - 2 || *b == '.')
		return fd;
	memcpy(tmp, p, k);
	memcpy(tmp + k, ".", 2);
	fd = sys_openat(at, tmp, O_PATH | O_DIRECTORY | O_CLOEXEC, 0);
	if (is_err(fd))
		return fd;
	n = sys_readlinkat(fd, b, tmp, sizeof(tmp) - 1);
	if (n > 0) {
		tmp[n] = 0;
		n = resolve(fd, tmp, buf, depth + 1);
		sys_close(fd);
		return n;
	}
	n = fd_path(fd, buf);
	if (n > 0) {
		if (buf[n - 1] != '/')
			buf[n++] = '/';
		for (k = 0; b[k] && b[k] != '/' && n < 8190; k++)
			buf[n++] = b[k];
	}
	return n;
}

int main(int argc, char **argv, char **envp)
{
	char buf[8200];
	struct out o;
	int canon = 0, nl = 1, ret = 0, many;
	long n;

	OPTS(argv) {
	case 'f':
		canon = 1;
		break;
	case 'n':
		nl = 0;
		break;
	default:
		usage("[-fn] FILE...");
	} OPTS_END
	if (!*argv)
		usage("[-fn] FILE...");
	o.fd = 1;
	o.err = o.len = 0;
	many = argv[1] != 0;
	for (; *argv; argv++) {
		n = canon ? resolve(AT_FDCWD, *argv, buf, 0) : sys_readlinkat(AT_FDCWD, *argv, buf, 4096);
		if (is_err(n)) {
			ret = 1;
			continue;
		}
		buf[n] = '\n';
		out_put(&o, buf, n + (nl || many));
	}
	return out_finish(&o) ? 1 : ret;
}
