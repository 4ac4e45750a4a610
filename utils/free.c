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
#define ERR_FEW
#include "mote.h"
#include "proc.h"
#include "column.h"

/* The value of the /proc/meminfo line that starts with key, in KiB. */
static unsigned long meminfo(const char *buf, const char *key)
{
	size_t n = strlen(key);
	unsigned long v = 0;

	for (; *buf; buf++)
		if ((buf[-1] == '\n') && !memcmp(buf, key, n)) {
			for (buf += n; *buf == ' ' || *buf == ':'; buf++)
				;
			while (*buf >= '0' && *buf <= '9')
				v = v * 10 + *buf++ - '0';
			break;
		}
	return v;
}

static void row(struct out *o, const char *label, const unsigned long *v, int n, int shift)
{
	out_field(o, label, -8);
	for (int i = 0; i < n; i++)
		out_num(o, shift < 0 ? v[i] << 10 : v[i] >> shift, 12);
	out_char(o, '\n');
}

int main(int argc, char **argv, char **envp)
{
	char buf[8192];
	struct out o = { .fd = 1 };
	unsigned long mem[6], swap[3];
	int shift = 0;
	long n;

	OPTS(argv) {
	case 'b':
		shift = -1;
		break;
	case 'k':
		shift = 0;
		break;
	case 'm':
		shift = 10;
		break;
	case 'g':
		shift = 20;
		break;
	default:
		usage("[-b | -k | -m | -g]");
	} OPTS_END
	if (*argv)
		usage("[-b | -k | -m | -g]");
	/* A newline first, so that every key follows one. */
	buf[0] = '\n';
	n = read_file(AT_FDCWD, "/proc/meminfo", buf + 1, sizeof(buf) - 1);
	if (is_err(n)) {
		warn_errno("/proc/meminfo", n);
		return 1;
	}
	mem[0] = meminfo(buf + 1, "MemTotal");
	mem[2] = meminfo(buf + 1, "MemFree");
	mem[3] = meminfo(buf + 1, "Shmem");
	mem[4] = meminfo(buf + 1, "Buffers") + meminfo(buf + 1, "Cached") + meminfo(buf + 1, "SReclaimable");
	mem[5] = meminfo(buf + 1, "MemAvailable");
	mem[1] = mem[0] - mem[5];
	swap[0] = meminfo(buf + 1, "SwapTotal");
	swap[2] = meminfo(buf + 1, "SwapFree");
	swap[1] = swap[0] - swap[2];
	out_str(&o, "               total        used        free      shared  buff/cache   available\n");
	row(&o, "Mem:", mem, 6, shift);
	row(&o, "Swap:", swap, 3, shift);
	out_flush(&o);
	if (o.err) {
		warn_errno("write error", o.err);
		return 1;
	}
	return 0;
}
