/* true - do nothing, successfully
 *
 * usage: true
 *
 * Operands and options are ignored.
 *
 * Standard: POSIX.1-2017 true.
 */
#include "mote.h"

int main(int argc, char **argv, char **envp)
{
	return 0;
}
