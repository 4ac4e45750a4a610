/* mkdir - make directories
 *
 * usage: mkdir [-p] [-m MODE] DIR...
 *
 * -m  the mode of the new directories, octal or symbolic as chmod's
 * -p  make missing parents too; no error when DIR exists
 *
 * Standard: POSIX.1-2017 mkdir.
 */
#define ERR_CODES ENOENT, EACCES, ENOSPC, ENOTDIR, EEXIST, EPERM, EROFS, ELOOP, ENAMETOOLONG, EMLINK, EDQUOT, EIO
#define ERR_TEXTS E_ENOENT E_EACCES E_ENOSPC E_ENOTDIR E_EEXIST E_EPERM E_EROFS E_ELOOP E_ENAMETOOLONG E_EMLINK E_EDQUOT E_EIO
#include "fileerr.h"
#include "mote.h"
#include "mode.h"

#define USAGE "[-p] [-m MODE] DIR..."

int main(int argc, char **argv, char **envp)
{
	long mode = -1, r, fd;
	int p = 0, ret = 0, um = sys_umask(0);
	char *s, *c, *end, *rest;
	struct statx st;

	/* a parent gets u+wx whatever the umask, or the next level could
	 * not be made in it (POSIX); the last one is made with ~um */
	sys_umask(um & ~0300);
	OPTS(argv) {
	case 'p':
		p = 1;
		break;
	case 'm':
		if ((mode = mode_parse(OPT_ARG(USAGE), 0777, 1, um)) < 0) {
			warn_msg(*argv, "invalid mode");
			return 1;
		}
		break;
	default:
		usage(USAGE);
	} OPTS_END
	if (!*argv)
		usage(USAGE);
	for (; (s = *argv); argv++) {
		/* with -p, each parent made and opened relative to the one
		 * before; the first keeps its leading slashes */
		fd = AT_FDCWD;
		c = s;
		r = 0;
		while (p && !is_err(r)) {
			for (end = c; *end == '/'; end++)
				;
			while (*end && *end != '/')
				end++;
			for (rest = end; *rest == '/'; rest++)
				;
			if (!*rest)
				break;
			*end = 0;
			r = sys_mkdirat(fd, c, 0777);
			if (!r || r == -EEXIST)
				r = sys_openat(fd, c, O_PATH | O_DIRECTORY | O_CLOEXEC, 0);
			*end = '/';
			if (fd >= 0)
				sys_close(fd);
			fd = r;
			c = rest;
		}
		if (!is_err(r)) {
			r = sys_mkdirat(fd, c, 0777 & ~um);
			if (r == -EEXIST && p && !is_err(sys_statx(fd, c, 0, STATX_TYPE, &st)) && S_ISDIR(st.stx_mode))
				r = 0;
			else if (!r && mode >= 0)
				r = sys_fchmodat(fd, c, mode);
		}
		if (fd >= 0)
			sys_close(fd);
		if (is_err(r)) {
			warn_errno(s, r);
			ret = 1;
		}
	}
	return ret;
}
