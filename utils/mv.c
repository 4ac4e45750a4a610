/* mv - move files
 *
 * usage: mv [-fi] SOURCE... DEST
 *
 * Renames SOURCE to DEST, or moves each SOURCE into the directory DEST.
 * Across file systems the tree is copied (mode, owner and times kept),
 * and the source is removed only once all of it was copied.
 * -f  do not ask
 * -i  ask before overwriting
 *
 * Standard: POSIX.1-2017 mv.
 */
#define ERR_CODES ENOENT, EACCES, EISDIR, ENOSPC, ENOTDIR, EEXIST, EPERM, ENOTEMPTY, EINVAL, EIO, EROFS, ELOOP, ENAMETOOLONG, EMFILE, EBUSY, EDQUOT
#define ERR_TEXTS E_ENOENT E_EACCES E_EISDIR E_ENOSPC E_ENOTDIR E_EEXIST E_EPERM E_ENOTEMPTY E_EINVAL E_EIO E_EROFS E_ELOOP E_ENAMETOOLONG E_EMFILE E_EBUSY E_EDQUOT
#define USAGE "[-fi] SOURCE... DEST"
#include "fileerr.h"
#include "mote.h"
#include "copy.h"
#include "remove.h"

int main(int argc, char **argv, char **envp)
{
	struct cp c;
	struct walk w;
	struct statx st;
	int n, ret = 0, i, rm = RM_R, ask = 0;
	long r;

	c.flags = CP_R | CP_P | CP_MV;
	OPTS(argv) {
	case 'f':
		ask = 0;
		break;
	case 'i':
		ask = 1;
		break;
	default:
		usage(USAGE);
	} OPTS_END
	n = copy_dest(&c, &w, argv);
	w.follow = 0;
	for (i = 0; i < n; i++) {
		copy_name(&c, w.name = argv[i]);
		r = sys_statx(AT_FDCWD, w.name, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &w.st);
		if (!is_err(r) && !is_err(sys_statx(c.dir, c.name, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &st))) {
			if (same_file(&w.st, &st)) {
				walk_warn(&w, 0, "is the destination");
				ret = 1;
				continue;
			}
			if (ask && !walk_ask(&w, "overwrite the destination of "))
				continue;
		}
		if (!is_err(r))
			r = sys_renameat2(AT_FDCWD, w.name, c.dir, c.name, 0);
		if (r == -EXDEV) {
			/* the source goes only once all of it was copied */
			c.top.stx_ino = 0;
			w.ctx = &c;
			r = walk(&w, copy_file);
			w.ctx = &rm;
			ret |= r || walk(&w, remove_file);
		} else if (is_err(r)) {
			walk_warn(&w, r, 0);
			ret = 1;
		}
	}
	return ret;
}
