/* uname - print system information
 *
 * usage: uname [-amnrsv]
 *
 * -s  kernel name (the default)    -n  node name (host name)
 * -r  kernel release               -v  kernel version
 * -m  machine (hardware) type      -a  all of these
 *
 * Fields go out in the order s n r v m, separated by spaces, whatever the
 * order of the options; that is also the order of struct new_utsname, so
 * option letter i of "snrvm" selects field i.  -a has POSIX's meaning:
 * coreutils' -a adds its own -p -i -o fields.
 *
 * Standard: POSIX.1-2017 uname.
 */
#include "mote.h"
#include "werr.h"

#define LETTERS "snrvma"

int main(int argc, char **argv, char **envp)
{
	struct new_utsname u;
	char line[sizeof(u)], *p = line, *f, *q;
	unsigned mask = 0, i;

	OPTS(argv) {
	default:
		for (i = 0; LETTERS[i] != OPT_CHAR; i++)
			if (i == 5)
				goto use;
		mask |= i == 5 ? 31 : 1 << i;
	} OPTS_END
	if (*argv)
use:
		usage_exit("[-amnrsv]");
	sys_uname(&u);
	for (i = 0, f = u.sysname; i < 5; i++, f += sizeof(u.sysname))
		if ((mask ? mask : 1) >> i & 1) {
			for (q = f; *q;)
				*p++ = *q++;
			*p++ = ' ';
		}
	p[-1] = '\n';
	return write_out(line, p);
}
