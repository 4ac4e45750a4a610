#!/usr/bin/env bats
# In a mount namespace of its own (unshare -m), as in mount.bats.
load helper

setup() {
	[ "$(id -u)" = 0 ] || skip "mounting needs root"
	unshare -m true 2>/dev/null || skip "unshare -m not permitted here"
	cd "$BATS_TEST_TMPDIR"
	mkdir a b
}

@test "umount: unmounts each operand" {
	run unshare -m bash -c 'mount -t tmpfs none a && mount -t tmpfs none b && mote umount a b &&
		grep -c " $PWD/[ab] " /proc/mounts'
	assert_output "0"
}
@test "umount: a busy file system is refused, -l detaches it anyway" {
	run unshare -m bash -c 'mount -t tmpfs none a && exec 3>a/f && mote umount a; echo "status $?";
		mote umount -l a && grep -c " $PWD/a " /proc/mounts'
	assert_line "umount: a: Device or resource busy"
	assert_line "status 1"
	assert_line "0"
}
@test "umount: not a mount point: message, goes on, exit 1" {
	run unshare -m bash -c 'mount -t tmpfs none b && mote umount a b; echo "status $?"; grep -c " $PWD/b " /proc/mounts'
	assert_line "umount: a: Invalid argument"
	assert_line "status 1"
	assert_line "0"
}
@test "umount: missing folder" {
	run mote umount nosuch
	assert_failure 1
	assert_output "umount: nosuch: No such file or directory"
}
@test "umount: usage errors" {
	run mote umount
	assert_failure 1
	assert_output --partial "usage: umount"
	run mote umount -x a
	assert_failure 1
}
