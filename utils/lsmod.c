/* lsmod - list the loaded kernel modules
 *
 * usage: lsmod
 *
 * Prints /proc/modules as a table: name, size, use count and the modules
 * that use it.
 *
 * Standard: kmod lsmod.
 */
#define ERR_FEW
#include "mote.h"
#include "proc.h"
#include "column.h"

int main(int argc, char **argv, char **envp)
{
	char buf[65536], *p, *f[4];
	struct out o = { .fd = 1 };
	long n;

	if (argc > 1)
		usage("");
	n = read_file(AT_FDCWD, "/proc/modules", buf, sizeof(buf));
	if (is_err(n)) {
		warn_errno("/proc/modules", n);
		return 1;
	}
	out_str(&o, "Module                  Size  Used by\n");
	/* Each line: name size refcount users state address. */
	for (p = buf; *p; ) {
		for (int i = 0; i < 4; i++) {
			f[i] = p;
			while (*p > ' ')
				p++;
			if (*p && *p != '\n')
				*p++ = 0;
		}
		out_field(&o, f[0], -19);
		out_field(&o, f[1], 9);
		out_str(&o, "  ");
		out_str(&o, f[2]);
		if (*f[3] != '-') {
			f[3][strlen(f[3]) - 1] = 0;
			out_char(&o, ' ');
			out_str(&o, f[3]);
		}
		out_char(&o, '\n');
		while (*p && *p++ != '\n')
			;
	}
	out_flush(&o);
	if (o.err) {
		warn_errno("write error", o.err);
		return 1;
	}
	return 0;
}
