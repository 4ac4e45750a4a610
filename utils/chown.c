/* chown - change file owner and group
 *
 * usage: chown [-hR] OWNER[:GROUP] FILE...
 *
 * OWNER and GROUP are names from /etc/passwd and /etc/group, or numbers;
 * either may be left out (":GROUP", "OWNER:").
 * -h  change a symbolic link itself, not its target
 * -R  also everything in directories; links below FILE are not followed
 *
 * Standard: POSIX.1-2017 chown.
 */
#include "fileerr.h"
#define ERR_CODES ENOENT, EACCES, EPERM, ENOTDIR, EROFS, ELOOP, ENAMETOOLONG, EIO, EMFILE, EINVAL
#define ERR_TEXTS E_ENOENT E_EACCES E_EPERM E_ENOTDIR E_EROFS E_ELOOP E_ENAMETOOLONG E_EIO E_EMFILE E_EINVAL
#include "mote.h"
#include "idmap.h"
#include "walk.h"

#define USAGE "[-hR] OWNER[:GROUP] FILE..."

struct chown {
	long long uid, gid;
	int h, r;
};

static int change(struct walk *w, int how)
{
	struct chown *c = w->ctx;
	long r;

	if (how != WALK_PRE)
		return 0;
	r = sys_fchownat(w->dir, w->name, c->uid, c->gid, w->up || c->h ? AT_SYMLINK_NOFOLLOW : 0);
	if (r) {
		walk_warn(w, r, 0);
		return 1;
	}
	return S_ISLNK(w->st.stx_mode) ? WALK_SKIP : c->r;
}

/* A user or group: a name in file, else a number; -1 for "", -2 if
 * neither.  With login set, the user's login group instead (for "OWNER:"),
 * -1 if there is none. */
static long long id_of(const char *s, const char *file, int login)
{
	char buf[65536];
	const char *line;
	unsigned long id;

	if (!*s)
		return -1;
	idmap_load(file, buf, sizeof(buf));
	line = idmap_find(buf, s, &id);
	if (!line && !parse_ulong(s, &id))
		line = idmap_find(buf, 0, &id);
	else if (!line)
		return -2;
	if (login) {
		if (!line)
			return -1;
		id = idmap_num(line, 3);
	}
	return id > 0xfffffffeUL ? -2 : (long long)id;
}

int main(int argc, char **argv, char **envp)
{
	struct chown c;
	struct walk w;
	char *s, *g;
	int ret = 0, login;

	c.h = 0;
	c.r = WALK_SKIP;
	OPTS(argv) {
	case 'h':
		c.h = 1;
		break;
	case 'R':
		c.r = 0;
		break;
	default:
		usage(USAGE);
	} OPTS_END
	if (!argv[0] || !argv[1])
		usage(USAGE);
	s = *argv++;
	for (g = s; *g && *g != ':'; g++)
		;
	login = *g && !g[1];
	if (*g)
		*g++ = 0;
	c.uid = id_of(s, "/etc/passwd", 0);
	c.gid = id_of(login ? s : g, login ? "/etc/passwd" : "/etc/group", login);
	if (c.uid == -2 || c.gid == -2) {
		warn_msg(c.uid == -2 ? s : g, c.uid == -2 ? "invalid user" : "invalid group");
		return 1;
	}
	w.up = 0;
	w.dir = AT_FDCWD;
	w.follow = !c.h;
	w.ctx = &c;
	for (; *argv; argv++) {
		w.name = *argv;
		ret |= walk(&w, change);
	}
	return ret;
}
