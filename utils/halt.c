/* halt - stop the system
 *
 * usage: halt [-f]
 *
 * Asks init (PID 1) to sync, unmount and stop the system, by sending it SIGUSR1.
 * -f  do it at once, without init: sync, then reboot(2)
 *
 * Standard: busybox halt.
 */
#define ERR_CODES EPERM
#define ERR_TEXTS "Operation not permitted"
#include "mote.h"
#include "power.h"

int main(int argc, char **argv, char **envp)
{
	return power_main(argv, SIGUSR1);
}
