/* date - write the date and time
 *
 * usage: date [-u] [-d @SECONDS] [+FORMAT]
 *
 * Writes the current time, or the time SECONDS after the Epoch, in UTC, as
 * FORMAT says; the default is "%a %b %e %H:%M:%S %Z %Y".
 * -u  UTC (accepted: date always works in UTC, as in the C locale with TZ
 *     unset or UTC)
 * -d  the time to write instead of now: @ and a signed number of seconds
 *
 * Conversions: %Y %C %y %m %d %e %j %H %k %I %l %M %S %N %s %u %w (numbers),
 * %a %A %b %B %h %p %P %Z %z (names), %c %D %F %T %R %r %x %X (composites),
 * %n %t %%.  A flag after % changes the padding of a number: - none,
 * _ spaces, 0 zeros.  Other conversions are copied as they are.
 *
 * Standard: POSIX.1-2017 date, printing only, in UTC; with coreutils'
 * -d @SECONDS and %C %k %l %N %P %s %F %R %T %e flags.
 */
#define ERR_FEW
#include "mote.h"
#include "int.h"
#include <linux/time.h>

#define USAGE "[-u] [-d @SECONDS] [+FORMAT]"

struct when {
	long long year, epoch;
	int mon, mday, hour, min, sec, yday, wday, nsec;
};

static const char names[] =
	"Sunday\0Monday\0Tuesday\0Wednesday\0Thursday\0Friday\0Saturday\0"
	"January\0February\0March\0April\0May\0June\0July\0August\0"
	"September\0October\0November\0December";

/* Number conversions: letter, width, padding ('0' or ' '). */
static const char numbers[] = "Y40C20y20m20d20e2 j30H20k2 I20l2 M20S20N90s1 u1 w1 ";

static const char composites[] =
	"c%a %b %e %H:%M:%S %Y\0D%m/%d/%y\0F%Y-%m-%d\0T%H:%M:%S\0"
	"R%H:%M\0r%I:%M:%S %p\0x%m/%d/%y\0X%H:%M:%S\0";

static long long floor_div(long long a, long long b)
{
	return a / b - (a % b < 0);
}

/* Splits seconds since the Epoch into the civil date (proleptic
 * Gregorian), counting from 1 March so that the leap day ends a year. */
static void civil(struct when *w, long long t)
{
	static const unsigned short before[] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
	long long days = floor_div(t, 86400), secs = t - days * 86400, z, era, doe, yoe, doy, mp;

	w->epoch = t;
	w->hour = secs / 3600;
	w->min = secs / 60 % 60;
	w->sec = secs % 60;
	w->wday = (days % 7 + 11) % 7;
	z = days + 719468;
	era = floor_div(z, 146097);
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	w->mday = doy - (153 * mp + 2) / 5 + 1;
	w->mon = mp < 10 ? mp + 3 : mp - 9;
	w->year = yoe + era * 400 + (w->mon <= 2);
	w->yday = before[w->mon - 1] + w->mday - 1 +
		  (w->mon > 2 && w->year % 4 == 0 && (w->year % 100 != 0 || w->year % 400 == 0));
}

static const char *name(int i)
{
	const char *p = names;

	while (i--)
		p += strlen(p) + 1;
	return p;
}

static void format(struct out *o, const char *f, struct when *w)
{
	char buf[24], *p, *end = buf + sizeof(buf), flag;
	const char *s;
	long long v, width;
	int i;

	for (; *f; f++) {
		if (*f != '%' || !f[1]) {
			out_char(o, *f);
			continue;
		}
		s = ++f;
		flag = 0;
		if (*f == '-' || *f == '_' || *f == '0')
			flag = *f++;
		for (s = composites; *s && *s != *f; s += strlen(s) + 1)
			;
		if (*s) {
			format(o, s + 1, w);
			continue;
		}
		for (i = 0; numbers[i] && numbers[i] != *f; i += 3)
			;
		if (numbers[i]) {
			long long hour12 = (w->hour + 11) % 12 + 1;
			const long long values[] = {
				w->year, floor_div(w->year, 100), w->year - floor_div(w->year, 100) * 100,
				w->mon, w->mday, w->mday, w->yday + 1, w->hour, w->hour, hour12, hour12,
				w->min, w->sec, w->nsec, w->epoch, w->wday ? w->wday : 7, w->wday,
			};
			v = values[i / 3];
			width = numbers[i + 1] - '0';
			if (flag == '-')
				width = 0;
			p = fmt_ull(end, v < 0 ? -(unsigned long long)v : (unsigned long long)v);
			while (end - p < width - (v < 0))
				*--p = flag == '_' ? ' ' : flag == '0' ? '0' : numbers[i + 2];
			if (v < 0)
				*--p = '-';
			out_put(o, p, end - p);
			continue;
		}
		switch (*f) {
		case 'a':
			out_put(o, name(w->wday), 3);
			break;
		case 'A':
			out_str(o, name(w->wday));
			break;
		case 'b':
		case 'h':
			out_put(o, name(w->mon + 6), 3);
			break;
		case 'B':
			out_str(o, name(w->mon + 6));
			break;
		case 'p':
			out_str(o, w->hour < 12 ? "AM" : "PM");
			break;
		case 'P':
			out_str(o, w->hour < 12 ? "am" : "pm");
			break;
		case 'Z':
			out_str(o, "UTC");
			break;
		case 'z':
			out_str(o, "+0000");
			break;
		case 'n':
			out_char(o, '\n');
			break;
		case 't':
			out_char(o, '\t');
			break;
		case '%':
			out_char(o, '%');
			break;
		default:
			out_char(o, '%');
			if (flag)
				out_char(o, flag);
			out_char(o, *f);
		}
	}
}

int main(int argc, char **argv, char **envp)
{
	struct __kernel_timespec now;
	struct when w;
	struct out o;
	char *fmt = "%a %b %e %H:%M:%S %Z %Y", *at = 0;
	long long t;

	OPTS(argv) {
	case 'u':
		break;
	case 'd':
		at = OPT_ARG(USAGE);
		break;
	default:
		usage(USAGE);
	} OPTS_END
	if (*argv) {
		if (**argv != '+' || argv[1])
			usage(USAGE);
		fmt = *argv + 1;
	}
	sys_clock_gettime(CLOCK_REALTIME, &now);
	t = now.tv_sec;
	w.nsec = now.tv_nsec;
	if (at) {
		if (*at != '@' || parse_llong(at + 1, &t)) {
			warn_msg(at, "invalid date");
			return 1;
		}
		w.nsec = 0;
	}
	civil(&w, t);
	o.fd = 1;
	o.err = o.len = 0;
	format(&o, fmt, &w);
	out_char(&o, '\n');
	out_flush(&o);
	if (o.err) {
		warn_errno("write error", o.err);
		return 1;
	}
	return 0;
}
