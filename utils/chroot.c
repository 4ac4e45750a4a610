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
#include "mote.h"

static const char *env(char **envp, const char *name)
{
	size_t n = strlen(name);

	for (; *envp; envp++)
		if (!memcmp(*envp, name, n) && (*envp)[n] == '=')
			return *envp + n + 1;
	return 0;
}

int main(int argc, char **argv, char **envp)
{
	static const char *const dash_i = "-i";
	char *sh[3], buf[4096];
	const char *path, *p, *q;
	long r;
	size_t n, k, m;
	long e;

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
		sh[0] = (char *)env(envp, "SHELL");
		if (!sh[0])
			sh[0] = "/bin/sh";
		sh[1] = (char *)dash_i;
		sh[2] = 0;
		argv = sh;
	}
	/* execvp: a name with a slash as it is, else in each $PATH folder */
	path = env(envp, "PATH");
	if (!path)
		path = "/usr/local/bin:/bin:/usr/bin";
	n = strlen(argv[0]);
	for (q = argv[0]; *q && *q != '/'; q++)
		;
	r = -ENOENT;
	if (*q)
		r = sys_execve(argv[0], argv, envp);
	else
		for (p = path;; p += k + 1) {
			for (k = 0; p[k] && p[k] != ':'; k++)
				;
			if (k + n + 3 <= sizeof(buf)) {
				memcpy(buf, k ? p : ".", k ? k : 1);
				m = k ? k : 1;
				buf[m] = '/';
				memcpy(buf + m + 1, argv[0], n + 1);
				e = sys_execve(buf, argv, envp);
				if (e != -ENOENT && e != -ENOTDIR)
					r = e;
			}
			if (!p[k])
				break;
		}
	warn_errno(argv[0], r);
	return r == -ENOENT ? 127 : 126;
}
