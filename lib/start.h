/* What the crt stub runs on into, with no call since it never returns:
 * split the initial stack (drawn in lib/arch/<arch>/crt.*) into argc, argv
 * and envp, run main, exit with its status.  The hosted build has libc's
 * startup instead.
 *
 * Every utility defines int main(int argc, char **argv, char **envp).  In
 * the tiny build main is renamed to a static function, so that the
 * compiler can fold it into start_c. */
#ifndef MOTE_START_H
#define MOTE_START_H

#ifndef HOSTED
#include "sys.h"

#define main mote_main
/* Forced: gcc will not inline on its own a main with a big stack buffer,
 * and the call costs more than it saves. */
static inline __attribute__((always_inline)) int mote_main(int argc, char **argv, char **envp);

__attribute__((noreturn, used)) void start_c(long *sp)
{
	int argc = sp[0];
	char **argv = (char **)(sp + 1);

	sys_exit(mote_main(argc, argv, argv + argc + 1));
}
#endif

#endif
