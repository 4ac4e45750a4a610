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
#define ERR_CODES ENOSPC, EBADF, EIO
#define ERR_TEXTS "No space left on device\0Bad file descriptor\0Input/output error"
#include "mote.h"
#include "int.h"
#include "civil.h"
#include <linux/time.h>

#define USAGE "[-u] [-d @SECONDS] [+FORMAT]"

/* The values conversions print, computed once. */
enum { YEAR, CENT, YY, MON, MDAY, YDAY, HOUR, HOUR12, MIN, SEC, NSEC, EPOCH, WDAY7, WDAY, PM, NFIELDS };

static const char names[] =
	"Sunday\0Monday\0Tuesday\0Wednesday\0Thursday\0Friday\0Saturday\0"
	"January\0February\0March\0April\0May\0June\0July\0August\0"
	"September\0October\0November\0December\0AM\0PM\0am\0pm";

/* A conversion prints field as a number, width wide, padded with pad ('0'
 * or ' '); or, when pad is below ' ', as the name at index value + pad in
 * names[], whole (width 0) or its first three letters (width 3). */
static const struct conv {
	char letter, field, width, pad;
} convs[] = {
	{ 'Y', YEAR, 4, '0' }, { 'C', CENT, 2, '0' }, { 'y', YY, 2, '0' }, { 'm', MON, 2, '0' },
	{ 'd', MDAY, 2, '0' }, { 'e', MDAY, 2, ' ' }, { 'j', YDAY, 3, '0' }, { 'H', HOUR, 2, '0' },
	{ 'k', HOUR, 2, ' ' }, { 'I', HOUR12, 2, '0' }, { 'l', HOUR12, 2, ' ' }, { 'M', MIN, 2, '0' },
	{ 'S', SEC, 2, '0' }, { 'N', NSEC, 9, '0' }, { 's', EPOCH, 1, '0' }, { 'u', WDAY7, 1, '0' },
	{ 'w', WDAY, 1, '0' }, { 'a', WDAY, 3, 0 }, { 'A', WDAY, 0, 0 }, { 'b', MON, 3, 6 },
	{ 'h', MON, 3, 6 }, { 'B', MON, 0, 6 }, { 'p', PM, 0, 19 }, { 'P', PM, 0, 21 },
};

/* Conversions that stand for text: other formats, or fixed strings. */
static const char composites[] =
	"c%a %b %e %H:%M:%S %Y\0D%m/%d/%y\0F%Y-%m-%d\0T%H:%M:%S\0R%H:%M\0r%I:%M:%S %p\0"
	"x%m/%d/%y\0X%H:%M:%S\0ZUTC\0z+0000\0n\n\0t\t\0%%\0";

/* a / b rounded down, for times before the Epoch. */
static __attribute__((noinline)) long long floor_div(long long a, long long b)
{
	long long q = a / b;

	return q - (q * b > a);
}

static void format(struct out *o, const char *f, const long long *v)
{
	char buf[24], *p, *end = buf + sizeof(buf), flag;
	const char *s, *pct;
	const struct conv *c;
	long long n, width;

	for (; *f; f++) {
		if (*f != '%' || !f[1]) {
			out_put(o, f, 1);
			continue;
		}
		pct = f;
		flag = *++f;
		if (flag == '-' || flag == '_' || flag == '0')
			f++;
		else
			flag = 0;
		for (s = composites; *s && *s != *f; s += strlen(s) + 1)
			;
		if (*s) {
			format(o, s + 1, v);
			continue;
		}
		for (c = convs; c < convs + sizeof(convs) / sizeof(*convs) && c->letter != *f; c++)
			;
		if (c == convs + sizeof(convs) / sizeof(*convs)) {
			/* Unknown: copied as it is. */
			out_put(o, pct, f - pct + !!*f);
			if (!*f)
				break;
			continue;
		}
		n = v[(int)c->field];
		if (c->pad < ' ') {
			s = names;
			for (n += c->pad; n--; s += strlen(s) + 1)
				;
			out_put(o, s, c->width ? (size_t)c->width : strlen(s));
			continue;
		}
		width = flag == '-' ? 0 : c->width;
		p = fmt_ull(end, n < 0 ? -(unsigned long long)n : (unsigned long long)n);
		while (end - p < width - (n < 0))
			*--p = flag == '_' ? ' ' : flag == '0' ? '0' : c->pad;
		if (n < 0)
			*--p = '-';
		out_put(o, p, end - p);
	}
}

int main(int argc, char **argv, char **envp)
{
	struct __kernel_timespec now;
	struct out o;
	char *fmt = "%a %b %e %H:%M:%S %Z %Y", *at = 0;
	long long v[NFIELDS], t, era, days;
	long y, secs, rd;
	int m, d, i;

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
	v[NSEC] = now.tv_nsec;
	if (at) {
		if (*at != '@' || parse_llong(at + 1, &t)) {
			warn_msg(at, "invalid date");
			return 1;
		}
		v[NSEC] = 0;
	}
	/* The calendar repeats every 400 years (146097 days, whole weeks):
	 * civil.h's loops count at most 400 years, from 1970, and the rest
	 * fits in a long. */
	v[EPOCH] = t;
	days = floor_div(t, 86400);
	era = floor_div(days, 146097);
	secs = t - days * 86400;
	rd = days - era * 146097;
	civil_date(rd, &y, &m, &d);
	v[YEAR] = y + era * 400;
	v[CENT] = y / 100 + era * 4;
	v[YY] = y % 100;
	v[MON] = m + 1;
	v[MDAY] = d + 1;
	v[YDAY] = d + 1 + (m > 1 && civil_leap(y));
	for (i = 0; i < m; i++)
		v[YDAY] += civil_mdays[i];
	v[WDAY] = (rd + 4) % 7;
	v[WDAY7] = v[WDAY] ? v[WDAY] : 7;
	v[HOUR] = secs / 3600;
	v[HOUR12] = (secs / 3600 + 11) % 12 + 1;
	v[PM] = secs >= 12 * 3600;
	v[MIN] = secs / 60 % 60;
	v[SEC] = secs % 60;
	o.fd = 1;
	o.err = o.len = 0;
	format(&o, fmt, v);
	out_put(&o, "\n", 1);
	return out_finish(&o);
}
