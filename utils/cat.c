/* cat - concatenate files to standard output
 *
 * usage: cat [-u] [FILE]...
 *
 * Copies each FILE in turn, standard input for "-" or when there is none.
 * -u  unbuffered; accepted, since cat never holds output back
 *
 * The kernel copies where it can: copy_file_range between files, splice
 * when either end is a pipe.  A failure, or a 0 before any data (procfs
 * files report no size), falls through to a read/write loop, which goes
 * on at the same offset and tells read errors from write errors.
 *
 * Standard: POSIX.1-2017 cat.
 */
#define ERR_FEW
#include "mote.h"

/* They take the same arguments: in, its offset, out, its offset, length,
 * flags. */
static const unsigned short zero_copy[] = { __NR_copy_file_range, __NR_splice };

/* Only a regular file can be overwritten by its own input: cat f >>f. */
static __attribute__((noinline)) int regular(int fd, struct statx *st)
{
	return !is_err(sys_fstatx(fd, st)) && S_ISREG(st->stx_mode);
}

static int copy(int in, const char *name, void *out_stat)
{
	struct statx st, *out = out_stat;
	char buf[65536];
	int how = 0, moved = 0, ret = FILES_FAILED;
	long n, w;

	if (out->stx_ino && regular(in, &st) && st.stx_ino == out->stx_ino &&
	    st.stx_dev_major == out->stx_dev_major && st.stx_dev_minor == out->stx_dev_minor) {
		warn_msg(name, "input file is output file");
		return FILES_FAILED;
	}
	for (;;) {
		if (how < 2)
			n = syscall6(zero_copy[how], in, 0, 1, 0, 1L << 30, 0);
		else if ((n = sys_read(in, buf, sizeof(buf))) > 0 && (w = write_all(1, buf, n))) {
			n = w;
			name = "write error";
			ret = FILES_STOP;
			break;
		}
		if (n > 0)
			moved = 1;
		else if (how < 2 && (n || !moved))
			how++;
		else
			break;
	}
	if (!n)
		return FILES_OK;
	warn_errno(name, n);
	return ret;
}

int main(int argc, char **argv, char **envp)
{
	struct statx out;

	OPTS(argv) {
	case 'u':
		break;
	default:
		usage("[-u] [FILE]...");
	} OPTS_END
	if (!regular(1, &out))
		out.stx_ino = 0;
	return loop_files(argv, copy, &out);
}
