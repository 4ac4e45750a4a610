/* insmod - load a kernel module
 *
 * usage: insmod FILE [PARAM=VALUE]...
 *
 * Loads the module in FILE with finit_module(2), handing it the
 * parameters.  Dependencies are not followed (that is modprobe's work).
 *
 * Standard: kmod insmod.
 */
#define ERR_CODES ENOENT, EPERM, ENOEXEC, EEXIST
#define ERR_TEXTS "No such file or directory\0Operation not permitted\0Exec format error\0File exists"
#include "mote.h"
#include "put.h"

int main(int argc, char **argv, char **envp)
{
	char params[4096], *p = params;
	long fd, r;

	OPTS(argv) {
	default:
		usage("FILE [PARAM=VALUE]...");
	} OPTS_END
	if (!*argv)
		usage("FILE [PARAM=VALUE]...");
	/* The parameters, space separated. */
	for (char **a = argv + 1; *a; a++) {
		if (p + strlen(*a) + 1 >= params + sizeof(params)) {
			warn_msg(*a, "too many parameters");
			return 1;
		}
		if (p > params)
			*p++ = ' ';
		p = put_str(p, *a);
	}
	*p = 0;
	fd = sys_openat(AT_FDCWD, *argv, O_RDONLY | O_CLOEXEC, 0);
	if (is_err(fd) || (r = sys_finit_module(fd, params, 0))) {
		warn_errno(*argv, is_err(fd) ? fd : r);
		return 1;
	}
	return 0;
}
