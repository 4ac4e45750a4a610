/* div64 - divides pairs of 64-bit numbers every way C can, for
 * tests/div64.bats to check against a reference
 *
 * usage: div64 <pairs
 *
 * Reads whitespace-separated hex pairs "a b" from stdin and prints, per
 * pair, one line of hex: a/b and a%b unsigned, each alone and then
 * together, then the same four signed.  On i386 the compiler turns these
 * into calls to __udivdi3, __umoddi3, __udivmoddi4, __divdi3, __moddi3 and
 * __divmoddi4 (lib/arch/i386/div64.asm); elsewhere into the machine's own
 * divide.  Built like a utility (build/<arch>/elf/div64), never installed.
 */
#include "mote.h"

typedef unsigned long long u64;
typedef long long s64;

/* noinline keeps each operation a separate call: alone, a / b and a % b
 * call __udivdi3 and __umoddi3; together, __udivmoddi4. */
#define NI __attribute__((noinline))
static NI u64 udiv(u64 a, u64 b) { return a / b; }
static NI u64 umod(u64 a, u64 b) { return a % b; }
static NI u64 udivmod(u64 a, u64 b, u64 *r) { *r = a % b; return a / b; }
static NI s64 sdiv(s64 a, s64 b) { return a / b; }
static NI s64 smod(s64 a, s64 b) { return a % b; }
static NI s64 sdivmod(s64 a, s64 b, s64 *r) { *r = a % b; return a / b; }

struct in {
	char buf[4096];
	long len, pos;
};

/* The next character of stdin, or -1 at its end. */
static int next(struct in *in)
{
	if (in->pos == in->len) {
		in->len = sys_read(0, in->buf, sizeof in->buf);
		in->pos = 0;
		if (in->len <= 0)
			return -1;
	}
	return (unsigned char)in->buf[in->pos++];
}

/* Reads one hex number into *v; 0 at the end of the input. */
static int hex_in(struct in *in, u64 *v)
{
	int c;

	while ((c = next(in)) == ' ' || c == '\n')
		;
	if (c < 0)
		return 0;
	*v = 0;
	for (; c > ' '; c = next(in))
		*v = *v << 4 | (c <= '9' ? c - '0' : (c | 32) - 'a' + 10);
	return 1;
}

static void hex_out(struct out *o, u64 v, char sep)
{
	char s[17];
	int i;

	for (i = 15; i >= 0; i--, v >>= 4)
		s[i] = "0123456789abcdef"[v & 15];
	s[16] = sep;
	out_put(o, s, 17);
}

int main(int argc, char **argv, char **envp)
{
	struct in in = { .len = 0, .pos = 0 };
	struct out o = { .fd = 1 };
	u64 a, b, r;
	s64 sr;

	while (hex_in(&in, &a) && hex_in(&in, &b)) {
		hex_out(&o, udiv(a, b), ' ');
		hex_out(&o, umod(a, b), ' ');
		hex_out(&o, udivmod(a, b, &r), ' ');
		hex_out(&o, r, ' ');
		hex_out(&o, sdiv(a, b), ' ');
		hex_out(&o, smod(a, b), ' ');
		hex_out(&o, sdivmod(a, b, &sr), ' ');
		hex_out(&o, sr, '\n');
	}
	out_flush(&o);
	return o.err != 0;
}
