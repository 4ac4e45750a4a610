/* hostname - print or set the host name
 *
 * usage: hostname [NAME]
 *
 * Without NAME, writes the host name (the node name of uname(2)); with it,
 * sets the host name to NAME, which takes privilege.  Options are refused:
 * no host name starts with '-'.
 *
 * Standard: net-tools/hostname, without its options.
 */
#include "mote.h"
#include "werr.h"

int main(int argc, char **argv, char **envp)
{
	struct new_utsname u;
	char *name = argv[1];
	size_t n;
	long r;

	if (argc > 2 || (name && *name == '-'))
		usage_exit("[NAME]");
	if (name) {
		r = sys_sethostname(name, strlen(name));
		if (r)
			warn_msg(name, r == -EPERM ? "Operation not permitted" : "Invalid argument");
		return !!r;
	}
	sys_uname(&u);
	n = strlen(u.nodename);
	u.nodename[n] = '\n';
	if (write_all(1, u.nodename, n + 1)) {
		write_error();
		return 1;
	}
	return 0;
}
