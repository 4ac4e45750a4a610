/* pwd - print the working directory
 *
 * usage: pwd [-L|-P]
 *
 * -L  $PWD, if it names the working directory without . or .. in it
 * -P  the path with no symbolic links (the default, as in GNU)
 *
 * Standard: POSIX.1-2017 pwd (-P is the default, as GNU's is).
 */
#define ERR_CODES ENOENT, EACCES, ENOSPC, EBADF, EIO, ENAMETOOLONG
#define ERR_TEXTS E_ENOENT E_EACCES E_ENOSPC E_EBADF E_EIO E_ENAMETOOLONG
#include "fileerr.h"
#include "mote.h"

int main(int argc, char **argv, char **envp)
{
	char buf[4097], *p = 0, *q;
	struct statx st[2];
	long r;
	int i;

	OPTS(argv) {
	case 'L':
		for (; *envp; envp++)
			if ((q = skip_prefix(*envp, "PWD=")))
				p = q;
		break;
	case 'P':
		p = 0;
		break;
	default:
		usage("[-L|-P]");
	} OPTS_END
	/* $PWD only if absolute, free of . and .., and the same directory */
	for (q = p; p && *q; q++)
		if (q[0] == '/' && q[1] == '.' && (!(r = q[2 + (q[2] == '.')]) || r == '/'))
			p = 0;
	if (p && *p == '/') {
		for (i = 0; i < 2 && !is_err(sys_statx(AT_FDCWD, i ? "." : p, 0, STATX_INO, &st[i])); i++)
			;
		if (i < 2 || st[0].stx_ino != st[1].stx_ino || st[0].stx_dev_major != st[1].stx_dev_major ||
		    st[0].stx_dev_minor != st[1].stx_dev_minor)
			p = 0;
	} else
		p = 0;
	if (!p) {
		r = sys_getcwd(buf, sizeof(buf) - 1);
		if (is_err(r)) {
			warn_errno(0, r);
			return 1;
		}
		p = buf;
	}
	q = p + strlen(p);
	*q++ = '\n';
	if ((r = write_all(1, p, q - p))) {
		warn_errno("write error", r);
		return 1;
	}
	return 0;
}
