/* test - evaluate an expression; also [
 *
 * usage: test EXPRESSION
 *        [ EXPRESSION ]
 *
 * Exit status 0 when EXPRESSION is true, 1 when false, 2 on error.
 * Files:    -b -c -d -f -h -L -p -S (type), -e (exists), -s (not empty),
 *           -g -u -k (set-group-ID, set-user-ID, sticky), -r -w -x (access),
 *           -t FD (a terminal); F1 -nt F2, F1 -ot F2 (modification time),
 *           F1 -ef F2 (same file)
 * Strings:  -n S, -z S, S, S1 = S2, S1 != S2, S1 < S2, S1 > S2 (bytes)
 * Integers: N1 -eq -ne -lt -le -gt -ge N2, of any length, with optional
 *           sign and surrounding blanks
 * Logic:    ! EXPR, EXPR -a EXPR, EXPR -o EXPR, ( EXPR ); -a binds
 *           tighter than -o
 *
 * Up to four arguments follow POSIX's rules by count, so that strings like
 * "!", "(" and "-a" are taken as operands where the count says so; longer
 * expressions are parsed by precedence.  Run as "[" (the name ends in
 * '['), the last argument must be "]".
 *
 * Standard: POSIX.1-2017 test, with -k, -nt, -ot, -ef, < and > (all in
 * POSIX.1-2024) and coreutils' ==.
 */
#include "mote.h"
#include "int.h"

/* access(2) modes: the same on every Linux, not in the UAPI headers. */
#define R_OK 4
#define W_OK 2
#define X_OK 1

struct expr {
	char **argv;
	int pos, argc;
};

static __attribute__((noreturn)) void syntax(const char *what, const char *msg)
{
	warn_msg(what, msg);
	sys_exit(2);
}

/* The argument i places ahead, or 0 past the end. */
static char *ahead(struct expr *t, int i)
{
	return t->pos + i < t->argc ? t->argv[t->pos + i] : 0;
}

/* Byte order of a and b: <0, 0 or >0. */
static int str_cmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}

static int is(const char *s, const char *word)
{
	return s && !str_cmp(s, word);
}

/* The letter of unary operator "-X", or 0. */
static char unary_op(const char *s)
{
	const char *l;

	for (l = "bcdefghkLnprsStuwxz"; *l; l++)
		if (*l == s[1])
			return *l;
	return 0;
}

/* Binary operators, and for each the results of comparing its operands
 * (bit 0: less, bit 1: equal, bit 2: greater) that make it true. */
static const char binary_ops[] = "=\0!=\0==\0<\0>\0-eq\0-ne\0-lt\0-le\0-gt\0-ge\0-nt\0-ot\0-ef\0";
static const unsigned char binary_true[] = { 2, 5, 2, 1, 4, 2, 5, 1, 3, 4, 6, 4, 1 };

/* 1 + the index of binary operator s, or 0. */
static int binary_op(const char *s)
{
	const char *p = binary_ops;
	int i;

	if (s)
		for (i = 1; *p; i++, p += strlen(p) + 1)
			if (!str_cmp(p, s))
				return i;
	return 0;
}

/* Checks that s is an integer and returns the count of its digits after
 * leading zeros, negated if it is negative; *d gets those digits. */
static long int_digits(const char *s, const char **d)
{
	const char *p = s;
	long n, neg;

	while (*p == ' ' || *p == '\t')
		p++;
	neg = *p == '-';
	p += neg || *p == '+';
	if (!ISDIGIT(*p))
		goto bad;
	while (*p == '0')
		p++;
	for (*d = p; ISDIGIT(*p); p++)
		;
	n = p - *d;
	while (*p == ' ' || *p == '\t')
		p++;
	if (*p)
bad:
		syntax(s, "invalid integer");
	return neg ? -n : n;
}

static int file(const char *path, int flags, struct statx *st)
{
	return !is_err(sys_statx(AT_FDCWD, path, flags, STATX_BASIC_STATS, st));
}

static int unary(char op, const char *arg)
{
	/* File types, then the mode bits that -g -u -k test. */
	static const char letters[] = "bcdfpShLguk";
	static const unsigned short bits[] = {
		S_IFBLK, S_IFCHR, S_IFDIR, S_IFREG, S_IFIFO, S_IFSOCK, S_IFLNK, S_IFLNK,
		S_ISGID, S_ISUID, S_ISVTX,
	};
	struct statx st;
	char termios[64];
	const char *d;
	unsigned long fd = 0;
	int i;

	switch (op) {
	case 'n':
		return *arg;
	case 'z':
		return !*arg;
	case 'r':
		return !sys_faccessat(AT_FDCWD, arg, R_OK);
	case 'w':
		return !sys_faccessat(AT_FDCWD, arg, W_OK);
	case 'x':
		return !sys_faccessat(AT_FDCWD, arg, X_OK);
	case 't':
		int_digits(arg, &d);
		return !parse_ulong(arg, &fd) && fd <= 0x7fffffff && !sys_ioctl(fd, TCGETS, termios);
	}
	if (!file(arg, op == 'h' || op == 'L' ? AT_SYMLINK_NOFOLLOW : 0, &st))
		return 0;
	if (op == 'e')
		return 1;
	if (op == 's')
		return st.stx_size > 0;
	for (i = 0; letters[i] != op; i++)
		;
	if (i > 7)
		return st.stx_mode & bits[i];
	return (st.stx_mode & S_IFMT) == bits[i];
}

static int binary(int op, const char *a, const char *b)
{
	struct statx sa, sb;
	const char *da, *db;
	long la, lb, c;
	int ea, eb;

	if (op <= 5)
		c = str_cmp(a, b);
	else if (op <= 11) {
		la = int_digits(a, &da);
		lb = int_digits(b, &db);
		c = la - lb;
		if (!c) {
			c = memcmp(da, db, la < 0 ? -la : la);
			if (la < 0)
				c = -c;
		}
	} else {
		ea = file(a, 0, &sa);
		eb = file(b, 0, &sb);
		if (op == 14)
			return ea && eb && sa.stx_ino == sb.stx_ino &&
			       sa.stx_dev_major == sb.stx_dev_major && sa.stx_dev_minor == sb.stx_dev_minor;
		c = ea - eb;
		if (ea && eb) {
			c = sa.stx_mtime.tv_sec - sb.stx_mtime.tv_sec;
			if (!c)
				c = (long)sa.stx_mtime.tv_nsec - sb.stx_mtime.tv_nsec;
		}
	}
	c = (c > 0) - (c < 0);
	return binary_true[op - 1] >> (c + 1) & 1;
}

static int eval(struct expr *t, int n);

/* "( EXPR )" where EXPR is the n arguments after "(". */
static int paren(struct expr *t, int n)
{
	int r;

	t->pos++;
	if (!n)
		syntax(0, "argument expected");
	r = eval(t, n);
	if (!is(ahead(t, 0), ")"))
		syntax(0, "')' expected");
	t->pos++;
	return r;
}

static int term(struct expr *t)
{
	char *s = ahead(t, 0);
	int op, n;

	if (!s)
		syntax(0, "argument expected");
	if (is(s, "!")) {
		t->pos++;
		return !term(t);
	}
	if (is(s, "(")) {
		for (n = 0; ahead(t, n + 1) && !is(ahead(t, n + 1), ")"); n++)
			if (n == 4) {
				n = t->argc - t->pos - 1;
				break;
			}
		return paren(t, n);
	}
	if (ahead(t, 2) && (op = binary_op(ahead(t, 1)))) {
		t->pos += 3;
		return binary(op, s, ahead(t, -1));
	}
	if (s[0] == '-' && s[1] && !s[2]) {
		if (!(op = unary_op(s)))
			syntax(s, "unary operator expected");
		if (!ahead(t, 1))
			syntax(s, "argument expected");
		t->pos += 2;
		return unary(op, ahead(t, -1));
	}
	t->pos++;
	return *s != 0;
}

static int and_expr(struct expr *t)
{
	int r = term(t);

	while (is(ahead(t, 0), "-a")) {
		t->pos++;
		r &= term(t);
	}
	return r;
}

static int or_expr(struct expr *t)
{
	int r = and_expr(t);

	while (is(ahead(t, 0), "-o")) {
		t->pos++;
		r |= and_expr(t);
	}
	return r;
}

/* Evaluates the next n arguments by POSIX's rules for their count, or by
 * precedence beyond four or where those rules leave off. */
static int eval(struct expr *t, int n)
{
	char **a = t->argv + t->pos;
	int r;

	if (n < 2)
		return n && (t->pos++, **a);
	if (n == 3 && (r = binary_op(a[1]))) {
		t->pos += 3;
		return binary(r, a[0], a[2]);
	}
	if (n <= 4 && is(a[0], "!")) {
		t->pos++;
		return !eval(t, n - 1);
	}
	if (n - 3u < 2 && is(a[0], "(") && is(a[n - 1], ")"))
		return paren(t, n - 2);
	return or_expr(t);
}

int main(int argc, char **argv, char **envp)
{
	struct expr t = { argv + 1, 0, argc - 1 };
	char *name = argv[0];
	int r;

	if (name[strlen(name) - 1] == '[' && (--t.argc < 0 || str_cmp(argv[argc - 1], "]")))
		syntax(0, "missing ']'");
	r = eval(&t, t.argc);
	if (t.pos < t.argc)
		syntax(t.argv[t.pos], "extra argument");
	return !r;
}
