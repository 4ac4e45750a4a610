/* Civil dates in UTC, both ways, by whole years and months: a loop is
 * smaller than the closed forms, and fast enough for file times. */
#ifndef MOTE_CIVIL_H
#define MOTE_CIVIL_H

static const unsigned char civil_mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

/* noinline: inlined in every loop it costs more */
static __attribute__((noinline)) int civil_leap(long y)
{
	return y % 4 == 0 && (y % 100 || y % 400 == 0);
}

/* Splits days since 1970-01-01 into year, month 0-11 and day 0-30. */
static void civil_date(long days, long *y, int *m, int *d)
{
	long n;

	for (*y = 1970;; ++*y) {
		if (days < 0)
			days += 365 + civil_leap(--*y), --*y;
		else if (days >= (n = 365 + civil_leap(*y)))
			days -= n;
		else
			break;
	}
	for (*m = 0; days >= (n = civil_mdays[*m] + (*m == 1 && civil_leap(*y))); ++*m)
		days -= n;
	*d = days;
}

/* Days since 1970-01-01 of year y, month 0-11, day 0-30. */
static long civil_days(long y, int m, int d)
{
	long days = d, i;

	for (i = 0; i < m; i++)
		days += civil_mdays[i] + (i == 1 && civil_leap(y));
	for (i = 1970; i < y; i++)
		days += 365 + civil_leap(i);
	for (; i > y; i--)
		days -= 365 + civil_leap(i - 1);
	return days;
}

#endif
