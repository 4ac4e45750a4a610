/* sync - write cached file data to disk
 *
 * usage: sync
 *
 * Standard: POSIX.1-2017 sync.
 */
#include "mote.h"

int main(int argc, char **argv, char **envp)
{
	sys_sync();
	return 0;
}
