/* umount - unmount file systems
 *
 * usage: umount [-fl] DIR...
 *
 * -f  force, even if busy (network file systems)
 * -l  lazy: detach now, clean up when no longer busy
 *
 * Standard: util-linux umount, in the small.
 */
#define ERR_CODES ENOENT, EPERM, EBUSY, EINVAL
#define ERR_TEXTS "No such file or directory\0Operation not permitted\0Device or resource busy\0Invalid argument"
#include "mote.h"

/* umount2(2)'s flags; the kernel keeps them out of its UAPI headers. */
#define MNT_FORCE 1
#define MNT_DETACH 2

int main(int argc, char **argv, char **envp)
{
	int flags = 0, ret = 0;
	long r;

	OPTS(argv) {
	case 'f':
		flags |= MNT_FORCE;
		break;
	case 'l':
		flags |= MNT_DETACH;
		break;
	default:
		usage("[-fl] DIR...");
	} OPTS_END
	if (!*argv)
		usage("[-fl] DIR...");
	for (; *argv; argv++)
		if ((r = sys_umount2(*argv, flags))) {
			warn_errno(*argv, r);
			ret = 1;
		}
	return ret;
}
