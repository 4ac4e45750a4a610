/* rmdir - remove empty directories
 *
 * usage: rmdir [-p] DIR...
 *
 * -p  then remove each parent named in DIR, as long as it empties
 *
 * Standard: POSIX.1-2017 rmdir.
 */
#include "fileerr.h"
#define ERR_CODES ENOENT, EACCES, ENOTDIR, ENOTEMPTY, EEXIST, EPERM, EBUSY, EINVAL, EROFS, ELOOP, ENAMETOOLONG, EIO
#define ERR_TEXTS E_ENOENT E_EACCES E_ENOTDIR E_ENOTEMPTY E_EEXIST E_EPERM E_EBUSY E_EINVAL E_EROFS E_ELOOP E_ENAMETOOLONG E_EIO
#include "mote.h"

int main(int argc, char **argv, char **envp)
{
	int p = 0, ret = 0, k;
	char *s, *e;
	long r;

	OPTS(argv) {
	case 'p':
		p = 1;
		break;
	default:
		usage("[-p] DIR...");
	} OPTS_END
	if (!*argv)
		usage("[-p] DIR...");
	for (; (s = *argv); argv++)
		for (;;) {
			r = sys_unlinkat(AT_FDCWD, s, AT_REMOVEDIR);
			if (r) {
				warn_errno(s, r);
				ret = 1;
				break;
			}
			/* cut trailing slashes, the last name, the slashes before it */
			e = s + strlen(s);
			for (k = 0; k < 3; k++)
				while (e > s && (e[-1] == '/') != (k & 1))
					e--;
			if (!p || e == s)
				break;
			*e = 0;
		}
	return ret;
}
