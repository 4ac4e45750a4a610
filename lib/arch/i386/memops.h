/* The x86-64 string instructions serve i386 unchanged. */
#include "../x86_64/memops.h"
