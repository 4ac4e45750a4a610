/* uniq - report or drop repeated lines
 *
 * usage: uniq [-c] [-d|-u] [-f N] [-s N] [INPUT [OUTPUT]]
 *
 * Writes one copy of each run of equal adjacent lines of INPUT (standard
 * input for "-" or when absent) to OUTPUT (standard output when absent).
 * -c    precede each line with its number of repeats
 * -d    only lines that repeat
 * -u    only lines that do not repeat
 * -f N  ignore the first N fields (blanks, then non-blanks) when comparing
 * -s N  then ignore N more characters
 *
 * Standard: POSIX.1-2017 uniq.
 */
#define ERR_FEW
#include "mote.h"
#include "buf.h"

#define USAGE "[-c] [-d|-u] [-f N] [-s N] [INPUT [OUTPUT]]"

struct uniq {
	unsigned long fields, chars;
};

/* The part of [p, e) that is compared. */
static const char *skip(struct uniq *u, const char *p, const char *e)
{
	unsigned long n;

	for (n = u->fields; n--;) {
		while (p < e && (*p == ' ' || *p == '\t'))
			p++;
		while (p < e && *p != ' ' && *p != '\t')
			p++;
	}
	for (n = u->chars; n-- && p < e;)
		p++;
	return p;
}

/* Opens an operand, or says why not and exits. */
static __attribute__((noinline)) long open_arg(const char *name, int flags)
{
	long fd = sys_openat(AT_FDCWD, name, flags | O_CLOEXEC, 0666);

	if (is_err(fd)) {
		warn_errno(name, fd);
		sys_exit(1);
	}
	return fd;
}

int main(int argc, char **argv, char **envp)
{
	struct uniq u = { 0 };
	struct lines l = { 0 };
	struct buf prev = { 0 };
	struct out o;
	unsigned long long count = 0;
	unsigned long *v;
	int show = 3, counts = 0;
	char *line, *arg, num[24];
	const char *a, *b, *pe;
	long n, len, fd = 0;

	OPTS(argv) {
	case 'c':
		counts = 1;
		break;
	case 'd':
		show &= 2;
		break;
	case 'u':
		show &= 1;
		break;
	case 'f':
	case 's':
		v = OPT_CHAR == 'f' ? &u.fields : &u.chars;
		arg = OPT_ARG(USAGE);
		if (parse_ulong(arg, v))
			goto bad;
		break;
	default:
	bad:
		usage(USAGE);
	} OPTS_END
	if (argv[0] && argv[1] && argv[2])
		goto bad;
	o.fd = 1;
	o.err = o.len = 0;
	if (argv[0] && !streq(argv[0], "-"))
		fd = open_arg(argv[0], O_RDONLY);
	if (argv[0] && argv[1] && !streq(argv[1], "-"))
		o.fd = open_arg(argv[1], O_WRONLY | O_CREAT | O_TRUNC);
	lines_open(&l, fd);
	for (;;) {
		if ((n = line_next(&l, &line)) < 0)
			break;
		len = n - (n && line[n - 1] == '\n');
		if (n && count) {
			pe = prev.p + prev.len - 1;
			a = skip(&u, prev.p, pe);
			b = skip(&u, line, line + len);
			if (pe - a == line + len - b && !memcmp(a, b, pe - a)) {
				count++;
				continue;
			}
		}
		if (count && show >> (count > 1) & 1) {
			if (counts) {
				char *p = fmt_ull(num + sizeof(num) - 1, count);
				num[sizeof(num) - 1] = ' ';
				while (num + sizeof(num) - 1 - p < 7)
					*--p = ' ';
				out_put(&o, p, num + sizeof(num) - p);
			}
			out_put(&o, prev.p, prev.len);
		}
		if (!n)
			break;
		/* Kept with a newline, which the last line may lack. */
		if ((n = buf_grow(&prev, len + 1)))
			break;
		memcpy(prev.p, line, len);
		prev.p[len] = '\n';
		prev.len = len + 1;
		count = 1;
	}
	if (n < 0)
		warn_errno(argv[0] ? argv[0] : "-", n);
	return out_finish(&o) ? 1 : n < 0;
}
