#!/usr/bin/env bats
load helper
load gen

setup() {
	cd "$BATS_TEST_TMPDIR"
	gen_inputs
	sort mixed >sorted
	printf 'a\na\nb\n\n\n c\n  c\nd\nd' >nl
}

@test "uniq: options on generated inputs match coreutils" {
	for f in sorted mixed lines nonl empty bin long nl; do
		for o in "" -c -d -u -cd -cu -du "-f 1" "-s 2" "-f 1 -s 1 -c" "-f 2 -d" "-s 100" -f0; do
			same_as_gnu uniq $o $f
		done
	done
}
@test "uniq: stdin, - and an output operand" {
	STDIN=sorted same_as_gnu uniq -c
	STDIN=sorted same_as_gnu uniq -c -
	mote uniq -c sorted out
	uniq -c sorted | cmp - out
	mote uniq sorted - >out2
	uniq sorted | cmp - out2
}
@test "uniq: usage errors" {
	for a in "-z" "-f x" "-s" "a b c"; do
		run mote uniq $a
		assert_failure 1
		assert_output --partial "usage: uniq"
	done
}
@test "uniq: missing input, directory, unwritable output" {
	mkdir d
	run mote uniq nosuch
	assert_failure 1
	assert_output "uniq: nosuch: No such file or directory"
	run mote uniq d
	assert_failure 1
	assert_output "uniq: d: Is a directory"
	run mote uniq sorted d
	assert_failure 1
	assert_output "uniq: d: Is a directory"
}
@test "uniq: write errors" {
	run bash -c 'mote uniq sorted >/dev/full'
	assert_failure 1
	assert_output --partial "uniq: write error: No space left on device"
	run bash -c 'mote uniq sorted >&-'
	assert_failure 1
	assert_output --partial "uniq: write error"
}
