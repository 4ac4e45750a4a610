/* cat - concatenate files to standard output
 *
 * usage: cat [-u] [FILE]...
 *
 * Copies each FILE in turn, standard input for "-" or when there is none.
 * -u  unbuffered; accepted, since cat never holds output back
 *
 * Standard: POSIX.1-2017 cat.
 */
#define ERR_FEW
#include "mote.h"

#define CHUNK (1L << 30)

/* Copies fd to stdout.  The kernel copies where it can: copy_file_range
 * between files (reflinks, server-side copies), sendfile from a file to a
 * pipe or socket, splice from a pipe.  A failure falls
 * through to the next way, ending in read/write, which continues at the
 * same offset and tells read errors from write errors.  A 0 before any
 * data also falls through: some files (procfs) report no size. */
static int copy(int in, const char *name, void *out_stat)
{
	struct statx st, *out = out_stat;
	char buf[65536];
	long n, w;
	int how = 0, moved = 0;

	if (out->stx_ino && !is_err(sys_fstatx(in, &st)) && st.stx_ino == out->stx_ino &&
	    st.stx_dev_major == out->stx_dev_major && st.stx_dev_minor == out->stx_dev_minor) {
		warn_msg(name, "input file is output file");
		return FILES_FAILED;
	}
	for (;;) {
		if (how == 0)
			n = sys_copy_file_range(in, 1, CHUNK);
		else if (how == 1)
			n = sys_sendfile(1, in, 0, CHUNK);
		else if (how == 2)
			n = sys_splice(in, 1, CHUNK, 0);
		else if ((n = sys_read(in, buf, sizeof(buf))) > 0 && (w = write_all(1, buf, n))) {
			warn_errno("write error", w);
			return FILES_STOP;
		}
		if (n > 0)
			moved = 1;
		else if (how < 3 && (n || !moved))
			how++;
		else
			break;
	}
	if (n)
		warn_errno(name, n);
	return n != 0;
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
	/* Only a regular stdout can be overwritten by its own input: cat f >>f. */
	if (is_err(sys_fstatx(1, &out)) || !S_ISREG(out.stx_mode))
		out.stx_ino = 0;
	return loop_files(argv, copy, &out);
}
