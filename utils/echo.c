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
 * execve lays the argument strings end to end (fs/exec.c), so the NUL
 * before each STRING but the first becomes a space, the last one the
 * newline, and the line goes out in one write.
 *
 * Standard: POSIX.1-2017 echo (the -n form as in coreutils).
 */
#include "mote.h"
#include "werr.h"

int main(int argc, char **argv, char **envp)
{
	char *s, *p, *end;
	int newline = 1;

	while ((s = *++argv) && s[0] == '-' && s[1] == 'n') {
		for (p = s + 1; *++p == 'n';)
			;
		if (*p)
			break;
		newline = 0;
	}
	/* from the word before the first STRING, whose NUL is not written */
	for (end = argv[-1];; end++)
		if (!*end) {
			if (!*argv++)
				break;
			*end = ' ';
		}
	if (!s)
		s = end;
	*end = '\n';
	return write_out(s, end + newline);
}
