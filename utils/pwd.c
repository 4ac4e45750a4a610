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
	char buf[4097];
	const char *p = 0, *q;
	struct statx a, b;
	long r;

	OPTS(argv) {
	case 'L':
		for (; *envp; envp++)
			if ((*envp)[0] == 'P' && (*envp)[1] == 'W' && (*envp)[2] == 'D' && (*envp)[3] == '=')
				p = *envp + 4;
		break;
	case 'P':
		p = 0;
		break;
	default:
		usage("[-L|-P]");
	} OPTS_END
	if (p) {
		for (q = p; *q; q++)
			if (q[0] == '/' && q[1] == '.' && (!q[2] || q[2] == '/' || (q[2] == '.' && (!q[3] || q[3] == '/'))))
				p = 0;
		if (!p || *p != '/' || is_err(sys_statx(AT_FDCWD, p, 0, STATX_INO, &a)) ||
		    is_err(sys_statx(AT_FDCWD, ".", 0, STATX_INO, &b)) || a.stx_ino != b.stx_ino ||
		    a.stx_dev_major != b.stx_dev_major || a.stx_dev_minor != b.stx_dev_minor)
			p = 0;
	}
	if (!p) {
		r = sys_getcwd(buf, sizeof(buf) - 1);
		if (is_err(r)) {
			warn_errno(0, r);
			return 1;
		}
		p = buf;
	}
	if ((r = write_all(1, p, strlen(p))) || (r = write_all(1, "\n", 1))) {
		warn_errno("write error", r);
		return 1;
	}
	return 0;
}
