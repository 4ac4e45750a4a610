#!/usr/bin/env bats
load helper
load gen

setup() {
	cd "$BATS_TEST_TMPDIR"
	gen_inputs
}

@test "head: default, -n, -c on generated inputs match coreutils" {
	for f in lines nonl empty bin long mixed; do
		same_as_gnu head $f
		for n in 0 1 3 10 299 300 301 100000; do
			same_as_gnu head -n $n $f
			same_as_gnu head -c $n $f
			same_as_gnu head -n$n $f
		done
	done
}
@test "head: the old form -N, as coreutils reads it" {
	for n in 1 3 300; do
		same_as_gnu head -$n lines
		STDIN=lines same_as_gnu head -$n
	done
	same_as_gnu head -2 lines nonl
}
@test "head: stdin, -, several files with headers" {
	STDIN=lines same_as_gnu head
	STDIN=nonl same_as_gnu head -n 2 -
	STDIN=nonl same_as_gnu head -n 2 lines - nonl
	same_as_gnu head -c 5 lines nonl empty
}
@test "head: pipe input" {
	run bash -c 'cat lines | mote head -n 3'
	assert_success
	assert_output "$(head -n 3 lines)"
}
@test "head: bad option and bad number are errors" {
	run mote head -z lines
	assert_failure 1
	assert_output --partial "usage: head"
	run mote head -n x lines
	assert_failure 1
	run mote head -n
	assert_failure 1
}
@test "head: missing file and directory: message, goes on, exit 1" {
	mkdir d
	run mote head -n1 nosuch d nonl
	assert_failure 1
	assert_output --partial "head: nosuch: No such file or directory"
	assert_output --partial "head: d: Is a directory"
	assert_output --partial "one"
}
@test "head: permission denied" {
	need_setpriv
	chmod 000 lines
	chmod 755 "$BATS_TEST_TMPDIR"
	run as_nobody $MOTE_RUN "$MOTE_BIN/head" "$BATS_TEST_TMPDIR/lines"
	assert_failure 1
	assert_output --partial "Permission denied"
}
@test "head: write errors: /dev/full and closed stdout" {
	run bash -c 'mote head lines >/dev/full'
	assert_failure 1
	assert_output --partial "head: write error: No space left on device"
	run bash -c 'mote head lines >&-'
	assert_failure 1
	assert_output --partial "head: write error"
}

@test "head: counts past 4 G are 64-bit on every arch" {
	same_as_gnu head -c 4294967297 lines
	same_as_gnu head -n 4294967297 lines
	same_as_gnu head -c 18446744073709551615 lines
	same_as_gnu head -c 18446744073709551616 lines
}
