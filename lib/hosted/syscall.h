/* Hosted build: the same syscallN names, carried by libc's syscall(2) so that
 * the sanitizers' runtime and libc's startup are in place.  libc reports
 * failure as -1 and errno; turn that back into the kernel's -errno. */
#ifndef MOTE_ARCH_SYSCALL_H
#define MOTE_ARCH_SYSCALL_H

#include <asm/unistd.h>

long syscall(long n, ...);
int *__errno_location(void);

static inline long hosted_ret(long r)
{
	return r == -1 ? -*__errno_location() : r;
}

#define syscall0(n) hosted_ret(syscall(n))
#define syscall1(n, a) hosted_ret(syscall(n, a))
#define syscall2(n, a, b) hosted_ret(syscall(n, a, b))
#define syscall3(n, a, b, c) hosted_ret(syscall(n, a, b, c))
#define syscall4(n, a, b, c, d) hosted_ret(syscall(n, a, b, c, d))
#define syscall5(n, a, b, c, d, e) hosted_ret(syscall(n, a, b, c, d, e))
#define syscall6(n, a, b, c, d, e, f) hosted_ret(syscall(n, a, b, c, d, e, f))

#endif
