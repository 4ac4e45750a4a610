/* env - run a command in a changed environment
 *
 * usage: env [-i] [-u NAME]... [-] [NAME=VALUE]... [COMMAND [ARG]...]
 *
 * -i       start from an empty environment ("-" alone does the same)
 * -u NAME  remove NAME from the environment
 *
 * Each NAME=VALUE sets NAME, in place if it is already there.  COMMAND is
 * looked up in the new environment's PATH (/bin:/usr/bin when unset); with
 * no COMMAND the environment is written, one entry a line.  Exit status:
 * COMMAND's, 125 for an error of env itself, 126 when COMMAND was found but
 * could not run, 127 when it was not found.
 *
 * Standard: POSIX.1-2017 env, with coreutils' -u.
 */
#define ERR_FEW
#include "mote.h"
#include "exec.h"

#define USAGE "[-i] [-u NAME]... [-] [NAME=VALUE]... [COMMAND [ARG]...]"

/* Is entry "NAME=..." for the name that var starts with ("NAME" or
 * "NAME=VALUE")? */
static int same_name(const char *entry, const char *var)
{
	while (*var && *var != '=' && *var == *entry)
		var++, entry++;
	return (!*var || *var == '=') && *entry == '=';
}

int main(int argc, char **argv, char **envp)
{
	size_t n = 0, i, j;
	char *s, *p, **e;
	long r;

	for (e = envp; *e; e++)
		n++;
	char *env[n + argc];

	memcpy(env, envp, n * sizeof(*env));
	OPTS(argv) {
	case 'i':
		n = 0;
		break;
	case 'u':
		s = OPT_ARG(USAGE);
		for (i = 0; s[i]; i++)
			if (s[i] == '=')
				goto bad_name;
		if (!i) {
bad_name:
			warn_msg(s, "cannot unset: Invalid argument");
			return 125;
		}
		for (i = j = 0; i < n; i++)
			if (!same_name(env[i], s))
				env[j++] = env[i];
		n = j;
		break;
	default:
		usage_status(USAGE, 125);
	} OPTS_END
	if ((s = *argv) && s[0] == '-' && !s[1])
		n = 0, argv++;
	for (; (s = *argv); argv++) {
		for (p = s; *p != '='; p++)
			if (!*p)
				goto run;
		for (i = 0; i < n && !same_name(env[i], s); i++)
			;
		env[i] = s;
		n += i == n;
	}
run:
	env[n] = 0;
	if (*argv) {
		if (!(p = env_get(env, "PATH")))
			p = EXEC_DEFAULT_PATH;
		r = exec_search(*argv, p, argv, env);
		warn_errno(*argv, r);
		return r == -ENOENT ? 127 : 126;
	}
	/* Entries are writable strings that env alone uses from here on, so
	 * each one's NUL becomes its newline and it goes out in one write. */
	for (e = env; (s = *e); e++) {
		n = strlen(s);
		s[n] = '\n';
		if ((r = write_all(1, s, n + 1))) {
			warn_errno("write error", r);
			return 125;
		}
	}
	return 0;
}
