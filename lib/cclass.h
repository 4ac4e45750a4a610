/* The character classes of regular expressions and tr, [:name:], in the
 * C locale. */
#ifndef MOTE_CCLASS_H
#define MOTE_CCLASS_H

/* Whether c is in the class named at name (which ends ":]"); -1 for a
 * bad name. */
static int in_class(const char *name, int c)
{
	static const char names[] = "alpha:digit:alnum:upper:lower:space:blank:punct:print:graph:cntrl:xdigit:";
	const char *p = names;
	int i, k, alpha = (c | 32) >= 'a' && (c | 32) <= 'z', digit = c >= '0' && c <= '9';

	for (i = 0; *p; i++) {
		for (k = 0; p[k] == name[k] && p[k] != ':'; k++)
			;
		if (p[k] == ':' && name[k] == ':' && name[k + 1] == ']')
			break;
		while (*p++ != ':')
			;
	}
	switch (i) {
	case 0: return alpha;
	case 1: return digit;
	case 2: return alpha || digit;
	case 3: return c >= 'A' && c <= 'Z';
	case 4: return c >= 'a' && c <= 'z';
	case 5: return c == ' ' || (c >= '\t' && c <= '\r');
	case 6: return c == ' ' || c == '\t';
	case 7: return c > ' ' && c < 127 && !alpha && !digit;
	case 8: return c >= ' ' && c < 127;
	case 9: return c > ' ' && c < 127;
	case 10: return c < ' ' || c == 127;
	case 11: return digit || ((c | 32) >= 'a' && (c | 32) <= 'f');
	}
	return -1;
}

#endif
