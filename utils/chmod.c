/* chmod - change file modes
 *
 * usage: chmod [-R] MODE FILE...
 *
 * MODE is octal (755) or symbolic: [ugoa]*[+-=][rwxXstugo]*, in a comma
 * list (u+x,go-w).
 * -R  also everything in directories; links below FILE are not followed
 *
 * Standard: POSIX.1-2017 chmod.
 */
#define ERR_CODES ENOENT, EACCES, ENOTDIR, EPERM, EROFS, ELOOP, ENAMETOOLONG, EIO
#define ERR_TEXTS E_ENOENT E_EACCES E_ENOTDIR E_EPERM E_EROFS E_ELOOP E_ENAMETOOLONG E_EIO
#include "fileerr.h"
#include "mote.h"
#include "mode.h"
#include "walk.h"

struct chmod {
	const char *mode;
	int umask, r;
};

static int change(struct walk *w, int how)
{
	struct chmod *c = w->ctx;
	unsigned m = w->st.stx_mode;
	long r;

	if (how != WALK_PRE || S_ISLNK(m))
		return 0;
	r = sys_fchmodat(w->dir, w->name, mode_parse(c->mode, m, S_ISDIR(m), c->umask));
	if (r) {
		walk_warn(w, r, 0);
		return 1;
	}
	return c->r;
}

int main(int argc, char **argv, char **envp)
{
	struct chmod c;
	struct walk w;
	int ret = 0;

	c.r = WALK_SKIP;
	/* a mode like -w is an operand, not options */
	for (argv++; *argv && argv[0][0] == '-' && argv[0][1] == 'R' && !argv[0][2]; argv++)
		c.r = 0;
	if (*argv && argv[0][0] == '-' && argv[0][1] == '-' && !argv[0][2])
		argv++;
	if (!*argv || !argv[1])
		usage("[-R] MODE FILE...");
	c.mode = *argv++;
	c.umask = sys_umask(0);
	sys_umask(c.umask);
	w.up = 0;
	w.name = c.mode;
	if (mode_parse(c.mode, 0, 0, 0) < 0) {
		walk_warn(&w, 0, "invalid mode");
		return 1;
	}
	w.dir = AT_FDCWD;
	w.follow = 1;
	w.ctx = &c;
	for (; *argv; argv++) {
		w.name = *argv;
		ret |= walk(&w, change);
	}
	return ret;
}
