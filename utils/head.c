/* head - copy the first part of files
 *
 * usage: head [-n N | -c N] [FILE]...
 *
 * Copies the first N lines (default 10) of each FILE, standard input for
 * "-" or when there is none.  With more than one FILE each is preceded by
 * a "==> FILE <==" header.
 * -n N  the first N lines
 * -c N  the first N bytes
 * -N    the old form of -n N
 *
 * Standard: POSIX.1-2017 head; -c as in coreutils.
 */
#define ERR_FEW
#include "mote.h"
#include "header.h"

struct head {
	unsigned long long n;
	int bytes, many, later;
};

static int head(int fd, const char *name, void *ctx)
{
	struct head *h = ctx;
	char buf[16384];
	unsigned long long left = h->n;
	long r = 0, k, e = 0;

	if (h->many)
		e = put_header(name, &h->later);
	while (!e && left && (r = sys_read(fd, buf, sizeof(buf))) > 0) {
		if (h->bytes) {
			k = (unsigned long long)r < left ? r : (long)left;
			left -= k;
		} else
			for (k = 0; k < r && left;)
				left -= buf[k++] == '\n';
		e = write_all(1, buf, k);
	}
	if (e) {
		warn_errno("write error", e);
		return FILES_STOP;
	}
	if (r < 0) {
		warn_errno(name, r);
		return FILES_FAILED;
	}
	return FILES_OK;
}

int main(int argc, char **argv, char **envp)
{
	struct head h = { 10 };
	char *arg = 0;

	OPTS(argv) {
	case 'c':
	case 'n':
		h.bytes = OPT_CHAR == 'c';
		arg = OPT_ARG("[-n N | -c N] [FILE]...");
		break;
	case '0' ... '9':
		h.bytes = 0;
		arg = OPT_REST();
		break;
	default:
		usage("[-n N | -c N] [FILE]...");
	} OPTS_END
	if (arg && parse_ull(arg, &h.n)) {
		warn_msg(arg, "invalid number");
		return 1;
	}
	h.many = argv[0] && argv[1];
	return loop_files(argv, head, &h);
}
