/* cmp - compare two files byte by byte
 *
 * usage: cmp [-l|-s] FILE1 [FILE2]
 *
 * Reports the first byte where the files differ; FILE2 defaults to
 * standard input, as does "-".  Exits 0 if the files are the same, 1 if
 * they differ, 2 on trouble.
 * -l  list every differing byte: number, then both values in octal
 * -s  print nothing, not even errors; only the exit status
 *
 * Standard: POSIX.1-2017 cmp; messages and -l widths as GNU diffutils.
 */
#define ERR_FEW
#include "mote.h"

#define CHUNK 32768

struct file {
	const char *name;
	long fd, n;
	char buf[CHUNK];
};

static __attribute__((noinline)) long fill(struct file *f)
{
	long r = 1;

	for (f->n = 0; f->n < CHUNK && (r = sys_read(f->fd, f->buf + f->n, CHUNK - f->n)) > 0;)
		f->n += r;
	return r;
}

static void put_num(struct out *o, unsigned long long v, int width, int base)
{
	char num[24], *p = num + sizeof(num);

	do
		*--p = '0' + v % base;
	while (v /= base);
	while (num + sizeof(num) - p < width)
		*--p = ' ';
	out_put(o, p, num + sizeof(num) - p);
}

int main(int argc, char **argv, char **envp)
{
	struct file f[2];
	struct statx st;
	struct out o;
	unsigned long long off = 0, line = 1, max = -1ULL >> 1;
	unsigned long i, n;
	char last = 0;
	int list = 0, silent = 0, ret = 0, width, k;

	OPTS(argv) {
	case 'l':
		list = 1;
		break;
	case 's':
		silent = 1;
		break;
	default:
	bad:
		usage_status("[-l|-s] FILE1 [FILE2]", 2);
	} OPTS_END
	if (!argv[0] || (argv[1] && argv[2]) || (list && silent))
		goto bad;
	o.fd = 1;
	o.err = o.len = 0;
	for (k = 0; k < 2; k++) {
		const char *name = argv[0] && argv[k] ? argv[k] : "-";
		f[k].name = name;
		f[k].fd = streq(name, "-") ? 0 : sys_openat(AT_FDCWD, name, O_RDONLY, 0);
		if (is_err(f[k].fd)) {
			n = f[k].fd;
			goto fail;
		}
		if (!is_err(sys_fstatx(f[k].fd, &st)) && S_ISREG(st.stx_mode) && st.stx_size < max)
			max = st.stx_size;
	}
	for (width = 1; max >= 10; max /= 10)
		width++;
	for (;;) {
		for (k = 0; k < 2; k++)
			if ((long)(n = fill(&f[k])) < 0)
				goto fail;
		n = f[0].n < f[1].n ? f[0].n : f[1].n;
		for (i = 0; i < n; i++) {
			unsigned char a = f[0].buf[i], b = f[1].buf[i];
			if (a != b) {
				ret = 1;
				if (silent)
					return 1;
				if (!list) {
					out_str(&o, f[0].name);
					out_char(&o, ' ');
					out_str(&o, f[1].name);
					out_str(&o, " differ: char ");
					put_num(&o, off + i + 1, 0, 10);
					out_str(&o, ", line ");
					put_num(&o, line, 0, 10);
					out_char(&o, '\n');
					goto done;
				}
				put_num(&o, off + i + 1, width, 10);
				put_num(&o, a, 4, 8);
				put_num(&o, b, 4, 8);
				out_char(&o, '\n');
			}
			line += a == '\n';
		}
		off += n;
		if (n)
			last = f[0].buf[n - 1];
		if (f[0].n != f[1].n) {
			out_flush(&o);
			if (!silent) {
				k = f[1].n < f[0].n;
				err_puts(UTIL_NAME ": EOF on ");
				err_puts(f[k].name);
				if (!off)
					err_puts(" which is empty\n");
				else {
					char num[24];
					err_puts(" after byte ");
					num[23] = 0;
					err_puts(fmt_ull(num + 23, off));
					if (!list) {
						int nl = last == '\n';
						err_puts(nl ? ", line " : ", in line ");
						err_puts(fmt_ull(num + 23, line - nl));
					}
					err_puts("\n");
				}
			}
			ret = 1;
			break;
		}
		if (!n)
			break;
	}
done:
	return out_finish(&o) ? 2 : ret;
fail:
	if (!silent)
		warn_errno(f[k].name, n);
	return 2;
}
