/* poweroff - switch the system off
 *
 * usage: poweroff [-f]
 *
 * Asks init (PID 1) to sync, unmount and switch the system off, by sending it SIGUSR2.
 * -f  do it at once, without init: sync, then reboot(2)
 *
 * Standard: busybox poweroff.
 */
#define ERR_CODES EPERM
#define ERR_TEXTS "Operation not permitted"
#include "mote.h"
#include "power.h"

int main(int argc, char **argv, char **envp)
{
	return power_main(argv, SIGUSR2);
}
