/* lsmod - list the loaded kernel modules
 *
 * usage: lsmod
 *
 * Prints /proc/modules as a table: name, size, use count and the modules
 * that use it.
 *
 * Standard: kmod lsmod.
 */
#define ERR_CODES ENOENT, ENOSPC
#define ERR_TEXTS "No such file or directory\0No space left on device"
#include "mote.h"
#include "proc.h"
#include "put.h"

int main(int argc, char **argv, char **envp)
{
	/* Each line out is at most twice the line in, with padding. */
	char buf[65536], out[2 * sizeof(buf) + 64], *p, *q, *col, *f[4];
	long n;

	if (argc > 1)
		usage("");
	n = read_file(AT_FDCWD, "/proc/modules", buf, sizeof(buf));
	if (is_err(n)) {
		warn_errno("/proc/modules", n);
		return 1;
	}
	q = put_str(out, "Module                  Size  Used by\n");
	/* Each line: name size refcount users state address. */
	for (p = buf; *p; ) {
		for (int i = 0; i < 4; i++) {
			f[i] = p;
			while (*p > ' ')
				p++;
			if (*p && *p != '\n')
				*p++ = 0;
		}
		/* kmod's "%-19s %8s". */
		col = q + 19;
		q = put_str(q, f[0]);
		while (q < col)
			*q++ = ' ';
		q = put_right(q, f[1], 9);
		q = put_str(q, "  ");
		q = put_str(q, f[2]);
		if (*f[3] != '-') {
			f[3][strlen(f[3]) - 1] = 0;
			*q++ = ' ';
			q = put_str(q, f[3]);
		}
		*q++ = '\n';
		while (*p && *p++ != '\n')
			;
	}
	if ((n = write_all(1, out, q - out))) {
		warn_errno("write error", n);
		return 1;
	}
	return 0;
}
