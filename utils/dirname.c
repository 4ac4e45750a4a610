/* dirname - strip the last component of a path name
 *
 * usage: dirname STRING
 *
 * Writes STRING without its last component and the slashes around it:
 * "." when no slash is left before it, "/" when only slashes are.
 *
 * The result is a piece of STRING, so the newline is put after it in place
 * and the line goes out in one write.
 *
 * Standard: POSIX.1-2017 dirname.
 */
#include "mote.h"
#include "werr.h"

int main(int argc, char **argv, char **envp)
{
	char *s, *e;

	if ((s = argv[1]) && s[0] == '-' && s[1] == '-' && !s[2])
		argv++;
	if (!(s = argv[1]) || argv[2])
		usage_exit("STRING");
	for (e = s + strlen(s); e > s + 1 && e[-1] == '/'; e--)
		;
	while (e > s && e[-1] != '/')
		e--;
	while (e > s + 1 && e[-1] == '/')
		e--;
	if (e == s)
		e = (s = ".\n") + 2;
	else
		*e++ = '\n';
	return write_out(s, e);
}
