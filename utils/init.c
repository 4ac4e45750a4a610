/* init - the first process: mount, run /etc/rc, keep a shell on the console
 *
 * usage: init
 *
 * Mounts /proc, /sys and devtmpfs on /dev, runs /bin/sh /etc/rc if there
 * is one, then keeps /bin/sh running on the console, started again when it
 * exits; reaps every orphan.  SIGTERM (reboot), SIGUSR2 (poweroff) and
 * SIGUSR1 (halt) end the system: every process is sent SIGTERM, then
 * SIGKILL, the disks are synced, every file system is unmounted that can
 * be, and reboot(2) does the rest.
 *
 * Standard: busybox init, without /etc/inittab.
 */
#define ERR_CODES ENOENT
#define ERR_TEXTS "No such file or directory"
#include "mote.h"
#include "proc.h"
#include "power.h"

#define BIT(sig) (1UL << ((sig) - 1))
#define SIGNALS (BIT(SIGCHLD) | BIT(SIGTERM) | BIT(SIGUSR1) | BIT(SIGUSR2) | BIT(SIGINT) | BIT(SIGHUP))

static void set_mask(unsigned long bits)
{
	sys_rt_sigprocmask(SIG_SETMASK, (sigset_t *)&bits, 0);
}

static __attribute__((noinline)) void sleep_s(long s)
{
	struct __kernel_timespec ts = { s, 0 };

	sys_nanosleep(&ts, 0);
}

/* path as standard input, output and error; with ctty, as the
 * controlling terminal too. */
static __attribute__((noinline)) void use_tty(const char *path, int ctty)
{
	long fd = sys_openat(AT_FDCWD, path, O_RDWR, 0);

	if (is_err(fd))
		return;
	if (ctty)
		sys_ioctl(fd, TIOCSCTTY, 0);
	for (int i = 0; i < 3; i++)
		sys_dup3(fd, i, 0);
}

/* Forks sh /etc/rc, or with tty the console's shell: it gets the
 * console's real tty, named in /sys/class/tty/console/active, as its
 * controlling terminal, so that ^C works (/dev/console itself can never
 * be one). */
static long spawn(int tty)
{
	static char *const env[] = { "PATH=/sbin:/bin:/usr/sbin:/usr/bin", "HOME=/", "TERM=vt100", 0 };
	char path[64], *p, *name, *argv[] = { "sh", tty ? 0 : "/etc/rc", 0 };
	long pid = sys_fork(), n;

	if (pid)
		return pid;
	set_mask(0);
	sys_setsid();
	/* A sysfs file comes whole in one read (a failed open, -errno, makes
	 * the read fail); exec closes it. */
	if (tty && (n = sys_read(sys_openat(AT_FDCWD, "/sys/class/tty/console/active",
					    O_RDONLY | O_CLOEXEC, 0), path + 5, sizeof(path) - 6)) > 0) {
		path[5 + n] = 0;
		/* The last name listed is /dev/console's. */
		for (p = name = path + 5; *p; p++)
			if (*p <= ' ') {
				*p = 0;
				if (p[1] > ' ')
					name = p + 1;
			}
		for (int i = 5; i--;)
			*--name = "/dev/"[i];
		use_tty(name, 1);
	}
	warn_errno("/bin/sh", sys_execve("/bin/sh", argv, env));
	sleep_s(1);
	sys_exit(127);
}

/* Every mount point in /proc/mounts, last first: a mount on top of
 * another goes before it. */
static void unmount_all(void)
{
	char buf[65536], *p, *e;
	long n = read_file(AT_FDCWD, "/proc/mounts", buf, sizeof(buf));

	for (p = buf + (n > 0 ? n : 0); p > buf; ) {
		for (e = --p; p > buf && p[-1] != '\n'; p--)
			;
		*e = 0;
		e = p;
		while (*e && *e != ' ')
			e++;
		if (*e) {
			char *m = ++e;
			while (*e && *e != ' ')
				e++;
			*e = 0;
			if (sys_umount2(m, 0))
				sys_mount(0, m, 0, MS_REMOUNT | MS_RDONLY, 0);
		}
	}
}

int main(int argc, char **argv, char **envp)
{
	static const char mounts[] = "proc\0/proc\0sysfs\0/sys\0devtmpfs\0/dev\0";
	const char *p;
	long rc = 0, sh = 0, sig, pid;

	set_mask(SIGNALS);
	for (p = mounts; *p; p += strlen(p) + 1) {
		const char *dir = p + strlen(p) + 1;
		sys_mkdirat(AT_FDCWD, dir, 0755);
		sys_mount(p, dir, p, 0, 0);
		p = dir;
	}
	/* The kernel opens the console for init when the image has
	 * /dev/console; without one, the devtmpfs just mounted has it. */
	if (is_err(sys_fcntl(0, F_GETFD, 0)))
		use_tty("/dev/console", 0);
	if (!sys_faccessat(AT_FDCWD, "/etc/rc", 0 /* F_OK: it exists */))
		rc = spawn(0);
	for (;;) {
		if (!rc && !sh)
			sh = spawn(1);
		sig = sys_rt_sigtimedwait((sigset_t *)&(unsigned long){ SIGNALS }, 0, 0);
		if (sig == SIGCHLD) {
			while ((pid = sys_wait4(-1, 0, WNOHANG, 0)) > 0) {
				if (pid == rc)
					rc = 0;
				if (pid == sh)
					sh = 0;
			}
		} else if (sig == SIGTERM || sig == SIGUSR1 || sig == SIGUSR2) {
			sys_kill(-1, SIGTERM);
			sleep_s(1);
			sys_kill(-1, SIGKILL);
			sys_sync();
			unmount_all();
			sys_sync();
			sys_reboot(power_cmd(sig));
		}
	}
	return 0;
}
