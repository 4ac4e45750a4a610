/* The system call layer: one typed wrapper per call, returning what the
 * kernel returned (-errno on failure; test with is_err()).  Numbers and
 * constants come from the kernel's UAPI headers only.  Everything is
 * static inline, so a utility carries only the calls it makes.
 *
 * Utilities call the *at and the newer variants (openat, statx, dup3,
 * pipe2, clone) because every architecture has those; an architecture
 * that names a call differently maps it in its lib/arch/<arch>/syscall.h. */
#ifndef MOTE_SYS_H
#define MOTE_SYS_H

#include <stddef.h>
#include <stdint.h>
/* The architecture's header first: i386's stands in for part of
 * <asm/signal.h> (see there). */
#include "syscall.h"
#include <linux/types.h>
#include <linux/errno.h>
#include <linux/fcntl.h>
#include <linux/stat.h>
#include <linux/time.h>
#include <linux/time_types.h>
#include <linux/utsname.h>
#include <linux/ioctl.h>
#include <asm/ioctls.h>
#include <linux/sched.h>
#include <asm/signal.h>
#include <linux/reboot.h>
#include <linux/sysinfo.h>
#include <linux/mount.h>
#include <linux/wait.h>
#include <asm/socket.h>
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/tcp.h>
#include <linux/openat2.h>
#include <linux/prctl.h>
#include <linux/mman.h>
#include "syscall.h"

#define L(x) ((long)(x))

/* A 32-bit architecture opens files past 2 GiB only when asked to. */
#if __SIZEOF_LONG__ == 4
#define O_LARGEFILE_32 O_LARGEFILE
#else
#define O_LARGEFILE_32 0
#endif


/* musl's test: the top 4095 values of the unsigned range are errors. */
static inline int is_err(long r)
{
	return (unsigned long)r > -4096UL;
}

/* utimensat's special tv_nsec values are not in the UAPI headers either
 * (the kernel's include/linux/stat.h); these are their ABI. */
#ifndef UTIME_NOW
#define UTIME_NOW ((1L << 30) - 1)
#define UTIME_OMIT ((1L << 30) - 2)
#endif

/* struct linux_dirent64 is not in the UAPI headers; this is its ABI. */
struct dirent64 {
	uint64_t d_ino;
	int64_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

static inline long sys_read(int fd, void *buf, size_t n) { return syscall3(__NR_read, fd, L(buf), n); }
static inline long sys_write(int fd, const void *buf, size_t n) { return syscall3(__NR_write, fd, L(buf), n); }
static inline long sys_openat(int dir, const char *path, int flags, int mode) { return syscall4(__NR_openat, dir, L(path), flags | O_LARGEFILE_32, mode); }
static inline long sys_close(int fd) { return syscall1(__NR_close, fd); }
static inline long sys_dup3(int old, int new, int flags) { return syscall3(__NR_dup3, old, new, flags); }
static inline long sys_pipe2(int fds[2], int flags) { return syscall2(__NR_pipe2, L(fds), flags); }
static inline long sys_ioctl(int fd, unsigned long req, void *arg) { return syscall3(__NR_ioctl, fd, req, L(arg)); }
static inline long sys_fcntl(int fd, int cmd, long arg) { return syscall3(__NR_fcntl, fd, cmd, arg); }
static inline long sys_fsync(int fd) { return syscall1(__NR_fsync, fd); }
static inline long sys_sync(void) { return syscall0(__NR_sync); }
/* A 64-bit offset or length takes two registers on a 32-bit architecture,
 * low half first as i386 wants it.  sys_lseek returns the new offset or
 * -errno; on a 32-bit architecture it is _llseek, which takes the offset
 * high half first and writes the result through a pointer (lseek's long
 * would say EOVERFLOW past 2 GiB). */
#if __SIZEOF_LONG__ == 4
#define HALVES(x) L(x), L((uint64_t)(x) >> 32)
static inline int64_t sys_lseek(int fd, int64_t off, int whence)
{
	int64_t pos;
	long r = syscall5(__NR__llseek, fd, L((uint64_t)off >> 32), L(off), L(&pos), whence);

	return r ? r : pos;
}
static inline long sys_pread(int fd, void *buf, size_t n, int64_t off) { return syscall5(__NR_pread64, fd, L(buf), n, HALVES(off)); }
static inline long sys_ftruncate(int fd, int64_t len) { return syscall3(__NR_ftruncate64, fd, HALVES(len)); }
#else
static inline int64_t sys_lseek(int fd, int64_t off, int whence) { return syscall3(__NR_lseek, fd, off, whence); }
static inline long sys_pread(int fd, void *buf, size_t n, int64_t off) { return syscall4(__NR_pread64, fd, L(buf), n, off); }
static inline long sys_ftruncate(int fd, int64_t len) { return syscall2(__NR_ftruncate, fd, len); }
#endif

static inline long sys_copy_file_range(int in, int out, size_t n) { return syscall6(__NR_copy_file_range, in, 0, out, 0, n, 0); }
/* i386's sendfile takes a 32-bit offset; sendfile64 the 64-bit one. */
#ifdef __NR_sendfile64
#define SYS_SENDFILE __NR_sendfile64
#else
#define SYS_SENDFILE __NR_sendfile
#endif
static inline long sys_sendfile(int out, int in, int64_t *off, size_t n) { return syscall4(SYS_SENDFILE, out, in, L(off), n); }
static inline long sys_splice(int in, int out, size_t n, unsigned flags) { return syscall6(__NR_splice, in, 0, out, 0, n, flags); }
static inline long sys_tee(int in, int out, size_t n, unsigned flags) { return syscall4(__NR_tee, in, out, n, flags); }

static inline long sys_statx(int dir, const char *path, int flags, unsigned mask, struct statx *st) { return syscall5(__NR_statx, dir, L(path), flags, mask, L(st)); }
static inline long sys_fstatx(int fd, struct statx *st) { return sys_statx(fd, "", AT_EMPTY_PATH, STATX_BASIC_STATS, st); }
static inline long sys_getdents64(int fd, void *buf, size_t n) { return syscall3(__NR_getdents64, fd, L(buf), n); }
static inline long sys_readlinkat(int dir, const char *path, char *buf, size_t n) { return syscall4(__NR_readlinkat, dir, L(path), L(buf), n); }
static inline long sys_mkdirat(int dir, const char *path, int mode) { return syscall3(__NR_mkdirat, dir, L(path), mode); }
static inline long sys_mknodat(int dir, const char *path, int mode, unsigned dev) { return syscall4(__NR_mknodat, dir, L(path), mode, dev); }
static inline long sys_unlinkat(int dir, const char *path, int flags) { return syscall3(__NR_unlinkat, dir, L(path), flags); }
static inline long sys_renameat2(int od, const char *op, int nd, const char *np, unsigned flags) { return syscall5(__NR_renameat2, od, L(op), nd, L(np), flags); }
static inline long sys_linkat(int od, const char *op, int nd, const char *np, int flags) { return syscall5(__NR_linkat, od, L(op), nd, L(np), flags); }
static inline long sys_symlinkat(const char *target, int dir, const char *path) { return syscall3(__NR_symlinkat, L(target), dir, L(path)); }
static inline long sys_fchmodat(int dir, const char *path, int mode) { return syscall3(__NR_fchmodat, dir, L(path), mode); }
static inline long sys_fchmod(int fd, int mode) { return syscall2(__NR_fchmod, fd, mode); }
static inline long sys_fchownat(int dir, const char *path, int uid, int gid, int flags) { return syscall5(__NR_fchownat, dir, L(path), uid, gid, flags); }
static inline long sys_utimensat(int dir, const char *path, const struct __kernel_timespec *ts, int flags) { return syscall4(__NR_utimensat, dir, L(path), L(ts), flags); }
static inline long sys_faccessat(int dir, const char *path, int mode) { return syscall3(__NR_faccessat, dir, L(path), mode); }
static inline long sys_getcwd(char *buf, size_t n) { return syscall2(__NR_getcwd, L(buf), n); }
static inline long sys_chdir(const char *path) { return syscall1(__NR_chdir, L(path)); }
static inline long sys_fchdir(int fd) { return syscall1(__NR_fchdir, fd); }
static inline long sys_chroot(const char *path) { return syscall1(__NR_chroot, L(path)); }

/* exit, not exit_group: no utility starts a thread, so the two are the
 * same, and exit's number fits a shorter instruction on x86-64.  The
 * hosted build keeps exit_group, since its sanitizers may run threads. */
static inline __attribute__((noreturn)) void sys_exit(int status)
{
#ifdef HOSTED
	syscall1(__NR_exit_group, status);
#else
	syscall1(__NR_exit, status);
#endif
	__builtin_unreachable();
}
static inline long sys_getpid(void) { return syscall0(__NR_getpid); }
static inline long sys_getuid(void) { return syscall0(__NR_getuid); }
static inline long sys_geteuid(void) { return syscall0(__NR_geteuid); }
static inline long sys_setuid(int uid) { return syscall1(__NR_setuid, uid); }
static inline long sys_setgid(int gid) { return syscall1(__NR_setgid, gid); }
static inline long sys_setgroups(size_t n, const unsigned *groups) { return syscall2(__NR_setgroups, n, L(groups)); }
static inline long sys_setsid(void) { return syscall0(__NR_setsid); }
static inline long sys_setpgid(int pid, int pgid) { return syscall2(__NR_setpgid, pid, pgid); }
static inline long sys_kill(int pid, int sig) { return syscall2(__NR_kill, pid, sig); }
/* fork() as every architecture has it: clone with only the exit signal. */
static inline long sys_fork(void) { return syscall5(__NR_clone, SIGCHLD, 0, 0, 0, 0); }
static inline long sys_execve(const char *path, char *const argv[], char *const envp[]) { return syscall3(__NR_execve, L(path), L(argv), L(envp)); }
static inline long sys_wait4(int pid, int *status, int options, void *rusage) { return syscall4(__NR_wait4, pid, L(status), options, L(rusage)); }
static inline long sys_uname(struct new_utsname *u) { return syscall1(__NR_uname, L(u)); }
static inline long sys_sethostname(const char *name, size_t n) { return syscall2(__NR_sethostname, L(name), n); }
/* i386 has nanosleep only with a 32-bit time; the same relative sleep on
 * the same clock is clock_nanosleep's. */
#if __SIZEOF_LONG__ == 4
static inline long sys_nanosleep(const struct __kernel_timespec *ts, struct __kernel_timespec *rem) { return syscall4(__NR_clock_nanosleep, CLOCK_MONOTONIC, 0, L(ts), L(rem)); }
#else
static inline long sys_nanosleep(const struct __kernel_timespec *ts, struct __kernel_timespec *rem) { return syscall2(__NR_nanosleep, L(ts), L(rem)); }
#endif
static inline long sys_clock_gettime(int clock, struct __kernel_timespec *ts) { return syscall2(__NR_clock_gettime, clock, L(ts)); }
static inline long sys_rt_sigaction(int sig, const struct sigaction *sa, struct sigaction *old) { return syscall4(__NR_rt_sigaction, sig, L(sa), L(old), sizeof(sigset_t)); }
static inline long sys_rt_sigprocmask(int how, const sigset_t *set, sigset_t *old) { return syscall4(__NR_rt_sigprocmask, how, L(set), L(old), sizeof(sigset_t)); }

static inline long sys_rt_sigtimedwait(const sigset_t *set, void *info, const struct __kernel_timespec *ts) { return syscall4(__NR_rt_sigtimedwait, L(set), L(info), L(ts), sizeof(sigset_t)); }
static inline long sys_mount(const char *src, const char *dir, const char *type, unsigned long flags, const void *data) { return syscall5(__NR_mount, L(src), L(dir), L(type), flags, L(data)); }
static inline long sys_umount2(const char *dir, int flags) { return syscall2(__NR_umount2, L(dir), flags); }
static inline long sys_reboot(unsigned cmd) { return syscall4(__NR_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, cmd, 0); }
static inline long sys_syslog(int type, char *buf, int n) { return syscall3(__NR_syslog, type, L(buf), n); }
static inline long sys_finit_module(int fd, const char *params, int flags) { return syscall3(__NR_finit_module, fd, L(params), flags); }
static inline long sys_sysinfo(struct sysinfo *info) { return syscall1(__NR_sysinfo, L(info)); }
static inline long sys_socket(int family, int type, int proto) { return syscall3(__NR_socket, family, type, proto); }
static inline long sys_connect(int fd, const void *addr, int len) { return syscall3(__NR_connect, fd, L(addr), len); }
/* Socket constants the UAPI headers do not carry (they live in the kernel's
 * include/linux/socket.h and net.h); the values are the generic ABI, which
 * every architecture mote targets shares (MIPS alone differs). */
#ifndef AF_INET
#define AF_INET 2
#define AF_INET6 10
#define SOCK_STREAM 1
#define SOCK_CLOEXEC O_CLOEXEC
#define SHUT_WR 1
#define MSG_MORE 0x8000
#define MSG_NOSIGNAL 0x4000
#define MSG_PEEK 2
#endif
static inline long sys_bind(int fd, const void *addr, int len) { return syscall3(__NR_bind, fd, L(addr), len); }
static inline long sys_listen(int fd, int backlog) { return syscall2(__NR_listen, fd, backlog); }
static inline long sys_accept4(int fd, void *addr, int *len, int flags) { return syscall4(__NR_accept4, fd, L(addr), L(len), flags); }
static inline long sys_setsockopt(int fd, int level, int name, const void *val, int len) { return syscall5(__NR_setsockopt, fd, level, name, L(val), len); }
static inline long sys_shutdown(int fd, int how) { return syscall2(__NR_shutdown, fd, how); }
static inline long sys_sendto(int fd, const void *buf, size_t n, int flags) { return syscall6(__NR_sendto, fd, L(buf), n, flags, 0, 0); }
static inline long sys_recv(int fd, void *buf, size_t n, int flags) { return syscall6(__NR_recvfrom, fd, L(buf), n, flags, 0, 0); }
static inline long sys_openat2(int dir, const char *path, struct open_how *how) { return syscall4(__NR_openat2, dir, L(path), L(how), sizeof(*how)); }
static inline long sys_prctl(int op, unsigned long a) { return syscall5(__NR_prctl, op, a, 0, 0, 0); }
/* clone with fork semantics and extra flags (CLONE_PARENT: a sibling). */
static inline long sys_clone(unsigned long flags) { return syscall5(__NR_clone, flags, 0, 0, 0, 0); }
/* A 32-bit statfs fails with EOVERFLOW past 2^32 blocks (16 TiB of 4 KiB
 * blocks); statfs64 has 64-bit counts, and its struct takes the name. */
#if __SIZEOF_LONG__ == 4
#include <asm/statfs.h>
#define statfs statfs64
static inline long sys_statfs(const char *path, struct statfs *buf) { return syscall3(__NR_statfs64, L(path), sizeof(*buf), L(buf)); }
#else
static inline long sys_statfs(const char *path, void *buf) { return syscall2(__NR_statfs, L(path), L(buf)); }
#endif
static inline long sys_umask(int mask) { return syscall1(__NR_umask, mask); }
static inline long sys_getgid(void) { return syscall0(__NR_getgid); }
/* mmap with a byte offset (page-aligned); an architecture whose call is
 * mmap2 (offset in pages) maps __NR_mmap and sets MMAP_OFF_SHIFT in its
 * syscall.h. */
#ifndef MMAP_OFF_SHIFT
#define MMAP_OFF_SHIFT 0
#endif
static inline long sys_mmap(void *addr, size_t n, int prot, int flags, int fd, long off) { return syscall6(__NR_mmap, L(addr), n, prot, flags, fd, off >> MMAP_OFF_SHIFT); }
static inline long sys_mremap(void *old, size_t old_n, size_t n, int flags) { return syscall4(__NR_mremap, L(old), old_n, n, flags); }
static inline long sys_munmap(void *addr, size_t n) { return syscall2(__NR_munmap, L(addr), n); }

#endif
