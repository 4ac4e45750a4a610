/* wget - fetch a file over HTTP
 *
 * usage: wget [-q] [-O FILE] http://HOST[:PORT][/PATH]
 *
 * Fetches the URL with an HTTP/1.0 GET and saves the body in the last
 * component of PATH (index.html when there is none).  HOST is an IPv4
 * address or localhost: there is no resolver.  A status other than 2xx is
 * an error, and no file is written then; redirections are not followed.
 * -O FILE  save in FILE instead; - is standard output
 * -q       quiet; accepted, since wget prints no progress
 *
 * Standard: GNU wget / busybox wget, in the small.
 */
#define ERR_CODES ENOENT, EACCES, EISDIR, ENOSPC, ECONNREFUSED
#define ERR_TEXTS "No such file or directory\0Permission denied\0Is a directory\0No space left on device\0" \
	"Connection refused"
#include "mote.h"
#include "inet.h"
#include "put.h"

#define USAGE "[-q] [-O FILE] http://HOST[:PORT][/PATH]"

int main(int argc, char **argv, char **envp)
{
	char buf[8192], req[4096], *out = 0, *host, *path, *p, *e;
	struct sockaddr_in sa = { .sin_family = AF_INET };
	unsigned long port = 80;
	long sock, fd = 1, n, len = 0, r = 0;

	OPTS(argv) {
	case 'q':
		break;
	case 'O':
		out = OPT_ARG(USAGE);
		break;
	default:
		usage(USAGE);
	} OPTS_END
	if (!*argv || argv[1] || !(host = skip_prefix(*argv, "http://")))
		usage(USAGE);
	/* "HOST[:PORT]" up to the path; the request names it, port included. */
	for (p = host; *p && *p != '/'; p++)
		;
	path = *p ? p : "/";
	if (strlen(*argv) + 32 > sizeof(req))
		usage(USAGE);
	if (!out) {
		for (out = e = path; *e; e++)
			if (*e == '/')
				out = e + 1;
		if (!*out)
			out = "index.html";
	}
	e = put_str(req, "GET ");
	e = put_str(e, path);
	e = put_str(e, " HTTP/1.0\r\nHost: ");
	/* The path is in the request: its first '/' may end the host. */
	*p = 0;
	e = put_str(e, host);
	e = put_str(e, "\r\n\r\n");
	len = e - req;
	for (p = host; *p && *p != ':'; p++)
		;
	if (*p) {
		*p++ = 0;
		if (parse_ulong(p, &port) || port > 65535)
			usage(USAGE);
	}
	/* Network order, on any host. */
	((unsigned char *)&sa.sin_port)[0] = port >> 8;
	((unsigned char *)&sa.sin_port)[1] = port;
	if (streq(host, "localhost"))
		host = "127.0.0.1";
	if (parse_ipv4(host, &sa.sin_addr.s_addr)) {
		warn_msg(host, "not an IPv4 address");
		return 1;
	}
	r = sock = sys_socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (is_err(r) || (r = sys_connect(sock, &sa, sizeof(sa))) || (r = write_all(sock, req, len))) {
		warn_errno(host, r);
		return 1;
	}
	/* The head, up to the empty line. */
	len = 0;
	for (;;) {
		n = sys_read(sock, buf + len, sizeof(buf) - 1 - len);
		if (n <= 0) {
			warn_msg(host, n ? "read error" : len ? "response cut short" : "no response");
			return 1;
		}
		len += n;
		buf[len] = 0;
		for (e = buf; *e && !(e[0] == '\n' && (e[1] == '\n' || (e[1] == '\r' && e[2] == '\n'))); e++)
			;
		if (*e)
			break;
		if (len == sizeof(buf) - 1) {
			warn_msg(host, "response head too long");
			return 1;
		}
	}
	/* "HTTP/1.x 200 OK" */
	for (p = buf; *p && *p != ' '; p++)
		;
	if (!*p || p[1] != '2') {
		for (p = buf; *p != '\r' && *p != '\n'; p++)
			;
		*p = 0;
		warn_msg("server returned error", buf);
		return 1;
	}
	e += e[1] == '\n' ? 2 : 3;
	if (!streq(out, "-")) {
		fd = sys_openat(AT_FDCWD, out, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
		if (is_err(fd)) {
			warn_errno(out, fd);
			return 1;
		}
	}
	n = buf + len - e;
	do {
		if ((r = write_all(fd, e, n))) {
			warn_errno(fd == 1 ? "write error" : out, r);
			return 1;
		}
		e = buf;
	} while ((n = sys_read(sock, buf, sizeof(buf))) > 0);
	if (n) {
		warn_msg(host, "read error");
		return 1;
	}
	return 0;
}
