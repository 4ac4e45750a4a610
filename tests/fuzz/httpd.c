/* libFuzzer harness for httpd's request parser: the hosted build of
 * utils/httpd.c, its main renamed, fed one request head per input.  Checks
 * what the server relies on: a decoded path never holds a ".." segment or
 * a NUL, a satisfiable Range lies inside the file. */
#define main httpd_main
#include "../../utils/httpd.c"
#undef main

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n)
{
	char b[BUF], path[BUF + 16], h[BUF + 512];
	unsigned long end, off = 0, len = 0, size, i;
	struct req rq;
	const char *p;

	if (n > BUF)
		return 0;
	memcpy(b, data, n);
	end = head_end(b, n);
	if (!end)
		return 0;
	size = n * 37;
	*put_time(h, (unsigned long)n * 123456789, HTTP_DATE) = 0;
	date_key(h);
	memset(&rq, 0, sizeof(rq));
	if (parse(b, end, &rq, path))
		return 0;
	if (path[0] != '/')
		__builtin_trap();
	for (p = path; *p; p++)
		if (*p == '/' && p[1] == '.' && p[2] == '.' && (p[3] == '/' || !p[3]))
			__builtin_trap();
	for (i = 0; rq.target[i] != ' '; i++)
		;
	put_type(h, path);
	if (rq.hdr[IMS])
		date_key(rq.hdr[IMS]);
	if (rq.hdr[RANGE] && range(rq.hdr[RANGE], size, &off, &len) == 0)
		if (!len || off >= size || off + len > size)
			__builtin_trap();
	return 0;
}
