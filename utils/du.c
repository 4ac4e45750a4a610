/* du - estimate file space usage
 *
 * usage: du [-a|-s] [-hkx] [-H|-L] [FILE]...
 *
 * Prints the KiB allocated to each directory, with all below it, and to
 * each FILE (default .); a directory, or a file with several links, counts
 * once, even when named again.
 * -a  every file, not only directories
 * -s  only each FILE's total
 * -h  sizes as 1.0K, 234M, 1.5G (powers of 1024, rounded up)
 * -k  KiB units (the default)
 * -x  stay on the file system of each FILE
 * -H  follow links named as FILE
 * -L  follow all links
 *
 * Standard: POSIX.1-2017 du (sizes in KiB, as with -k); -h as in GNU and BSD.
 */
#include "fileerr.h"
#define ERR_CODES ENOENT, EACCES, ENOTDIR, ELOOP, ENAMETOOLONG, EMFILE, ENOMEM, EIO, ENOSPC, EBADF, EPIPE
#define ERR_TEXTS E_ENOENT E_EACCES E_ENOTDIR E_ELOOP E_ENAMETOOLONG E_EMFILE E_ENOMEM E_EIO E_ENOSPC E_EBADF E_EPIPE
#include "mote.h"
#include "walk.h"
#include "human.h"

/* a hash set of the files counted, by inode; past 3/4 full, it stops
 * growing and files are counted as met */
#define SEEN 8192
#define USAGE "[-a|-s] [-hkx] [-H|-L] [FILE]..."
/* Options, as bits in the order of "askxh"; -H and -L set follow. */
#define ALL 1
#define SUM 2
#define XDEV 8
#define HUMAN 16

struct du {
	struct out o;
	int opts, nseen;
	unsigned dev_major, dev_minor;
	struct { uint64_t ino; unsigned major, minor; } seen[SEEN];	/* 64-bit inodes on 32-bit too */
};

/* 1 if st was counted before; else it is now. */
static int seen(struct du *d, const struct statx *st)
{
	unsigned i = st->stx_ino * 2654435761U % SEEN;

	for (;; i = (i + 1) % SEEN) {
		if (!d->seen[i].ino)
			break;
		if (d->seen[i].ino == st->stx_ino && d->seen[i].major == st->stx_dev_major &&
		    d->seen[i].minor == st->stx_dev_minor)
			return 1;
	}
	if (d->nseen < SEEN / 4 * 3) {
		d->nseen++;
		d->seen[i].ino = st->stx_ino;
		d->seen[i].major = st->stx_dev_major;
		d->seen[i].minor = st->stx_dev_minor;
	}
	return 0;
}

static void show(struct du *d, struct walk *w)
{
	char num[24], *p = d->opts & HUMAN ? human(num + 23, (unsigned long long)w->aux * 512) : fmt_ull(num + 23, (w->aux + 1) / 2);

	num[23] = '\t';
	out_put(&d->o, p, num + 24 - p);
	walk_path(w, &d->o);
	out_char(&d->o, '\n');
}

static int count(struct walk *w, int how)
{
	struct du *d = w->ctx;
	struct statx *st = &w->st;
	int dir = S_ISDIR(st->stx_mode);

	if (how == WALK_PRE) {
		if (!w->up) {
			d->dev_major = st->stx_dev_major;
			d->dev_minor = st->stx_dev_minor;
		} else if (d->opts & XDEV && (st->stx_dev_major != d->dev_major || st->stx_dev_minor != d->dev_minor))
			return WALK_SKIP;
		if ((dir || st->stx_nlink > 1) && seen(d, st))
			return WALK_SKIP;
		w->aux = st->stx_blocks;
		if (dir)
			return 0;
	}
	if (w->up)
		w->up->aux += w->aux;
	if (!w->up || (!(d->opts & SUM) && (dir || d->opts & ALL)))
		show(d, w);
	return how == WALK_POST_FAILED;
}

int main(int argc, char **argv, char **envp)
{
	static char *const dot[] = { ".", 0 };
	struct du d;
	struct walk w;
	int ret = 0, i;

	d.opts = d.nseen = 0;
	memset(d.seen, 0, sizeof(d.seen));
	w.follow = 0;
	OPTS(argv) {
	default:
		for (i = 0; "askxhHL"[i] != OPT_CHAR; i++)
			if (!"askxhHL"[i])
				usage(USAGE);
		if (i < 5)
			d.opts |= 1 << i;
		else
			w.follow = i - 4;
	} OPTS_END
	if ((d.opts & (ALL | SUM)) == (ALL | SUM))
		usage(USAGE);
	if (!*argv)
		argv = (char **)dot;
	d.o.fd = 1;
	d.o.err = d.o.len = 0;
	w.up = 0;
	w.dir = AT_FDCWD;
	w.ctx = &d;
	for (; *argv; argv++) {
		w.name = *argv;
		ret |= walk(&w, count);
	}
	return out_finish(&d.o) ? 1 : ret;
}
