/* Running a command by name, as execvp does: env and the shell share it. */
#ifndef MOTE_EXEC_H
#define MOTE_EXEC_H

#include "sys.h"
#include "mem.h"

/* The search path when PATH is unset (glibc's confstr(_CS_PATH)). */
#define EXEC_DEFAULT_PATH "/bin:/usr/bin"

/* The value of NAME in envp, or 0. */
static char *env_get(char *const *envp, const char *name)
{
	for (; *envp; envp++) {
		const char *e = *envp, *n = name;

		while (*n && *n == *e)
			n++, e++;
		if (!*n && *e == '=')
			return (char *)e + 1;
	}
	return 0;
}

/* Executes cmd: as a path if it has a slash, else from each folder of
 * path in turn ("" means the current folder; too long a candidate is
 * skipped).  Returns only on failure:
 * -EACCES if some candidate was found but could not be run, -ENOENT if
 * none was found, or the first other error (ENOEXEC included: running a
 * script without #! is the caller's choice). */
static long exec_search(const char *cmd, const char *path, char *const argv[], char *const envp[])
{
	char buf[4096];
	size_t n = strlen(cmd), d;
	const char *p;
	long r, err = -ENOENT;

	if (!n)
		return -ENOENT;
	for (p = cmd; *p; p++)
		if (*p == '/')
			return sys_execve(cmd, argv, envp);
	for (;;) {
		for (p = path; *path && *path != ':'; path++)
			;
		d = path - p;
		if (d + n + 2 <= sizeof(buf)) {
			memcpy(buf, p, d);
			buf[d] = '/';
			memcpy(buf + d + !!d, cmd, n + 1);
			r = sys_execve(buf, argv, envp);
			if (r == -EACCES)
				err = r;
			else if (r != -ENOENT && r != -ENOTDIR)
				return r;
		}
		if (!*path++)
			return err;
	}
}

#endif
