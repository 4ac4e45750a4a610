#!/usr/bin/env bats
load helper

setup() { cd "$BATS_TEST_TMPDIR"; }

@test "rmdir: empty directories" {
	mkdir a 'b c' "$(printf 'n\nl\x80')"
	mote rmdir a 'b c' "$(printf 'n\nl\x80')"
	assert_equal "$(ls)" ""
}
@test "rmdir: -p removes the parents named" {
	mkdir -p a/b/c x/y
	mote rmdir -p a/b/c/ x//y
	[ ! -e a ] && [ ! -e x ]
}
@test "rmdir: -p stops at a parent that is not empty, exit 1" {
	mkdir -p a/b/c a/keep
	run mote rmdir -p a/b/c
	assert_failure 1
	assert_output "rmdir: a: Directory not empty"
	[ -d a/keep ] && [ ! -e a/b ]
}
@test "rmdir: not empty, missing, a file: messages, the rest removed" {
	mkdir -p full/x empty
	touch f
	run mote rmdir full nosuch f empty
	assert_failure 1
	assert_line --index 0 "rmdir: full: Directory not empty"
	assert_line --index 1 "rmdir: nosuch: No such file or directory"
	assert_line --index 2 "rmdir: f: Not a directory"
	[ ! -e empty ]
}
@test "rmdir: bad option, no operand" {
	run mote rmdir -Z x
	assert_failure 1
	assert_output --partial "usage: rmdir"
	run mote rmdir
	assert_failure 1
}
