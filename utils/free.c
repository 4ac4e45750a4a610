/* free - show the amount of free and used memory
 *
 * usage: free [-b | -k | -m | -g]
 *
 * Reads /proc/meminfo; used is total less available, as procps counts it.
 * -b  bytes
 * -k  KiB (the default)
 * -m  MiB
 * -g  GiB
 *
 * Standard: procps-ng free.
 */
#define ERR_CODES ENOENT, ENOSPC
#define ERR_TEXTS "No such file or directory\0No space left on device"
#include "mote.h"
#include "proc.h"
#include "put.h"

/* The values shown, Mem's row then Swap's, and three that sum to
 * buff/cache; an empty key is a value computed from the others. */
enum { TOTAL, USED, FREE, SHMEM, CACHE, AVAILABLE, SWAPTOTAL, SWAPUSED, SWAPFREE, BUFFERS, CACHED, SRECLAIMABLE,
       NKEYS };
static const char keys[] =
	"MemTotal\0\0MemFree\0Shmem\0\0MemAvailable\0SwapTotal\0\0SwapFree\0Buffers\0Cached\0SReclaimable";

static char *row(char *p, const char *label, const unsigned long *v, int n, int shift)
{
	char b[24];

	p = put_str(p, label);
	b[23] = 0;
	for (int i = 0; i < n; i++)
		p = put_right(p, fmt_ull(b + 23, (unsigned long long)v[i] << 10 >> shift), 12);
	*p++ = '\n';
	return p;
}

int main(int argc, char **argv, char **envp)
{
	char buf[8192], out[256], *p, *name;
	const char *k;
	unsigned long v[NKEYS] = { 0 };
	int shift = 10;
	long n;

	/* -b -k -m -g: bytes, KiB, MiB, GiB */
	OPTS(argv) {
	default:
		for (shift = 0; "bkmg"[shift / 10] != OPT_CHAR; shift += 10)
			if (shift == 30)
				usage("[-b | -k | -m | -g]");
	} OPTS_END
	if (*argv)
		usage("[-b | -k | -m | -g]");
	n = read_file(AT_FDCWD, "/proc/meminfo", buf, sizeof(buf));
	if (is_err(n)) {
		warn_errno("/proc/meminfo", n);
		return 1;
	}
	/* Lines are "Key:   value kB". */
	for (p = buf; *p; ) {
		int i = 0;

		for (name = p; *p && *p != ':'; p++)
			;
		if (!*p)
			break;
		*p++ = 0;
		for (k = keys; i < NKEYS && !streq(k, name); k += strlen(k) + 1)
			i++;
		if (i < NKEYS)
			v[i] = proc_value(p);
		while (*p && *p++ != '\n')
			;
	}
	v[USED] = v[TOTAL] - v[AVAILABLE];
	v[CACHE] = v[BUFFERS] + v[CACHED] + v[SRECLAIMABLE];
	v[SWAPUSED] = v[SWAPTOTAL] - v[SWAPFREE];
	p = put_str(out, "               total        used        free      shared  buff/cache   available\n");
	p = row(p, "Mem:    ", v, 6, shift);
	p = row(p, "Swap:   ", v + SWAPTOTAL, 3, shift);
	if ((n = write_all(1, out, p - out))) {
		warn_errno("write error", n);
		return 1;
	}
	return 0;
}
