/* What reboot, poweroff and halt send to init, as busybox does:
 * SIGTERM to reboot, SIGUSR2 to power off, SIGUSR1 to halt.  Each of the
 * three carries one error text (its ERR_CODES): EPERM's, the refusal that
 * kill(2) and reboot(2) give. */
#ifndef MOTE_POWER_H
#define MOTE_POWER_H

#include "mote.h"

/* reboot(2)'s command for one of those signals. */
static unsigned power_cmd(int sig)
{
	return sig == SIGTERM ? LINUX_REBOOT_CMD_RESTART :
	       sig == SIGUSR2 ? LINUX_REBOOT_CMD_POWER_OFF : LINUX_REBOOT_CMD_HALT;
}

/* The whole of reboot, poweroff and halt: ask init, or with -f do it now. */
static int power_main(char **argv, int sig)
{
	long r;
	int force = 0;

	OPTS(argv) {
	case 'f':
		force = 1;
		break;
	default:
		usage("[-f]");
	} OPTS_END
	if (force) {
		sys_sync();
		r = sys_reboot(power_cmd(sig));
	} else
		r = sys_kill(1, sig);
	if (is_err(r)) {
		warn_errno(0, r);
		return 1;
	}
	return 0;
}

#endif
