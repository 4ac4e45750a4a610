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

#include "copy.h"

static int copy(int in, const char *name, void *out_stat)
{
	struct statx st, *out = out_stat;
	int write_failed;
	long r;

	if (out->stx_ino && !is_err(sys_fstatx(in, &st)) && st.stx_ino == out->stx_ino &&
	    st.stx_dev_major == out->stx_dev_major && st.stx_dev_minor == out->stx_dev_minor) {
		warn_msg(name, "input file is output file");
		return FILES_FAILED;
	}
	r = copy_fd(in, 1, &write_failed);
	if (write_failed) {
		warn_errno("write error", r);
		return FILES_STOP;
	}
	if (r) {
		warn_errno(name, r);
		return FILES_FAILED;
	}
	return FILES_OK;
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
