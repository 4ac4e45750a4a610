/* kill - send a signal to processes
 *
 * usage: kill [-s SIGNAL | -SIGNAL] PID...
 *        kill -l [SIGNAL]...
 *
 * Sends SIGTERM, or the signal given, to each PID (a negative PID is a
 * process group; put "--" before it when no signal is given).  A signal is
 * named with or without "SIG", in any case, or numbered (0 checks that the
 * process exists).  kill(2) fails only with EPERM and ESRCH here: the
 * signal number is checked first.
 * -l  without operands, lists the signal names, one a line; with them,
 *     writes the name of each number (an exit status above 128 gives the
 *     signal that caused it) and the number of each name
 *
 * Standard: POSIX.1-2017 kill.
 */
#include "mote.h"
#include "signame.h"

#define USAGE "[-s SIGNAL | -SIGNAL] PID... | -l [SIGNAL]..."

/* Writes s and a newline; a write error ends kill. */
static void put_line(const char *s)
{
	char line[24];
	size_t n;

	for (n = 0; (line[n] = s[n]); n++)
		;
	line[n] = '\n';
	if (write_all(1, line, n + 1)) {
		warn_msg(0, "write error");
		sys_exit(1);
	}
}

static int list(char **argv)
{
	char num[24], *s;
	const char *name;
	unsigned long n;
	int ret = 0, i;

	num[23] = 0;
	if (!*argv)
		for (i = 1; i <= SIG_LAST; i++)
			if ((name = sig_name(i)))
				put_line(name);
	for (; (s = *argv); argv++) {
		name = 0;
		if (!parse_ulong(s, &n))
			name = sig_name(n > 128 ? n - 128 : n);
		else if ((i = sig_number(s)) > 0)
			name = fmt_ulong(num + 23, i);
		if (name)
			put_line(name);
		else {
			warn_msg(s, "invalid signal");
			ret = 1;
		}
	}
	return ret;
}

int main(int argc, char **argv, char **envp)
{
	int sig = SIGTERM, ret = 0, c;
	char *s, *name = 0;
	long pid, r;

	if (!(s = *++argv))
		goto use;
	if (*s == '-') {
		/* -l, -s NAME, -- or -NAME, each a whole word */
		c = s[1] && !s[2] ? s[1] : 0;
		if (c == 'l')
			return list(argv + 1);
		if (c == 's') {
			if (!(name = *++argv))
				goto use;
		} else if (c != '-')
			name = s + 1;
		argv++;
		if (name) {
			if ((sig = sig_number(name)) < 0) {
				warn_msg(name, "invalid signal");
				return 1;
			}
			if ((s = *argv) && s[0] == '-' && s[1] == '-' && !s[2])
				argv++;
		}
	}
	if (!*argv)
use:
		usage(USAGE);
	for (; (s = *argv); argv++) {
		if (parse_long(s, &pid)) {
			warn_msg(s, "invalid process id");
			ret = 1;
		} else if ((r = sys_kill(pid, sig))) {
			warn_msg(s, r == -ESRCH ? "No such process" : "Operation not permitted");
			ret = 1;
		}
	}
	return ret;
}
