/* IPv4 sockets and interfaces, without libc: the socket constants, which
 * the kernel keeps out of its UAPI headers (these values hold on every
 * architecture mote builds for), and reading dotted-quad addresses. */
#ifndef MOTE_INET_H
#define MOTE_INET_H

#include "sys.h"
#include <linux/socket.h>

#ifndef AF_INET
#define AF_INET 2
#endif
#ifndef SOCK_STREAM
#define SOCK_STREAM 1
#endif
#ifndef SOCK_DGRAM
#define SOCK_DGRAM 2
#endif
#ifndef SOCK_CLOEXEC
#define SOCK_CLOEXEC O_CLOEXEC
#endif

/* <linux/if.h> includes libc's <sys/socket.h> for this one struct; mote
 * gives the struct (an ABI) and keeps the include out. */
#ifndef _SYS_SOCKET_H
#define _SYS_SOCKET_H
struct sockaddr {
	__kernel_sa_family_t sa_family;
	char sa_data[14];
};
#endif
#include <linux/if.h>
#include <linux/in.h>
#include <linux/sockios.h>

/* Parses "a.b.c.d" into an address in network order; -1 if it is not one. */
static int parse_ipv4(const char *s, __be32 *addr)
{
	unsigned char *b = (unsigned char *)addr;

	for (int i = 0; i < 4; i++) {
		unsigned v = 0, n = 0;

		for (; *s >= '0' && *s <= '9' && n < 4; s++, n++)
			v = v * 10 + *s - '0';
		if (!n || v > 255 || *s++ != (i < 3 ? '.' : 0))
			return -1;
		b[i] = v;
	}
	return 0;
}

#endif
