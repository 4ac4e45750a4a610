/* File modes: the ls -l string, and chmod's octal and symbolic forms. */
#ifndef MOTE_MODE_H
#define MOTE_MODE_H

#include "sys.h"

/* Writes the 10 characters of `ls -l` for mode at p (noinline: smaller
 * than inlined in ls's list). */
static __attribute__((noinline)) void mode_str(char *p, unsigned mode)
{
	static const char types[] = "?pc?d?b?-?l?s???", rwx[] = "rwxrwxrwx";
	int i;

	*p++ = types[mode >> 12 & 15];
	for (i = 0; i < 9; i++)
		p[i] = mode & 0400 >> i ? rwx[i] : '-';
	/* setuid, setgid, sticky: s or t over an x, S or T without */
	for (i = 0; i < 3; i++)
		if (mode & 04000 >> i)
			p[3 * i + 2] = (i == 2 ? 'T' : 'S') + (p[3 * i + 2] == 'x') * 32;
}

/* Applies the chmod mode s ("755", "u+x,go-w", "a=r") to old; for a
 * directory dir is 1 (X then adds execute).  umask is used where no who is
 * given, as POSIX says.  Returns the new mode, or -1 when s is not one. */
static long mode_parse(const char *s, unsigned old, int dir, unsigned umask)
{
	unsigned who, perm, keep, m = old & 07777;
	const char *d = s;
	char op;

	/* A directory keeps its set-id bits unless the mode names them, or
	 * is octal of five digits, as GNU has it. */
	keep = dir ? old & 06000 : 0;
	if (*s >= '0' && *s <= '7') {
		m = 0;
		while (*s >= '0' && *s <= '7')
			m = m * 8 + *s++ - '0';
		return *s || m > 07777 ? -1 : (long)(m | (s - d < 5 ? keep : 0));
	}
	for (;;) {
		for (who = 0;; s++) {
			if (*s == 'u')
				who |= 04700;
			else if (*s == 'g')
				who |= 02070;
			else if (*s == 'o')
				who |= 01007;
			else if (*s == 'a')
				who |= 07777;
			else
				break;
		}
		do {
			op = *s++;
			if (op != '+' && op != '-' && op != '=')
				return -1;
			perm = 0;
			for (;; s++) {
				if (*s == 'r')
					perm |= 0444;
				else if (*s == 'w')
					perm |= 0222;
				else if (*s == 'x')
					perm |= 0111;
				else if (*s == 'X')
					perm |= (dir || m & 0111) ? 0111 : 0;
				else if (*s == 's')
					perm |= 06000;
				else if (*s == 't')
					perm |= 01000;
				else if (*s == 'u' || *s == 'g' || *s == 'o') {
					unsigned sh = *s == 'u' ? 6 : *s == 'g' ? 3 : 0;
					perm |= (m >> sh & 7) * 0111;
				} else
					break;
			}
			keep &= ~(perm & (who ? who : 07777));
			perm &= who ? who : 07777 & ~umask;
			if (op == '=') {
				m = (m & ~(who ? who : 07777)) | perm | keep;
			} else if (op == '+')
				m |= perm;
			else
				m &= ~perm;
		} while (*s && *s != ',');
		if (!*s++)
			return m;
	}
}

#endif
