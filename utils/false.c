/* false - do nothing, unsuccessfully
 *
 * usage: false
 *
 * Operands and options are ignored; the exit status is 1.
 *
 * Standard: POSIX.1-2017 false.
 */
#include "mote.h"

int main(int argc, char **argv, char **envp)
{
	return 1;
}
