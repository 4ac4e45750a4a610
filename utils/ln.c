/* ln - link files
 *
 * usage: ln [-fs] [-L|-P] TARGET... [DEST]
 *
 * Links DEST to TARGET, or makes links to each TARGET in the directory
 * DEST (the current directory when there is only TARGET).
 * -f  replace an existing DEST (never TARGET itself)
 * -s  symbolic links
 * -L  hard links to the file a symbolic link TARGET points to
 * -P  hard links to a symbolic link TARGET itself (the default)
 *
 * Standard: POSIX.1-2017 ln.
 */
#define ERR_CODES ENOENT, EACCES, EISDIR, ENOSPC, ENOTDIR, EEXIST, EPERM, EROFS, EXDEV, ELOOP, ENAMETOOLONG, EMLINK, EDQUOT, EIO
#define ERR_TEXTS E_ENOENT E_EACCES E_EISDIR E_ENOSPC E_ENOTDIR E_EEXIST E_EPERM E_EROFS E_EXDEV E_ELOOP E_ENAMETOOLONG E_EMLINK E_EDQUOT E_EIO
#include "fileerr.h"
#include "mote.h"
#include "walk.h"

#define USAGE "[-fs] [-L|-P] TARGET... [DEST]"

int main(int argc, char **argv, char **envp)
{
	struct statx st, old;
	const char *name;
	int f = 0, s = 0, follow = 0, n, i, ret = 0, again;
	long dir, r;

	OPTS(argv) {
	case 'f':
		f = 1;
		break;
	case 's':
		s = 1;
		break;
	case 'L':
		follow = AT_SYMLINK_FOLLOW;
		break;
	case 'P':
		follow = 0;
		break;
	default:
		usage(USAGE);
	} OPTS_END
	for (n = 0; argv[n]; n++)
		;
	if (!n)
		usage(USAGE);
	name = n > 1 ? argv[--n] : ".";
	dir = sys_openat(AT_FDCWD, name, O_PATH | O_DIRECTORY | O_CLOEXEC, 0);
	if (is_err(dir)) {
		if (n > 1) {
			warn_errno(name, -ENOTDIR);
			return 1;
		}
		dir = AT_FDCWD;
	}
	for (i = 0; i < n; i++) {
		if (dir != AT_FDCWD)
			name = base_name(argv[i]);
		for (again = f;;) {
			r = s ? sys_symlinkat(argv[i], dir, name) : sys_linkat(AT_FDCWD, argv[i], dir, name, follow);
			if (r != -EEXIST || !again--)
				break;
			/* -f must not remove the file it is to link to */
			if (!s && !is_err(sys_statx(AT_FDCWD, argv[i], follow ? 0 : AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &st)) &&
			    !is_err(sys_statx(dir, name, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &old)) && same_file(&st, &old)) {
				r = -EEXIST;
				break;
			}
			r = sys_unlinkat(dir, name, 0);
			if (r)
				break;
		}
		if (r) {
			warn_errno(dir == AT_FDCWD ? name : argv[i], r);
			ret = 1;
		}
	}
	return ret;
}
