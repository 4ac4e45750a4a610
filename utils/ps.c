/* ps - list the processes
 *
 * usage: ps
 *
 * One line for each process in /proc: its id, state (R running, S
 * sleeping, D in uninterruptible wait, Z zombie, T stopped, I idle),
 * resident memory in KiB and command line; a process without one (a
 * kernel thread) shows its name in brackets.
 *
 * Standard: busybox ps, with the columns of ps -o pid,stat,rss,args.
 */
#define ERR_FEW
#include "mote.h"
#include "proc.h"
#include "column.h"
#include <linux/auxvec.h>

/* The kernel's page size, from the auxiliary vector after envp. */
static unsigned long page_size(char **envp)
{
	unsigned long *a;

	while (*envp++)
		;
	for (a = (unsigned long *)envp; *a; a += 2)
		if (*a == AT_PAGESZ)
			return a[1];
	return 4096;
}

static void show(struct out *o, int proc, char *name, unsigned long page)
{
	char path[64], stat[1024], cmd[4096], *p, *comm;
	unsigned long rss = 0;
	long n;
	int i;

	n = strlen(name);
	memcpy(path, name, n);
	memcpy(path + n, "/stat", 6);
	/* A process may be gone by now: leave it out. */
	if (read_file(proc, path, stat, sizeof(stat)) <= 0)
		return;
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
	p += 2;
	/* rss is field 24; the state is field 3. */
	for (i = 3; i < 24 && *p; p++)
		if (*p == ' ')
			i++;
	while (*p >= '0' && *p <= '9')
		rss = rss * 10 + *p++ - '0';
	out_field(o, name, 5);
	out_char(o, ' ');
	out_char(o, comm[strlen(comm) + 2]);
	out_num(o, rss * page >> 10, 6);
	out_char(o, ' ');
	if (n > 0) {
		while (n > 0 && !cmd[n - 1])
			n--;
		for (i = 0; i < n; i++)
			out_char(o, cmd[i] ? cmd[i] : ' ');
	} else {
		out_char(o, '[');
		out_str(o, comm + 1);
		out_char(o, ']');
	}
	out_char(o, '\n');
}

int main(int argc, char **argv, char **envp)
{
	struct out o = { .fd = 1 };
	char buf[4096];
	unsigned long page = page_size(envp);
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
				show(&o, proc, d->d_name, page);
			i += d->d_reclen;
		}
	out_flush(&o);
	if (o.err) {
		warn_errno("write error", o.err);
		return 1;
	}
	return 0;
}
