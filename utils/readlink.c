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
#define ERR_FEW
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

int main(int argc, char **argv, char **envp)
{
	char buf[8200];
	struct out o;
	int canon = 0, nl = 1, ret = 0, many;
	long n, fd;

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
		if (!canon)
			n = sys_readlinkat(AT_FDCWD, *argv, buf, 4096);
		else if (!is_err(fd = sys_openat(AT_FDCWD, *argv, O_PATH | O_CLOEXEC, 0)))
			n = fd_path(fd, buf);
		else {
			/* a missing last name: the canonical directory, then it */
			const char *b = base_name(*argv);
			char *d = buf + 4100;
			size_t k = b - *argv;
			memcpy(d, *argv, k);
			memcpy(d + k, ".", 2);
			n = fd;
			if (fd == -ENOENT && k < 4000 && b[0] != '.' && !is_err(fd = sys_openat(AT_FDCWD, d, O_PATH | O_DIRECTORY | O_CLOEXEC, 0)) &&
			    (n = fd_path(fd, buf)) > 0) {
				if (buf[n - 1] != '/')
					buf[n++] = '/';
				for (k = 0; b[k] && b[k] != '/' && n < 8190; k++)
					buf[n++] = b[k];
			}
		}
		if (is_err(n)) {
			ret = 1;
			continue;
		}
		out_put(&o, buf, n);
		if (nl || many)
			out_char(&o, '\n');
	}
	out_flush(&o);
	if (o.err) {
		warn_errno("write error", o.err);
		return 1;
	}
	return ret;
}
