/* od - dump files in octal and other formats
 *
 * usage: od [-bcdosvx] [-A d|o|x|n] [-j SKIP] [-N COUNT] [-t TYPE]... [FILE]...
 *
 * Dumps the FILEs (standard input for "-" or when there is none), taken
 * as one stream, 16 bytes a line, each line once per TYPE; a run of lines
 * equal to the one before is shown as "*".
 * -A R   address radix: d, o (default), x, or n for none
 * -j N   skip N bytes first
 * -N N   dump at most N bytes
 * -t T   types: c (characters), or d, o, u, x (signed decimal, octal,
 *        unsigned decimal, hex) with a size 1, 2, 4 or 8 (default 4);
 *        several may follow one another in T
 * -v     show every line, repeated ones too
 * -b -c -d -o -s -x  -t o1, -t c, -t u2, -t o2, -t d2, -t x2
 *
 * Standard: POSIX.1-2017 od; layout as coreutils (C locale).
 */
#define ERR_FEW
#include "mote.h"

#define USAGE "[-bcdosvx] [-A d|o|x|n] [-j SKIP] [-N COUNT] [-t TYPE]... [FILE]..."
#define MAX_TYPES 16

struct type {
	char kind, size, digits, width;
};

struct in {
	char **argv;
	int fd, ret;
	const char *name;
};

/* Fills buf with up to n bytes from the stream of files; returns the count.
 * Without buf, skips them: a regular file by its size past the offset, as
 * coreutils does, passed whole or seeked into. */
static unsigned long long get(struct in *in, char *buf, unsigned long long n)
{
	unsigned long long k = 0;
	int64_t left;
	char tmp[4096];
	long r = 0;

	while (k < n) {
		if (in->fd < 0) {
			if (!*in->argv)
				break;
			in->name = *in->argv++;
			in->fd = streq(in->name, "-") ? 0 : sys_openat(AT_FDCWD, in->name, O_RDONLY, 0);
			if (is_err(in->fd))
				goto fail;
		}
		if (!buf && (left = bytes_left(in->fd)) >= 0) {
			if (n - k < (unsigned long long)left) {
				sys_lseek(in->fd, n - k, SEEK_CUR);
				return n;
			}
			k += left;
			r = 0;
		} else
			r = sys_read(in->fd, buf ? buf + k : tmp, n - k < sizeof(tmp) ? n - k : sizeof(tmp));
		if (r > 0) {
			k += r;
			continue;
		}
		if (r < 0) {
		fail:
			warn_errno(in->name, in->fd < 0 ? in->fd : r);
			in->ret = 1;
		}
		if (in->fd > 0)
			sys_close(in->fd);
		in->fd = -1;
	}
	return k;
}

/* s, len bytes, right-aligned in width columns. */
static void put_pad(struct out *o, const char *s, int len, int width)
{
	while (width-- > len)
		out_char(o, ' ');
	out_put(o, s, len);
}

static void put_num(struct out *o, unsigned long long v, int base, int digits, int width, int neg)
{
	char num[32], *p = num + sizeof(num);

	do {
		unsigned d;
		if (sizeof(long) < 8) {
			/* by 16 bits at a time: a 64-bit division is a libgcc
			 * call on 32-bit machines */
			unsigned long long q = 0;
			int k;
			for (d = 0, k = 48; k >= 0; k -= 16) {
				unsigned cur = d << 16 | (unsigned)(v >> k & 0xffff);
				q = q << 16 | cur / base;
				d = cur % base;
			}
			v = q;
		} else {
			d = v % base;
			v /= base;
		}
		*--p = "0123456789abcdef"[d];
	} while (v || num + sizeof(num) - p < digits);
	if (neg)
		*--p = '-';
	put_pad(o, p, num + sizeof(num) - p, width);
}

static int add_type(struct type *t, int n, const char *s)
{
	/* The widest value's digits, per kind and log2 of the size. */
	static const char kinds[] = "doux", digits[4][4] = {
		{ 4, 6, 11, 20 }, { 3, 6, 11, 22 }, { 3, 5, 10, 20 }, { 2, 4, 8, 16 },
	};

	while (*s) {
		struct type *p = &t[n];
		int i;

		if (n == MAX_TYPES)
			return -1;
		p->kind = *s++;
		p->size = 1;
		p->digits = 3;
		if (p->kind != 'c') {
			for (i = 0; kinds[i] != p->kind; i++)
				if (!kinds[i])
					return -1;
			p->size = 4;
			if (*s >= '1' && *s <= '8') {
				p->size = *s++ - '0';
				if (p->size & (p->size - 1))
					return -1;
			}
			/* sizes 1 2 4 8 are columns 0 1 2 3 (no ctz: on riscv64
			 * that is a libgcc call) */
			p->digits = digits[i][p->size == 8 ? 3 : p->size >> 1];
		}
		p->width = p->digits + 1;
		n++;
	}
	return n;
}

int main(int argc, char **argv, char **envp)
{
	static const char radixes[] = { 10, 8, 16, 1 };	/* of -A d o x n */
	struct type types[MAX_TYPES];
	struct in in = { 0, -1, 0, 0 };
	struct out o;
	unsigned long long skip = 0, count = -1ULL, addr, v;
	char line[16], prev[16], *arg;
	int ntypes = 0, radix = 8, all = 0, star = 0, first = 1, block = 0, neg, i, j, k;
	size_t n;

	OPTS(argv) {
	case 'A':
		arg = OPT_ARG(USAGE);
		for (i = 0; "doxn"[i] != *arg || arg[1]; i++)
			if (i == 3)
				goto bad;
		radix = radixes[i];
		break;
	case 'j':
	case 'N':
		arg = OPT_ARG(USAGE);
		if (parse_ull(arg, OPT_CHAR == 'j' ? &skip : &count))
			goto bad;
		break;
	case 't':
		arg = OPT_ARG(USAGE);
		goto add;
	add:
		if ((ntypes = add_type(types, ntypes, arg)) < 0)
			goto bad;
		break;
	case 'v':
		all = 1;
		break;
	default:
		/* -b -c -d -o -s -x: -t o1, c, u2, o2, d2, x2 */
		for (i = 0; "bcdosx"[i] != OPT_CHAR; i++)
			if (!"bcdosx"[i])
			bad:
				usage(USAGE);
		arg = (char *)"o1\0c\0\0u2\0o2\0d2\0x2" + 3 * i;
		goto add;
	} OPTS_END
	if (!ntypes)
		ntypes = add_type(types, 0, "o2");
	for (i = 0; i < ntypes; i++)
		if (block < 16 / types[i].size * types[i].width)
			block = 16 / types[i].size * types[i].width;
	if (!*argv) {
		static char *const dash[] = { "-", 0 };
		argv = (char **)dash;
	}
	in.argv = argv;
	o.fd = 1;
	o.err = o.len = 0;
	if (get(&in, 0, skip) < skip) {
		warn_msg(0, "cannot skip past end of combined input");
		return 1;
	}
	addr = skip;
	for (;;) {
		n = get(&in, line, count < 16 ? count : 16);
		count -= n;
		if (n == 16 && !all && first < 0 && !memcmp(line, prev, 16)) {
			if (!star)
				out_str(&o, "*\n");
			star = 1;
			addr += 16;
			continue;
		}
		if (radix > 1)
			put_num(&o, addr, radix, radix == 16 ? 6 : 7, 0, 0);
		if (!n)
			break;
		star = 0;
		first = -1;
		memcpy(prev, line, 16);
		memset(line + n, 0, 16 - n);
		for (i = 0; i < ntypes; i++) {
			struct type *t = &types[i];
			int fields = 16 / t->size, pad = block - fields * t->width, left = pad;
			if (i && radix > 1)
				put_pad(&o, line, 0, radix == 16 ? 6 : 7);
			for (j = 0; j * t->size < (int)n; j++) {
				int next = pad * (fields - j - 1) / fields, w = left - next + t->width;
				left = next;
				for (v = 0, k = t->size; k--;)
					v = v << 8 | (unsigned char)line[j * t->size + k];
				if (t->kind == 'c') {
					static const char esc[] = "\0\a\b\t\n\v\f\r", letter[] = "0abtnvfr";
					char c[2] = { v, 0 };
					for (k = 0; k < 8; k++)
						if (esc[k] == (char)v)
							c[0] = '\\', c[1] = letter[k];
					if (!c[1] && (v < ' ' || v >= 0x7f)) {
						put_num(&o, v, 8, 3, w, 0);
						continue;
					}
					put_pad(&o, c, 1 + !!c[1], w);
					continue;
				}
				neg = 0;
				if (t->kind == 'd' && v >> (8 * t->size - 1)) {
					if (t->size < 8)
						v |= -1ULL << 8 * t->size;
					v = -v;
					neg = 1;
				}
				put_num(&o, v, t->kind == 'o' ? 8 : t->kind == 'x' ? 16 : 10,
					t->kind == 'o' || t->kind == 'x' ? t->digits : 0, w, neg);
			}
			out_char(&o, '\n');
		}
		addr += n;
	}
	if (radix > 1)
		out_char(&o, '\n');
	return out_finish(&o) ? 1 : in.ret;
}
