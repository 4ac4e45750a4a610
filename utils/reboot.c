/* reboot - restart the system
 *
 * usage: reboot [-f]
 *
 * Asks init (PID 1) to sync, unmount and restart the system, by sending it SIGTERM.
 * -f  do it at once, without init: sync, then reboot(2)
 *
 * Standard: busybox reboot.
 */
#define ERR_CODES EPERM
#define ERR_TEXTS "Operation not permitted"
#include "mote.h"
#include "power.h"

int main(int argc, char **argv, char **envp)
{
	return power_main(argv, SIGTERM);
}
