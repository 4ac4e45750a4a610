/* tr - translate, squeeze or delete characters
 *
 * usage: tr [-cs] SET1 SET2  or  tr -s [-c] SET1  or  tr -d [-cs] SET1 [SET2]
 *
 * Copies standard input to standard output, changing each character of
 * SET1 into the one at the same place in SET2 (whose last character is
 * repeated when it is the shorter).
 * -c, -C  SET1 is the complement: every byte not in it, in ascending order
 * -d      delete the characters of SET1
 * -s      squeeze runs of one character of the last SET given into one
 *
 * SETs hold characters, ranges a-z, \\ \a \b \f \n \r \t \v \NNN escapes,
 * classes [:alpha:] and the others, [c*N] (N copies of c; N octal with a
 * leading 0) and, in SET2, [c*] (as many as make SET2 as long as SET1).
 *
 * Standard: POSIX.1-2017 tr, in the C locale; [=c=] is not supported.
 */
#define ERR_FEW
#include "mote.h"
#include "cclass.h"

#define SET_MAX 65536
#define DEL 1
#define SQUEEZE 2

static const char *one(const char *s, int *c)
{
	static const char esc[] = "\\\\a\ab\bf\fn\nr\rt\tv\v";
	int i, v;

	if (*s != '\\' || !s[1]) {
		*c = (unsigned char)*s;
		return s + 1;
	}
	s++;
	if (*s >= '0' && *s <= '7') {
		for (i = v = 0; i < 3 && *s >= '0' && *s <= '7'; i++)
			v = v * 8 + *s++ - '0';
		*c = v & 255;
		return s;
	}
	*c = (unsigned char)*s;
	for (i = 0; esc[i]; i += 2)
		if (esc[i] == *s)
			*c = esc[i + 1];
	return s + 1;
}

/* Expands s into out; [c*] repeats fill times.  Returns the length, or -1. */
static long expand(const char *s, unsigned char *out, long fill, int *star)
{
	long n = 0;
	int c, hi, i;
	const char *p;

	while (*s) {
		if (s[0] == '[' && s[1] == ':') {
			for (c = 0; c < 256; c++)
				if ((i = in_class(s + 2, c)) < 0)
					goto literal;
				else if (i && n < SET_MAX)
					out[n++] = c;
			while (*s++ != ']')
				;
			continue;
		}
		if (s[0] == '[' && s[1] && (p = one(s + 1, &c))[0] == '*') {
			const char *d = ++p;
			unsigned long r = 0, base = *p == '0' ? 8 : 10;
			for (; *p >= '0' && *p <= '9' && r < SET_MAX; p++)
				r = r * base + *p - '0';
			if (*p == ']') {
				if (p == d || !r) {
					*star = 1;
					r = fill;
				}
				if (r > (unsigned long)(SET_MAX - n))
					return -1;
				while (r--)
					out[n++] = c;
				s = p + 1;
				continue;
			}
		}
	literal:
		s = one(s, &c);
		hi = c;
		if (*s == '-' && s[1]) {
			s = one(s + 1, &hi);
			if (hi < c)
				return -1;
		}
		for (; c <= hi; c++)
			if (n < SET_MAX)
				out[n++] = c;
	}
	return n;
}

int main(int argc, char **argv, char **envp)
{
	unsigned char set1[SET_MAX], set2[SET_MAX], map[256], what[256] = { 0 };
	char buf[16384];
	int comp = 0, delete = 0, squeeze = 0, star = 0, last = -1, c;
	long n1, n2 = 0, r, i, k, e;

	OPTS(argv) {
	case 'c':
	case 'C':
		comp = 1;
		break;
	case 'd':
		delete = 1;
		break;
	case 's':
		squeeze = 1;
		break;
	default:
	bad:
		usage("[-cs] SET1 SET2 | -s [-c] SET1 | -d [-cs] SET1 [SET2]");
	} OPTS_END
	if (!argv[0] || (argv[1] && argv[2]) || (!argv[1] && !delete && !squeeze) ||
	    (argv[1] && delete && !squeeze))
		goto bad;
	if ((n1 = expand(argv[0], set1, 0, &star)) < 0)
		goto range;
	if (comp) {
		for (c = 0; c < 256; c++)
			map[c] = 1;
		for (i = 0; i < n1; i++)
			map[set1[i]] = 0;
		for (n1 = c = 0; c < 256; c++)
			if (map[c])
				set1[n1++] = c;
	}
	if (argv[1]) {
		n2 = expand(argv[1], set2, 0, &star);
		if (star)
			n2 = expand(argv[1], set2, n1 > n2 ? n1 - n2 : 0, &star);
		if (n2 < 0) {
		range:
			warn_msg(0, "invalid range or repeat in a set");
			return 1;
		}
		if (!n2 && !delete && n1) {
			warn_msg(0, "SET2 must not be empty");
			return 1;
		}
	}
	for (c = 0; c < 256; c++)
		map[c] = c;
	for (i = 0; i < n1; i++) {
		if (delete)
			what[set1[i]] |= DEL;
		else if (argv[1])
			map[set1[i]] = set2[i < n2 ? i : n2 - 1];
		if (squeeze && !argv[1])
			what[set1[i]] |= SQUEEZE;
	}
	for (i = 0; i < n2; i++)
		if (squeeze)
			what[set2[i]] |= SQUEEZE;
	while ((r = sys_read(0, buf, sizeof(buf))) > 0) {
		for (i = k = 0; i < r; i++) {
			c = (unsigned char)buf[i];
			if (what[c] & DEL)
				continue;
			c = map[c];
			if (what[c] & SQUEEZE && c == last)
				continue;
			buf[k++] = last = c;
		}
		if ((e = write_all(1, buf, k))) {
			warn_errno("write error", e);
			return 1;
		}
	}
	if (r < 0) {
		warn_errno("standard input", r);
		return 1;
	}
	return 0;
}
