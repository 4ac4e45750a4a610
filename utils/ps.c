/* ps - list the processes
 *
 * usage: ps
 *
 * One line for each process in /proc: its id, state (R running, S
 * sleeping, D in uninterruptible wait, Z zombie, T stopped, I idle),
 * resident memory in KiB (VmRSS) and command line; a process without one (a
 * kernel thread) shows its name in brackets.
 *
 * Standard: busybox ps, with the columns of ps -o pid,stat,rss,args.
 */
#define ERR_CODES ENOENT, ENOSPC
#define ERR_TEXTS "No such file or directory\0No space left on device"
#include "mote.h"
#include "proc.h"
#include "put.h"

/* Writes the line of the process whose /proc folder is dir; 0, or the
 * -errno of a write error. */
static __attribute__((noinline)) long show(int dir, char *name)
{
	char stat[1024], status[4096], line[4200], *p, *q, *v, *comm;
	unsigned long rss = 0;
	long n;

	/* A process may be gone by now: leave it out. */
	if (read_file(dir, "stat", stat, sizeof(stat)) <= 0)
		return 0;
	/* "pid (comm) S ppid ...": comm may hold anything, up to the last ')'. */
	comm = stat;
	while (*comm && *comm != '(')
		comm++;
	for (p = comm + strlen(comm); p > comm && *p != ')'; p--)
		;
	if (!*comm || !*p)
		return 0;
	*p = 0;
	/* stat's rss lags behind; status has the exact VmRSS (in KiB), as
	 * procps shows it.  Kernel threads have none. */
	if (read_file(dir, "status", status, sizeof(status)) > 0)
		for (q = status; *q; q++)
			if (*q == '\n' && (v = skip_prefix(q + 1, "VmRSS:"))) {
				rss = proc_value(v);
				break;
			}
	q = put_right(line, name, 5);
	*q++ = ' ';
	*q++ = p[2];
	q = put_num(q, rss, 7);
	*q++ = ' ';
	/* The command line goes straight into the line, its NULs made spaces. */
	n = read_file(dir, "cmdline", q, line + sizeof(line) - 1 - q);
	if (n > 0) {
		for (p = q + n; p > q && !p[-1]; p--)
			;
		for (; q < p; q++)
			if (!*q)
				*q = ' ';
	} else {
		*q++ = '[';
		q = put_str(q, comm + 1);
		*q++ = ']';
	}
	*q++ = '\n';
	return write_all(1, line, q - line);
}

int main(int argc, char **argv, char **envp)
{
	char buf[4096];
	long proc, n, r;

	if (argc > 1)
		usage("");
	proc = sys_openat(AT_FDCWD, "/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
	if (is_err(proc)) {
		warn_errno("/proc", proc);
		return 1;
	}
	/* A write for each line: ps lists hundreds, not millions. */
	r = write_all(1, "  PID S    RSS COMMAND\n", 23);
	while (!r && (n = sys_getdents64(proc, buf, sizeof(buf))) > 0)
		for (long i = 0; !r && i < n; ) {
			struct dirent64 *d = (struct dirent64 *)(buf + i);
			if (d->d_name[0] >= '1' && d->d_name[0] <= '9') {
				long dir = sys_openat(proc, d->d_name, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
				if (!is_err(dir)) {
					r = show(dir, d->d_name);
					sys_close(dir);
				}
			}
			i += d->d_reclen;
		}
	if (r) {
		warn_errno("write error", r);
		return 1;
	}
	return 0;
}
