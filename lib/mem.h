/* Memory and string basics.  The compiler emits calls to memcpy, memset,
 * memmove and memcmp even in freestanding code, so the tiny build defines
 * them as ordinary functions, each in its own section; --gc-sections drops
 * the ones a utility never calls.  The hosted build takes libc's. */
#ifndef MOTE_MEM_H
#define MOTE_MEM_H

#include <stddef.h>

#ifdef HOSTED
void *memcpy(void *, const void *, size_t);
void *memmove(void *, const void *, size_t);
void *memset(void *, int, size_t);
int memcmp(const void *, const void *, size_t);
size_t strlen(const char *);
#else
/* The empty asm keeps the optimiser from turning these loops back into
 * calls to themselves. */
#define MOTE_OPAQUE(p) __asm__("" : "+r"(p))

/* An architecture may give its own, smaller memcpy, memmove and memset. */
#if __has_include("memops.h")
#include "memops.h"
#else
void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d < s)
		for (; n; n--) {
			MOTE_OPAQUE(d);
			*d++ = *s++;
		}
	else
		while (n--) {
			MOTE_OPAQUE(d);
			d[n] = s[n];
		}
	return dst;
}

void *memcpy(void *dst, const void *src, size_t n)
{
	return memmove(dst, src, n);
}

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;

	while (n--) {
		MOTE_OPAQUE(d);
		*d++ = c;
	}
	return dst;
}
#endif

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	for (; n; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}

size_t strlen(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
	return p - s;
}
#endif

/* Let constant strings fold at compile time in both builds. */
#define strlen(s) __builtin_strlen(s)

static inline int streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

/* What follows prefix in s, or null if s does not begin with it. */
static inline char *skip_prefix(const char *s, const char *prefix)
{
	while (*prefix)
		if (*s++ != *prefix++)
			return 0;
	return (char *)s;
}

#endif
