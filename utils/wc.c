/* wc - count lines, words and bytes
 *
 * usage: wc [-c|-m] [-lw] [FILE]...
 *
 * Prints the counts for each FILE (standard input for "-" or when there is
 * none) and, for several, a total.  Without options: lines, words, bytes.
 * -l  newlines
 * -w  words: runs of printable characters between white space
 * -c  bytes
 * -m  characters: bytes, in the C locale
 *
 * The columns are as wide as coreutils makes them: the digits of the total
 * size of the regular files, at least 7 if any input is not one, 1 for a
 * single count of a single input.
 *
 * Standard: POSIX.1-2017 wc, in the C locale; output widths as coreutils.
 */
#define ERR_FEW
#include "mote.h"

struct wc {
	int want, width, named;
	unsigned long long total[3];
};

static int print(struct wc *w, const unsigned long long *n, const char *name)
{
	struct out o;
	char num[24], *p;
	int i, k, sep = 0;

	o.fd = 1;
	o.err = o.len = 0;
	for (i = 0; i < 3; i++)
		if (w->want >> i & 1) {
			p = fmt_ull(num + sizeof(num), n[i]);
			k = w->width - (num + sizeof(num) - p) + sep;
			while (k-- > 0)
				out_char(&o, ' ');
			out_put(&o, p, num + sizeof(num) - p);
			sep = 1;
		}
	if (name) {
		out_char(&o, ' ');
		out_str(&o, name);
	}
	out_char(&o, '\n');
	return out_finish(&o) ? FILES_STOP : FILES_OK;
}

static int count(int fd, const char *name, void *ctx)
{
	struct wc *w = ctx;
	unsigned long long n[3] = { 0 };
	int64_t left;
	char buf[16384];
	int word = 0, i, r, ret;
	long k;

	/* bytes alone, of a regular file, are its size past the offset */
	if (w->want == 4 && (left = bytes_left(fd)) >= 0) {
		n[2] = left;
		k = 0;
	} else
		while ((k = sys_read(fd, buf, sizeof(buf))) > 0) {
			n[2] += k;
			for (i = 0; i < k; i++) {
				unsigned char c = buf[i];
				n[0] += c == '\n';
				if (c == ' ' || (c >= '\t' && c <= '\r'))
					word = 0;
				else if (c > ' ' && c < 0x7f)
					n[1] += !word, word = 1;
			}
		}
	ret = FILES_OK;
	if (k < 0) {
		warn_errno(name, k);
		ret = FILES_FAILED;
	}
	for (i = 0; i < 3; i++)
		w->total[i] += n[i];
	r = print(w, n, w->named ? name : 0);
	return r ? r : ret;
}

int main(int argc, char **argv, char **envp)
{
	struct wc w = { 0 };
	struct statx st;
	unsigned long long size = 0, ten;
	char **a;
	int ret, min = 1, i;

	OPTS(argv) {
	default:
		for (i = 0; "lwcm"[i] != OPT_CHAR; i++)
			if (!"lwcm"[i])
				usage("[-c|-m] [-lw] [FILE]...");
		w.want |= (const char[]){ 1, 2, 4, 4 }[i];
	} OPTS_END
	if (!w.want)
		w.want = 7;
	w.width = 1;
	if ((argv[0] && argv[1]) || (w.want & (w.want - 1))) {
		for (a = argv; a == argv || *a; a++) {
			if (is_err(*a && !streq(*a, "-") ? sys_statx(AT_FDCWD, *a, 0, STATX_BASIC_STATS, &st)
							 : sys_fstatx(0, &st)))
				;
			else if (S_ISREG(st.stx_mode))
				size += st.stx_size;
			else
				min = 7;
			if (!*a)
				break;
		}
		for (ten = 10; ten <= size; ten *= 10)
			w.width++;
		if (w.width < min)
			w.width = min;
	}
	w.named = argv[0] != 0;
	ret = loop_files(argv, count, &w);
	if (argv[0] && argv[1] && print(&w, w.total, "total"))
		ret = 1;
	return ret;
}
