/* chroot - run a command with another root directory
 *
 * usage: chroot NEWROOT [COMMAND [ARG]...]
 *
 * COMMAND defaults to "$SHELL -i", else "/bin/sh -i"; it is looked up in
 * $PATH inside NEWROOT.  Exit status 125 if chroot fails, 126 if COMMAND
 * will not run, 127 if it is not found.
 *
 * Standard: chroot as in GNU coreutils.
 */
#include "fileerr.h"
#define ERR_CODES ENOENT, EACCES, ENOTDIR, EPERM, ELOOP, ENAMETOOLONG, EIO, ENOEXEC, ETXTBSY, ENOMEM
#define ERR_TEXTS E_ENOENT E_EACCES E_ENOTDIR E_EPERM E_ELOOP E_ENAMETOOLONG E_EIO E_ENOEXEC E_ETXTBSY E_ENOMEM
#include "mote.h"
#include "exec.h"

int main(int argc, char **argv, char **envp)
{
	char *sh[3], *path;
	long r;

	OPTS(argv) {
	default:
		usage_status("NEWROOT [COMMAND [ARG]...]", 125);
	} OPTS_END
	if (!*argv)
		usage_status("NEWROOT [COMMAND [ARG]...]", 125);
	r = sys_chroot(*argv);
	if (!r)
		r = sys_chdir("/");
	if (r) {
		warn_errno(*argv, r);
		return 125;
	}
	if (!*++argv) {
		sh[0] = env_get(envp, "SHELL");
		if (!sh[0])
			sh[0] = "/bin/sh";
		sh[1] = "-i";
		sh[2] = 0;
		argv = sh;
	}
	path = env_get(envp, "PATH");
	r = exec_search(argv[0], path ? path : "/usr/local/bin:/bin:/usr/bin", argv, envp);
	warn_errno(argv[0], r);
	return r == -ENOENT ? 127 : 126;
}
