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
	char buf[8192], *line = "y\n", *p = buf, *end = line + 2;
	size_t n, len, i;

	if (argc > 1 && streq(argv[1], "--"))
		argv++, argc--;
	if (argc > 1) {
		line = argv[1];
		for (end = argv[argc - 1]; *end; end++)
			;
		for (p = line; p < end; p++)
			if (!*p)
				*p = ' ';
		*end++ = '\n';
		p = buf;
	}
	n = end - line;
	len = sizeof(buf) - sizeof(buf) % n;
	for (i = 0; i < len; i++)
		buf[i] = line[i % n];
	if (!len)
		p = line, len = n;
	while (!write_all(1, p, len))
		;
	write_error();
	return 1;
}
