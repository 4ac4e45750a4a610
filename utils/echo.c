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
	char *s, *p, *start = "\n", *end;
	int newline = 1;
	long e;

	for (argv++; (s = *argv) && *s == '-'; argv++) {
		for (p = s + 1; *p == 'n'; p++)
			;
		if (*p || p == s + 1)
			break;
		newline = 0;
	}
	end = start + (newline && !*argv);
	for (; (s = *argv); argv++) {
		p = s + strlen(s);
		*p = argv[1] ? ' ' : '\n';
		if (s != end) {
			if ((e = write_all(1, start, end - start)))
				goto fail;
			start = s;
		}
		end = p + (argv[1] || newline);
	}
	if (!(e = write_all(1, start, end - start)))
		return 0;
fail:
	err_puts(UTIL_NAME ": write error\n");
	return 1;
}
