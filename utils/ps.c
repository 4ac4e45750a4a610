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
#define ERR_FEW
#include "mote.h"
#include "proc.h"
#include "put.h"

static void show(struct out *o, int proc, char *name)
{
	char path[64], stat[1024], status[4096], cmd[4096], line[4200], *p, *q, *comm;
	unsigned long rss = 0;
	long n;
	int i;

	n = strlen(name);
	memcpy(path, name, n);
	memcpy(path + n, "/stat", 6);
	/* A process may be gone by now: leave it out. */
	if (read_file(proc, path, stat, sizeof(stat)) <= 0)
		return;
	/* stat's rss lags behind; status has the exact VmRSS (in KiB), as
	 * procps shows it.  Kernel threads have none. */
	memcpy(path + n, "/status", 8);
	if (read_file(proc, path, status, sizeof(status)) > 0)
		for (p = status; *p; p++)
			if (*p == '\n' && !memcmp(p + 1, "VmRSS:", 6)) {
				rss = proc_value(p + 7);
				break;
			}
	memcpy(path + n, "/cmdline", 9);
	n = read_file(proc, path, cmd, sizeof(cmd));
	/* "pid (comm) S ppid ...": comm may hold anything, up to the last ')'. */
	comm = stat;
	while (*comm && *comm != '(')
		comm++;
	for (p = comm + strlen(comm); p > comm && *p != ')'; p--)
		;
	if (!*comm || !*p)
		return;
	*p = 0;
	q = put_field(line, name, 5);
	*q++ = ' ';
	*q++ = comm[strlen(comm) + 2];
	q = put_num(q, rss, 7);
	*q++ = ' ';
	if (n > 0) {
		while (n > 0 && !cmd[n - 1])
			n--;
		for (i = 0; i < n; i++)
			*q++ = cmd[i] ? cmd[i] : ' ';
	} else {
		*q++ = '[';
		q = put_str(q, comm + 1);
		*q++ = ']';
	}
	*q++ = '\n';
	out_put(o, line, q - line);
}

int main(int argc, char **argv, char **envp)
{
	struct out o = { .fd = 1 };
	char buf[4096];
	long proc, n;

	if (argc > 1)
		usage("");
	proc = sys_openat(AT_FDCWD, "/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
	if (is_err(proc)) {
		warn_errno("/proc", proc);
		return 1;
	}
	out_str(&o, "  PID S    RSS COMMAND\n");
	while ((n = sys_getdents64(proc, buf, sizeof(buf))) > 0)
		for (long i = 0; i < n; ) {
			struct dirent64 *d = (struct dirent64 *)(buf + i);
			if (d->d_name[0] >= '1' && d->d_name[0] <= '9')
				show(&o, proc, d->d_name);
			i += d->d_reclen;
		}
	out_flush(&o);
	if (o.err) {
		warn_errno("write error", o.err);
		return 1;
	}
	return 0;
}
