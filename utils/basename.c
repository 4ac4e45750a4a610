/* basename - strip the folder part of a path name
 *
 * usage: basename STRING [SUFFIX]
 *
 * Writes the last component of STRING, without its trailing slashes and
 * without SUFFIX when that ends the component and is not all of it.  A
 * STRING of only slashes gives "/", an empty one an empty line.
 *
 * The result is a piece of STRING, so the newline is put after it in place
 * and the line goes out in one write.
 *
 * Standard: POSIX.1-2017 basename.
 */
#include "mote.h"
#include "werr.h"

int main(int argc, char **argv, char **envp)
{
	char *s, *p, *e, *suf;
	size_t n;

	if ((s = argv[1]) && s[0] == '-' && s[1] == '-' && !s[2])
		argv++;
	if (!(s = argv[1]) || (argv[2] && argv[3]))
		usage_exit("STRING [SUFFIX]");
	for (e = s + strlen(s); e > s + 1 && e[-1] == '/'; e--)
		;
	for (p = e; p > s && p[-1] != '/'; p--)
		;
	if (p == e && e > s)
		p--;
	*e = 0;
	if ((suf = argv[2]) && (n = strlen(suf)) < (size_t)(e - p) && streq(e - n, suf))
		e -= n;
	*e++ = '\n';
	return write_out(p, e);
}
