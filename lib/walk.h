/* A file tree walk for cp -R, rm -r, chmod -R, chown -R and du: each
 * directory is opened relative to its parent's descriptor, so there is no
 * limit on path length, and a symbolic link is followed only as asked.
 *
 * walk(w, fn) stats w->name in w->dir, then calls fn(w, WALK_PRE).  When
 * that returns 0 and the file is a directory, each of its entries is
 * walked in turn, and then fn(w, WALK_POST) is called, or WALK_POST_FAILED
 * if the directory would not open or any entry failed.  fn returns 0, 1 for a failure, or WALK_SKIP to
 * keep out of a directory.  walk() returns 1 if anything failed. */
#ifndef MOTE_WALK_H
#define MOTE_WALK_H

#include "err.h"

#define WALK_PRE 0
#define WALK_POST 1
#define WALK_POST_FAILED 2
#define WALK_SKIP 4

/* follow: 0 never, 1 the operand only (-H), 2 all links (-L) */
#define WALK_QUIET_ENOENT 4

struct walk {
	struct walk *up;	/* the directory holding this file; 0 for an operand */
	const char *name;	/* relative to dir */
	int dir;		/* AT_FDCWD for an operand */
	int follow;		/* as above, plus WALK_QUIET_ENOENT; the same for all */
	int64_t aux;		/* the caller's, per file (du: blocks, past 2^31 too) */
	void *ctx;		/* the caller's, the same for all */
	struct statx st;
};

/* Writes the path of w, as the operand and the names below it. */
static void walk_path(const struct walk *w, struct out *o)
{
	if (w->up) {
		const char *u = w->up->name;
		walk_path(w->up, o);
		if (!*u || u[strlen(u) - 1] != '/')
			out_char(o, '/');
	}
	out_str(o, w->name);
}

/* walk_path, unbuffered to stderr. */
static void walk_say_path(const struct walk *w)
{
	if (w->up) {
		const char *u = w->up->name;
		walk_say_path(w->up);
		if (!*u || u[strlen(u) - 1] != '/')
			err_puts("/");
	}
	err_puts(w->name);
}

/* Writes "util: " before, the path of w, then after, to stderr. */
static void walk_say(const struct walk *w, const char *before, const char *after)
{
	err_puts(UTIL_NAME ": ");
	err_puts(before);
	walk_say_path(w);
	err_puts(after);
}

/* "util: path: msg", msg being 0 for the text of the errno e. */
static void walk_warn(const struct walk *w, long e, const char *msg)
{
	walk_say(w, "", ": ");
	if (msg)
		err_puts(msg);
	else
		err_reason(e);
	err_puts("\n");
}

static int walk(struct walk *w, int (*fn)(struct walk *w, int how))
{
	char buf[4096];
	struct walk c;
	struct dirent64 *d;
	long fd, n, off;
	int ret, sub = 0, nofollow = w->follow <= !!w->up ? AT_SYMLINK_NOFOLLOW : 0;

	fd = sys_statx(w->dir, w->name, nofollow, STATX_BASIC_STATS, &w->st);
	if (is_err(fd)) {
		if (fd == -ENOENT && w->follow & WALK_QUIET_ENOENT)
			return 0;
		walk_warn(w, fd, 0);
		return 1;
	}
	ret = fn(w, WALK_PRE);
	if (ret || !S_ISDIR(w->st.stx_mode))
		return ret & 1;
	fd = sys_openat(w->dir, w->name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (nofollow ? O_NOFOLLOW : 0), 0);
	if (is_err(fd)) {
		walk_warn(w, fd, 0);
		return 1 | fn(w, WALK_POST_FAILED);
	}
	c = *w;
	c.up = w;
	c.dir = fd;
	while ((n = sys_getdents64(fd, buf, sizeof(buf))) > 0)
		for (off = 0; off < n; off += d->d_reclen) {
			d = (struct dirent64 *)(buf + off);
			c.name = d->d_name;
			if (d->d_name[0] != '.' || (d->d_name[1] && (d->d_name[1] != '.' || d->d_name[2])))
				sub |= walk(&c, fn);
		}
	if (n) {
		walk_warn(w, n, 0);
		sub = 1;
	}
	sys_close(fd);
	return sub | fn(w, WALK_POST + sub);
}

/* Asks "util: verb path? " on stderr (verb ends in a space); 1 if the
 * line read from stdin starts with y or Y. */
static int walk_ask(const struct walk *w, const char *verb)
{
	char c, first = 0;

	walk_say(w, verb, "? ");
	while (sys_read(0, &c, 1) == 1 && c != '\n')
		if (!first)
			first = c | 32;
	return first == 'y';
}

static int same_file(const struct statx *a, const struct statx *b)
{
	return a->stx_ino == b->stx_ino && a->stx_dev_major == b->stx_dev_major &&
	       a->stx_dev_minor == b->stx_dev_minor;
}

/* The last name in a path: "b" of "a/b", "b/" of "a/b/". */
static const char *base_name(const char *s)
{
	const char *b = s, *p;

	for (p = s; *p; p++)
		if (p[0] == '/' && p[1] && p[1] != '/')
			b = p + 1;
	return b;
}

#endif
