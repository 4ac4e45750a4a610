/* memcpy, memmove and memset as the string instructions, shared by i386
 * (which includes this file): a few bytes each, and with ERMS as fast as
 * any loop.  The ABI has the direction flag clear on entry and exit. */
#ifndef MOTE_MEMOPS_H
#define MOTE_MEMOPS_H

void *memcpy(void *dst, const void *src, size_t n)
{
	void *d = dst;

	__asm__ volatile("rep movsb" : "+D"(d), "+S"(src), "+c"(n) : : "memory");
	return dst;
}

/* Copies forwards unless dst lies inside src's span, then backwards. */
void *memmove(void *dst, const void *src, size_t n)
{
	char *d = dst;
	const char *s = src;

	if ((size_t)(d - s) >= n)
		return memcpy(dst, src, n);
	d += n - 1;
	s += n - 1;
	__asm__ volatile("std; rep movsb; cld" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
	return dst;
}

void *memset(void *dst, int c, size_t n)
{
	void *d = dst;

	__asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(c) : "memory");
	return dst;
}

#endif
