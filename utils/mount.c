/* mount - mount a file system, or list the mounted ones
 *
 * usage: mount [-t TYPE] [-o OPT[,OPT]...] DEVICE DIR
 *        mount -o remount[,OPT]... DIR
 *        mount
 *
 * With no operand, lists /proc/mounts.
 * -t TYPE  the file system type; without it, each type in
 *          /proc/filesystems that needs a device is tried in turn
 * -o OPTS  ro, rw, remount, bind, rbind, nosuid, nodev, noexec, sync,
 *          noatime; any other option goes to the file system (size=1m)
 *
 * Standard: util-linux mount, in the small.
 */
#define ERR_CODES ENOENT, EPERM, EBUSY, EINVAL, ENODEV, ENOTBLK, ENOSPC
#define ERR_TEXTS "No such file or directory\0Operation not permitted\0Device or resource busy\0" \
	"Invalid argument\0No such device\0Block device required\0No space left on device"
#include "mote.h"
#include "proc.h"

#define USAGE "[-t TYPE] [-o OPTS] [DEVICE] DIR"

/* Flag options, in the order of their bits in flags[] (all below 1 << 16). */
static const char names[] =
	"ro\0" "rw\0" "remount\0" "bind\0" "rbind\0" "nosuid\0" "nodev\0" "noexec\0" "sync\0" "noatime\0";
static const unsigned short flags[] = {
	MS_RDONLY, 0, MS_REMOUNT, MS_BIND, MS_BIND | MS_REC, MS_NOSUID, MS_NODEV, MS_NOEXEC,
	MS_SYNCHRONOUS, MS_NOATIME,
};

/* Ends the field at p at the first c; returns the next one. */
static __attribute__((noinline)) char *cut(char *p, int c)
{
	while (*p && *p != c)
		p++;
	if (*p)
		*p++ = 0;
	return p;
}

int main(int argc, char **argv, char **envp)
{
	char fs[4096], *type = 0, *opts = 0, *p, *q, *dev, *dir;
	unsigned long fl = 0;
	long r;

	OPTS(argv) {
	case 't':
	case 'o':
		*(OPT_CHAR == 't' ? &type : &opts) = OPT_ARG(USAGE);
		break;
	default:
		usage(USAGE);
	} OPTS_END
	if (!*argv) {
		/* Copied in pieces: with many mounts it is long. */
		long fd = sys_openat(AT_FDCWD, "/proc/mounts", O_RDONLY | O_CLOEXEC, 0);

		r = fd;
		while (!is_err(fd) && (r = sys_read(fd, fs, sizeof(fs))) > 0)
			if ((r = write_all(1, fs, r))) {
				warn_errno("write error", r);
				return 1;
			}
		if (r) {
			warn_errno("/proc/mounts", r);
			return 1;
		}
		return 0;
	}
	/* Split OPTS at commas into flags and, comma-joined in place, the
	 * rest: the file system's data string. */
	for (p = q = opts; p && *p; ) {
		char *o = p;
		const char *n = names;
		unsigned i = 0;

		p = cut(p, ',');
		for (; *n && !streq(n, o); n += strlen(n) + 1)
			i++;
		if (*n) {
			fl |= flags[i];
			if (i == 1)
				fl &= ~MS_RDONLY;
		} else {
			if (q != opts)
				*q++ = ',';
			while (*o)
				*q++ = *o++;
		}
	}
	if (opts)
		*q = 0;
	dev = dir = *argv++;
	if (*argv)
		dir = *argv++;
	else if (!(fl & MS_REMOUNT))
		usage(USAGE);
	if (*argv)
		usage(USAGE);
	if (type || (fl & (MS_REMOUNT | MS_BIND)))
		r = sys_mount(dev, dir, type, fl, opts);
	else {
		/* Lines are "nodev\tNAME" or "\tNAME". */
		r = read_file(AT_FDCWD, "/proc/filesystems", fs, sizeof(fs));
		if (!is_err(r))
			r = -ENODEV;
		for (p = fs; (r == -ENODEV || r == -EINVAL) && *p; ) {
			char *line = p;
			p = cut(p, '\n');
			if (*line == '\t')
				r = sys_mount(dev, dir, line + 1, fl, opts);
		}
	}
	if (r) {
		warn_errno(dir, r);
		return 1;
	}
	return 0;
}
