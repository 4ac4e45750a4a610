/* rm - remove files
 *
 * usage: rm [-fiRr] FILE...
 *
 * -f  no message for missing files, no questions
 * -i  ask before each removal (without -f, a file that may not be written
 *     is asked about when stdin is a terminal)
 * -R, -r  remove directories and what they hold; links are never followed
 *
 * / is refused with -r, as are . and .. always.
 *
 * Standard: POSIX.1-2017 rm.
 */
#define ERR_CODES ENOENT, EACCES, EISDIR, ENOSPC, ENOTDIR, EPERM, ENOTEMPTY, EROFS, ELOOP, ENAMETOOLONG, EBUSY, EIO, EBADF
#define ERR_TEXTS E_ENOENT E_EACCES E_EISDIR E_ENOSPC E_ENOTDIR E_EPERM E_ENOTEMPTY E_EROFS E_ELOOP E_ENAMETOOLONG E_EBUSY E_EIO E_EBADF
#include "fileerr.h"
#include "mote.h"
#include "remove.h"

int main(int argc, char **argv, char **envp)
{
	struct walk w;
	struct statx root;
	char tty[64];
	int f = 0, ret = 0, k;
	const char *b, *why;

	w.follow = 0;
	OPTS(argv) {
	case 'f':
		w.follow = WALK_QUIET_ENOENT;
		f &= ~RM_I;
		break;
	case 'i':
		w.follow = 0;
		f |= RM_I;
		break;
	case 'R':
	case 'r':
		f |= RM_R;
		break;
	default:
		usage("[-fiRr] FILE...");
	} OPTS_END
	if (!*argv && !w.follow)
		usage("[-fiRr] FILE...");
	if (!w.follow && !is_err(sys_ioctl(0, TCGETS, tty)))
		f |= RM_ASK_RO;
	sys_statx(AT_FDCWD, "/", 0, STATX_BASIC_STATS, &root);
	w.up = 0;
	w.dir = AT_FDCWD;
	w.ctx = &f;
	for (; *argv; argv++) {
		w.name = *argv;
		b = base_name(w.name);
		for (k = 0; k < 2 && b[k] == '.'; k++)
			;
		why = 0;
		if (k && (!b[k] || b[k] == '/'))
			why = "refusing to remove . or ..";
		else if (f & RM_R && !is_err(sys_statx(AT_FDCWD, w.name, 0, STATX_BASIC_STATS, &w.st)) && same_file(&w.st, &root))
			why = "refusing to remove /";
		if (why) {
			walk_warn(&w, 0, why);
			ret = 1;
		} else
			ret |= walk(&w, remove_file);
	}
	return ret;
}
