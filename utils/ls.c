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
#include "mode.h"
#include "idmap.h"
#include "civil.h"

enum {
	Fa = 1, FA = 2, FS = 4, Ft = 8, Fl = 16, F1 = 32, Fn = 64, Fd = 128,
	FR = 256, FF = 512, Fi = 1024, Fr = 2048, Fs = 4096, Fh = 8192,
};
#define FLAGS "aAStl1ndRFirsh"
#define ARENA (1L << (sizeof(long) > 4 ? 32 : 30))

struct ent {
	struct statx st;
	char name[];
};

struct ls {
	char *top;		/* the arena: free from here on */
	char *end;		/* entries stop here; the rest is for the arrays */
	char *pw, *gr;
	long now;
	unsigned f, width, w[8];
	int shown, ret;
	struct out o;
};

static size_t ent_size(struct ent *e)
{
	return (sizeof(*e) + strlen(e->name) + 8) & ~7UL;
}

/* Stats name into a new entry at the top of the arena; 0 on failure.
 * type is the directory's word on it (DT_ values are S_IF ones >> 12):
 * when only names are sorted and printed, no stat is needed. */
static struct ent *add(struct ls *s, int dir, const char *name, int nofollow, unsigned type)
{
	struct ent *e = (struct ent *)s->top;
	long r = 0;

	if (s->end - s->top < (long)(sizeof(*e) + 256)) {
		out_flush(&s->o);
		warn_msg(0, "memory exhausted");
		sys_exit(2);
	}
	e->st.stx_mode = type << 12;
	if (!type || s->f & (Fl | Ft | FS | Fs | FF | FR | Fi))
		r = sys_statx(dir, name, nofollow, STATX_BASIC_STATS, &e->st);

	/* an operand is followed only to a directory, as GNU does */
	if (!nofollow && (is_err(r) || !S_ISDIR(e->st.stx_mode)))
		r = sys_statx(dir, name, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &e->st);
	if (is_err(r)) {
		warn_errno(name, r);
		return 0;
	}
	memcpy(e->name, name, strlen(name) + 1);
	s->top += ent_size(e);
	return e;
}

/* noinline: inlined in sort's loop it takes more bytes */
static __attribute__((noinline)) long long cmp(unsigned f, struct ent *a, struct ent *b)
{
	const unsigned char *p = (void *)a->name, *q = (void *)b->name;
	long long d = 0;

	if (f & Ft && !(d = b->st.stx_mtime.tv_sec - a->st.stx_mtime.tv_sec))
		d = (long long)b->st.stx_mtime.tv_nsec - a->st.stx_mtime.tv_nsec;
	if (f & FS)
		d = b->st.stx_size - a->st.stx_size;
	if (!d) {
		while (*p && *p == *q)
			p++, q++;
		d = *p - *q;
	}
	return f & Fr ? -d : d;
}

/* Shell sort, gaps shrinking by 5/11. */
static void sort(unsigned f, struct ent **v, size_t n)
{
	size_t gap = n, i, j;

	while (gap > 1) {
		gap = gap > 2 ? gap * 5 / 11 : 1;
		for (i = gap; i < n; i++)
			for (j = i; j >= gap && cmp(f, v[j - gap], v[j]) > 0; j -= gap) {
				struct ent *t = v[j];
				v[j] = v[j - gap];
				v[j - gap] = t;
			}
	}
}

/* 1023, 1.0K, 9.9K, 10K, 1.0M: GNU's -h, rounding up. */
static char *human(char *end, unsigned long long v)
{
	unsigned long long q = 1024, n;
	int e = 0, dec;

	if (v < q)
		return fmt_ulong(end, v);
	while (v / q >= 1024)
		q *= 1024, e++;
	/* tenths rounded up; then whole units rounded up from 10 on */
	n = v / q * 10 + ((v % q) * 10 + q - 1) / q;
	dec = n < 100;
	if (!dec && (n = (n + 9) / 10) == 1024)
		n = 10, e++, dec = 1;
	*--end = "KMGTPE"[e];
	if (dec) {
		*--end = '0' + n % 10;
		*--end = '.';
		n /= 10;
	}
	return fmt_ulong(end, n);
}

static char *blocks(unsigned f, char *end, unsigned long b)
{
	return f & Fh ? human(end, b * 512ULL) : fmt_ulong(end, (b + 1) / 2);
}

static int is_dev(struct ent *e)
{
	return S_ISCHR(e->st.stx_mode) || S_ISBLK(e->st.stx_mode);
}

/* Field k of an entry (inode, blocks, links, owner, group, size, major,
 * minor) as text ending at end; *left is set for names. */
static char *field(struct ls *s, struct ent *e, int k, char *end, int *left)
{
	struct statx *st = &e->st;
	unsigned long v;
	const char *p;

	*left = 0;
	switch (k) {
	case 0:
		v = st->stx_ino;
		break;
	case 1:
		return blocks(s->f, end, st->stx_blocks);
	case 2:
		v = st->stx_nlink;
		break;
	case 3:
	case 4:
		v = k == 3 ? st->stx_uid : st->stx_gid;
		if (!(s->f & Fn) && (p = idmap_find(k == 3 ? s->pw : s->gr, 0, &v))) {
			size_t n = 0;
			while (p[n] != ':')
				n++;
			*left = 1;
			return memcpy(end - n, p, n);
		}
		break;
	case 5:
		if (is_dev(e))
			return end;
		if (s->f & Fh)
			return human(end, st->stx_size);
		return fmt_ull(end, st->stx_size);
	default:
		if (!is_dev(e))
			return end;
		v = k == 6 ? st->stx_rdev_major : st->stx_rdev_minor;
	}
	return fmt_ulong(end, v);
}

/* Writes field k padded to width w, and a space. */
static void put_field(struct ls *s, struct ent *e, int k, unsigned w, const char *sep)
{
	char buf[4096 + 32], *end = buf + 2048, *p;
	int left;

	p = field(s, e, k, end, &left);
	if (left)
		while (end - p < w)
			*end++ = ' ';
	while (end - p < w)
		*--p = ' ';
	out_put(&s->o, p, end - p);
	out_str(&s->o, sep);
}

static void two(char *p, unsigned v)
{
	p[0] = '0' + v / 10;
	p[1] = '0' + v % 10;
}

static void put_date(struct ls *s, long long t)
{
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	char b[16], *p;
	long sec = t % 86400, y;
	int m, d;

	if (sec < 0)
		sec += 86400;
	civil_date((t - sec) / 86400, &y, &m, &d);
	memcpy(b, months + 3 * m, 3);
	b[3] = ' ';
	two(b + 4, d + 1);
	if (d < 9)
		b[4] = ' ';
	b[6] = ' ';
	if (t > s->now - 15778476 && t <= s->now) {
		two(b + 7, (unsigned)sec / 3600);
		b[9] = ':';
		two(b + 10, (unsigned)sec / 60 % 60);
	} else {
		p = fmt_ulong(b + 12, y);
		while (p > b + 7)
			*--p = ' ';
	}
	b[12] = ' ';
	out_put(&s->o, b, 13);
}

static char indicator(unsigned m)
{
	char c = "\0|\0\0/\0\0\0*\0@\0="[m >> 12 & 15];

	return c == '*' && !(m & 0111) ? 0 : c;
}

/* The width of an entry in columns. */
static unsigned entry_len(struct ls *s, struct ent *e)
{
	unsigned n = strlen(e->name);

	if (s->f & Fi)
		n += s->w[0] + 1;
	if (s->f & Fs)
		n += s->w[1] + 1;
	if (s->f & FF && indicator(e->st.stx_mode))
		n++;
	return n;
}

static void entry(struct ls *s, int dir, struct ent *e)
{
	unsigned f = s->f, *w = s->w, mode = e->st.stx_mode, k;
	char buf[4096];
	long n;
	struct statx st;

	if (f & Fi)
		put_field(s, e, 0, w[0], " ");
	if (f & Fs)
		put_field(s, e, 1, w[1], " ");
	if (f & Fl) {
		mode_str(buf, mode);
		buf[10] = ' ';
		out_put(&s->o, buf, 11);
		for (k = 2; k < 5; k++)
			put_field(s, e, k, w[k], " ");
		if (is_dev(e)) {
			put_field(s, e, 6, w[5] - w[7] - 2, ", ");
			put_field(s, e, 7, w[7], " ");
		} else
			put_field(s, e, 5, w[5], " ");
		put_date(s, e->st.stx_mtime.tv_sec);
	}
	out_str(&s->o, e->name);
	if (f & Fl && S_ISLNK(mode)) {
		n = sys_readlinkat(dir, e->name, buf, sizeof(buf));
		if (n > 0) {
			out_put(&s->o, " -> ", 4);
			out_put(&s->o, buf, n);
		}
		mode = 0;
		if (!is_err(sys_statx(dir, e->name, 0, STATX_TYPE | STATX_MODE, &st)))
			mode = st.stx_mode;
	}
	if (f & FF && indicator(mode))
		out_char(&s->o, indicator(mode));
}

/* Moves to column `to` with tabs and spaces, as GNU does. */
static void indent(struct ls *s, unsigned from, unsigned to)
{
	while (from < to)
		if (to / 8 > (from + 1) / 8) {
			out_char(&s->o, '\t');
			from += 8 - from % 8;
		} else {
			out_char(&s->o, ' ');
			from++;
		}
}

/* Lists the first n of the wn entries of dir, in fields as wide as all wn
 * need; total says whether to print the total line. */
static void list(struct ls *s, int dir, struct ent **v, size_t n, size_t wn, int total)
{
	unsigned long sum = 0;
	unsigned *w = s->w, *cw = (unsigned *)s->top, len, pos, cols, rows, j, k;
	size_t i;
	char buf[4096 + 32], *end = buf + 2048;
	int left;

	memset(w, 0, sizeof(s->w));
	for (i = 0; i < wn; i++) {
		sum += v[i]->st.stx_blocks;
		for (k = 0; k < 8; k++)
			if ((len = end - field(s, v[i], k, end, &left)) > w[k])
				w[k] = len;
	}
	if (w[6] + 2 + w[7] > w[5] && w[6])
		w[5] = w[6] + 2 + w[7];
	if (total && s->f & (Fl | Fs)) {
		char *p = blocks(s->f, end, sum);
		out_str(&s->o, "total ");
		out_put(&s->o, p, end - p);
		out_char(&s->o, '\n');
	}
	cols = s->width / 3;
	if (cols > n)
		cols = n;
	if (!s->width)
		cols = 1;
	for (; cols > 1; cols--) {
		rows = (n + cols - 1) / cols;
		for (j = 0; j < cols; j++)
			cw[j] = 3;
		for (i = 0; i < n; i++) {
			j = i / rows;
			len = entry_len(s, v[i]) + (j == cols - 1 ? 0 : 2);
			if (cw[j] < len)
				cw[j] = len;
		}
		for (j = len = 0; j < cols; j++)
			len += cw[j];
		if (len < s->width)
			break;
	}
	rows = cols ? (n + cols - 1) / cols : 0;
	for (k = 0; k < rows; k++) {
		for (pos = j = 0, i = k;; j++) {
			entry(s, dir, v[i]);
			if ((i += rows) >= n)
				break;
			indent(s, pos + entry_len(s, v[i - rows]), pos + cw[j]);
			pos += cw[j];
		}
		out_char(&s->o, '\n');
	}
}

static int is_dot(const char *name)
{
	return name[0] == '.' && (!name[1] || (name[1] == '.' && !name[2]));
}

/* Gathers the entries from mark to the top into a pointer array and sorts it. */
static struct ent **gather(struct ls *s, char *mark, size_t n)
{
	struct ent **v = (struct ent **)s->top;
	size_t i;

	for (i = 0; i < n; i++, mark += ent_size((struct ent *)mark))
		v[i] = (struct ent *)mark;
	s->top = (char *)(v + n);
	sort(s->f, v, n);
	return v;
}

static void dir_list(struct ls *s, int at, const char *name, const char *path, int header)
{
	char *mark = s->top, buf[4096], *p;
	struct dirent64 *d;
	struct ent **v;
	long fd = sys_openat(at, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0), n, off;
	size_t cnt = 0, i, len;

	if (is_err(fd)) {
		warn_errno(path, fd);
		s->ret |= at == AT_FDCWD ? 2 : 1;
		return;
	}
	while ((n = sys_getdents64(fd, buf, sizeof(buf))) > 0)
		for (off = 0; off < n; off += d->d_reclen) {
			d = (struct dirent64 *)(buf + off);
			if (d->d_name[0] == '.' && !(s->f & Fa) && (!(s->f & FA) || is_dot(d->d_name)))
				continue;
			if (add(s, fd, d->d_name, AT_SYMLINK_NOFOLLOW, d->d_type))
				cnt++;
			else
				s->ret |= 1;
		}
	if (n) {
		warn_errno(path, n);
		s->ret |= 1;
	}
	v = gather(s, mark, cnt);
	if (header) {
		if (s->shown)
			out_char(&s->o, '\n');
		out_str(&s->o, path);
		out_put(&s->o, ":\n", 2);
	}
	s->shown = 1;
	list(s, fd, v, cnt, cnt, 1);
	for (i = 0; s->f & FR && i < cnt; i++)
		if (S_ISDIR(v[i]->st.stx_mode) && !is_dot(v[i]->name)) {
			p = s->top;
			len = strlen(path);
			memcpy(p, path, len);
			if (len && p[len - 1] != '/')
				p[len++] = '/';
			memcpy(p + len, v[i]->name, strlen(v[i]->name) + 1);
			s->top = p + ((len + strlen(v[i]->name) + 8) & ~7UL);
			dir_list(s, fd, v[i]->name, p, 1);
			s->top = p;
		}
	sys_close(fd);
	s->top = mark;
}

int main(int argc, char **argv, char **envp)
{
	static char *const dot[] = { ".", 0 };
	static const char flags[] = FLAGS;
	unsigned short ws[4];
	struct __kernel_timespec now;
	struct ls s;
	struct ent **v, **files;
	char *mark;
	size_t n = 0, nf = 0, i, k;
	long r;

	s.o.fd = 1;
	s.o.err = s.o.len = 0;
	s.f = s.shown = s.ret = 0;
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
	 * longs); an entry takes at
	 * least 33 times its pointer, so 1/16 is kept for the arrays */
	for (n = ARENA; is_err(r = sys_mmap(0, n, PROT_READ | PROT_WRITE,
	     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)) && n > 1 << 20;)
		n /= 4;
	if (is_err(r)) {
		warn_errno(0, r);
		return 2;
	}
	s.top = (char *)r;
	s.end = s.top + n - n / 16;
	n = 0;
	s.pw = s.gr = (char *)"";
	if (s.f & Fl) {
		s.pw = s.top;
		s.top += (idmap_load("/etc/passwd", s.top, 1 << 24) + 8) & ~7UL;
		s.gr = s.top;
		s.top += (idmap_load("/etc/group", s.top, 1 << 24) + 8) & ~7UL;
	}
	sys_clock_gettime(CLOCK_REALTIME, &now);
	s.now = now.tv_sec;
	s.width = 0;
	if (!(s.f & (Fl | F1)) && !is_err(sys_ioctl(1, TIOCGWINSZ, ws)))
		s.width = ws[1] ? ws[1] : 80;
	if (!*argv)
		argv = (char **)dot;
	mark = s.top;
	for (i = 0; argv[i]; i++)
		if (add(&s, AT_FDCWD, argv[i], s.f & (Fl | Fd | FF) ? AT_SYMLINK_NOFOLLOW : 0, 0))
			n++;
		else
			s.ret = 2;
	argc = i;
	v = gather(&s, mark, n);
	files = (struct ent **)s.top;
	/* files first, then directories, each in order */
	for (k = 0; k < n; k++)
		if (s.f & Fd || !S_ISDIR(v[k]->st.stx_mode))
			files[nf++] = v[k];
	s.top = (char *)(files + n);
	for (k = 0, i = nf; k < n; k++)
		if (!(s.f & Fd) && S_ISDIR(v[k]->st.stx_mode))
			files[i++] = v[k];
	list(&s, AT_FDCWD, files, nf, n, 0);
	s.shown = nf > 0;
	for (k = nf; k < n; k++)
		dir_list(&s, AT_FDCWD, files[k]->name, files[k]->name, argc > 1 || s.f & FR);
	out_flush(&s.o);
	if (s.o.err) {
		warn_errno("write error", s.o.err);
		return 2;
	}
	return s.ret;
}
