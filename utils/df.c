/* df - report file system space
 *
 * usage: df [-hkP] [FILE]...
 *
 * For the file system holding each FILE, or for every mounted one with
 * blocks (each device once): size, used and available space in KiB, and
 * the use in percent, rounded up.
 * -h  sizes as 1.0K, 234M, 1.5G (powers of 1024, rounded up)
 * -k  KiB units (the default)
 * -P  the POSIX header (1024-blocks, Capacity)
 *
 * Standard: POSIX.1-2017 df, in the layout of GNU df; -h as in GNU and BSD.
 */
#include "fileerr.h"
#define ERR_CODES ENOENT, EACCES, ENOTDIR, ELOOP, ENAMETOOLONG, EMFILE, EIO, ENOSPC, EBADF, EPIPE
#define ERR_TEXTS E_ENOENT E_EACCES E_ENOTDIR E_ELOOP E_ENAMETOOLONG E_EMFILE E_EIO E_ENOSPC E_EBADF E_EPIPE
#include "mote.h"
#include "proc.h"
#include "human.h"
#include <asm/statfs.h>

#define MOUNTS 65536

struct df {
	struct out o;
	unsigned w[6];
	int pass, human;
};

/* Column k: measured in the first pass, written in the second. */
static void cell(struct df *d, int k, const char *s)
{
	unsigned n = strlen(s), pad = d->w[k] - n;

	if (!d->pass) {
		if (n > d->w[k])
			d->w[k] = n;
		return;
	}
	/* The first column is left-aligned, the last not padded. */
	if (k == 5)
		pad = 0;
	for (; k && pad; pad--)
		out_char(&d->o, ' ');
	out_str(&d->o, s);
	for (; pad; pad--)
		out_char(&d->o, ' ');
	out_char(&d->o, k == 5 ? '\n' : ' ');
}

/* v blocks of unit bytes, in KiB rounded up (counted in halves), or with
 * -h in bytes; with unit 0, v as a percentage.  64 bits where a long has
 * 32 too: 2 TiB is 2^32 halves. */
static void num(struct df *d, int k, unsigned long long v, unsigned long unit)
{
	char b[32], *p = d->human && unit ? human(b + 30, v * unit) : fmt_ull(b + 30, unit ? (v * (unit >> 9) + 1) / 2 : v);

	b[30] = unit ? 0 : '%';
	b[31] = 0;
	cell(d, k, p);
}

/* One line for the file system mounted at dir; 1 if statfs failed. */
static int row(struct df *d, const char *src, const char *dir)
{
	struct statfs f;
	unsigned long long used, sum;
	long r = sys_statfs(dir, &f);

	if (r) {
		if (d->pass)
			warn_errno(dir, r);
		return 1;
	}
	used = f.f_blocks - f.f_bfree;
	sum = used + f.f_bavail;
	cell(d, 0, src);
	num(d, 1, f.f_blocks, f.f_frsize);
	num(d, 2, used, f.f_frsize);
	num(d, 3, f.f_bavail, f.f_frsize);
	if (sum)
		num(d, 4, (used * 100 + sum - 1) / sum, 0);
	else
		cell(d, 4, "-");
	cell(d, 5, dir);
	return 0;
}

/* Splits /proc/self/mounts into "source\0dir\0" records, ending with an
 * empty source, undoing its octal escapes (\040 is a space). */
static void split(char *p)
{
	char *q = p;
	int field = 0;

	for (; *p; p++) {
		if (*p == '\n') {
			field = 0;
			continue;
		}
		if (field > 1)
			continue;
		if (*p == ' ') {
			*q++ = 0;
			field++;
		} else if (*p == '\\' && p[1] >= '0' && p[1] <= '3') {
			*q++ = (p[1] - '0') * 64 + (p[2] - '0') * 8 + (p[3] - '0');
			p += 3;
		} else
			*q++ = *p;
	}
	*q = 0;
}

#define NEXT(p) ((p) + strlen(p) + 1)

static int same_dev(const struct statx *a, const struct statx *b)
{
	return a->stx_dev_major == b->stx_dev_major && a->stx_dev_minor == b->stx_dev_minor;
}

/* The record of the mount on the device of st: the first one, or with a
 * path, the one with the longest mount point above path. */
static char *mount_of(char *buf, const struct statx *st, const char *path)
{
	struct statx mt;
	char *p, *dir, *best = 0;
	long len, blen = -1;

	for (p = buf; *p; p = NEXT(dir)) {
		dir = NEXT(p);
		len = strlen(dir);
		if (len > blen && (!path || (!memcmp(dir, path, len) && (len == 1 || !path[len] || path[len] == '/'))) &&
		    !is_err(sys_statx(AT_FDCWD, dir, 0, STATX_BASIC_STATS, &mt)) && same_dev(&mt, st)) {
			if (!path)
				return p;
			best = p;
			blen = len;
		}
	}
	return best;
}

int main(int argc, char **argv, char **envp)
{
	static char *const all[] = { 0 };
	char buf[MOUNTS], path[4096], proc[40] = "/proc/self/fd/", num_[24], *p, *best, *dir;
	struct statx st;
	struct df d;
	int posix = 0, ret = 0, i;

	d.human = 0;
	long fd, n;

	OPTS(argv) {
	case 'k':
		break;
	case 'P':
		posix = 1;
		break;
	case 'h':
		d.human = 1;
		break;
	default:
		usage("[-hkP] [FILE]...");
	} OPTS_END
	if (is_err(read_file(AT_FDCWD, "/proc/self/mounts", buf, MOUNTS)))
		buf[0] = 0;
	split(buf);
	if (!*argv)
		argv = (char **)all;
	d.o.fd = 1;
	d.o.err = d.o.len = 0;
	d.w[0] = 14;
	d.w[1] = d.w[2] = d.w[3] = 5;
	d.w[4] = 4;
	d.w[5] = 0;
	for (d.pass = 0; d.pass < 2; d.pass++) {
		/* POSIX names columns 1 and 4 differently; -h, 1 to 3 */
		p = d.human ? "Filesystem\0" "Size\0" "Used\0" "Avail\0" "Use%\0" "Mounted on" :
			      "Filesystem\0" "1K-blocks\0" "Used\0" "Available\0" "Use%\0" "Mounted on";
		for (i = 0; i < 6; i++, p = NEXT(p))
			cell(&d, i, posix && !d.human && i % 3 == 1 ? (i == 1 ? "1024-blocks" : "Capacity") : p);
		if (!*argv) {
			/* every mount with blocks, each device once */
			for (p = buf; *p; p = NEXT(dir)) {
				struct statfs f;
				dir = NEXT(p);
				if (!sys_statfs(dir, &f) && f.f_blocks &&
				    !is_err(sys_statx(AT_FDCWD, dir, 0, STATX_BASIC_STATS, &st)) && mount_of(buf, &st, 0) == p)
					row(&d, p, dir);
			}
			continue;
		}
		for (i = 0; argv[i]; i++) {
			/* the longest mount point above the file, on its device */
			fd = sys_openat(AT_FDCWD, argv[i], O_PATH | O_CLOEXEC, 0);
			if (is_err(fd) || is_err(n = sys_statx(fd, "", AT_EMPTY_PATH, STATX_BASIC_STATS, &st))) {
				if (d.pass) {
					warn_errno(argv[i], fd);
					ret = 1;
				}
				if (!is_err(fd))
					sys_close(fd);
				continue;
			}
			num_[23] = 0;
			p = fmt_ulong(num_ + 23, fd);
			memcpy(proc + 14, p, num_ + 24 - p);
			n = sys_readlinkat(AT_FDCWD, proc, path, sizeof(path) - 1);
			sys_close(fd);
			path[n > 0 ? n : 0] = 0;
			best = mount_of(buf, &st, path);
			if (best)
				ret |= row(&d, best, NEXT(best));
			else if (d.pass) {
				warn_msg(argv[i], "no mount found");
				ret = 1;
			}
		}
	}
	return out_finish(&d.o) ? 1 : ret;
}
