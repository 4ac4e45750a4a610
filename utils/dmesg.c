/* dmesg - print the kernel's message buffer
 *
 * usage: dmesg [-c | -C] [-r] [-n LEVEL]
 *
 * Prints the buffer without the "<N>" priority of each line.
 * -c  clear the buffer after printing it
 * -C  clear it, print nothing
 * -r  raw: keep the priorities
 * -n  set the level (1 to 8) of the messages printed on the console
 *
 * Standard: util-linux dmesg, in the small.
 */
#define ERR_CODES EPERM, ENOSPC
#define ERR_TEXTS "Operation not permitted\0No space left on device"
#include "mote.h"

#define USAGE "[-c | -C] [-r] [-n LEVEL]"

/* syslog(2)'s actions; the kernel keeps them out of its UAPI headers. */
#define ACTION_READ_ALL 3
#define ACTION_READ_CLEAR 4
#define ACTION_CLEAR 5
#define ACTION_CONSOLE_LEVEL 8

int main(int argc, char **argv, char **envp)
{
	char buf[1 << 20], *p, *q, *end;
	int action = ACTION_READ_ALL, raw = 0, level = 0;
	long n;

	OPTS(argv) {
	case 'c':
		action = ACTION_READ_CLEAR;
		break;
	case 'C':
		action = ACTION_CLEAR;
		break;
	case 'r':
		raw = 1;
		break;
	case 'n':
		p = OPT_ARG(USAGE);
		if (p[0] < '1' || p[0] > '8' || p[1])
			usage(USAGE);
		level = p[0] - '0';
		action = ACTION_CONSOLE_LEVEL;
		break;
	default:
		usage(USAGE);
	} OPTS_END
	if (*argv)
		usage(USAGE);
	/* Clearing and setting the level return 0: nothing to print then. */
	n = sys_syslog(action, buf, action == ACTION_CONSOLE_LEVEL ? level : (int)sizeof(buf));
	if (is_err(n)) {
		warn_errno("syslog", n);
		return 1;
	}
	/* Drop "<N>" at each line's start, in place. */
	end = buf + n;
	for (p = q = buf; p < end; ) {
		if (!raw && *p == '<')
			while (p < end && *p++ != '>')
				;
		while (p < end && (*q++ = *p++) != '\n')
			;
	}
	if ((n = write_all(1, buf, q - buf))) {
		warn_errno("write error", n);
		return 1;
	}
	return 0;
}
