/* touch - change file times
 *
 * usage: touch [-acm] [-r REF | -t [[CC]YY]MMDDhhmm[.SS] | -d DATE_TIME] FILE...
 *
 * Sets the access and modification times to now, making missing files.
 * -a  access time only
 * -c  do not make missing files
 * -m  modification time only
 * -r  the times of REF
 * -t  this time, in UTC
 * -d  this time, YYYY-MM-DDThh:mm:SS[.frac][Z] (T or a space; frac after
 *     . or , to the nanosecond), in UTC with or without the Z
 *
 * Standard: POSIX.1-2017 touch (-t and -d read local time as UTC).
 */
#define ERR_CODES ENOENT, EACCES, EISDIR, ENOSPC, ENOTDIR, EPERM, EROFS, ELOOP, ENAMETOOLONG, EDQUOT, EIO
#define ERR_TEXTS E_ENOENT E_EACCES E_EISDIR E_ENOSPC E_ENOTDIR E_EPERM E_EROFS E_ELOOP E_ENAMETOOLONG E_EDQUOT E_EIO
#include "fileerr.h"
#include "mote.h"
#include "civil.h"

#define USAGE "[-acm] [-r REF | -t [[CC]YY]MMDDhhmm[.SS] | -d DATE_TIME] FILE..."

/* Two digits at s. */
static long two(const char *s)
{
	unsigned a = s[0] - '0', b;

	if (a > 9 || (b = s[1] - '0') > 9)
		usage(USAGE);
	return a * 10 + b;
}

/* Seconds since the epoch of a -t stamp, read as UTC. */
/* noinline: main is smaller calling it */
static __attribute__((noinline)) long long stamp(const char *s)
{
	const char *dot = s;
	long y, mo, d, sec = 0, n;

	while (*dot && *dot != '.')
		dot++;
	n = dot - s;
	if (*dot) {
		if (strlen(dot) != 3)
			usage(USAGE);
		sec = two(dot + 1);
	}
	if (n == 12)
		y = two(s) * 100 + two(s + 2);
	else if (n == 10)
		y = two(s), y += y < 69 ? 2000 : 1900;
	else if (n == 8) {
		/* this year; by multiplying, as a 64-bit division is a libgcc
		 * call on 32-bit machines */
		struct __kernel_timespec now;
		sys_clock_gettime(CLOCK_REALTIME, &now);
		for (y = 1970; civil_days(y + 1, 0, 0) * 86400LL <= now.tv_sec; y++)
			;
	} else
		usage(USAGE);
	s = dot - 8;
	mo = two(s);
	d = two(s + 2);
	if (mo < 1 || mo > 12 || d < 1 || d > civil_mdays[mo - 1] + (mo == 2 && civil_leap(y)) || two(s + 4) > 23 ||
	    two(s + 6) > 59 || sec > 60)
		usage(USAGE);
	return ((long long)civil_days(y, mo - 1, d - 1) * 24 + two(s + 4)) * 3600 + two(s + 6) * 60 + sec;
}

/* A -t stamp, or a -d one recast as the -t stamp CCYYMMDDhhmm.SS with
 * its fraction kept, into both times. */
static void set_times(const char *s, int opt, struct __kernel_timespec *ts)
{
	const char *form = "dddd-dd-ddTdd:dd:dd";
	char t[16], *p = t;
	long i, ns = 0;

	if (opt == 'd') {
		for (; *form; form++, s++) {
			if (*form == 'd') {
				if ((unsigned)(*s - '0') > 9)
					usage(USAGE);
				*p++ = *s;
				if (p == t + 12)
					*p++ = '.';
			} else if (*s != *form && (*form != 'T' || *s != ' '))
				usage(USAGE);
		}
		*p = 0;
		if (*s == '.' || *s == ',') {
			if ((unsigned)(*++s - '0') > 9)
				usage(USAGE);
			for (i = 1000000000; (unsigned)(*s - '0') <= 9; s++)
				ns += (*s - '0') * (i /= 10);
		}
		if (*s == 'Z')
			s++;
		if (*s)
			usage(USAGE);
		s = t;
	}
	ts[0].tv_sec = ts[1].tv_sec = stamp(s);
	ts[0].tv_nsec = ts[1].tv_nsec = ns;
}

int main(int argc, char **argv, char **envp)
{
	struct __kernel_timespec ts[2] = { { 0, UTIME_NOW }, { 0, UTIME_NOW } };
	struct statx st;
	int create = 1, which = 0, ret = 0;
	long r, fd;

	OPTS(argv) {
	case 'a':
		which |= 1;
		break;
	case 'c':
		create = 0;
		break;
	case 'm':
		which |= 2;
		break;
	case 'r':
		r = sys_statx(AT_FDCWD, OPT_ARG(USAGE), 0, STATX_ATIME | STATX_MTIME, &st);
		if (r) {
			warn_errno(*argv, r);
			return 1;
		}
		ts[0].tv_sec = st.stx_atime.tv_sec;
		ts[0].tv_nsec = st.stx_atime.tv_nsec;
		ts[1].tv_sec = st.stx_mtime.tv_sec;
		ts[1].tv_nsec = st.stx_mtime.tv_nsec;
		break;
	case 'd':
	case 't':
		r = OPT_CHAR;
		set_times(OPT_ARG(USAGE), r, ts);
		break;
	default:
		usage(USAGE);
	} OPTS_END
	if (!*argv)
		usage(USAGE);
	if (which == 1)
		ts[1].tv_nsec = UTIME_OMIT;
	if (which == 2)
		ts[0].tv_nsec = UTIME_OMIT;
	for (; *argv; argv++) {
		fd = 0;
		if (create) {
			fd = sys_openat(AT_FDCWD, *argv, O_WRONLY | O_CREAT | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0666);
			if (!is_err(fd))
				sys_close(fd);
		}
		r = sys_utimensat(AT_FDCWD, *argv, ts, 0);
		if (r == -ENOENT && !create)
			continue;
		if (r) {
			warn_errno(*argv, is_err(fd) && fd != -EISDIR ? fd : r);
			ret = 1;
		}
	}
	return ret;
}
