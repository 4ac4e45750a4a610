/* echo - write arguments to standard output
 *
 * usage: echo [-n] [STRING]...
 *
 * Writes the STRINGs separated by single spaces, then a newline.
 * -n  no trailing newline
 *
 * Leading words made only of n letters after the dash ("-n", "-nn") are
 * the option; any other word, "--" included, is printed.  Backslashes are
 * not interpreted, as in coreutils' echo without -e.
 *
 * The kernel lays the argument strings end to end, so each string's NUL is
 * overwritten with its separator and runs of adjacent strings go out in one
 * write: normally the whole line at once.
 *
 * Standard: POSIX.1-2017 echo (the -n form as in coreutils).
 */
#include "mote.h"

int main(int argc, char **argv, char **envp)
{
	char *s, *p, *start, *end;
	int newline = 1;

	for (argv++; (s = *argv) && *s == '-'; argv++) {
		for (p = s + 1; *p == 'n'; p++)
			;
		if (*p || p == s + 1)
			break;
		newline = 0;
	}
	if (!(start = end = s))
		end = (start = "\n") + 1;
	for (;; argv++) {
		s = *argv;
		if (s != end) {
			if (!s)
				end -= !newline;
			if (write_all(1, start, end - start)) {
				err_puts(UTIL_NAME ": write error\n");
				return 1;
			}
			if (!s)
				return 0;
			start = s;
		}
		for (end = s; *end; end++)
			;
		*end++ = argv[1] ? ' ' : '\n';
	}
}
