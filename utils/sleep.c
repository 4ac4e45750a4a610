/* sleep - suspend execution for an interval
 *
 * usage: sleep NUMBER[smhd]...
 *
 * Sleeps for the sum of the intervals.  A NUMBER is decimal, with an
 * optional fraction (1, 0.5, .25, 2.); its suffix is s (seconds, the
 * default), m (minutes), h (hours) or d (days).  Intervals beyond some
 * 30,000 years are cut to that.
 *
 * Standard: POSIX.1-2017 sleep, with coreutils' fractions, suffixes and sum.
 */
#include "mote.h"
#include "int.h"

/* ULL: where a long has 32 bits, UL would make tv_nsec / NSEC signed. */
#define NSEC 1000000000ULL

int main(int argc, char **argv, char **envp)
{
	static const unsigned mult[] = { 1, 60, 3600, 86400 };
	struct __kernel_timespec ts = { 0, 0 };
	unsigned long long sec, ns;
	unsigned long scale, m, digits, i;
	int ret = 0;
	char *p;

	OPTS(argv) {
	default:
		goto use;
	} OPTS_END
	if (!*argv)
use:
		usage("NUMBER[smhd]...");
	for (; (p = *argv); argv++) {
		sec = ns = digits = i = 0;
		for (; ISDIGIT(*p); p++, digits++)
			if (sec < 1ULL << 40)
				sec = sec * 10 + *p - '0';
		if (*p == '.')
			for (scale = NSEC, p++; ISDIGIT(*p); p++, digits++)
				ns += (*p - '0') * (scale /= 10);
		if (*p)
			while ("smhd"[i] != *p || p[1])
				if (++i == 4)
					goto bad;
		if (!digits)
			goto bad;
		m = mult[i];
		ns *= m;
		ts.tv_sec += sec * m + ns / NSEC;
		ts.tv_nsec += ns % NSEC;
		continue;
bad:
		warn_msg(*argv, "invalid time interval");
		ret = 1;
	}
	if (ret)
		return ret;
	ts.tv_sec += ts.tv_nsec / NSEC;
	ts.tv_nsec %= NSEC;
	while (sys_nanosleep(&ts, &ts) == -EINTR)
		;
	return 0;
}
