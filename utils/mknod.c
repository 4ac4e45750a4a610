/* mknod - make special files
 *
 * usage: mknod [-m MODE] NAME TYPE [MAJOR MINOR]
 *
 * TYPE is b (block device), c or u (character device) or p (fifo); b and
 * c take MAJOR and MINOR.
 * -m  the mode, octal or symbolic as chmod's, umask not applied
 *
 * Standard: mknod as in GNU coreutils (POSIX has only mkfifo).
 */
#include "fileerr.h"
#define ERR_CODES ENOENT, EACCES, ENOTDIR, EEXIST, EPERM, EINVAL, EROFS, ENOSPC, ELOOP, ENAMETOOLONG, EIO, EDQUOT
#define ERR_TEXTS E_ENOENT E_EACCES E_ENOTDIR E_EEXIST E_EPERM E_EINVAL E_EROFS E_ENOSPC E_ELOOP E_ENAMETOOLONG E_EIO E_EDQUOT
#include "mote.h"
#include "mode.h"

#define USAGE "[-m MODE] NAME TYPE [MAJOR MINOR]"

int main(int argc, char **argv, char **envp)
{
	const char *m = 0;
	unsigned long maj = 0, min = 0;
	long mode, r, um = sys_umask(0);
	int type;

	sys_umask(um);
	OPTS(argv) {
	case 'm':
		m = OPT_ARG(USAGE);
		break;
	default:
		usage(USAGE);
	} OPTS_END
	if (!argv[0] || !argv[1] || argv[1][1])
		usage(USAGE);
	type = argv[1][0];
	if (type == 'p') {
		if (argv[2])
			usage(USAGE);
		type = S_IFIFO;
	} else if (type == 'b' || type == 'c' || type == 'u') {
		if (!argv[2] || !argv[3] || argv[4] || parse_ulong(argv[2], &maj) || parse_ulong(argv[3], &min) ||
		    maj > 4095 || min > 1048575)
			usage(USAGE);
		type = type == 'b' ? S_IFBLK : S_IFCHR;
	} else
		usage(USAGE);
	mode = m ? mode_parse(m, 0666, 0, um) : 0666;
	if (mode < 0) {
		warn_msg(m, "invalid mode");
		return 1;
	}
	r = sys_mknodat(AT_FDCWD, argv[0], type | mode, (min & 0xff) | maj << 8 | (min & ~0xffUL) << 12);
	if (!r && m)
		r = sys_fchmodat(AT_FDCWD, argv[0], mode);
	if (r) {
		warn_errno(argv[0], r);
		return 1;
	}
	return 0;
}
