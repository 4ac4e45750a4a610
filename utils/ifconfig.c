/* ifconfig - show or set up network interfaces
 *
 * usage: ifconfig [IFACE [ADDRESS] [netmask MASK] [up | down]...]
 *
 * With no operand, shows every interface; with IFACE alone, shows that
 * one: its flags, IPv4 address and netmask.  Otherwise sets, in the order
 * given, the address, the netmask, and brings it up or down.
 *
 * Standard: net-tools ifconfig, IPv4 only.
 */
#define ERR_CODES ENOENT, EPERM, EINVAL, ENODEV
#define ERR_TEXTS "No such file or directory\0Operation not permitted\0Invalid argument\0No such device"
#include "mote.h"
#include "proc.h"
#include "inet.h"
#include "put.h"

#define USAGE "[IFACE [ADDRESS] [netmask MASK] [up | down]...]"

/* The names of the flag bits, from bit 0 up, as net-tools prints them. */
static const char flag_names[] =
	"UP\0BROADCAST\0DEBUG\0LOOPBACK\0POINTOPOINT\0NOTRAILERS\0RUNNING\0NOARP\0"
	"PROMISC\0ALLMULTI\0MASTER\0SLAVE\0MULTICAST\0";

static char *put_addr(char *p, const char *label, struct ifreq *r)
{
	const unsigned char *b = (const unsigned char *)&((struct sockaddr_in *)&r->ifr_addr)->sin_addr;

	p = put_str(p, label);
	for (int i = 0; i < 4; i++) {
		p = put_num(p, b[i], 0);
		*p++ = '.';
	}
	return p - 1;
}

/* Shows one interface: -errno if there is none of that name, else 0.  A
 * write error ends ifconfig. */
static long show(int sock, struct ifreq *r)
{
	const char *n = flag_names;
	char line[256], *p;
	unsigned bit, sep = '<';
	long e;

	if ((e = sys_ioctl(sock, SIOCGIFFLAGS, r)))
		return e;
	p = put_str(line, r->ifr_name);
	p = put_str(p, ": flags=");
	p = put_num(p, (unsigned short)r->ifr_flags, 0);
	for (bit = 1; *n; bit <<= 1, n += strlen(n) + 1)
		if (r->ifr_flags & bit) {
			*p++ = sep;
			p = put_str(p, n);
			sep = ',';
		}
	if (sep == '<')
		*p++ = sep;
	p = put_str(p, ">\n");
	if (!sys_ioctl(sock, SIOCGIFADDR, r)) {
		p = put_addr(p, "        inet ", r);
		sys_ioctl(sock, SIOCGIFNETMASK, r);
		p = put_addr(p, "  netmask ", r);
		*p++ = '\n';
	}
	if (write_all(1, line, p - line)) {
		warn_msg(0, "write error");
		sys_exit(1);
	}
	return 0;
}

static void set_name(struct ifreq *r, const char *name)
{
	memset(r, 0, sizeof(*r));
	for (int i = 0; i < IFNAMSIZ - 1 && name[i]; i++)
		r->ifr_name[i] = name[i];
}

int main(int argc, char **argv, char **envp)
{
	struct ifreq r;
	struct sockaddr_in *sin = (struct sockaddr_in *)&r.ifr_addr;
	char buf[8192], *p, *name;
	long sock, e = 0;

	OPTS(argv) {
	default:
		usage(USAGE);
	} OPTS_END
	sock = sys_socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (is_err(sock)) {
		warn_errno("socket", sock);
		return 1;
	}
	if (!*argv) {
		/* /proc/net/dev: two lines of heading, then "  NAME: counters";
		 * only the interfaces' lines hold a ':'.  One that is gone by
		 * now is left out. */
		e = read_file(AT_FDCWD, "/proc/net/dev", buf, sizeof(buf));
		name = "/proc/net/dev";
		if (!is_err(e))
			e = 0;
		for (p = buf; !e && *p; ) {
			while (*p == ' ')
				p++;
			for (name = p; *p && *p != ':' && *p != '\n'; p++)
				;
			if (*p == ':') {
				*p++ = 0;
				set_name(&r, name);
				show(sock, &r);
			}
			while (*p && *p++ != '\n')
				;
		}
	} else {
		set_name(&r, *argv);
		if (!argv[1])
			e = show(sock, &r);
		for (name = *argv++; *argv && !e; argv++) {
			set_name(&r, name);
			int up = streq(*argv, "up");
			if (up || streq(*argv, "down")) {
				if (!(e = sys_ioctl(sock, SIOCGIFFLAGS, &r))) {
					r.ifr_flags = (r.ifr_flags & ~IFF_UP) | up * IFF_UP;
					e = sys_ioctl(sock, SIOCSIFFLAGS, &r);
				}
				continue;
			}
			int mask = streq(*argv, "netmask");
			if (mask && !*++argv)
				usage(USAGE);
			sin->sin_family = AF_INET;
			if (parse_ipv4(*argv, &sin->sin_addr.s_addr)) {
				warn_msg(*argv, "bad address");
				return 1;
			}
			e = sys_ioctl(sock, mask ? SIOCSIFNETMASK : SIOCSIFADDR, &r);
		}
	}
	if (e) {
		warn_errno(name, e);
		return 1;
	}
	return 0;
}
