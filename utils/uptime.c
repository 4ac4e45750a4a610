/* uptime - tell how long the system has been running
 *
 * usage: uptime
 *
 * Prints the time of day (UTC), the time since boot and the load averages
 * of /proc/loadavg:
 *  15:04:05 up 2 days,  3:04,  load average: 0.00, 0.01, 0.05
 *
 * Standard: busybox uptime (without the count of users, which needs utmp).
 */
#define ERR_CODES ENOENT, ENOSPC
#define ERR_TEXTS "No such file or directory\0No space left on device"
#include "mote.h"
#include "proc.h"
#include "put.h"

/* v, below 100, in two digits. */
static __attribute__((noinline)) char *two(char *p, unsigned long v)
{
	*p++ = '0' + v / 10;
	*p++ = '0' + v % 10;
	return p;
}

int main(int argc, char **argv, char **envp)
{
	struct __kernel_timespec now, boot;
	char load[256], out[256], *p, *q;
	unsigned long up, t, day;
	long r;

	if (argc > 1)
		usage("");
	r = read_file(AT_FDCWD, "/proc/loadavg", load, sizeof(load));
	if (is_err(r)) {
		warn_errno(0, r);
		return 1;
	}
	sys_clock_gettime(CLOCK_REALTIME, &now);
	/* Hours, minutes and seconds of the day: each is below 60. */
	day = now.tv_sec % 86400;
	p = out;
	*p++ = ' ';
	for (t = 3600; t; t /= 60) {
		p = two(p, day / t % 60);
		*p++ = ':';
	}
	p = put_str(p - 1, " up ");
	/* The time since boot as /proc/uptime counts it: sysinfo(2) rounds
	 * it up to the next second. */
	sys_clock_gettime(CLOCK_BOOTTIME, &boot);
	up = (unsigned long)boot.tv_sec / 60;
	if (up >= 1440) {
		p = put_num(p, up / 1440, 0);
		p = put_str(p, up >= 2880 ? " days, " : " day, ");
	}
	up %= 1440;
	if (up >= 60) {
		p = put_num(p, up / 60, 2);
		*p++ = ':';
		p = two(p, up % 60);
	} else {
		p = put_num(p, up, 0);
		p = put_str(p, " min");
	}
	p = put_str(p, ",  load average: ");
	/* "0.00 0.01 0.05 1/123 456": the first three, comma separated. */
	for (q = load, t = 0; *q && t < 3; q++) {
		if (*q == ' ') {
			if (++t < 3)
				p = put_str(p, ", ");
		} else
			*p++ = *q;
	}
	*p++ = '\n';
	if ((r = write_all(1, out, p - out))) {
		warn_errno("write error", r);
		return 1;
	}
	return 0;
}
