/* yes - write a line over and over
 *
 * usage: yes [STRING]...
 *
 * Writes the STRINGs separated by spaces, or "y", and a newline, until the
 * output fails.  A broken pipe ends yes by SIGPIPE; any other write error
 * is reported, with status 1.  A first "--" is skipped; every other word
 * is printed, "-x" too, as in busybox and toybox.
 *
 * The kernel lays the arguments end to end, so the line is joined in place
 * by turning their NULs into spaces, then copied over a buffer as often
 * as it fits, so each write carries many lines.
 *
 * Standard: coreutils yes, without its options.
 */
#include "mote.h"
#include "werr.h"

int main(int argc, char **argv, char **envp)
{
	char buf[8192], *line = "y\n", *end = line + 2, *p, *q;
	size_t len = 0, i;

	if ((p = argv[1]) && p[0] == '-' && p[1] == '-' && !p[2])
		argv++;
	if (argv[1]) {
		line = argv[1];
		for (end = line; (p = *++argv);)
			p[-1] = ' ';
		for (end = argv[-1]; *end; end++)
			;
		*end++ = '\n';
	}
	/* as many whole lines as fit, or the line alone if none does */
	for (i = 0, q = line; i < sizeof(buf);) {
		buf[i++] = *q++;
		if (q == end)
			q = line, len = i;
	}
	p = buf;
	if (!len)
		p = line, len = end - line;
	while (!write_out(p, p + len))
		;
	return 1;
}
