#!/usr/bin/env bats
load helper

setup() {
	cd "$BATS_TEST_TMPDIR"
	printf 'one\n' >a
	printf 'two\nthree' >b
	: >empty
}

@test "cat: files in order" { same_as_gnu cat a b a; }
@test "cat: stdin when no operands" { STDIN=b same_as_gnu cat; }
@test "cat: - is stdin, in its place" { STDIN=b same_as_gnu cat a - a; }
@test "cat: - twice reads stdin to its end once" { STDIN=b same_as_gnu cat - a -; }
@test "cat: -u is accepted" { same_as_gnu cat -u a; }
@test "cat: -- ends options" { printf 'x' >-u; same_as_gnu cat -- -u a; }
@test "cat: empty file" { same_as_gnu cat empty empty; }
@test "cat: bad option is a usage error" {
	run mote cat -z a
	assert_failure 1
	assert_output --partial "usage: cat"
}

@test "cat: binary data, every byte value" {
	for i in $(seq 0 255); do printf "\\$(printf %o "$i")"; done >bytes
	same_as_gnu cat bytes bytes
}
@test "cat: generated inputs of many sizes match coreutils" {
	for n in 1 511 4095 4096 4097 65535 65536 65537 1000000; do
		head -c "$n" /dev/urandom >r$n
		same_as_gnu cat r$n a r$n
		STDIN=r$n same_as_gnu cat
	done
}
@test "cat: a 64 MiB file to a file, a pipe and a socket" {
	head -c 67108864 /dev/urandom >big
	mote cat big >out
	cmp big out
	mote cat big | cmp big -
	mote cat <big | cmp big -
	mote cat - <big | cat | cmp big -
	command -v socat >/dev/null || skip "socat not installed"
}
@test "cat: pipe to pipe" {
	head -c 300000 /dev/urandom >r
	cat r | mote cat | cmp r -
}
@test "cat: appends after existing output" {
	printf 'head\n' >out
	mote cat a b >>out
	assert_equal "$(cat out)" "$(printf 'head\none\ntwo\nthree')"
}
@test "cat: /proc files report size 0 but have content" {
	mote cat /proc/self/status >out
	grep -q '^Name:' out
	mote cat /proc/version | cmp /proc/version -
}

@test "cat: missing file: message, goes on, exit 1" {
	run mote cat a nosuch b
	assert_failure 1
	assert_line --index 0 "one"
	assert_output --partial "cat: nosuch: No such file or directory"
	assert_output --partial "three"
}
@test "cat: directory: message, exit 1" {
	mkdir d
	run mote cat d a
	assert_failure 1
	assert_output --partial "cat: d: Is a directory"
	assert_output --partial "one"
}
@test "cat: permission denied, as a non-root user" {
	need_setpriv
	chmod 000 a
	chmod 755 "$BATS_TEST_TMPDIR"
	run as_nobody "$MOTE_BIN/cat" "$BATS_TEST_TMPDIR/a"
	[ -n "$MOTE_RUN" ] && run as_nobody $MOTE_RUN "$MOTE_BIN/cat" "$BATS_TEST_TMPDIR/a"
	assert_failure 1
	assert_output --partial "Permission denied"
}
@test "cat: /dev/full is a write error, exit 1" {
	run bash -c 'mote cat a >/dev/full'
	assert_failure 1
	assert_output --partial "cat: write error: No space left on device"
}
@test "cat: stdin to /dev/full is a write error" {
	run bash -c 'mote cat <a >/dev/full'
	assert_failure 1
	assert_output --partial "cat: write error"
}
@test "cat: closed stdout is a write error, exit 1" {
	run bash -c 'mote cat a >&-'
	assert_failure 1
	assert_output --partial "cat: write error"
}
@test "cat: broken pipe ends cat by SIGPIPE, as by default" {
	head -c 1000000 /dev/urandom >r
	run bash -c 'mote cat r r r | head -c 10 >/dev/null; echo "${PIPESTATUS[0]}"'
	assert_output "141"
}
@test "cat: a partial write never loses data (slow reader)" {
	head -c 2000000 /dev/urandom >r
	mote cat r | (sleep 0.3; cat) | cmp r -
}
@test "cat: input file is output file" {
	printf 'abc\n' >f
	run bash -c 'mote cat f >>f'
	assert_failure 1
	assert_output --partial "input file is output file"
	assert_equal "$(cat f)" "abc"
}
@test "cat: no writable and executable mapping, stack not executable" {
	[ -z "$MOTE_RUN" ] || skip "maps under qemu-user are qemu's"
	[ "$MOTE_BUILD" != hosted ] || skip "libc and ASan map what they like"
	run mote cat /proc/self/maps
	assert_success
	refute_output --regexp ' [r-]wx[ps] '
	assert_output --regexp 'rw-p .*\[stack\]'
}
