#!/usr/bin/env bats
# The boot test loads a module and lists it; here, the host's list.
load helper

@test "lsmod: the table kmod prints" {
	[ -r /proc/modules ] || skip "no /proc/modules here (kernel without modules)"
	run mote lsmod
	assert_success
	assert_line --index 0 "Module                  Size  Used by"
	if command -v lsmod >/dev/null; then
		assert_output "$(lsmod)"
	fi
}
@test "lsmod: without /proc/modules, an error" {
	[ ! -e /proc/modules ] || skip "/proc/modules exists here"
	run mote lsmod
	assert_failure 1
	assert_output "lsmod: /proc/modules: No such file or directory"
}
@test "lsmod: an operand is a usage error" {
	run mote lsmod x
	assert_failure 1
	assert_output --partial "usage: lsmod"
}
@test "lsmod: /dev/full is a write error" {
	[ -r /proc/modules ] || skip "no /proc/modules here"
	run bash -c 'mote lsmod >/dev/full'
	assert_failure 1
	assert_output --partial "lsmod: write error"
}
