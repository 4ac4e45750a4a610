/* i386 system call entry: int $0x80, number in eax, arguments in ebx ecx
 * edx esi edi ebp, result in eax (-errno on failure); the kernel preserves
 * every other register.
 *
 * i386 keeps its oldest calls under the plain names: 16-bit user ids,
 * 32-bit file offsets, 32-bit times.  The calls that differ from x86-64's
 * only in those widths are renamed below, so that lib/sys.h's wrappers
 * reach the wide variants; calls whose arguments differ in shape (64-bit
 * values in two registers) have a 32-bit version in lib/sys.h, beside the
 * wrapper they replace (#if __SIZEOF_LONG__ == 4). */
#ifndef MOTE_ARCH_SYSCALL_H
#define MOTE_ARCH_SYSCALL_H

#include <asm/unistd.h>

/* 32-bit user and group ids. */
#undef __NR_chown
#define __NR_chown __NR_chown32
#undef __NR_fchown
#define __NR_fchown __NR_fchown32
#undef __NR_lchown
#define __NR_lchown __NR_lchown32
#undef __NR_getuid
#define __NR_getuid __NR_getuid32
#undef __NR_getgid
#define __NR_getgid __NR_getgid32
#undef __NR_geteuid
#define __NR_geteuid __NR_geteuid32
#undef __NR_getegid
#define __NR_getegid __NR_getegid32
#undef __NR_setuid
#define __NR_setuid __NR_setuid32
#undef __NR_setgid
#define __NR_setgid __NR_setgid32
#undef __NR_setreuid
#define __NR_setreuid __NR_setreuid32
#undef __NR_setregid
#define __NR_setregid __NR_setregid32
#undef __NR_setresuid
#define __NR_setresuid __NR_setresuid32
#undef __NR_getresuid
#define __NR_getresuid __NR_getresuid32
#undef __NR_setresgid
#define __NR_setresgid __NR_setresgid32
#undef __NR_getresgid
#define __NR_getresgid __NR_getresgid32
#undef __NR_getgroups
#define __NR_getgroups __NR_getgroups32
#undef __NR_setgroups
#define __NR_setgroups __NR_setgroups32
#undef __NR_setfsuid
#define __NR_setfsuid __NR_setfsuid32
#undef __NR_setfsgid
#define __NR_setfsgid __NR_setfsgid32

/* 64-bit file offsets behind pointers, and struct flock64 for F_*LK64. */
#undef __NR_fcntl
#define __NR_fcntl __NR_fcntl64
#undef __NR_sendfile
#define __NR_sendfile __NR_sendfile64
/* mmap is the old one-pointer call; mmap2 takes the offset in 4096-byte
 * pages, so sys_mmap shifts the byte offset. */
#undef __NR_mmap
#define __NR_mmap __NR_mmap2
#define MMAP_OFF_SHIFT 12

/* 64-bit times: struct __kernel_timespec, as on 64-bit architectures. */
#undef __NR_clock_gettime
#define __NR_clock_gettime __NR_clock_gettime64
#undef __NR_clock_settime
#define __NR_clock_settime __NR_clock_settime64
#undef __NR_clock_getres
#define __NR_clock_getres __NR_clock_getres_time64
#undef __NR_clock_nanosleep
#define __NR_clock_nanosleep __NR_clock_nanosleep_time64
#undef __NR_utimensat
#define __NR_utimensat __NR_utimensat_time64
#undef __NR_timerfd_gettime
#define __NR_timerfd_gettime __NR_timerfd_gettime64
#undef __NR_timerfd_settime
#define __NR_timerfd_settime __NR_timerfd_settime64
#undef __NR_pselect6
#define __NR_pselect6 __NR_pselect6_time64
#undef __NR_ppoll
#define __NR_ppoll __NR_ppoll_time64
#undef __NR_futex
#define __NR_futex __NR_futex_time64
#undef __NR_rt_sigtimedwait
#define __NR_rt_sigtimedwait __NR_rt_sigtimedwait_time64
#undef __NR_recvmmsg
#define __NR_recvmmsg __NR_recvmmsg_time64
#undef __NR_sched_rr_get_interval
#define __NR_sched_rr_get_interval __NR_sched_rr_get_interval_time64

/* For i386, <asm/signal.h> describes the old sigaction(2): a 32-bit mask,
 * and the fields in another order.  rt_sigaction and rt_sigprocmask, the
 * calls lib/sys.h makes, take x86-64's layout with a 64-bit mask: the old
 * types are renamed out of the way and these take their names. */
#define sigset_t mote_old_sigset_t
#define sigaction mote_old_sigaction
#include <asm/signal.h>
#undef sigset_t
#undef sigaction
#undef sa_handler
#undef sa_sigaction
typedef unsigned long long sigset_t;
struct sigaction {
	__sighandler_t sa_handler;
	unsigned long sa_flags;
	__sigrestore_t sa_restorer;
	sigset_t sa_mask;
};

/* On a 32-bit architecture <asm/socket.h> picks SO_RCVTIMEO, SO_SNDTIMEO
 * and SO_TIMESTAMP* by the size of libc's time_t.  mote has no libc: its
 * time_t is the kernel's old one, the one in <linux/time.h>'s struct
 * timeval, so those names mean the calls that take that struct. */
typedef __kernel_old_time_t time_t;

static inline long syscall0(long n)
{
	long r;
	__asm__ volatile("int $0x80" : "=a"(r) : "0"(n) : "memory");
	return r;
}

static inline long syscall1(long n, long a)
{
	long r;
	__asm__ volatile("int $0x80" : "=a"(r) : "0"(n), "b"(a) : "memory");
	return r;
}

static inline long syscall2(long n, long a, long b)
{
	long r;
	__asm__ volatile("int $0x80" : "=a"(r) : "0"(n), "b"(a), "c"(b) : "memory");
	return r;
}

static inline long syscall3(long n, long a, long b, long c)
{
	long r;
	__asm__ volatile("int $0x80" : "=a"(r) : "0"(n), "b"(a), "c"(b), "d"(c) : "memory");
	return r;
}

static inline long syscall4(long n, long a, long b, long c, long d)
{
	long r;
	__asm__ volatile("int $0x80" : "=a"(r) : "0"(n), "b"(a), "c"(b), "d"(c), "S"(d) : "memory");
	return r;
}

static inline long syscall5(long n, long a, long b, long c, long d, long e)
{
	long r;
	__asm__ volatile("int $0x80" : "=a"(r) : "0"(n), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e) : "memory");
	return r;
}

/* The sixth argument goes in ebp, which the compiler may be using as its
 * frame pointer and cannot be named as an operand.  Every other register
 * holds an argument, so f is pushed (from wherever the compiler keeps it,
 * even ebp itself) before esp moves, then loaded into ebp from the stack
 * while the caller's ebp is saved beneath it. */
static inline long syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	long r;
	__asm__ volatile("push %7\n\t"
			 "push %%ebp\n\t"
			 "mov 4(%%esp), %%ebp\n\t"
			 "int $0x80\n\t"
			 "pop %%ebp\n\t"
			 "add $4, %%esp"
			 : "=a"(r) : "0"(n), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e), "g"(f) : "memory");
	return r;
}

#endif
