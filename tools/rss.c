/* rss - peak resident memory of a program, read at its exit while its
 * memory is still mapped.
 *
 * usage: rss [-R] [-t SECONDS] [-i IN] [-o OUT] [-e ERR] -- COMMAND [ARG]...
 *
 * Runs COMMAND under ptrace with PTRACE_O_TRACEEXIT.  At the exit stop the
 * address space is still whole, so /proc/PID/smaps_rollup gives the pages
 * the program touched, however small it is.  /usr/bin/time and ru_maxrss
 * cannot: they report the forked parent's memory from before exec.
 *
 * -i/-o/-e redirect COMMAND's stdin, stdout and stderr (stdout is opened
 * with O_TRUNC).  Address randomization is off for COMMAND (as `setarch -R`)
 * so that where the stack lands does not move the count by a page from one
 * run to the next; -R leaves it on.  -t ends a COMMAND still running after
 * SECONDS with SIGTERM, and SIGKILL a second later (older kernels skip
 * the exit stop after SIGKILL: the figures then read -1).
 *
 * Prints one line on stderr once COMMAND has ended:
 *   rss=KIB private=KIB minflt=N status=N
 * rss is Rss and private is Private_Clean + Private_Dirty from smaps_rollup,
 * in KiB; minflt counts the minor faults COMMAND took after exec (the
 * faults of the fork and of exec itself are left out).  rss exits with
 * COMMAND's status, 128+N if a signal N ended it.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/personality.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

static void die(const char *what)
{
	fprintf(stderr, "rss: %s: %s\n", what, strerror(errno));
	exit(125);
}

static void redirect(const char *path, int fd, int flags)
{
	int f;

	if (!path)
		return;
	f = open(path, flags, 0666);
	if (f < 0)
		die(path);
	if (f != fd && (dup2(f, fd) < 0 || close(f) < 0))
		die(path);
}

/* Field 10 of /proc/PID/stat, counted after the ")" that ends comm. */
static long minflt(pid_t pid)
{
	char path[64], buf[1024], *p;
	long v = -1;
	size_t n;
	FILE *f;
	int i;

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	if (!(f = fopen(path, "r")))
		die(path);
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = 0;
	if (!(p = strrchr(buf, ')')))
		return -1;
	for (i = 2; p && i < 10; i++)
		p = strchr(p + 1, ' ');
	if (p)
		v = strtol(p + 1, 0, 10);
	return v;
}

static void rollup(pid_t pid, long *rss, long *priv)
{
	char path[64], line[256];
	long v;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/smaps_rollup", (int)pid);
	if (!(f = fopen(path, "r")))
		die(path);
	*rss = *priv = 0;
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "Rss: %ld", &v) == 1)
			*rss = v;
		else if (sscanf(line, "Private_Clean: %ld", &v) == 1 ||
			 sscanf(line, "Private_Dirty: %ld", &v) == 1)
			*priv += v;
	}
	fclose(f);
}

static volatile sig_atomic_t alarms;

static void on_alarm(int sig)
{
	(void)sig;
	alarms++;
}

static void usage(void)
{
	fputs("usage: rss [-R] [-t SECONDS] [-i IN] [-o OUT] [-e ERR] -- COMMAND [ARG]...\n", stderr);
	exit(125);
}

int main(int argc, char **argv)
{
	const char *in = 0, *out = 0, *err = 0;
	long rss = -1, priv = -1, flt0 = 0, flt = -1;
	int c, st, random = 0, sig, limit = 0, sent = 0;
	struct sigaction sa = { .sa_handler = on_alarm };
	pid_t pid;

	while ((c = getopt(argc, argv, "+Rt:i:o:e:")) != -1) {
		switch (c) {
		case 'R': random = 1; break;
		case 't': limit = atoi(optarg); break;
		case 'i': in = optarg; break;
		case 'o': out = optarg; break;
		case 'e': err = optarg; break;
		default: usage();
		}
	}
	if (optind >= argc)
		usage();

	pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		redirect(in, 0, O_RDONLY);
		redirect(out, 1, O_WRONLY | O_CREAT | O_TRUNC);
		redirect(err, 2, O_WRONLY | O_CREAT | O_TRUNC);
		if (!random && personality(ADDR_NO_RANDOMIZE) < 0)
			die("personality");
		if (ptrace(PTRACE_TRACEME, 0, 0, 0) < 0)
			die("ptrace");
		execvp(argv[optind], argv + optind);
		fprintf(stderr, "rss: %s: %s\n", argv[optind], strerror(errno));
		_exit(127);
	}

	/* The first stop is the SIGTRAP that follows a successful exec. */
	if (waitpid(pid, &st, 0) < 0)
		die("waitpid");
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	if (ptrace(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACEEXIT | PTRACE_O_EXITKILL) < 0)
		die("PTRACE_SETOPTIONS");
	flt0 = minflt(pid);
	if (limit > 0) {
		sigaction(SIGALRM, &sa, 0);	/* no SA_RESTART: waitpid returns */
		alarm(limit);
	}
	sig = 0;
	for (;;) {
		if (ptrace(PTRACE_CONT, pid, 0, sig) < 0 && errno != ESRCH)
			die("PTRACE_CONT");
		while (waitpid(pid, &st, 0) < 0) {
			if (errno != EINTR)
				die("waitpid");
			if (alarms > sent) {
				sent = alarms;
				kill(pid, sent == 1 ? SIGTERM : SIGKILL);
				alarm(1);
			}
		}
		if (WIFEXITED(st) || WIFSIGNALED(st))
			break;
		sig = 0;
		if (st >> 8 == (SIGTRAP | PTRACE_EVENT_EXIT << 8)) {
			rollup(pid, &rss, &priv);
			flt = minflt(pid) - flt0;
		} else if (WSTOPSIG(st) != SIGTRAP) {
			sig = WSTOPSIG(st);	/* hand the child its own signals */
		}
	}
	fprintf(stderr, "rss=%ld private=%ld minflt=%ld status=%d\n", rss, priv, flt,
		WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st));
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}
