/* cp - copy files
 *
 * usage: cp [-afHiLPpRr] SOURCE... DEST
 *
 * Copies SOURCE to DEST, or each SOURCE into the directory DEST.
 * -R, -r  copy directories and what they hold; special files as themselves
 * -a  -R -P -p
 * -f  remove a destination that will not open, and try again
 * -i  ask before overwriting
 * -H  follow symbolic links on the command line
 * -L  follow all symbolic links
 * -P  copy symbolic links as links (the default with -R)
 * -p  keep mode, owner and times
 *
 * Standard: POSIX.1-2017 cp.
 */
#define ERR_CODES ENOENT, EACCES, EISDIR, ENOSPC, ENOTDIR, EEXIST, EPERM, EINVAL, EIO, EROFS, ELOOP, ENAMETOOLONG, EMFILE, EDQUOT, ETXTBSY, EFBIG
#define ERR_TEXTS E_ENOENT E_EACCES E_EISDIR E_ENOSPC E_ENOTDIR E_EEXIST E_EPERM E_EINVAL E_EIO E_EROFS E_ELOOP E_ENAMETOOLONG E_EMFILE E_EDQUOT E_ETXTBSY E_EFBIG
#define USAGE "[-afHiLPpRr] SOURCE... DEST"
#include "fileerr.h"
#include "mote.h"
#include "copy.h"

int main(int argc, char **argv, char **envp)
{
	struct cp c;
	struct walk w;
	int follow = -1, n, ret = 0, i;

	c.flags = 0;
	OPTS(argv) {
	case 'a':
		c.flags |= CP_R | CP_P;
		follow = 0;
		break;
	case 'R':
	case 'r':
		c.flags |= CP_R;
		break;
	case 'f':
		c.flags = (c.flags & ~CP_I) | CP_F;
		break;
	case 'i':
		c.flags = (c.flags & ~CP_F) | CP_I;
		break;
	case 'H':
		follow = 1;
		break;
	case 'L':
		follow = 2;
		break;
	case 'P':
		follow = 0;
		break;
	case 'p':
		c.flags |= CP_P;
		break;
	default:
		usage(USAGE);
	} OPTS_END
	n = copy_dest(&c, &w, argv);
	if (follow < 0)
		follow = c.flags & CP_R ? 0 : 2;
	c.umask = sys_umask(0);
	sys_umask(c.umask);
	w.follow = follow;
	for (i = 0; i < n; i++) {
		copy_name(&c, w.name = argv[i]);
		ret |= walk(&w, copy_file);
	}
	return ret;
}
