#!/usr/bin/env bats
# httpd: HTTP behaviour with curl, then the security set.  Each test starts
# its own server on a random loopback port (other suites run in parallel).
load helper

setup() {
	command -v curl >/dev/null || skip "curl not installed"
	cd "$BATS_TEST_TMPDIR"
	mkdir -p root/sub root/empty out
	printf 'hello\n' >root/index.html
	printf 'sub\n' >root/sub/index.html
	printf '0123456789' >root/ten.txt
	printf 'small\n' >root/small.txt
	head -c 100000 /dev/urandom >root/big.bin
	touch -d '2024-02-29 12:34:56 UTC' root/ten.txt
	printf 'secret\n' >secret.txt
	ln -s ../secret.txt root/up
	ln -s "$BATS_TEST_TMPDIR/secret.txt" root/abs
	ln -s ten.txt root/inside
	ln -s /etc root/etc
}

teardown() {
	[ -n "${PID:-}" ] && kill "$PID" "$SUB" 2>/dev/null
	return 0
}

# start [OPTIONS...]: runs httpd on a free port in the background; sets PORT, PID, URL.
start() {
	local i j host=${HOST:-127.0.0.1}
	for i in $(seq 20); do
		PORT=$((10000 + RANDOM % 22000))
		mote httpd -p "$PORT" "$@" root >/dev/null 2>"$BATS_TEST_TMPDIR/log" 3>&- &
		SUB=$!
		for j in $(seq 100); do
			kill -0 "$SUB" 2>/dev/null || break
			if (exec 5<>"/dev/tcp/$host/$PORT") 2>/dev/null; then
				URL=http://127.0.0.1:$PORT
				# mote is a function: the server is the subshell's child.
				PID=$(ps -o pid= --ppid "$SUB" | head -1)
				PID=${PID// /}
				# qemu-user 7.2 refuses clone(CLONE_PARENT), which
				# makes the workers, and has no openat2, which
				# confines them to DOCROOT: no file is served there.
				[ -z "$MOTE_RUN" ] || [ "$(curl -s -m 5 "$URL/small.txt")" = small ] ||
					skip "$MOTE_RUN lacks clone(CLONE_PARENT) and openat2"
				return 0
			fi
			sleep 0.05
		done
		kill "$SUB" 2>/dev/null
		grep -q 'error 98' "$BATS_TEST_TMPDIR/log" || { cat "$BATS_TEST_TMPDIR/log"; return 1; }
	done
	return 1
}

# raw BYTES: sends BYTES (printf %b) on one connection, prints all the server
# sends until it closes the connection.
raw() {
	exec 5<>"/dev/tcp/127.0.0.1/$PORT"
	printf '%b' "$1" >&5
	timeout 10 cat <&5
	exec 5>&-
}

# code PATH [CURL OPTIONS...]: prints the status code.
code() {
	local p=$1
	shift
	curl -s --path-as-is -o /dev/null -w '%{http_code}' "$@" "$URL$p"
}

@test "httpd: GET a file: status, length, type, body" {
	start
	run curl -si "$URL/ten.txt"
	assert_success
	assert_line --index 0 $'HTTP/1.1 200 OK\r'
	assert_line $'Content-Length: 10\r'
	assert_line $'Content-Type: text/plain\r'
	assert_line --regexp '^Date: [A-Z][a-z][a-z], [0-9]{2} [A-Z][a-z][a-z] [0-9]{4} [0-9:]{8} GMT'
	curl -s "$URL/big.bin" | cmp - root/big.bin
}

@test "httpd: HEAD sends the headers of GET and no body" {
	start
	run curl -sI "$URL/big.bin"
	assert_line --index 0 $'HTTP/1.1 200 OK\r'
	assert_line $'Content-Length: 100000\r'
	run raw 'HEAD /ten.txt HTTP/1.0\r\n\r\n'
	assert_output --partial $'Content-Length: 10\r\n'
	[[ "$output" == *$'close\r\n\r' ]]
}

@test "httpd: other methods are 501, complete, then close" {
	start
	for m in POST PUT DELETE OPTIONS TRACE PATCH; do
		assert_equal "$(code /ten.txt -X "$m")" 501
	done
	run raw 'BREW /ten.txt HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n'
	assert_output --partial $'Connection: close\r\n'
	assert_output --partial $'Content-Length: 19\r\n'
	refute_output --partial '200 OK'
}

@test "httpd: Content-Type by extension" {
	start
	while read -r ext type; do
		: >"root/f.$ext"
		assert_equal "$ext $(curl -s -o /dev/null -w '%{content_type}' "$URL/f.$ext")" "$ext $type"
	done <<-EOF
	html text/html
	htm text/html
	css text/css
	js text/javascript
	mjs text/javascript
	json application/json
	txt text/plain
	xml application/xml
	svg image/svg+xml
	png image/png
	jpg image/jpeg
	jpeg image/jpeg
	gif image/gif
	ico image/x-icon
	webp image/webp
	wasm application/wasm
	pdf application/pdf
	woff2 font/woff2
	mp4 video/mp4
	tar application/octet-stream
	tx application/octet-stream
	EOF
	: >root/noext
	: >root/sub/a.b.html
	assert_equal "$(curl -s -o /dev/null -w '%{content_type}' "$URL/noext")" application/octet-stream
	assert_equal "$(curl -s -o /dev/null -w '%{content_type}' "$URL/sub/a.b.html")" text/html
}

@test "httpd: / and folders serve index.html; a folder without its slash is 301" {
	start
	assert_equal "$(curl -s "$URL/")" hello
	assert_equal "$(curl -s "$URL/sub/")" sub
	run curl -si "$URL/sub?q=1"
	assert_line --index 0 $'HTTP/1.1 301 Moved Permanently\r'
	assert_line $'Location: /sub/\r'
	assert_equal "$(curl -sL "$URL/sub")" sub
	assert_equal "$(code /empty/)" 404
}

@test "httpd: 404 for a missing file, a file under a file, and a query is ignored" {
	start
	assert_equal "$(code /nosuch)" 404
	assert_equal "$(code /ten.txt/x)" 404
	assert_equal "$(curl -s "$URL/ten.txt?a=b")" 0123456789
	assert_equal "$(curl -s "$URL/t%65n.txt")" 0123456789
}

@test "httpd: HTTP/1.1 keeps the connection, and pipelined requests are all answered" {
	start
	run curl -sv "$URL/ten.txt" "$URL/small.txt"
	assert_output --partial 'Re-using existing connection'
	run raw 'GET /sub/index.html?long HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'
	assert_output --regexp $'\r\n\r\nsub\nHTTP/1.1 200 OK\r\n.*\r\n\r\nhello$'
	run raw 'GET /ten.txt HTTP/1.1\r\nHost: x\r\n\r\nHEAD /small.txt HTTP/1.1\r\nHost: x\r\n\r\nGET /small.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'
	assert_success
	assert_equal "$(grep -o 'HTTP/1.1 200 OK' <<<"$output" | wc -l)" 3
	assert_output --partial $'Connection: keep-alive\r\n\r\n0123456789HTTP/1.1 200 OK'
	assert_output --regexp $'Connection: close\r\n\r\nsmall$'
}

@test "httpd: HTTP/1.0 closes unless keep-alive is asked for" {
	start
	run raw 'GET /ten.txt HTTP/1.0\r\n\r\nGET /ten.txt HTTP/1.0\r\n\r\n'
	assert_equal "$(grep -o 'HTTP/1.1 200' <<<"$output" | wc -l)" 1
	assert_output --partial $'Connection: close\r\n'
	run raw 'GET /ten.txt HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\nGET /ten.txt HTTP/1.0\r\n\r\n'
	assert_equal "$(grep -o 'HTTP/1.1 200' <<<"$output" | wc -l)" 2
	assert_output --partial $'Connection: keep-alive\r\n'
}

@test "httpd: Connection: close is honoured" {
	start
	run raw 'GET /ten.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'
	assert_output --partial $'Connection: close\r\n\r\n0123456789'
	run raw 'GET /ten.txt HTTP/1.1\r\nHost: x\r\nconnection: CLOSE\r\n\r\nGET /ten.txt HTTP/1.1\r\nHost: x\r\n\r\n'
	assert_equal "$(grep -o 'HTTP/1.1 200' <<<"$output" | wc -l)" 1
}

@test "httpd: a request with a body is answered, then the connection closes" {
	start
	run raw 'GET /ten.txt HTTP/1.1\r\nHost: x\r\nContent-Length: 30\r\n\r\nGET /small.txt HTTP/1.1\r\nX: y\r\n\r\n'
	assert_output --regexp $'^HTTP/1.1 200 OK\r\n.*Connection: close\r\n\r\n0123456789$'
	run raw 'GET /ten.txt HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'
	assert_output --regexp $'Connection: close\r\n\r\n0123456789$'
}

@test "httpd: absolute-form targets; methods and version are case-sensitive" {
	start
	run raw 'GET http://x/ten.txt?q HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'
	assert_output --regexp '0123456789$'
	run raw 'get /ten.txt HTTP/1.1\r\nHost: x\r\n\r\n'
	assert_output --regexp $'^HTTP/1.1 501 '
	run raw 'GET /ten.txt http/1.1\r\nHost: x\r\n\r\n'
	assert_output --regexp $'^HTTP/1.1 400 '
}

@test "httpd: a request split over many packets, and bare LF line ends" {
	start
	exec 5<>"/dev/tcp/127.0.0.1/$PORT"
	req=$'GET /ten.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'
	for ((i = 0; i < ${#req}; i++)); do
		printf '%s' "${req:i:1}" >&5
		sleep 0.01
	done
	run timeout 10 cat <&5
	exec 5>&-
	assert_output --regexp $'^HTTP/1.1 200 OK\r\n.*\r\n\r\n0123456789$'
	run raw 'GET /small.txt HTTP/1.0\n\n'
	assert_output --regexp $'^HTTP/1.1 200 OK.*small$'
}

@test "httpd: Last-Modified, and If-Modified-Since gives 304" {
	start
	run curl -si "$URL/ten.txt"
	assert_line $'Last-Modified: Thu, 29 Feb 2024 12:34:56 GMT\r'
	assert_equal "$(code /ten.txt -H 'If-Modified-Since: Thu, 29 Feb 2024 12:34:56 GMT')" 304
	assert_equal "$(code /ten.txt -H 'If-Modified-Since: thu, 29 feb 2024 12:34:57 gmt')" 304
	assert_equal "$(code /ten.txt -H 'If-Modified-Since: Fri, 01 Mar 2024 00:00:00 GMT')" 304
	assert_equal "$(code /ten.txt -H 'If-Modified-Since: Thu, 29 Feb 2024 12:34:55 GMT')" 200
	assert_equal "$(code /ten.txt -H 'If-Modified-Since: Sat, 30 Dec 2023 23:59:59 GMT')" 200
	assert_equal "$(code /ten.txt -H 'If-Modified-Since: yesterday')" 200
	assert_equal "$(code /ten.txt -H 'If-Modified-Since: Thu, 29 Xyz 2099 12:34:56 GMT')" 200
	run curl -si -H 'If-Modified-Since: Thu, 29 Feb 2024 12:34:56 GMT' "$URL/ten.txt"
	assert_line $'Content-Length: 10\r'
	assert_equal "$(curl -s -z 'Thu, 29 Feb 2024 12:34:56 GMT' "$URL/ten.txt" | wc -c)" 0
	for d in '1970-01-01 00:00:00' '1999-12-31 23:59:59' '2000-02-29 00:00:00' '2038-01-19 03:14:08' '2099-12-31 23:59:59'; do
		touch -d "$d UTC" root/small.txt
		run curl -sI "$URL/small.txt"
		assert_line "Last-Modified: $(date -u -d "$d UTC" '+%a, %d %b %Y %H:%M:%S GMT')"$'\r'
	done
}

@test "httpd: Range a-b, a- and -n give 206; past the end 416; others ignored" {
	start
	assert_equal "$(curl -s -r 2-4 "$URL/ten.txt")" 234
	assert_equal "$(curl -s -r 7- "$URL/ten.txt")" 789
	assert_equal "$(curl -s -r -3 "$URL/ten.txt")" 789
	assert_equal "$(curl -s -r -30 "$URL/ten.txt")" 0123456789
	assert_equal "$(curl -s -r 8-100 "$URL/ten.txt")" 89
	run curl -si -r 2-4 "$URL/ten.txt"
	assert_line --index 0 $'HTTP/1.1 206 Partial Content\r'
	assert_line $'Content-Range: bytes 2-4/10\r'
	assert_line $'Content-Length: 3\r'
	run curl -si -r 10- "$URL/ten.txt"
	assert_line --index 0 $'HTTP/1.1 416 Range Not Satisfiable\r'
	assert_line $'Content-Range: bytes */10\r'
	assert_equal "$(code /ten.txt -r -0)" 416
	assert_equal "$(code /ten.txt -r 99999999999999999999999-)" 416
	assert_equal "$(code /ten.txt -r 5-2)" 200
	assert_equal "$(code /ten.txt -r 1-2,4-5)" 200
	assert_equal "$(code /ten.txt -H 'Range: lines=1-2')" 200
	assert_equal "$(code /ten.txt -H 'Range: bytes=x-2')" 200
	assert_equal "$(curl -s -r 2-4 -H 'If-Modified-Since: Thu, 29 Feb 2024 12:34:56 GMT' -o /dev/null -w '%{http_code}' "$URL/ten.txt")" 304
	head -c 12345 /dev/urandom >root/r
	curl -s -r 1000-5000 "$URL/r" | cmp - <(tail -c +1001 root/r | head -c 4001)
}

@test "httpd: files past 4 GiB: whole length and ranges beyond 4 GiB (refused, 403, by a 32-bit build)" {
	# sparse: 5 GiB that take no room, a marker past 4 GiB
	truncate -s 5G root/huge
	printf marker | dd of=root/huge bs=1 seek=$((4 << 30 | 7)) conv=notrunc status=none
	start
	case $(od -An -tx1 -j4 -N1 "$MOTE_BIN/httpd") in
	*01*)
		assert_equal "$(code /huge -I)" 403
		return ;;
	esac
	run curl -sI "$URL/huge"
	assert_line $'Content-Length: 5368709120\r'
	assert_equal "$(curl -s -r $((4 << 30 | 7))-$((4 << 30 | 12)) "$URL/huge")" marker
	run curl -si -r -3 "$URL/huge"
	assert_line $'Content-Range: bytes 5368709117-5368709119/5368709120\r'
}
@test "httpd: malformed requests are 400, complete, then close" {
	start
	for r in 'garbage\r\n\r\n' 'GET\r\n\r\n' 'GET /\r\n\r\n' 'GET / HTTP/2.0\r\n\r\n' 'GET / FTP/1.1\r\n\r\n' \
		'GET x HTTP/1.1\r\nHost: x\r\n\r\n' 'GET / HTTP/1.1\r\n\r\n' 'GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n' \
		'GET /%4 HTTP/1.1\r\nHost: x\r\n\r\n' '\r\n\r\n'; do
		run raw "${r}GET / HTTP/1.1\r\nHost: x\r\n\r\n"
		assert_output --regexp $'^HTTP/1.1 400 Bad Request\r\n'
		assert_output --partial $'Content-Length: 15\r\n'
		assert_output --partial $'Connection: close\r\n\r\n400 Bad Request'
		refute_output --partial '200 OK'
	done
}

@test "httpd: -v logs a Common Log Format line per request" {
	start -v
	curl -s -o /dev/null "$URL/ten.txt"
	curl -s -o /dev/null -I "$URL/nosuch"
	curl -s -o /dev/null -r 1-2 "$URL/ten.txt"
	sleep 0.2
	run cat log
	assert_line --index 0 --regexp '^127\.0\.0\.1 - - \[[0-9]{2}/[A-Z][a-z]{2}/[0-9]{4}:[0-9]{2}:[0-9]{2}:[0-9]{2} \+0000\] "GET /ten\.txt HTTP/1\.1" 200 10$'
	assert_line --index 1 --regexp '\] "HEAD /nosuch HTTP/1\.1" 404 0$'
	assert_line --index 2 --regexp '\] "GET /ten\.txt HTTP/1\.1" 206 2$'
}

@test "httpd: listens on IPv6 (-l ::1, -l ::)" {
	[ -e /proc/net/if_inet6 ] || skip "no IPv6"
	HOST=::1 start -l ::1
	assert_equal "$(curl -sg "http://[::1]:$PORT/ten.txt")" 0123456789
	kill "$PID"
	HOST=::1 start -l :: -v
	assert_equal "$(curl -sg "http://[::1]:$PORT/ten.txt")" 0123456789
	assert_equal "$(curl -s "http://127.0.0.1:$PORT/ten.txt")" 0123456789
	sleep 0.2
	run cat log
	assert_line --index 0 --regexp '^0:0:0:0:0:0:0:1 - - '
}

@test "httpd: bad options and operands" {
	for a in "" "-z root" "-p 70000 root" "-p x root" "-t 0 root" "-n 0 root" "-l 1.2.3 root" \
		"-l 1.2.3.256 root" "-l 1::2::3 root" "-l 12345:: root" "-l ::g root" "-u 1 root" "-u a:b root" "root root" \
		"-p 65536 root" "-n 65537 root" "-u 4294967296:0 root" "-u 0:18446744073709551616 root" "-u :0 root"; do
		run mote httpd $a
		assert_failure 1
		assert_output --partial "usage: httpd"
	done
	run mote httpd nosuch
	assert_failure 1
	assert_output "httpd: nosuch: No such file or directory"
	start
	run mote httpd -p "$PORT" root
	assert_failure 1
	assert_output --partial "httpd: 127.0.0.1: error 98"
}

@test "httpd: 20 concurrent clients, and children are reaped at once" {
	start
	pids=
	for i in $(seq 20); do
		curl -s -o "out/$i" "$URL/big.bin" &
		pids="$pids $!"
	done
	wait $pids
	for i in $(seq 20); do cmp "out/$i" root/big.bin; done
	sleep 0.3
	run bash -c "ps -o stat= --ppid $PID | grep -c Z"
	assert_output 0
}

@test "httpd: -u chroots and drops to uid:gid" {
	need_setpriv
	chmod 755 "$BATS_TEST_TMPDIR"
	start -u 65534:65534
	assert_equal "$(curl -s "$URL/ten.txt")" 0123456789
	grep -q '^Uid:.*65534' "/proc/$PID/status"
	chmod 600 root/small.txt
	assert_equal "$(code /small.txt)" 403
	assert_equal "$(code /up)" 403
}

# The security set.

@test "httpd: security: plain and encoded .. traversal" {
	start
	for p in /../secret.txt /sub/../../secret.txt /.. /sub/.. /%2e%2e/secret.txt /%2E%2E/secret.txt \
		/sub/%2e%2e%2f%2e%2e%2fsecret.txt /..%2fsecret.txt '/sub%2f..%2f..%2fsecret.txt'; do
		assert_equal "$p $(code "$p")" "$p 403"
	done
	assert_equal "$(code /sub/../ten.txt)" 403
	assert_equal "$(code /sub/..x)" 404
	assert_equal "$(code /...)" 404
}

@test "httpd: security: %00 and a NUL are refused" {
	start
	assert_equal "$(code /small.txt%00.html)" 400
	assert_equal "$(code /small.txt%00)" 400
	run raw 'GET /small.txt\0.html HTTP/1.1\r\nHost: x\r\n\r\n'
	refute_output --partial small
}

@test "httpd: security: symlinks out of DOCROOT are refused, inside ones served" {
	start
	assert_equal "$(code /up)" 403
	assert_equal "$(code /abs)" 403
	assert_equal "$(code /etc/passwd)" 403
	assert_equal "$(code //etc/passwd)" 403
	assert_equal "$(curl -s "$URL/inside")" 0123456789
	mkfifo root/fifo
	assert_equal "$(code /fifo)" 403
	assert_equal "$(code /sub/../../../../../../etc/passwd)" 403
}

@test "httpd: security: an oversized request line is 414, oversized headers 431" {
	start
	long=$(head -c 9000 /dev/zero | tr '\0' a)
	run raw "GET /$long HTTP/1.1\r\nHost: x\r\n\r\n"
	assert_output --regexp $'^HTTP/1.1 414 URI Too Long\r\n'
	assert_output --partial $'Connection: close\r\n\r\n414 URI Too Long'
	run raw "GET / HTTP/1.1\r\nHost: x\r\nX: $long\r\n\r\n"
	assert_output --regexp $'^HTTP/1.1 431 Request Header Fields Too Large\r\n'
	assert_equal "$(code / -H "X: $long")" 431
	assert_equal "$(code /ten.txt -H "X: ${long:0:7000}")" 200
}

@test "httpd: security: slowloris is cut at the header deadline with 408; idle connections close" {
	start -t 1
	exec 5<>"/dev/tcp/127.0.0.1/$PORT"
	printf 'GET / HTTP/1.1\r\n' >&5
	(for i in $(seq 40); do printf 'X-%d: y\r\n' "$i" >&5 || exit; sleep 0.2; done) 2>/dev/null &
	trickle=$!
	run timeout 20 cat <&5
	exec 5>&-
	wait "$trickle" || true
	assert_output --regexp $'^HTTP/1.1 408 Request Timeout\r\n'
	assert_output --partial $'Connection: close\r\n'
	exec 5<>"/dev/tcp/127.0.0.1/$PORT"
	run timeout 20 cat <&5
	exec 5>&-
	assert_success
	assert_output ""
	run raw 'GET /ten.txt HTTP/1.1\r\nHost: x\r\n\r\n'
	assert_success
	assert_output --regexp '0123456789$'
}

@test "httpd: security: past the cap, connections wait while clients are served" {
	start -n 3 -t 3
	for i in 6 7; do eval "exec $i<>/dev/tcp/127.0.0.1/$PORT"; done
	assert_equal "$(curl -s "$URL/ten.txt")" 0123456789
	for i in 8 9; do eval "exec $i<>/dev/tcp/127.0.0.1/$PORT"; done
	sleep 0.3
	[ "$(ps -o pid= --ppid "$PID" | wc -l)" -le 4 ]
	run curl -s --max-time 15 "$URL/ten.txt"
	assert_output 0123456789
	kill -0 "$PID"
	for i in 6 7 8 9; do eval "exec $i>&-"; done
	assert_equal "$(curl -s "$URL/ten.txt")" 0123456789
}

@test "httpd: security: a client that disconnects mid-response" {
	head -c 50000000 /dev/zero >root/huge
	start
	for i in 1 2 3; do
		curl -s "$URL/huge" | head -c 1000 >/dev/null
		timeout 5 bash -c "exec 5<>/dev/tcp/127.0.0.1/$PORT; printf 'GET /huge HTTP/1.1\r\nHost: x\r\n\r\n' >&5; head -c 100 <&5 >/dev/null"
	done
	assert_equal "$(curl -s "$URL/ten.txt")" 0123456789
	sleep 0.5
	run bash -c "ps -o stat= --ppid $PID | grep -c Z"
	assert_output 0
}
