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
	const char *p = names;
	unsigned i, k, kind = c == ' ' ? S | B | SP : c == '\t' ? S | B | C : c >= '\n' && c <= '\r' ? S | C
		: c < ' ' || c == 127 ? C : c >= 'A' && c <= 'Z' ? U | (c <= 'F' ? X : 0)
		: c >= 'a' && c <= 'z' ? L | (c <= 'f' ? X : 0) : c >= '0' && c <= '9' ? D : c < 127 ? P : 0;

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
