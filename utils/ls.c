/* ls - list directory contents
 *
 * usage: ls [-1AadFhilnRrSst] [FILE]...
 *
 * Lists each FILE, and what each directory holds, sorted by name in byte
 * order; in columns on a terminal, else one name per line.
 * -1  one name per line
 * -A  all names but . and ..
 * -a  all names, . and .. too
 * -d  directories themselves, not their contents
 * -F  append / to directories, * executables, @ links, | fifos, = sockets
 * -h  sizes as 1.5K, 20M
 * -i  inode numbers
 * -l  long: mode, links, owner, group, size, mtime (UTC), name -> target
 * -n  -l with numeric owner and group
 * -R  into subdirectories too
 * -r  reverse the order
 * -S  largest first
 * -s  allocated size in KiB
 * -t  newest first
 *
 * Standard: POSIX.1-2017 ls, the output of GNU ls in the C locale; names
 * print raw (no quoting), -C -x -m -p -q -c -u -g -o -H -L left out.
 */
#define ERR_CODES ENOENT, EACCES, ENOTDIR, ENOSPC, EBADF, EIO, ELOOP, ENAMETOOLONG, EMFILE, ENOMEM, EPERM
#define ERR_TEXTS E_ENOENT E_EACCES E_ENOTDIR E_ENOSPC E_EBADF E_EIO E_ELOOP E_ENAMETOOLONG E_EMFILE E_ENOMEM E_EPERM
#include "fileerr.h"
#include "mote.h"
#include "human.h"
#include "mode.h"
#include "idmap.h"
#include "civil.h"

enum {
	Fa = 1, FA = 2, FS = 4, Ft = 8, Fl = 16, F1 = 32, Fn = 64, Fd = 128,
	FR = 256, FF = 512, Fi = 1024, Fr = 2048, Fs = 4096, Fh = 8192,
	Fgroup = 1 << 14,
};
#define FLAGS "aAStl1ndRFirsh"
#define ARENA (1L << (sizeof(long) > 4 ? 32 : 30))

struct ent {
	struct statx st;
	char name[];
};

/* Everything lives in one arena: entries and the text being built grow up
 * from its start to top, pointers to the entries down from its end to v. */
struct ls {
	char *top, *map[2];	/* map: /etc/passwd, /etc/group (-l) */
	struct ent **v;
	struct __kernel_timespec now;
	long err;		/* the first write error */
	unsigned f, width, w[8];	/* w: the widest of each -l, -i, -s field */
	int shown, ret;
};

static void room(struct ls *s, size_t need)
{
	if ((char *)s->v - s->top < (long)need) {
		warn_msg(0, "memory exhausted");
		sys_exit(2);
	}
}

/* Reports -errno e on what: exit status 2 when it is an operand (dir is
 * the working directory), 1 when it is found inside one. */
static void fail(struct ls *s, const char *what, long e, int dir)
{
	warn_errno(what, e);
	s->ret |= dir == AT_FDCWD ? 2 : 1;
}

static void put(struct ls *s, const char *p, size_t n)
{
	memcpy(s->top, p, n);
	s->top += n;
}

static void put_str(struct ls *s, const char *p)
{
	put(s, p, strlen(p));
}

/* Writes the text from `from` to the top, which then moves back there. */
static void flush(struct ls *s, char *from)
{
	if (!s->err)
		s->err = write_all(1, from, s->top - from);
	s->top = from;
}

/* Stats name into a new entry at the top of the arena, and pushes a
 * pointer to it.  type is the directory's word on it (DT_ values are
 * S_IF ones >> 12): when only names and types count (no options, -R),
 * no stat is needed. */
static void add(struct ls *s, int dir, const char *name, int nofollow, unsigned type)
{
	struct ent *e = (struct ent *)s->top;
	long r = 0;

	size_t n = strlen(name) + 1;

	room(s, sizeof(*e) + n + 16);
	e->st.stx_mode = type << 12;
	if (!type || s->f & (Fl | Ft | FS | Fs | FF | Fi))
		r = sys_statx(dir, name, nofollow, STATX_BASIC_STATS, &e->st);

	/* an operand is followed only to a directory, as GNU does */
	if (!nofollow && (is_err(r) || !S_ISDIR(e->st.stx_mode)))
		r = sys_statx(dir, name, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &e->st);
	if (is_err(r)) {
		return fail(s, name, r, dir);
	}
	memcpy(e->name, name, n);
	s->top += (sizeof(*e) + n + 7) & ~7UL;
	*--s->v = e;
}

/* Name order, or newest or largest first; reversed by -r; with Fgroup
 * (the operands) directories last whatever the order. */
static __attribute__((noinline)) long long cmp(unsigned f, struct ent *a, struct ent *b)
{
	const unsigned char *p = (void *)a->name, *q = (void *)b->name;
	long long d = 0;
	int g;

	if (f & Ft && !(d = b->st.stx_mtime.tv_sec - a->st.stx_mtime.tv_sec))
		d = (long long)b->st.stx_mtime.tv_nsec - a->st.stx_mtime.tv_nsec;
	if (f & FS)
		d = b->st.stx_size - a->st.stx_size;
	if (!d) {
		while (*p && *p == *q)
			p++, q++;
		d = *p - *q;
	}
	if (f & Fr)
		d = -d;
	g = S_ISDIR(a->st.stx_mode) - S_ISDIR(b->st.stx_mode);
	return f & Fgroup && g ? g : d;
}

/* Shell sort, gaps shrinking by 5/11. */
static void sort(unsigned f, struct ent **v, size_t n)
{
	struct ent *t;
	size_t gap = n, i, j;

	while (gap > 1) {
		gap = gap > 2 ? gap * 5 / 11 : 1;
		for (i = gap; i < n; i++)
			for (j = i; j >= gap && cmp(f, v[j - gap], v[j]) > 0; j -= gap) {
				t = v[j];
				v[j] = v[j - gap];
				v[j - gap] = t;
			}
	}
}

/* Puts field k, n bytes at p, padded to the widest so far, and a space. */
static void cell(struct ls *s, int k, const char *p, unsigned n, int left)
{
	unsigned *w = s->w + k;

	if (*w < n)
		*w = n;
	memset(s->top, ' ', *w + 1);
	memcpy(s->top + (left ? 0 : *w - n), p, n);
	s->top += *w + 1;
}

/* Field k as a number; blocks (1, of 512 bytes, shown as KiB) and sizes
 * (5) follow -h. */
static void num(struct ls *s, int k, unsigned long long v)
{
	char b[32], *p;
	int h = s->f & Fh && (k == 1 || k == 5);

	if (k == 1)
		v = h ? v * 512 : (v + 1) / 2;
	p = h ? human(b + 32, v) : fmt_ull(b + 32, v);
	cell(s, k, p, b + 32 - p, 0);
}

/* Owner or group: the name, else the number. */
static void id(struct ls *s, int k, unsigned long v)
{
	const char *p = s->f & Fn ? 0 : idmap_find(s->map[k - 3], 0, &v);
	unsigned n = 0;

	if (!p)
		return num(s, k, v);
	while (p[n] != ':')
		n++;
	cell(s, k, p, n, 1);
}

/* "Mon dd HH:MM " within six months past, else "Mon dd  YYYY ". */
static void date(struct ls *s, long long t)
{
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	char *b = s->top, *p;
	long sec = t % 86400, d = t / 86400, y = 1970, n;
	int m = 0;

	if (sec < 0)
		sec += 86400, d--;
	/* before 1970 by whole 400-year cycles, then years and months on */
	for (; d < 0; y -= 400)
		d += 146097;
	for (; d >= (n = 365 + civil_leap(y)); y++)
		d -= n;
	for (; d >= (n = civil_mdays[m] + (m == 1 && civil_leap(y))); m++)
		d -= n;
	/* "1dd" with the 1 under the month's space */
	fmt_ulong(b + 6, d + 101);
	memcpy(b, months + 3 * m, 3);
	b[3] = ' ';
	if (b[4] == '0')
		b[4] = ' ';
	if (t > s->now.tv_sec - 15778476 && t <= s->now.tv_sec) {
		/* 1HH0MM, then the 1 and the 0 overwritten */
		fmt_ulong(b + 12, 100000 + sec / 3600 * 1000 + sec / 60 % 60);
		b[9] = ':';
	} else
		for (p = fmt_ulong(b + 12, y); p > b + 6;)
			*--p = ' ';
	b[6] = b[12] = ' ';
	s->top += 13;
}

/* Puts what ls shows of e, without the newline, at the top. */
static void render(struct ls *s, int dir, struct ent *e)
{
	struct statx *st = &e->st, to;
	unsigned f = s->f, m = st->stx_mode;
	long n;
	char c;

	/* a name and a link target are under PATH_MAX each */
	room(s, 16384);
	if (f & Fi)
		num(s, 0, st->stx_ino);
	if (f & Fs)
		num(s, 1, st->stx_blocks);
	if (f & Fl) {
		mode_str(s->top, m);
		s->top[10] = ' ';
		s->top += 11;
		num(s, 2, st->stx_nlink);
		id(s, 3, st->stx_uid);
		id(s, 4, st->stx_gid);
		if (S_ISCHR(m) || S_ISBLK(m)) {
			num(s, 6, st->stx_rdev_major);
			s->top[-1] = ',';
			*s->top++ = ' ';
			num(s, 7, st->stx_rdev_minor);
		} else
			num(s, 5, st->stx_size);
		date(s, st->stx_mtime.tv_sec);
	}
	put_str(s, e->name);
	if (f & Fl && S_ISLNK(m)) {
		n = sys_readlinkat(dir, e->name, s->top + 4, 4096);
		if (n > 0) {
			memcpy(s->top, " -> ", 4);
			s->top += n + 4;
		}
		/* -F then tells what the link leads to */
		m = 0;
		if (!is_err(sys_statx(dir, e->name, 0, STATX_TYPE | STATX_MODE, &to)))
			m = to.stx_mode;
	}
	c = "\0|\0\0/\0\0\0*\0@\0="[m >> 12 & 15];
	if (f & FF && c && (c != '*' || m & 0111))
		*s->top++ = c;
}

/* Lists the first n of the wn entries of dir, in fields as wide as all wn
 * need; total says whether to print the total line.  A first rendering
 * of each entry only measures the fields; the second keeps each entry's
 * text for the columns. */
static void list(struct ls *s, int dir, struct ent **v, size_t n, size_t wn, int total)
{
	unsigned long long sum = 0;
	unsigned *w = s->w, *cw, len, pos, cols, rows, j, k;
	char *mark = s->top, **c, *out;
	size_t i;

	memset(w, 0, sizeof(s->w));
	for (i = 0; i < wn; i++) {
		sum += v[i]->st.stx_blocks;
		render(s, dir, v[i]);
		s->top = mark;
	}
	if (w[6]) {
		if (w[6] + 2 + w[7] > w[5])
			w[5] = w[6] + 2 + w[7];
		w[6] = w[5] - 2 - w[7];
	}
	/* the text of entry i runs from c[i] to c[i + 1] */
	room(s, 16 * n + 64);
	c = (char **)s->top;
	cw = (unsigned *)(c + n + 1);
	s->top = (char *)(cw + n + 1);
	for (i = 0; i < n; i++) {
		c[i] = s->top;
		render(s, dir, v[i]);
	}
	c[n] = out = s->top;
	if (total && s->f & (Fl | Fs)) {
		put(s, "total ", 6);
		w[1] = 0;
		num(s, 1, sum);
		s->top[-1] = '\n';
	}
	cols = s->width / 3;
	if (cols > n)
		cols = n;
	for (; cols > 1; cols--) {
		rows = (n + cols - 1) / cols;
		for (j = 0; j < cols; j++)
			cw[j] = 3;
		for (i = 0; i < n; i++) {
			j = i / rows;
			len = c[i + 1] - c[i] + (j == cols - 1 ? 0 : 2);
			if (cw[j] < len)
				cw[j] = len;
		}
		for (j = len = 0; j < cols; j++)
			len += cw[j];
		if (len < s->width)
			break;
	}
	cols += !cols;
	rows = (n + cols - 1) / cols;
	for (k = 0; k < rows; k++) {
		if (s->top - out > 1 << 15)
			flush(s, out);
		room(s, 1 << 17);
		for (pos = j = 0, i = k;; j++) {
			len = c[i + 1] - c[i];
			put(s, c[i], len);
			if ((i += rows) >= n)
				break;
			/* tabs and spaces to the next column, as GNU does */
			for (len += pos, pos += cw[j]; len < pos;)
				if (pos / 8 > (len + 1) / 8) {
					*s->top++ = '\t';
					len = (len | 7) + 1;
				} else {
					*s->top++ = ' ';
					len++;
				}
		}
		*s->top++ = '\n';
	}
	flush(s, out);
	s->top = mark;
}

static int is_dot(const char *name)
{
	return name[0] == '.' && (!name[1] || (name[1] == '.' && !name[2]));
}

static void dir_list(struct ls *s, int at, const char *name, const char *path, int header)
{
	/* entries and arrays want 8-byte alignment */
	char *mark = s->top = (char *)(((long)s->top + 7) & ~7L), buf[4096], *p;
	struct dirent64 *d;
	struct ent **v = s->v;
	long fd = sys_openat(at, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0), n, off;
	size_t cnt, i;

	if (is_err(fd)) {
		fail(s, path, fd, at);
		return;
	}
	while ((n = sys_getdents64(fd, buf, sizeof(buf))) > 0)
		for (off = 0; off < n; off += d->d_reclen) {
			d = (struct dirent64 *)(buf + off);
			if (d->d_name[0] == '.' && !(s->f & Fa) && (!(s->f & FA) || is_dot(d->d_name)))
				continue;
			add(s, fd, d->d_name, AT_SYMLINK_NOFOLLOW, d->d_type);
		}
	if (n) {
		fail(s, path, n, fd);
	}
	cnt = v - s->v;
	sort(s->f, v = s->v, cnt);
	if (header) {
		p = s->top;
		room(s, strlen(path) + 8);
		if (s->shown)
			*s->top++ = '\n';
		put_str(s, path);
		put(s, ":\n", 2);
		flush(s, p);
	}
	s->shown = 1;
	list(s, fd, v, cnt, cnt, 1);
	for (i = 0; s->f & FR && i < cnt; i++)
		if (S_ISDIR(v[i]->st.stx_mode) && !is_dot(v[i]->name)) {
			p = s->top;
			room(s, strlen(path) + 512);
			put_str(s, path);
			if (s->top > p && s->top[-1] != '/')
				*s->top++ = '/';
			put(s, v[i]->name, strlen(v[i]->name) + 1);
			dir_list(s, fd, v[i]->name, p, 1);
			s->top = p;
		}
	sys_close(fd);
	s->top = mark;
	s->v = v + cnt;
}

int main(int argc, char **argv, char **envp)
{
	static const char flags[] = FLAGS;
	unsigned short ws[4];
	struct ls s = { 0 };
	struct ent **v;
	size_t n, nf = 0, k;
	long r;

	OPTS(argv) {
	default:
		for (k = 0; flags[k] != OPT_CHAR; k++)
			if (!flags[k])
				usage("[-1AadFhilnRrSst] [FILE]...");
		/* of -a and -A, -S and -t the last one counts; -l beats -1 */
		if (k < 4)
			s.f &= ~(3 << (k & ~1));
		s.f |= 1 << k | (k == 6 ? Fl : 0);
	} OPTS_END
	/* as much address space as there is, up to 4 GiB (1 GiB with 32-bit
	 * longs) */
	for (n = ARENA; is_err(r = sys_mmap(0, n, PROT_READ | PROT_WRITE,
	     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)) && n > 1 << 20;)
		n /= 4;
	if (is_err(r)) {
		warn_errno(0, r);
		return 2;
	}
	s.top = (char *)r;
	s.v = v = (struct ent **)(r + n);
	/* the maps are read for -l only */
	for (k = 0; s.f & Fl && k < 2; k++) {
		s.map[k] = s.top;
		s.top += (idmap_load(k ? "/etc/group" : "/etc/passwd", s.top, n / 4) + 8) & ~7UL;
	}
	sys_clock_gettime(CLOCK_REALTIME, &s.now);
	if (!(s.f & (Fl | F1)) && !is_err(sys_ioctl(1, TIOCGWINSZ, ws)))
		s.width = ws[1] ? ws[1] : 80;
	/* no operand is "."; the slot before the end of argv is free */
	if (!*argv)
		*--argv = ".";
	for (argc = 0; argv[argc]; argc++)
		add(&s, AT_FDCWD, argv[argc], s.f & (Fl | Fd | FF) ? AT_SYMLINK_NOFOLLOW : 0, 0);
	/* files first, then directories, each in order */
	n = v - s.v;
	sort(s.f & Fd ? s.f : s.f | Fgroup, v = s.v, n);
	while (nf < n && (s.f & Fd || !S_ISDIR(v[nf]->st.stx_mode)))
		nf++;
	list(&s, AT_FDCWD, v, nf, n, 0);
	s.shown = nf > 0;
	for (k = nf; k < n; k++)
		dir_list(&s, AT_FDCWD, v[k]->name, v[k]->name, argc > 1 || s.f & FR);
	if (s.err) {
		warn_errno("write error", s.err);
		return 2;
	}
	return s.ret;
}
