/* Copying data from one descriptor to another, the kernel doing the work
 * where it can: copy_file_range between files, splice to or from a pipe,
 * sendfile from a file.  A failure falls through to the next way, ending in
 * read/write, which continues at the same offset and tells read errors
 * from write errors.  A 0 before any data also falls through: procfs files
 * report no size to the zero-copy calls. */
#ifndef MOTE_COPY_H
#define MOTE_COPY_H

#include "io.h"

#define COPY_CHUNK (1L << 30)

/* Copies in to out until the end of in.  Returns 0, or the -errno of a
 * read error, or of a write error with *write_failed set. */
static long copy_fd(int in, int out, int *write_failed)
{
	char buf[65536];
	long n;
	int how = 0, moved = 0;

	*write_failed = 0;
	for (;;) {
		/* copy_file_range and splice take the same arguments */
		if (how < 2)
			n = syscall6(how ? __NR_splice : __NR_copy_file_range, in, 0, out, 0, COPY_CHUNK, 0);
		else if (how == 2)
			n = sys_sendfile(out, in, 0, COPY_CHUNK);
		else if ((n = sys_read(in, buf, sizeof(buf))) > 0) {
			long w = write_all(out, buf, n);
			if (w) {
				*write_failed = 1;
				return w;
			}
		}
		if (n > 0)
			moved = 1;
		else if (how < 3 && (n || !moved))
			how++;
		else
			return n;
	}
}

/* Copying a file tree, for cp and for mv across file systems. */
#include "walk.h"

#define CP_R 1	/* directories too, and special files as themselves */
#define CP_P 2	/* keep mode, owner and times */
#define CP_F 4	/* remove a destination that will not open */
#define CP_I 8	/* ask before overwriting */
#define CP_MV 16	/* replace what is there, as rename does: for mv */

struct cp {
	int flags, umask;
	int dir;		/* the operand's destination: name in dir */
	const char *name;
	struct statx top;	/* the first directory made: never copied into */
};

/* The kernel's encoding of a device number (new_encode_dev). */
static unsigned dev_encode(unsigned major, unsigned minor)
{
	return (minor & 0xff) | major << 8 | (minor & ~0xffU) << 12;
}

/* Gives the copy dn in dd the mode, owner and times of st, as -p does;
 * chown first, since it clears set-id bits. */
static void copy_keep(int dd, const char *dn, const struct statx *st)
{
	struct __kernel_timespec t[2] = {
		{ st->stx_atime.tv_sec, st->stx_atime.tv_nsec },
		{ st->stx_mtime.tv_sec, st->stx_mtime.tv_nsec },
	};

	sys_fchownat(dd, dn, st->stx_uid, st->stx_gid, AT_SYMLINK_NOFOLLOW);
	if (!S_ISLNK(st->stx_mode))
		sys_fchmodat(dd, dn, st->stx_mode & 07777);
	sys_utimensat(dd, dn, t, AT_SYMLINK_NOFOLLOW);
}

/* For walk(): copies one file.  w->aux holds a directory's copy, open
 * while its entries are copied, times 2, plus 1 if this copy made it. */
static int copy_file(struct walk *w, int how)
{
	struct cp *c = w->ctx;
	const struct statx *st = &w->st;
	struct statx old;
	const char *dn = w->up ? w->name : c->name;
	int dd = w->up ? w->up->aux >> 1 : c->dir, mode = st->stx_mode, again = 0, write_failed;
	long r, in, out;
	char buf[4096];

	if (how != WALK_PRE) {
		sys_close(w->aux >> 1);
		if (c->flags & CP_P)
			copy_keep(dd, dn, st);
		else if (w->aux & 1)
			sys_fchmodat(dd, dn, mode & 0777 & ~c->umask);
		return 0;
	}
	old.stx_mode = 0;
	if (!is_err(sys_statx(dd, dn, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &old))) {
		/* data is copied through a link: never onto the source, and
		 * not to a file the link would make (without -f); a failed
		 * statx leaves old as it was */
		int through = S_ISLNK(old.stx_mode) && S_ISREG(mode) && !(c->flags & CP_MV);
		long r = through ? sys_statx(dd, dn, 0, STATX_BASIC_STATS, &old) : 0;
		if (same_file(st, &old)) {
			walk_warn(w, 0, "is the destination");
			return 1;
		}
		if (c->flags & CP_MV && !S_ISDIR(old.stx_mode))
			sys_unlinkat(dd, dn, 0);
		if (r) {
			if (!(c->flags & CP_F)) {
				walk_warn(w, 0, "not writing through a dangling link");
				return 1;
			}
			sys_unlinkat(dd, dn, 0);
		}
		if (c->flags & CP_I && !S_ISDIR(old.stx_mode) && !walk_ask(w, "overwrite the copy of "))
			return 0;
	}
	if (S_ISDIR(mode)) {
		if (!(c->flags & CP_R)) {
			walk_warn(w, 0, "omitting directory");
			return 1;
		}
		if (same_file(st, &c->top)) {
			walk_warn(w, 0, "cannot copy a directory into itself");
			return 1;
		}
		r = sys_mkdirat(dd, dn, 0700);
		if (r && !S_ISDIR(old.stx_mode))
			goto fail;
		in = r;
		r = sys_openat(dd, dn, O_PATH | O_DIRECTORY | O_CLOEXEC, 0);
		if (is_err(r))
			goto fail;
		w->aux = 2 * r + !in;
		if (!c->top.stx_ino)
			sys_fstatx(r, &c->top);
		return 0;
	}
	for (;;) {
		if (S_ISLNK(mode)) {
			r = sys_readlinkat(w->dir, w->name, buf, sizeof(buf) - 1);
			if (is_err(r))
				break;
			buf[r] = 0;
			r = sys_symlinkat(buf, dd, dn);
		} else if (S_ISREG(mode) || !(c->flags & CP_R)) {
			r = in = sys_openat(w->dir, w->name, O_RDONLY | O_CLOEXEC, 0);
			if (is_err(in))
				break;
			r = out = sys_openat(dd, dn, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode & 0777);
			if (!is_err(out)) {
				r = copy_fd(in, out, &write_failed);
				sys_close(out);
			}
			sys_close(in);
			if (!is_err(out))
				break;
		} else
			r = sys_mknodat(dd, dn, mode, dev_encode(st->stx_rdev_major, st->stx_rdev_minor));
		/* a link or a node cannot replace a file in place; -f removes
		 * a destination that will not open */
		if (again++ || (r != -EEXIST && !(is_err(r) && c->flags & CP_F)) ||
		    is_err(sys_unlinkat(dd, dn, 0)))
			break;
	}
	if (r)
		goto fail;
	if (c->flags & CP_P)
		copy_keep(dd, dn, st);
	return 0;
fail:
	walk_warn(w, r, 0);
	return 1;
}

/* Counts the operands of cp or mv and sets c up for the last, DEST: the
 * directory that each SOURCE goes into, or the name of the one SOURCE's
 * copy; w is made ready to walk the sources.  Returns the number of
 * sources; on a bad DEST it says so and exits.  The utility defines
 * USAGE, its usage line, before including this file. */
static int copy_dest(struct cp *c, struct walk *w, char **argv)
{
	int n = 0;
	long r;

	while (argv[n])
		n++;
	if (n < 2)
		usage(USAGE);
	c->top.stx_ino = 0;
	c->dir = w->dir = AT_FDCWD;
	w->name = c->name = argv[--n];
	w->up = 0;
	w->ctx = c;
	/* O_PATH: a directory that may not be read may still be written */
	r = sys_openat(AT_FDCWD, c->name, O_PATH | O_DIRECTORY | O_CLOEXEC, 0);
	if (!is_err(r))
		c->dir = r;
	else if (n > 1) {
		walk_warn(w, -ENOTDIR, 0);
		sys_exit(1);
	}
	return n;
}

/* The name of source's copy: its last name in the directory DEST. */
static void copy_name(struct cp *c, const char *source)
{
	if (c->dir != AT_FDCWD)
		c->name = base_name(source);
}

#endif
