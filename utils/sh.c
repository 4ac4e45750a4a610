/* sh - a small POSIX shell
 *
 * usage: sh [-eix] [-c STRING [NAME [ARG]...] | FILE [ARG]...]
 *
 * Runs STRING, FILE, or standard input: line by line with a prompt when
 * it is a terminal (or -i), else read whole first.
 * -c  run STRING; NAME is $0
 * -e  exit when a command fails
 * -i  interactive: prompt, Ctrl-C does not end the shell
 * -x  print each simple command before running it
 *
 * Simple commands searched along $PATH, #! and plain scripts; quoting
 * with ' " \; $VAR ${VAR} $? $$ $! $# $0..$9 $@ $* $(...); prefix
 * assignments; redirections < > >> N<&M N>&M N>&-; pipelines; ; & && ||;
 * if, while, until, for, case, { }, ( ); globbing with * ? [...].
 * Builtins: cd exit export unset set (-e -x --; alone, lists) shift read (-r) exec
 * wait . : true false echo test [ break continue.  On a terminal, lines
 * are edited with backspace, ^U and ^C, and the up arrow recalls the line
 * before.  Not here: functions, here-documents, arithmetic, ${X-Y} forms,
 * ~, IFS, backquotes, a longer history, job control.
 *
 * The parser runs commands as it reads them, with no syntax tree: a loop
 * body is read again on every pass, and a part that must not run is read
 * with running turned off (skip).  Each and-or list is read once with
 * running off before it runs, so syntax errors stop it before anything
 * ran, and a trailing & or a pipe is known before the first command starts.
 *
 * Standard: POSIX.1-2017 sh, the subset above; behaves like dash.
 */
#define ERR_FEW
/* Each of these gcc -Oz passes made this file bigger: together 400 B on
 * x86_64, 300 B on i386 (gcc 12). */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("no-move-loop-invariants", "no-caller-saves", "no-shrink-wrap", "no-if-conversion", \
	"no-tree-tail-merge", "no-thread-jumps", "no-strict-aliasing", "no-tree-dominator-opts", "no-tree-forwprop", \
	"no-ipa-cp")
#endif
#include "mote.h"
#include <asm/termbits.h>

/* Tables need no alignment: the ABI's 16 for arrays is padding.
 * (noinline and always_inline below mark where gcc -Oz's own choice was
 * measured to be the bigger one.) */
#define BYTES __attribute__((aligned(1)))

#define MEM (1 << 21)
#define VARS (1 << 20)
/* The longest line edited on a terminal. */
#define LINE 1024

enum { NOSPLIT = 1, NOGLOB = 2, KEEPESC = 4 };
/* Bit 1 << in("exci", option letter). */
enum { OPT_E = 2, OPT_X = 4, OPT_C = 8, OPT_I = 16 };

/* Redirected descriptors and the saved copies they are restored from;
 * bad: one failed, and running is off for the command. */
struct sv {
	int n, bad, fd[8], old[8];
};

/* The fields used most come first: small offsets make short code. */
struct sh {
	char *top, *pos, *end;	/* arena: free space, its end; the parser */
	int skip, kw;		/* running off; the last token's keyword or -1 */
	int nw, have;		/* the word being expanded: count, begun */
	int q, fl;		/* expanding: in "..." (1, 2), flags */
	/* $? $$ $! $#, also by their index in "?$!#" */
	union {
		struct {
			int st, pid, bg, nargs;
		};
		int special[4];
	};
	char *ts, *ws;		/* the last token's start; word start */
	char **args, *arg0;
	char *vend;		/* end of the variables */
	int loops, opts, noerr, inter, gl;	/* gl: the word globs */
	int cont, brk;		/* break or continue n */
	int sst, fd;		/* fd: the N of a redirection token, or -1 */
	char *te;		/* the last token's end */
	char *vars, *vlim;	/* "xNAME=value" strings, x: exported */
	char **hid;		/* assignments whose variables are hidden */
	int nhid;		/* while a regular builtin runs, and their count */
	void *jb[5];
};
static const char ops[] = " \t;&|<>()\n";
/* The compound commands first, in the order of body()'s cases; then the
 * words that end a list. */
static const char keywords[] BYTES = "if\0while\0until\0for\0case\0{\0(\0)\0then\0elif\0else\0fi\0do\0done\0esac\0}\0in\0!\0";
enum { K_PAREN = 6, K_THEN = 8, K_ELIF, K_ELSE, K_FI, K_DO, K_DONE, K_ESAC, K_BRACE, K_IN, K_BANG };
static const char redirs[] = "<>adD";

static void list(struct sh *c);

/* Where ch is in s, counting from 1; 0 if it is not. */
static __attribute__((noinline)) int in(const char *s, int ch)
{
	const char *p = s;

	while (*p)
		if (*p++ == ch)
			return p - s;
	return 0;
}

static int isname(int ch)
{
	return ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

static char *namend(char *p)
{
	while (isname(*p))
		p++;
	return p;
}

/* The index of [s, e), or of the string s if e is null, in tab, a list of
 * strings ended by an empty one. */
static int lookup(const char *tab, const char *s, const char *e)
{
	const char *p;
	int i;

	for (i = 0; *tab; i++) {
		for (p = s; p != e && *p && *p == *tab; p++)
			tab++;
		if ((p == e || !*p) && !*tab)
			return i;
		while (*tab++)
			;
	}
	return -1;
}

static char **aligned(struct sh *c)
{
	return (char **)(((long)c->top + 7) & ~7L);
}

static void unassign(struct sh *c);

/* Ends a script, or an interactive line, with status 2. */
static void abandon(struct sh *c)
{
	c->st = 2;
	if (!c->inter)
		sys_exit(2);
	unassign(c);
	__builtin_longjmp(c->jb, 1);
}

static void fail(struct sh *c, const char *msg)
{
	warn_msg(0, msg);
	abandon(c);
}

/* Fails unless p is within lim. */
static void need(struct sh *c, void *p, void *lim)
{
	if (p > lim)
		fail(c, "out of memory");
}

static void synerr(struct sh *c)
{
	fail(c, "syntax error");
}

/* Variables */

/* The last entry "fNAME<sep>value" (f the flag), or 0: a variable has
 * sep '=', one that an assignment hides while a builtin runs has 1. */
static __attribute__((noinline)) char *findsep(struct sh *c, const char *n, long len, char sep)
{
	char *p, *last = 0;
	long i;

	for (p = c->vars; p < c->vend; p += strlen(p) + 1) {
		for (i = 0; i < len && p[i + 1] == n[i]; i++)
			;
		if (i == len && p[len + 1] == sep)
			last = p;
	}
	return last;
}

static char *findvar(struct sh *c, const char *n, long len)
{
	return findsep(c, n, len, '=');
}

static char *getvar(struct sh *c, const char *n, long len)
{
	char *p = findvar(c, n, len);

	return p ? p + len + 2 : 0;
}

/* Removes NAME; says whether it was exported. */
static int unsetvar(struct sh *c, const char *n, long len)
{
	char *p = findvar(c, n, len);
	long k;
	int x;

	if (!p)
		return 0;
	x = *p == 'x';
	k = strlen(p) + 1;
	memmove(p, p + k, c->vend - p - k);
	c->vend -= k;
	return x;
}

/* s is "NAME=value". */
static void setvar(struct sh *c, char *s, int x)
{
	long k = strlen(s) + 1;

	x |= unsetvar(c, s, namend(s) - s);
	need(c, c->vend + k + 1, c->vlim);
	*c->vend++ = x ? 'x' : '-';
	memcpy(c->vend, s, k);
	c->vend += k;
}

/* Sets NAME (len bytes at n) to the len2 bytes at v. */
static void setnv(struct sh *c, char *n, long len, char *v, long len2)
{
	char *p = c->top;

	need(c, p + len + len2 + 2, c->end);
	memcpy(p, n, len);
	p[len] = '=';
	memcpy(p + len + 1, v, len2);
	p[len + len2 + 1] = 0;
	setvar(c, p, 0);
}

/* Sets the assignments av[0..na); with hide, the variables they replace
 * are hidden (their '=' made 1) rather than dropped, for unassign(). */
static __attribute__((noinline)) void assign(struct sh *c, char **av, int na, int hide)
{
	char *p;
	long len;

	c->hid = av;
	c->nhid = 0;
	for (; na--; av++) {
		len = namend(*av) - *av;
		if (hide && (p = findvar(c, *av, len)))
			p[len + 1] = 1;
		c->nhid += hide;
		setvar(c, *av, 0);
	}
}

/* Takes back what assign() hid, the last first, as a name may come
 * twice. */
static __attribute__((noinline)) void unassign(struct sh *c)
{
	char **av = c->hid, *p;
	long len;
	int na = c->nhid;

	c->nhid = 0;
	while (na--) {
		len = namend(av[na]) - av[na];
		unsetvar(c, av[na], len);
		if ((p = findsep(c, av[na], len, 1)))
			p[len + 1] = '=';
	}
}

/* Lexer */

/* Steps over one unit of a word: a character, a \ pair, a quoted string,
 * a $(...). */
static char *unit(struct sh *c, char *p)
{
	int ch = *p++, n = 1;

	if (ch == '\\' && *p)
		return p + 1;
	if (ch == '\'' || ch == '"') {
		while (*p != ch) {
			if (!*p)
				synerr(c);
			p = ch == '\'' || *p == '\'' ? p + 1 : unit(c, p);
		}
		return p + 1;
	}
	if (ch == '$' && *p == '(')
		for (p++; n;) {
			if (!*p)
				synerr(c);
			n += (*p == '(') - (*p == ')');
			p = unit(c, p);
		}
	return p;
}

/* Reads one token: 'w' a word (ts..te), an operator character, S ;;,
 * A &&, O ||, a >>, d <&, D >&, '\n', or 0 at the end. */
static int tok(struct sh *c)
{
	static const char two[] = ";S&A|O>a";
	char *p = c->pos;
	int t, i;

	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '#')
			while (*p && *p != '\n')
				p++;
		if (*p != '\\' || p[1] != '\n')
			break;
		p += 2;
	}
	c->fd = c->kw = -1;
	/* One digit, as in dash: 12>f is the word 12 and >f. */
	if (*p >= '0' && *p <= '9' && (p[1] == '<' || p[1] == '>'))
		c->fd = *p++ - '0';
	c->ts = p;
	t = *p;
	if (!t)
		return 0;
	if (in(ops + 2, t)) {
		p++;
		for (i = 0; two[i]; i += 2)
			if (t == two[i] && *p == t)
				t = two[i + 1], p++;
		if (*p == '&' && (t == '<' || t == '>'))
			t = t == '<' ? 'd' : 'D', p++;
	} else {
		while (*p && !in(ops, *p))
			p = unit(c, p);
		c->kw = lookup(keywords, c->ts, p);
		t = 'w';
	}
	c->te = c->pos = p;
	return t;
}

static int peek(struct sh *c)
{
	char *p = c->pos;
	int t = tok(c);

	c->pos = p;
	return t;
}

/* Takes the next token if it is one of s; returns it, else 0. */
static int accept(struct sh *c, const char *s)
{
	char *p = c->pos;
	int t = tok(c);

	if (in(s, t))
		return t;
	c->pos = p;
	return 0;
}

static inline __attribute__((always_inline)) void expect(struct sh *c, int k)
{
	tok(c);
	if (c->kw != k)
		synerr(c);
}

static void newlines(struct sh *c)
{
	while (accept(c, "\n"))
		;
}

/* Expansion: words go to the arena one after another, each ended by a
 * NUL.  A quoted character that globbing would take is kept with a \
 * before it until the word is complete. */

static int match(const char *p, const char *s)
{
	const unsigned char *q;
	int ok, neg, lo, hi, ch;

	for (;; p++, s++) {
		ch = *(unsigned char *)s;
		switch (*p) {
		case 0:
			return !ch;
		case '*':
			do
				if (match(p + 1, s))
					return 1;
			while (*s++);
			return 0;
		case '?':
			if (!ch)
				return 0;
			continue;
		case '[':
			q = (const unsigned char *)p + 1;
			neg = *q == '!' || *q == '^';
			q += neg;
			ok = 0;
			do {
				/* A \ from quoting always has a character after it. */
				q += *q == '\\';
				lo = hi = *q;
				if (q[1] == '-' && q[2] && q[2] != ']') {
					q += 2;
					q += *q == '\\';
					hi = *q;
				}
				ok |= lo <= ch && ch <= hi;
			} while (*q && *++q && *q != ']');
			if (*q) {
				if (!ch || ok == neg)
					return 0;
				p = (const char *)q;
				continue;
			}
			break;
		case '\\':
			p++;
		}
		if (*p != *s)
			return 0;
	}
}

/* Compares as strcmp, where end also ends a string. */
static int cmpstr(const char *a, const char *b, int end)
{
	int x, y;

	do {
		x = *(unsigned char *)a++;
		y = *(unsigned char *)b++;
		if (x == end)
			x = 0;
		if (y == end)
			y = 0;
	} while (x && x == y);
	return x - y;
}

/* Replaces the pattern at c->ws by the names it matches, sorted. */
static int glob(struct sh *c)
{
	long buf[512], r, fd, k, dlen;
	char *pat = c->ws, *base = pat, *p, *m = c->top, *q;
	int n = 0;
	struct dirent64 *d;

	for (p = pat; *p; p++)
		if (*p == '/')
			base = p + 1;
	dlen = base - pat;
	memcpy(m, pat, dlen);
	memcpy(m + dlen, ".", 2);
	fd = sys_openat(AT_FDCWD, m, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
	while ((r = sys_getdents64(fd, buf, sizeof(buf))) > 0)
		for (p = (char *)buf; p < (char *)buf + r; p += d->d_reclen) {
			d = (struct dirent64 *)p;
			if ((d->d_name[0] == '.' && *base != '.') || !match(base, d->d_name))
				continue;
			need(c, m + 4096, c->end);
			for (q = c->top; q < m && cmpstr(q + dlen, d->d_name, 0) < 0; q += strlen(q) + 1)
				;
			k = dlen + strlen(d->d_name) + 1;
			memmove(q + k, q, m - q);
			memcpy(q, pat, dlen);
			memcpy(q + dlen, d->d_name, k - dlen);
			m += k;
			n++;
		}
	sys_close(fd);
	if (n) {
		memmove(pat, c->top, m - c->top);
		c->top = pat + (m - c->top);
		c->nw += n;
	}
	return n;
}

static void endword(struct sh *c)
{
	int fl = c->fl;
	char *s, *d;
	int ch;

	if (!c->have)
		return;
	*c->top++ = 0;
	if (!c->gl || (fl & NOGLOB) || !glob(c)) {
		c->nw++;
		if (!(fl & KEEPESC)) {
			for (s = d = c->ws; (ch = *s++); *d++ = ch)
				if (ch == '\\')
					ch = *s++;
			*d++ = 0;
			c->top = d;
		}
	}
	c->have = c->gl = 0;
	c->ws = c->top;
}

static void put(struct sh *c, int ch, int q)
{
	need(c, c->top + 3, c->end);
	if (in("*?[\\", ch)) {
		if (q || ch == '\\')
			*c->top++ = '\\';
		else
			c->gl = 1;
	}
	*c->top++ = ch;
	c->have = 1;
}

/* One character of an expansion's result: unquoted blanks split words. */
static void putx(struct sh *c, int ch)
{
	if (!c->q && !(c->fl & NOSPLIT) && in(" \t\n", ch))
		endword(c);
	else
		put(c, ch, c->q);
}

static void putv(struct sh *c, const char *s)
{
	while (*s)
		putx(c, *s++);
}

/* SIGINT as children get it, and as an interactive shell and its
 * background jobs get it: two struct sigactions that overlap, SIG_IGN
 * at sigint[0], and all zero (SIG_DFL) from sigint[1].  A long's own
 * alignment is enough: the ABI's 16 for arrays is padding. */
static const long sigint[1 + sizeof(struct sigaction) / sizeof(long)]
	__attribute__((aligned(sizeof(long)))) = { (long)SIG_IGN };
#define IGNORE ((const struct sigaction *)sigint)

static __attribute__((noinline)) long spawn(struct sh *c, int bg)
{
	long pid = sys_fork();

	if (!pid) {
		sys_rt_sigaction(SIGINT, (const struct sigaction *)(sigint + !(bg & c->inter)), 0);
		c->inter = 0;
	}
	return pid;
}

/* Runs fn in a child that ends with its status.  io, if given, is
 * {stdin, a descriptor to close, stdout}; -1s are no-ops. */
static long child(struct sh *c, void (*fn)(struct sh *), int bg, int *io)
{
	long pid = spawn(c, bg);

	if (!pid) {
		if (io) {
			sys_dup3(io[0], 0, 0);
			sys_dup3(io[2], 1, 0);
			sys_close(io[1]);
		}
		fn(c);
		sys_exit(c->st);
	}
	return pid;
}

static int waitfor(long pid)
{
	int s = 0;

	sys_wait4(pid, &s, 0, 0);
	return s & 0x7f ? 128 + (s & 0x7f) : (s >> 8) & 0xff;
}

/* $(...) at p, which points at the "(": its output, less trailing
 * newlines. */
static inline __attribute__((always_inline)) char *subst(struct sh *c, char *p)
{
	char *e = unit(c, p - 1), b[512], *pos = c->pos;
	int io[3] = { -1 }, nl = 0;
	long r, pid, i;

	sys_pipe2(io + 1, O_CLOEXEC);
	c->pos = p + 1;
	pid = child(c, list, 0, io);
	c->pos = pos;
	sys_close(io[2]);
	while ((r = sys_read(io[1], b, sizeof(b))) > 0)
		for (i = 0; i < r; i++)
			if (b[i] == '\n')
				nl++;
			else {
				for (; nl; nl--)
					putx(c, '\n');
				putx(c, b[i]);
			}
	sys_close(io[1]);
	c->sst = waitfor(pid);
	return e;
}

static char *dollar(struct sh *c, char *p)
{
	int q = c->q;
	char nb[24], *v = 0, *n, *e;
	int ch, i, br = *p == '{';

	if (*p == '(')
		return subst(c, p);
	n = p += br;
	ch = *p;
	if (in("?$#!@*", ch) || (ch >= '0' && ch <= '9'))
		p++;
	else
		p = namend(p);
	e = p;
	if (br && *p++ != '}')
		synerr(c);
	if (e == n) {
		put(c, '$', q);
		return p;
	}
	nb[23] = 0;
	if ((i = in("?$!#", ch)))
		v = fmt_ulong(nb + 23, c->special[i - 1]);
	if (ch == '@' || ch == '*') {
		/* "$@" with no parameters: its quotes make no word. */
		if (q && ch == '@' && !c->nargs)
			c->q = 1;
		for (i = 0; i < c->nargs; i++) {
			if (i) {
				if (q && ch == '*')
					put(c, ' ', 1);
				else {
					c->have |= q;
					endword(c);
				}
			}
			putv(c, c->args[i]);
		}
		return p;
	}
	i = ch - '0';
	if (i >= 0 && i <= 9)
		v = !i ? c->arg0 : i <= c->nargs ? c->args[i - 1] : 0;
	else if (!v)
		v = getvar(c, n, e - n);
	if (v)
		putv(c, v);
	return p;
}

/* Expands the word token ts..te to the arena. */
static void expand(struct sh *c, int fl)
{
	char *p = c->ts, *e = c->te;
	int ch;

	c->fl = fl;
	c->q = 0;
	c->ws = c->top;
	c->have = c->gl = 0;
	while (p < e) {
		ch = *p++;
		if (ch == '\\' && (!c->q || in("$`\"\\\n", *p))) {
			if (*p && *p != '\n')
				put(c, *p, 1);
			p++;
		} else if (ch == '\'' && !c->q) {
			c->have = 1;
			while (*p != '\'')
				put(c, *p++, 1);
			p++;
		} else if (ch == '"') {
			/* 2: in "...", which alone makes a word. */
			c->have |= c->q > 1;
			c->q = !c->q * 2;
		} else if (ch == '$')
			p = dollar(c, p);
		else
			put(c, ch, c->q);
	}
}

static void word(struct sh *c)
{
	expand(c, 0);
	endword(c);
}

/* The token as one string, unsplit and not globbed. */
static __attribute__((noinline)) char *word1(struct sh *c, int fl)
{
	char *w = c->top;

	expand(c, fl | NOSPLIT | NOGLOB);
	c->have = 1;
	endword(c);
	return w;
}

/* Redirections */

static void redir(struct sh *c, int t, struct sv *sv)
{
	int fd = c->fd, i, dup, cl;
	unsigned long v;
	char *w;
	long r;

	if (fd < 0)
		fd = t != '<' && t != 'd';
	if (tok(c) != 'w')
		synerr(c);
	if (c->skip)
		return;
	w = word1(c, 0);
	c->top = w;
	c->nw--;
	dup = (t | 32) == 'd';
	cl = dup && streq(w, "-");
	if (!dup)
		r = sys_openat(AT_FDCWD, w, t == '<' ? O_RDONLY : O_WRONLY | O_CREAT | (t == 'a' ? O_APPEND : O_TRUNC), 0666);
	else if (cl)
		r = fd;
	else
		r = parse_ulong(w, &v) ? -EBADF : (long)v;
	if (!is_err(r) && (r != fd || cl)) {
		if (sv->n < 8) {
			sv->fd[sv->n] = fd;
			sv->old[sv->n++] = sys_fcntl(fd, F_DUPFD_CLOEXEC, 10);
		}
		/* Closing a descriptor that is not open is no error. */
		i = cl ? (sys_close(fd), 0) : sys_dup3(r, fd, 0);
		if (!dup)
			sys_close(r);
		r = i;
	}
	if (is_err(r)) {
		warn_errno(w, r);
		c->st = 2;
		c->skip++;
		sv->bad = 1;
	}
}

static void restore(struct sv *sv)
{
	int fd, old;

	while (sv->n > 0) {
		sv->n--;
		fd = sv->fd[sv->n];
		old = sv->old[sv->n];
		if (old < 0)
			sys_close(fd);
		else {
			sys_dup3(old, fd, 0);
			sys_close(old);
		}
	}
}

/* Running */

static void run(struct sh *c, char *text)
{
	char *p = c->pos;

	c->pos = text;
	list(c);
	if (tok(c))
		synerr(c);
	c->pos = p;
}

/* Runs the file f, or standard input if f is null. */
static int source(struct sh *c, char *f)
{
	long fd = f ? sys_openat(AT_FDCWD, f, O_RDONLY | O_CLOEXEC, 0) : 0, r;
	char *t = c->top;

	if (is_err(fd)) {
		warn_errno(f, fd);
		abandon(c);
	}
	while ((r = sys_read(fd, c->top, c->end - c->top - 1)) > 0)
		c->top += r;
	*c->top++ = 0;
	if (f)
		sys_close(fd);
	run(c, t);
	return c->st;
}

static char **mkenv(struct sh *c)
{
	char **e = aligned(c), **v = e, *p;

	for (p = c->vars; p < c->vend; p += strlen(p) + 1)
		if (*p == 'x') {
			need(c, v + 2, c->end);
			*v++ = p + 1;
		}
	*v++ = 0;
	c->top = (char *)v;
	return e;
}

/* Reads a byte of standard input to p. */
static __attribute__((noinline)) long get(char *p)
{
	return sys_read(0, p, 1);
}

/* Reads a line of standard input to the arena, up to lim; returns where
 * its NUL is.  *r is the last read's result: 1 if a newline ended it.
 * Unless raw, a \ stays before the character it escapes, for the caller;
 * a \ newline pair, or a \ at the end, is dropped. */
static char *getline(struct sh *c, char *lim, long *r, int raw)
{
	char *l = c->top;

	while ((*r = get(l)) == 1 && *l != '\n' && l < lim) {
		if (*l == '\\' && !raw) {
			if ((*r = get(l + 1)) != 1)
				break;
			if (l[1] == '\n')
				continue;
			l++;
		}
		l++;
	}
	*l = 0;
	return l;
}

/* $0 and the positional parameters from av. */
static __attribute__((noinline)) void setargs(struct sh *c, char **av)
{
	c->arg0 = *av++;
	c->args = av;
	for (c->nargs = 0; av[c->nargs]; c->nargs++)
		;
}

static long try(struct sh *c, char *path, char **av, char **env)
{
	long r = sys_execve(path, av, env);

	if (r == -ENOEXEC) {
		setargs(c, av);
		c->arg0 = path;
		sys_exit(source(c, path));
	}
	return r;
}

/* Runs av[na] with assignments av[0..na) in its environment, in this
 * process. */
static __attribute__((noreturn)) void execute(struct sh *c, char **av, int na)
{
	char **env, *path, *p, *s, *d, *name;
	long r, e = -ENOENT;
	int i;

	for (i = 0; i < na; i++)
		setvar(c, av[i], 1);
	av += na;
	name = *av;
	env = mkenv(c);
	/* A name with a / is tried as it is: a PATH of one empty entry. */
	path = in(name, '/') ? "" : getvar(c, "PATH", 4);
	if (!path)
		path = "/bin:/usr/bin:/sbin:/usr/sbin";
	for (p = path;; p++) {
		for (d = c->top; *p && *p != ':';)
			*d++ = *p++;
		if (d > c->top)
			*d++ = '/';
		for (s = name; (*d++ = *s++);)
			;
		r = try(c, c->top, av, env);
		if (r != -ENOENT && r != -ENOTDIR)
			e = r;
		if (!*p)
			break;
	}
	if (e == -ENOENT)
		warn_msg(name, "not found");
	else
		warn_errno(name, e);
	sys_exit(e == -ENOENT ? 127 : 126);
}

/* Writes the words joined by spaces, with a newline if nl.  They lie one
 * after another in the arena: their NULs become the spaces and the
 * newline of one write, and come back after. */
static long say(int fd, char **av, int nl)
{
	char **a = av, n = '\n', *s = &n, *e = s;
	long r;

	for (; *a; a++) {
		e = *a + strlen(*a);
		*e = a[1] ? ' ' : '\n';
	}
	if (*av)
		s = *av;
	r = write_all(fd, s, e - s + nl);
	while (--a > av)
		a[0][-1] = 0;
	*e = 0;
	return r;
}

static int num(const char *s, long *v)
{
	int neg = *s == '-';

	if (parse_ulong(s + neg, (unsigned long *)v))
		return -1;
	if (neg)
		*v = -*v;
	return 0;
}

static int test(char **a, int n)
{
	static const char bin[] BYTES = "=\0!=\0-eq\0-ne\0-lt\0-le\0-gt\0-ge\0";
	static const char mask[] = { 2, 5, 2, 5, 1, 3, 4, 6 };
	struct statx st;
	long x, y;
	int i, k, cmp;

	if (n < 2)
		return n ? !*a[0] : 1;
	if (streq(a[0], "!"))
		return !test(a + 1, n - 1);
	i = a[0][1];
	if (n == 2 && a[0][0] == '-' && i && !a[0][2]) {
		if (i == 'n' || i == 'z')
			return !*a[1] == (i == 'n');
		if ((k = in("xwr", i)))
			return !!sys_faccessat(AT_FDCWD, a[1], 1 << (k - 1));
		/* The file types and their S_IFMT >> 12; L and h do not
		 * follow a link. */
		k = in("fdpLh", i);
		if (is_err(sys_statx(AT_FDCWD, a[1], k > 3 ? AT_SYMLINK_NOFOLLOW : 0, STATX_BASIC_STATS, &st)))
			return 1;
		if (i == 's')
			return !st.stx_size;
		if (k)
			return st.stx_mode >> 12 != "\10\4\1\12\12"[k - 1];
		return i != 'e';
	}
	if (n == 3 && (i = lookup(bin, a[1], 0)) >= 0) {
		cmp = !streq(a[0], a[2]);
		if (i > 1) {
			if (num(a[0], &x) || num(a[2], &y))
				return 2;
			cmp = (x > y) - (x < y);
		}
		return !(mask[i] >> (cmp + 1) & 1);
	}
	return 2;
}

static int setopts(struct sh *c, char **av)
{
	char *s, *p;
	int n = 0, i;

	for (; (s = *av) && (*s == '-' || *s == '+') && s[1]; av++, n++) {
		/* -- ends the options. */
		if (s[1] == '-')
			return n + 1;
		for (p = s + 1; *p; p++) {
			i = in("exci", *p);
			if (*s == '-')
				c->opts |= 1 << i;
			else
				c->opts &= ~(1 << i);
		}
	}
	return n;
}

/* set's positional parameters: a copy at the end of the variables'
 * memory, which they then end before.  The words lie one after another
 * in the arena. */
static void setpos(struct sh *c, char **av)
{
	char *e = c->vars + VARS, **p;
	long n, k = 0;

	for (n = 0; av[n]; n++)
		k += strlen(av[n]) + 1;
	e -= k;
	p = (char **)((long)e & ~7L) - n;
	need(c, c->vend, p);
	if (n)
		memcpy(e, *av, k);
	c->vlim = (char *)p;
	c->args = p;
	c->nargs = n;
	while (n--)
		p[n] = av[n] - *av + e;
}

/* set with no words: the variables sorted by name, their values in '
 * quotes and a run of ' in " quotes, as dash writes them. */
static long listvars(struct sh *c)
{
	char *last = "", *min, *p, *o = c->top;
	int q;

	for (;;) {
		min = 0;
		for (p = c->vars; p < c->vend; p += strlen(p) + 1)
			if (cmpstr(++p, last, '=') > 0 && (!min || cmpstr(p, min, '=') < 0))
				min = p;
		if (!min)
			return write_all(1, c->top, o - c->top);
		last = min;
		need(c, o + 5 * strlen(min) + 4, c->end);
		/* q is the quote open after the =, ' or ", and closes before
		 * a character that it cannot or need not take. */
		for (p = min, q = 0; *p;) {
			if (q && (*p == '\'') == (q == '\'')) {
				*o++ = q;
				q ^= '\'' ^ '"';
				*o++ = q;
			}
			if ((*o++ = *p++) == '=' && !q)
				*o++ = q = '\'';
		}
		*o++ = q;
		*o++ = '\n';
	}
}

/* The regular builtins, by their bit: cd read wait true false echo test [. */
#define REGULAR 0xF941
static const char builtins[] BYTES = "cd\0exit\0export\0unset\0set\0shift\0read\0exec\0wait\0.\0:\0true\0false\0echo\0test\0[\0break\0continue\0";

static int builtin(struct sh *c, int b, int argc, char **av, struct sv *sv)
{
	char *a = av[1], *p, *l, *w, *d, *k;
	long n, r;
	int raw, esc;

	num(a ? a : "1", &n);
	switch (b) {
	case 0:
		p = a ? a : getvar(c, "HOME", 4);
		if (!p)
			p = "/";
		r = sys_chdir(p);
		if (is_err(r)) {
			warn_errno(p, r);
			return 2;
		}
		return 0;
	case 1:
		sys_exit(a ? n : c->st);
	case 2:
	case 3:
		while ((a = *++av))
			if (b == 3)
				unsetvar(c, a, strlen(a));
			else if (in(a, '='))
				setvar(c, a, 1);
			else if ((p = findvar(c, a, strlen(a))))
				*p = 'x';
		return 0;
	case 4:
		if (!a) {
			r = listvars(c);
			goto wrote;
		}
		av += 1 + setopts(c, av + 1);
		/* set -- with no words clears them. */
		if (*av || av[-1][1] == '-')
			setpos(c, av);
		return 0;
	case 5:
		if (n < 0 || n > c->nargs)
			fail(c, "can't shift");
		c->args += n;
		c->nargs -= n;
		return 0;
	case 6:
		/* -r, the one option */
		raw = a && *a == '-';
		av += raw;
		l = getline(c, c->top + ((unsigned long)(c->end - c->top) >> 2), &r, raw);
		w = c->top;
		c->top = l + 1;
		l = w;
		/* Each field is unescaped in place and ends at k, past its
		 * last character other than a blank.  As in dash, an escaped
		 * blank counts only before the first plain blank after that. */
		while ((a = *++av)) {
			while (*l == ' ' || *l == '\t')
				l++;
			w = d = k = l;
			while (*l && (!av[1] || (*l != ' ' && *l != '\t'))) {
				esc = *l == '\\' && !raw;
				l += esc;
				if ((*l != ' ' && *l != '\t') || (esc && d == k))
					k = d + 1;
				*d++ = *l++;
			}
			setnv(c, a, strlen(a), w, k - w);
		}
		return r != 1;
	case 7:
		if (a)
			execute(c, av + 1, 0);
		while (sv->n > 0)
			sys_close(sv->old[--sv->n]);
		return 0;
	case 8:
		if (a)
			return waitfor(n);
		while (sys_wait4(-1, 0, 0, 0) > 0)
			;
		return 0;
	case 9:
		return a ? source(c, a) : 0;
	case 12:
		return 1;
	case 13:
		n = a && streq(a, "-n");
		r = say(1, av + 1 + n, !n);
	wrote:
		if (r)
			warn_errno("write error", r);
		return !!r;
	case 16:
	case 17:
		if (c->loops && n > 0) {
			c->brk = n < c->loops ? n : c->loops;
			c->cont = b == 17;
			c->skip++;
		}
		return 0;
	case 15:
		if (!streq(av[--argc], "]")) {
			warn_msg(*av, "missing ]");
			return 2;
		}
		/* fallthrough */
	case 14:
		return test(av + 1, argc - 1);
	}
	return 0;
}

/* Grammar: each part reads its construct and runs it unless c->skip. */

static void simple(struct sh *c, struct sv *sv)
{
	char *m = c->top, **av, *p, *s;
	int t, na = 0, i, b, any = 0;
	long pid;

	c->nw = c->sst = 0;
	for (;; any = 1) {
		p = c->pos;
		t = tok(c);
		if (t == 'w') {
			if (c->skip)
				continue;
			s = namend(c->ts);
			if (c->nw == na && s > c->ts && *s == '=' && !(*c->ts >= '0' && *c->ts <= '9')) {
				word1(c, 0);
				na++;
			} else
				word(c);
		} else if (in(redirs, t))
			redir(c, t, sv);
		else
			break;
	}
	c->pos = p;
	if (!any)
		synerr(c);
	if (!c->skip) {
		av = aligned(c);
		need(c, av + c->nw + 1, c->end);
		for (s = m, i = 0; i < c->nw; i++, s += strlen(s) + 1)
			av[i] = s;
		av[i] = 0;
		c->top = (char *)(av + i + 1);
		if (c->opts & OPT_X) {
			err_puts("+ ");
			say(2, av, 1);
		}
		/* Assignments stay in the shell alone and before a special
		 * builtin; before a regular one (cd read wait true false echo
		 * test [) they last while it runs, hiding what they replace. */
		b = c->nw == na ? -2 : lookup(builtins, av[na], 0);
		if (b != -1)
			assign(c, av, na, b >= 0 && REGULAR >> b & 1);
		if (b == -2)
			c->st = c->sst;
		else if (b >= 0) {
			c->st = builtin(c, b, c->nw - na, av + na, sv);
			unassign(c);
		} else {
			pid = spawn(c, 0);
			if (!pid)
				execute(c, av, na);
			c->st = waitfor(pid);
		}
	}
	c->top = m;
}

/* Runs a list if on, else only reads it. */
static void runl(struct sh *c, int on)
{
	c->skip += !on;
	list(c);
	c->skip -= !on;
}

static void do_if(struct sh *c)
{
	int done = c->skip, t;

	do {
		c->noerr++;
		runl(c, !done);
		c->noerr--;
		expect(c, K_THEN);
		t = !done && !c->st;
		runl(c, t);
		done |= t;
		tok(c);
	} while (c->kw == K_ELIF);
	if (c->kw == K_ELSE) {
		runl(c, !done);
		done = 1;
		tok(c);
	}
	if (c->kw != K_FI)
		synerr(c);
	if (!done)
		c->st = 0;
}

/* After a loop body that ran: 0 to leave the loop.  break and continue
 * turn running off until the loop they end. */
static int endbody(struct sh *c)
{
	int k = c->cont;

	if (!c->brk)
		return 1;
	if (--c->brk)
		return 0;
	c->skip--;
	c->cont = 0;
	return k;
}

/* while, until (k 1, 2): the condition is read again before each pass;
 * for (k 3): its words are expanded once, then the body runs for each. */
static void do_loop(struct sh *c, int k)
{
	char *m = c->top, *n, *ne, *s = m, *body;
	int t, st = 0, go, nw = 0;

	if (k == 3) {
		if (tok(c) != 'w')
			synerr(c);
		n = c->ts;
		ne = c->te;
		c->nw = 0;
		newlines(c);
		body = c->pos;
		if (tok(c), c->kw == K_IN) {
			while ((t = tok(c)) == 'w')
				if (!c->skip)
					word(c);
			if (t != ';' && t != '\n')
				synerr(c);
		} else {
			/* No "in": the words of "$@", then an optional ;. */
			c->pos = body;
			c->ts = "\"$@\"";
			c->te = c->ts + 4;
			word(c);
			accept(c, ";");
		}
		newlines(c);
		expect(c, K_DO);
		nw = c->nw;
	}
	body = c->pos;
	c->loops++;
	do {
		c->pos = body;
		if (k == 3) {
			go = nw-- > 0;
			if (go) {
				setnv(c, n, ne - n, s, strlen(s));
				s += strlen(s) + 1;
			}
		} else {
			c->noerr++;
			list(c);
			c->noerr--;
			expect(c, K_DO);
			go = !c->skip && (!c->st) != (k == 2);
		}
		runl(c, go);
		expect(c, K_DONE);
		if (go) {
			st = c->st;
			go = endbody(c);
		}
	} while (go);
	c->loops--;
	c->top = m;
	if (!c->skip)
		c->st = st;
}

static void do_case(struct sh *c)
{
	char *m = c->top, *s = 0, *p;
	int t, done = c->skip, hit;

	if (tok(c) != 'w')
		synerr(c);
	if (!done)
		s = word1(c, 0);
	newlines(c);
	expect(c, K_IN);
	for (;;) {
		newlines(c);
		t = tok(c);
		if (c->kw == K_ESAC)
			break;
		if (t == '(')
			t = tok(c);
		for (hit = 0;; t = tok(c)) {
			if (t != 'w')
				synerr(c);
			if (!done) {
				p = word1(c, KEEPESC);
				hit |= match(p, s);
				c->top = p;
			}
			t = tok(c);
			if (t == ')')
				break;
			if (t != '|')
				synerr(c);
		}
		runl(c, hit);
		done |= hit;
		t = tok(c);
		if (c->kw == K_ESAC)
			break;
		if (t != 'S')
			synerr(c);
	}
	c->top = m;
	if (!done)
		c->st = 0;
}

static void body(struct sh *c, int k)
{

	switch (k) {
	case 0:
		do_if(c);
		break;
	case 1:
	case 2:
	case 3:
		do_loop(c, k);
		break;
	case 4:
		do_case(c);
		break;
	case 5:
		list(c);
		expect(c, K_BRACE);
		break;
	default:
		if (!c->skip)
			c->st = waitfor(child(c, list, 0, 0));
		runl(c, 0);
		if (tok(c) != ')')
			synerr(c);
	}
}

static void command(struct sh *c)
{
	char *p = c->pos, *e;
	struct sv sv;
	int t = tok(c), k = t == '(' ? K_PAREN : c->kw;

	sv.n = sv.bad = 0;
	if (k < 0 || k > K_PAREN) {
		c->pos = p;
		simple(c, &sv);
	} else {
		p = c->pos;
		c->skip++;
		body(c, k);
		c->skip--;
		while ((t = accept(c, redirs)))
			redir(c, t, &sv);
		if (!c->skip) {
			e = c->pos;
			c->pos = p;
			body(c, k);
			c->pos = e;
		}
	}
	c->skip -= sv.bad;
	restore(&sv);
}

/* Reads fn with running off; says what token follows. */
static __attribute__((noinline)) int ahead(struct sh *c, void (*fn)(struct sh *))
{
	char *p = c->pos;
	int t;

	c->skip++;
	fn(c);
	c->skip--;
	t = peek(c);
	c->pos = p;
	return t;
}

/* Says whether it began with !. */
static int pipeline(struct sh *c)
{
	char *p = c->pos;
	int bang = 0, io[3] = { -1 }, n = 0, last, *pids = (int *)aligned(c);

	if (tok(c), c->kw == K_BANG)
		bang = 1;
	else
		c->pos = p;
	for (;;) {
		last = c->skip || ahead(c, command) != '|';
		if (!n && last)
			command(c);
		else {
			io[1] = io[2] = -1;
			if (!last)
				sys_pipe2(io + 1, O_CLOEXEC);
			pids[n++] = child(c, command, 0, io);
			sys_close(io[0]);
			sys_close(io[2]);
			io[0] = io[1];
			c->skip++;
			command(c);
			c->skip--;
		}
		if (!accept(c, "|"))
			break;
		newlines(c);
	}
	for (last = 0; last < n; last++)
		c->st = waitfor(pids[last]);
	if (bang && !c->skip)
		c->st = !c->st;
	return bang;
}

static void andor(struct sh *c)
{
	int t = 0, on, bang;

	for (;;) {
		on = !c->skip && (!t || (t == 'A') == !c->st);
		c->skip += !on;
		bang = pipeline(c);
		c->skip -= !on;
		t = accept(c, "AO");
		if (!t) {
			if (on && c->st && (c->opts & OPT_E) && !c->noerr && !bang)
				sys_exit(c->st);
			return;
		}
		newlines(c);
	}
}

static void list(struct sh *c)
{
	int t;

	for (;;) {
		newlines(c);
		t = peek(c);
		if (!t || t == ')' || t == 'S' || (c->kw >= K_THEN && c->kw < K_IN))
			return;
		if (c->skip || ahead(c, andor) != '&')
			andor(c);
		else {
			c->bg = child(c, andor, 1, 0);
			c->skip++;
			andor(c);
			c->skip--;
			c->st = 0;
		}
		accept(c, ";&\n");
	}
}

/* Prompts and reads a line like getline with raw; on a terminal, in raw
 * mode until the line ends, with backspace, ^U, and the up arrow (ESC [ A
 * or ESC O A) for last, the line before, which it then updates; other
 * keys' escape sequences are dropped; ^C drops the line, ^D ends the
 * input on an empty one. */
static __attribute__((noinline)) char *edit(struct sh *c, char *last, long *r)
{
	struct termios t;
	char *top = c->top, *l = top, *s, k[2];
	long n, f;
	/* Off a terminal, the same loop reads the line without echo. */
	int o = is_err(sys_ioctl(0, TCGETS, &t)) ? -1 : 2;

	f = t.c_lflag;
	t.c_lflag &= ~(ICANON | ECHO | ISIG);
	t.c_cc[VMIN] = 1;
	sys_ioctl(0, TCSETS, &t);
	err_puts("$ ");
	while ((*r = get(k)) == 1 && *k != '\n') {
		n = l - top;
		s = "";
		k[1] = 0;
		if (*k == 27) {
			/* A key's whole sequence is read: ESC [, bytes below
			 * @, a final byte; or ESC O and a byte.  The cursor is
			 * at the end, where Delete (ESC [ 3 ~) has nothing to
			 * do. */
			get(k);
			if (in("[O", *k))
				while (get(k + 1) == 1 && *k == '[' && (unsigned char)k[1] < '@')
					;
			if (k[1] != 'A' || !*last)
				continue;
			s = last;
		} else if (*k == 127 || *k == 8)
			n = !!n;
		else if (*k == 3) {
			/* ^C drops the line. */
			l = top;
			break;
		} else if (*k == 4 && !n) {
			*r = 0;
			break;
		} else if (*k != 21) {
			if ((unsigned char)*k < ' ' && *k != '\t')
				continue;
			s = k;
			n = 0;
		}
		for (l -= n; n--;)
			sys_write(o, "\b \b", 3);
		for (; *s && l < c->end - 4096; s++) {
			*l++ = *s;
			sys_write(o, s, 1);
		}
	}
	*l = 0;
	sys_write(o, "\n", 1);
	t.c_lflag = f;
	sys_ioctl(0, TCSETS, &t);
	if (l > top && l - top < LINE)
		memcpy(last, top, l - top + 1);
	return l;
}

/* Reads and runs line by line, prompting; an error ends the line, not
 * the shell.  Apart because setjmp keeps its variables out of registers. */
static __attribute__((noinline)) void interact(struct sh *c)
{
	static const char ignored[] = { SIGINT, SIGQUIT, SIGTSTP };
	char *p, *mem = c->top, last[LINE];
	long r;

	c->inter = 1;
	*last = 0;
	/* With no job control, ^Z would stop the shell with its
	 * child: it is ignored by both. */
	for (r = 0; r < 3; r++)
		sys_rt_sigaction(ignored[r], IGNORE, 0);
	for (;;) {
		__builtin_setjmp(c->jb);
		c->skip = c->noerr = c->brk = c->cont = c->loops = 0;
		c->top = mem;
		p = edit(c, last, &r);
		if (p == mem && r != 1)
			break;
		c->top = p + 1;
		run(c, mem);
	}
}

/* Runs the shell in c, whose memory is set up.  Apart from main so that
 * c is a pointer in a register, not a far stack offset. */
static __attribute__((noinline)) int shell(struct sh *c, char **argv, char **envp)
{
	char t[64], *text = 0;

	for (; *envp; envp++)
		setvar(c, *envp, 1);
	c->pid = sys_getpid();
	c->arg0 = *argv;
	argv += 1 + setopts(c, argv + 1);
	if ((c->opts & OPT_C) && !(text = *argv++))
		fail(c, "-c needs a string");
	c->args = argv;
	if (*argv)
		setargs(c, argv);
	if (text)
		run(c, text);
	else if (*argv || (!(c->opts & OPT_I) && is_err(sys_ioctl(0, TCGETS, t))))
		source(c, *argv);
	else
		interact(c);
	return c->st;
}

int main(int argc, char **argv, char **envp)
{
	struct sh c;
	char mem[MEM], vars[VARS];

	memset(&c, 0, sizeof(c));
	c.top = mem;
	c.end = mem + MEM;
	c.vars = c.vend = vars;
	c.vlim = vars + VARS;
	return shell(&c, argv, envp);
}
