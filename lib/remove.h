/* Removing a file tree, for rm and for mv across file systems: a walk
 * that unlinks each file, and each directory once it is empty.  Symbolic
 * links are removed, never followed. */
#ifndef MOTE_REMOVE_H
#define MOTE_REMOVE_H

#include "walk.h"

#define RM_R 1	/* directories too */
#define RM_I 2	/* ask first */
#define RM_ASK_RO 4	/* ask before removing a file we may not write (stdin a terminal, no -f) */
#define W_OK_ 2	/* access(2)'s W_OK: libc's, not in the UAPI headers */

/* For walk(); ctx points at the RM_ flags. */
static int remove_file(struct walk *w, int how)
{
	int f = *(int *)w->ctx, dir = S_ISDIR(w->st.stx_mode);
	long r;

	if (how == WALK_POST_FAILED)
		return 1;
	if (dir && how == WALK_PRE) {
		if (!(f & RM_R)) {
			walk_warn(w, -EISDIR, 0);
			return 1;
		}
		return f & RM_I && !walk_ask(w, "descend into directory ") ? WALK_SKIP | 1 : 0;
	}
	if (f & RM_I && !walk_ask(w, "remove "))
		return 0;
	if (f & RM_ASK_RO && !S_ISLNK(w->st.stx_mode) && sys_faccessat(w->dir, w->name, W_OK_) &&
	    !walk_ask(w, "remove write-protected "))
		return 0;
	r = sys_unlinkat(w->dir, w->name, dir ? AT_REMOVEDIR : 0);
	if (is_err(r)) {
		walk_warn(w, r, 0);
		return 1;
	}
	return 0;
}

#endif
