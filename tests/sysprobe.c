/* sysprobe - calls lib/sys.h's wrappers the way utilities do and checks
 * what comes back, on whichever architecture it is built for
 *
 * usage: sysprobe   (in an empty scratch folder)
 *
 * Built like a utility but never installed: tests/sys.bats builds
 * build/<arch>/elf/sysprobe and runs it (under qemu-user for another
 * architecture).  Each failed check is named on stderr; the exit status
 * is 1 if any failed.  The values are chosen to break a 32-bit layer that
 * passes a 64-bit offset in one register, or a time in 32 bits.
 */
#include "mote.h"
#include <linux/fs.h>

/* Names a failed check; returns 1 for one. */
static int check(const char *what, int ok)
{
	if (!ok)
		warn_msg(what, "failed");
	return !ok;
}

int main(int argc, char **argv, char **envp)
{
	static const char data[] = "0123456789";
	const int64_t far = (5LL << 30) + 3;	/* past 4 GiB: the high half counts */
	struct __kernel_timespec ts, times[2] = { { 1LL << 33, 0 }, { 1LL << 33, 0 } };
	struct statx st;
	sigset_t set, old;
	struct sigaction sa = { 0 }, sa_old;
	char buf[16], dents[512] __attribute__((aligned(8))), *p;
	int64_t off;
	volatile uint64_t big;
	int fds[2], status, found, failed = 0;
	unsigned long usr1 = 1UL << (SIGUSR1 - 1);
	long fd, r, pid;

	fd = sys_openat(AT_FDCWD, "f", O_RDWR | O_CREAT | O_TRUNC, 0600);
	failed |= check("openat", !is_err(fd));
	failed |= check("write", sys_write(fd, data, 10) == 10);

	/* A sparse file past 4 GiB, then reads at offsets either side of it. */
	failed |= check("ftruncate", sys_ftruncate(fd, far + 10) == 0);
	failed |= check("fstatx size", !is_err(sys_fstatx(fd, &st)) && st.stx_size == (uint64_t)far + 10);
	failed |= check("pread low", sys_pread(fd, buf, 4, 2) == 4 && memcmp(buf, "2345", 4) == 0);
	failed |= check("pread far", sys_pread(fd, buf, 4, far) == 4 && memcmp(buf, "\0\0\0\0", 4) == 0);
	failed |= check("pread past end", sys_pread(fd, buf, 4, far + 10) == 0);
	failed |= check("lseek", sys_lseek(fd, 3, SEEK_SET) == 3);

	/* sendfile with an offset pointer: the kernel writes it back as 64 bits. */
	failed |= check("pipe2", sys_pipe2(fds, O_CLOEXEC) == 0);
	off = 6;
	failed |= check("sendfile", sys_sendfile(fds[1], fd, &off, 3) == 3 && off == 9);
	failed |= check("sendfile data", sys_read(fds[0], buf, 3) == 3 && memcmp(buf, "678", 3) == 0);
	failed |= check("fcntl", (sys_fcntl(fd, F_GETFL, 0) & O_ACCMODE) == O_RDWR);
	failed |= check("dup3", sys_dup3(fds[0], 10, O_CLOEXEC) == 10 && sys_fcntl(10, F_GETFD, 0) == FD_CLOEXEC);

	/* Times past 2038 (2^33 s). */
	failed |= check("utimensat", sys_utimensat(AT_FDCWD, "f", times, 0) == 0);
	failed |= check("statx mtime", !is_err(sys_statx(AT_FDCWD, "f", 0, STATX_MTIME, &st)) &&
			     st.stx_mtime.tv_sec == 1LL << 33);
	failed |= check("clock_gettime", sys_clock_gettime(CLOCK_REALTIME, &ts) == 0 && ts.tv_sec > 1700000000 &&
			       ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000);
	ts.tv_sec = 0;
	ts.tv_nsec = 1000000;
	failed |= check("nanosleep", sys_nanosleep(&ts, 0) == 0);

	/* Ids: root in the tests, and never the 16-bit calls' 65535 for -1. */
	failed |= check("getuid", sys_getuid() == sys_geteuid() && sys_getuid() < 65535);

	/* The signal mask and action come back as set, in 64-bit sets. */
	/* sigset_t is a number on x86, a struct elsewhere: its first word
	 * holds signals 1 to 32 everywhere (all four are little-endian). */
	memset(&set, 0, sizeof(set));
	memcpy(&set, &usr1, sizeof(usr1));
	failed |= check("rt_sigprocmask", sys_rt_sigprocmask(SIG_BLOCK, &set, 0) == 0 &&
				sys_rt_sigprocmask(SIG_BLOCK, 0, &old) == 0 &&
					  memcmp(&old, &set, sizeof(set)) == 0);
	sa.sa_handler = SIG_IGN;
	failed |= check("rt_sigaction", sys_rt_sigaction(SIGUSR2, &sa, 0) == 0 &&
			      sys_rt_sigaction(SIGUSR2, 0, &sa_old) == 0 && sa_old.sa_handler == SIG_IGN);

	/* 64-bit arithmetic that a 32-bit target leaves to libgcc. */
	big = far;
	failed |= check("64-bit division", big / 10 == 536870912 && big % 7 == 1);

	pid = sys_fork();
	if (pid == 0)
		sys_exit(42);
	failed |= check("fork", pid > 0);
	failed |= check("wait4", sys_wait4(pid, &status, 0, 0) == pid && status == 42 << 8);

	/* The folder holds ".", ".." and f, in records of the same layout everywhere. */
	r = sys_getdents64(sys_openat(AT_FDCWD, ".", O_RDONLY | O_DIRECTORY, 0), dents, sizeof(dents));
	for (found = 0, p = dents; r > 0 && p < dents + r; p += ((struct dirent64 *)p)->d_reclen)
		found += streq(((struct dirent64 *)p)->d_name, "f");
	failed |= check("getdents64", found == 1);
	failed |= check("unlinkat", sys_unlinkat(AT_FDCWD, "f", 0) == 0);
	if (!failed)
		write_all(1, "ok\n", 3);
	return failed;
}
