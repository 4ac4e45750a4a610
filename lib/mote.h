/* Everything a utility includes: the system call layer, then the shared
 * helpers built on it. */
#ifndef MOTE_H
#define MOTE_H

#include "sys.h"
#include "mem.h"
#include "num.h"
#include "io.h"
#include "err.h"
#include "arg.h"
#include "files.h"
#include "start.h"

#endif
