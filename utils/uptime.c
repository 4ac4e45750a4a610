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
#define ERR_FEW
#include "mote.h"
#include "proc.h"

static void two(struct out *o, unsigned long v, char after)
{
	out_char(o, '0' + v / 10 % 10);
	out_char(o, '0' + v % 10);
	if (after)
		out_char(o, after);
}

static void num(struct out *o, unsigned long v)
{
	char buf[24];

	out_str(o, fmt_ulong(buf + sizeof(buf) - 1, v));
}

int main(int argc, char **argv, char **envp)
{
	struct __kernel_timespec now;
	struct sysinfo si;
	struct out o = { .fd = 1 };
	char load[256], *p;
	unsigned long up, t;
	long r;

	if (argc > 1)
		usage("");
	r = read_file(AT_FDCWD, "/proc/loadavg", load, sizeof(load));
	if (is_err(r) || is_err(r = sys_sysinfo(&si))) {
		warn_errno(0, r);
		return 1;
	}
	sys_clock_gettime(CLOCK_REALTIME, &now);
	t = now.tv_sec % 86400;
	out_char(&o, ' ');
	two(&o, t / 3600, ':');
	two(&o, t / 60 % 60, ':');
	two(&o, t % 60, 0);
	out_str(&o, " up ");
	up = si.uptime / 60;
	if (up >= 1440) {
		num(&o, up / 1440);
		out_str(&o, up >= 2880 ? " days, " : " day, ");
	}
	up %= 1440;
	if (up >= 60) {
		if (up < 600)
			out_char(&o, ' ');
		num(&o, up / 60);
		out_char(&o, ':');
		two(&o, up % 60, 0);
	} else {
		num(&o, up);
		out_str(&o, " min");
	}
	out_str(&o, ",  load average: ");
	/* "0.00 0.01 0.05 1/123 456": the first three, comma separated. */
	for (p = load, t = 0; *p && t < 3; p++) {
		if (*p == ' ') {
			if (++t < 3)
				out_str(&o, ", ");
		} else
			out_char(&o, *p);
	}
	out_char(&o, '\n');
	out_flush(&o);
	if (o.err) {
		warn_errno("write error", o.err);
		return 1;
	}
	return 0;
}
