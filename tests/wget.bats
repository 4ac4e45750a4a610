#!/usr/bin/env bats
# Against busybox's httpd on 127.0.0.1, serving a scratch folder.
load helper

setup() {
	command -v busybox >/dev/null || skip "busybox not installed"
	cd "$BATS_TEST_TMPDIR"
	mkdir www
	printf 'hello\n' >www/a.txt
	printf 'index\n' >www/index.html
	mkdir www/sub
	head -c 1000000 /dev/urandom >www/sub/big.bin
	for try in 1 2 3 4 5; do
		port=$((20000 + RANDOM % 40000))
		busybox httpd -f -p "127.0.0.1:$port" -h www &
		pid=$!
		for i in $(seq 50); do
			(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
			kill -0 $pid 2>/dev/null || break
			sleep 0.05
		done
		kill $pid 2>/dev/null || true
	done
	return 1
}

teardown() {
	[ -z "${pid:-}" ] || kill "$pid" 2>/dev/null || true
}

@test "wget: -O - writes the body to stdout" {
	run mote wget -O - "http://127.0.0.1:$port/a.txt"
	assert_success
	assert_output "hello"
}
@test "wget: saves under the path's last name" {
	mote wget -q "http://127.0.0.1:$port/a.txt"
	assert_equal "$(cat a.txt)" "hello"
}
@test "wget: a folder's page is saved as index.html" {
	mote wget "http://127.0.0.1:$port/"
	assert_equal "$(cat index.html)" "index"
	rm index.html
	mote wget "http://127.0.0.1:$port"
	assert_equal "$(cat index.html)" "index"
}
@test "wget: -O FILE, binary data intact" {
	mote wget -O out "http://127.0.0.1:$port/sub/big.bin"
	cmp www/sub/big.bin out
	mote wget -O - "http://127.0.0.1:$port/sub/big.bin" | cmp www/sub/big.bin -
}
@test "wget: localhost is 127.0.0.1" {
	run mote wget -O - "http://localhost:$port/a.txt"
	assert_output "hello"
}
@test "wget: 404 is an error and writes no file" {
	run mote wget "http://127.0.0.1:$port/nosuch"
	assert_failure 1
	assert_output --regexp '^wget: server returned error: HTTP/1\.[01] 404 '
	[ ! -e nosuch ]
}
@test "wget: connection refused" {
	run mote wget -O - "http://127.0.0.1:1/"
	assert_failure 1
	assert_output "wget: 127.0.0.1: Connection refused"
}
@test "wget: a name that is no address" {
	run mote wget -O - "http://example.invalid/"
	assert_failure 1
	assert_output "wget: example.invalid: not an IPv4 address"
}
@test "wget: output file that cannot be made" {
	run mote wget -O nodir/f "http://127.0.0.1:$port/a.txt"
	assert_failure 1
	assert_output "wget: nodir/f: No such file or directory"
}
@test "wget: /dev/full is a write error" {
	run bash -c "mote wget -O - http://127.0.0.1:$port/a.txt >/dev/full"
	assert_failure 1
	assert_output --partial "wget: write error"
}
@test "wget: usage errors" {
	for a in "" "ftp://127.0.0.1/" "http://127.0.0.1:99999/" "http://127.0.0.1:x/" "-x http://127.0.0.1/"; do
		run mote wget $a
		assert_failure 1
		assert_output --partial "usage: wget"
	done
}
@test "wget: a response with no blank line after the head" {
	# A server that closes after a partial head: nc from busybox.
	busybox nc -h 2>&1 | grep -q -- '-l' || skip "busybox nc cannot listen"
	local p2=$((20000 + RANDOM % 40000))
	printf 'HTTP/1.0 200 OK\r\nContent-Length: 5\r\n' | busybox nc -l -p "$p2" >/dev/null &
	sleep 0.3
	run mote wget -O - "http://127.0.0.1:$p2/"
	assert_failure 1
	assert_output "wget: 127.0.0.1: response cut short"
}
