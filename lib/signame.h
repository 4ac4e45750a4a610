/* Signal names without the SIG prefix, for kill and the shell's kill and
 * trap.  Numbers come from <asm/signal.h>, so each architecture gets its
 * own; names are matched without regard to case, with or without "SIG". */
#ifndef MOTE_SIGNAME_H
#define MOTE_SIGNAME_H

#include "sys.h"
#include "int.h"

/* The highest signal number.  x86's UAPI <asm/signal.h> keeps only libc5's
 * NSIG (32) and leaves _NSIG, which SIGRTMAX names, to the kernel: 64 there. */
#ifdef _NSIG
#define SIG_LAST _NSIG
#else
#define SIG_LAST 64
#endif

static const unsigned char sig_nums[] = {
	SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE,
	SIGKILL, SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM,
#ifdef SIGSTKFLT
	SIGSTKFLT,
#endif
	SIGCHLD, SIGCONT, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, SIGURG, SIGXCPU,
	SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGPOLL, SIGPWR, SIGSYS,
};
static const char sig_names[] =
	"HUP\0INT\0QUIT\0ILL\0TRAP\0ABRT\0BUS\0FPE\0"
	"KILL\0USR1\0SEGV\0USR2\0PIPE\0ALRM\0TERM\0"
#ifdef SIGSTKFLT
	"STKFLT\0"
#endif
	"CHLD\0CONT\0STOP\0TSTP\0TTIN\0TTOU\0URG\0XCPU\0"
	"XFSZ\0VTALRM\0PROF\0WINCH\0POLL\0PWR\0SYS";

#define ISLOWER(c) ((unsigned)(c) - 'a' < 26)

/* The name of signal n, or 0. */
static const char *sig_name(unsigned n)
{
	const char *p = sig_names;
	unsigned i;

	for (i = 0; i < sizeof(sig_nums); i++, p += strlen(p) + 1)
		if (sig_nums[i] == n)
			return p;
	return 0;
}

/* The number of a signal given by name or number (0 to _NSIG), or -1. */
static int sig_number(const char *s)
{
	const char *p = sig_names;
	unsigned long n;
	unsigned i, j;

	if (!parse_ulong(s, &n))
		return n <= SIG_LAST ? (int)n : -1;
	if ((s[0] | 32) == 's' && (s[1] | 32) == 'i' && (s[2] | 32) == 'g')
		s += 3;
	for (i = 0; i < sizeof(sig_nums); i++, p += strlen(p) + 1) {
		for (j = 0; p[j] && p[j] == (ISLOWER(s[j]) ? s[j] - 32 : s[j]); j++)
			;
		if (!p[j] && !s[j])
			return sig_nums[i];
	}
	return -1;
}

#endif
