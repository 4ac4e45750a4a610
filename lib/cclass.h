/* The character classes of regular expressions and tr, [:name:], in the
 * C locale: each class is a set of a few basic kinds of byte. */
#ifndef MOTE_CCLASS_H
#define MOTE_CCLASS_H

/* Whether c is in the class named at name (which ends ":]"); -1 for a
 * bad name. */
static int in_class(const char *name, int c)
{
	enum { U = 1, L = 2, D = 4, S = 8, B = 16, P = 32, C = 64, X = 128, SP = 256 };
	static const char names[] = "alpha:digit:alnum:upper:lower:space:blank:punct:print:graph:cntrl:xdigit:";
	static const unsigned short sets[] = {
		U | L, D, U | L | D, U, L, S, B, P, U | L | D | P | SP, U | L | D | P, C, D | X,
	};
	/* The bytes fall in runs of one kind: the last byte of each run. */
	static const unsigned char ends[] = { 8, 9, 13, 31, 32, 47, 57, 64, 70, 90, 96, 102, 122, 126, 127, 255 };
	static const unsigned short kinds[] = {
		C, S | B | C, S | C, C, S | B | SP, P, D, P, U | X, U, P, L | X, L, P, C, 0,
	};
	const char *p = names;
	unsigned i, k, kind;

	for (i = 0; c > ends[i]; i++)
		;
	kind = kinds[i];
	for (i = 0; *p; i++) {
		for (k = 0; p[k] == name[k] && p[k] != ':'; k++)
			;
		if (p[k] == ':' && name[k] == ':' && name[k + 1] == ']')
			return !!(kind & sets[i]);
		while (*p++ != ':')
			;
	}
	return -1;
}

#endif
