/* tee - copy standard input to standard output and files
 *
 * usage: tee [-ai] [FILE]...
 *
 * -a  append to the FILEs instead of truncating them
 * -i  ignore SIGINT
 *
 * When standard input and output are both pipes and there is at most one
 * FILE, the data never enters user space: tee(2) duplicates it into the
 * output pipe and splice(2) moves it on to the FILE.  Otherwise a
 * read/write loop.  An output that fails is reported and dropped; the
 * others go on to the end of the input, and the status is then 1.
 *
 * Standard: POSIX.1-2017 tee.
 */
#define ERR_FEW
#include "mote.h"

#define CHUNK 65536

static __attribute__((noinline)) int is_pipe(int fd)
{
	struct statx st;

	return !is_err(sys_fstatx(fd, &st)) && S_ISFIFO(st.stx_mode);
}

int main(int argc, char **argv, char **envp)
{
	int fds[argc + 1], flags = O_WRONLY | O_CREAT | O_TRUNC, n = 1, ret = 0, i;
	const char *names[argc + 1];
	char buf[CHUNK];
	long m, k, r, e;

	OPTS(argv) {
	case 'a':
		flags = O_WRONLY | O_CREAT | O_APPEND;
		break;
	case 'i': {
		struct sigaction sa = { 0 };
		sa.sa_handler = SIG_IGN;
		sys_rt_sigaction(SIGINT, &sa, 0);
		break;
	}
	default:
		usage("[-ai] [FILE]...");
	} OPTS_END
	fds[0] = 1;
	names[0] = "standard output";
	/* A closed stdout would be taken by the first FILE opened. */
	if ((r = sys_fcntl(1, F_GETFD, 0)) < 0) {
		warn_errno(names[0], r);
		fds[0] = -1;
		ret = 1;
	}
	for (; *argv; argv++) {
		r = sys_openat(AT_FDCWD, *argv, flags | O_CLOEXEC, 0666);
		if (is_err(r)) {
			warn_errno(*argv, r);
			ret = 1;
			continue;
		}
		fds[n] = r;
		names[n++] = *argv;
	}
	if (n <= 2 && is_pipe(0) && is_pipe(1)) {
		while ((m = n == 1 ? sys_splice(0, 1, CHUNK, 0) : sys_tee(0, 1, CHUNK, 0)) > 0)
			for (k = n == 2 ? m : 0; k > 0; k -= r) {
				r = n == 2 ? sys_splice(0, fds[1], k, 0) : 0;
				if (r <= 0) {
					/* The FILE takes no splice (or failed): write. */
					if ((r = sys_read(0, buf, k)) <= 0)
						break;
					if (n == 2 && (e = write_all(fds[1], buf, r))) {
						warn_errno(names[1], e);
						ret = n = 1;
					}
				}
			}
		if (!m)
			return ret;
	}
	while ((m = sys_read(0, buf, CHUNK)) > 0)
		for (i = 0; i < n; i++)
			if (fds[i] >= 0 && (e = write_all(fds[i], buf, m))) {
				warn_errno(names[i], e);
				fds[i] = -1;
				ret = 1;
			}
	if (m < 0) {
		warn_errno("standard input", m);
		ret = 1;
	}
	return ret;
}
