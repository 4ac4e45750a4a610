/* A small option parser in the manner of getopt, as two macros around a
 * switch on each option letter:
 *
 *     OPTS(argv) {
 *     case 'n': lines = OPT_ARG("[-n N] [FILE]..."); break;
 *     case 'q': quiet = 1; break;
 *     default: usage("[-n N] [-q] [FILE]...");
 *     } OPTS_END
 *
 * Letters may be grouped (-qn5), an option's argument may be joined or the
 * next word.  Parsing stops at "--", at "-" and at the first operand;
 * afterwards argv points at the first operand. */
#ifndef MOTE_ARG_H
#define MOTE_ARG_H

#include "err.h"

#define OPTS(argv)                                                      \
	for (argv++; *argv && (*argv)[0] == '-' && (*argv)[1]; argv++) { \
		char *opt_;                                             \
		if ((*argv)[1] == '-' && !(*argv)[2]) {                 \
			argv++;                                         \
			break;                                          \
		}                                                       \
		for (opt_ = *argv + 1; *opt_; opt_++)                   \
			switch (*opt_)

#define OPTS_END }

/* The current option letter, for messages. */
#define OPT_CHAR (*opt_)

/* The current option's argument; a missing one is a usage error. */
#define OPT_ARG(line) ({                                                \
	char *arg_ = opt_ + 1;                                          \
	if (*arg_)                                                      \
		opt_ += strlen(opt_) - 1;                               \
	else if (!(arg_ = argv[1]))                                     \
		usage(line);                                            \
	else                                                            \
		argv++;                                                 \
	arg_;                                                           \
})

/* The rest of the current word, from this letter on, as an argument: for
 * head's and tail's old form -N, which means -n N. */
#define OPT_REST() ({                                                   \
	char *rest_ = opt_;                                             \
	opt_ += strlen(opt_) - 1;                                       \
	rest_;                                                          \
})

#endif
