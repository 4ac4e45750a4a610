#!/usr/bin/env bats
load helper

setup() { cd "$BATS_TEST_TMPDIR"; }

@test "mknod: fifo, character and block devices, same as GNU" {
	mknod gp p; mote mknod mp p
	mknod gc c 1 3; mote mknod mc c 1 3
	# qemu-i386 sign-extends a device number with bit 31 set, and the
	# host refuses that: the largest minor there is 2^19 - 1.
	local min=1048575
	[ "$MOTE_RUN" != qemu-i386 ] || min=524287
	mknod gu u 4095 $min; mote mknod mu u 4095 $min
	mknod gb b 8 300; mote mknod mb b 8 300
	for t in p c u b; do
		assert_equal "$(stat -c '%F %a %t %T' m$t)" "$(stat -c '%F %a %t %T' g$t)"
	done
}
@test "mknod: -m sets the mode exactly, same as GNU" {
	umask 077
	for m in 600 666 0 u=rw,go=r a=rw; do
		mknod -m "$m" "g$m" p
		mote mknod -m "$m" "m$m" p
		assert_equal "$(stat -c %a "m$m")" "$(stat -c %a "g$m")"
	done
}
@test "mknod: existing name, missing directory" {
	touch f
	run mote mknod f p
	assert_failure 1
	assert_output "mknod: f: File exists"
	run mote mknod no/such p
	assert_failure 1
	assert_output "mknod: no/such: No such file or directory"
}
@test "mknod: bad type, numbers or mode are usage errors" {
	for args in "x q" "x c" "x c 1" "x c 1 2 3" "x p 1 2" "x c a 1" "x b 4096 0" "x" ""; do
		run mote mknod $args
		assert_failure 1
	done
	run mote mknod -m bogus x p
	assert_failure 1
	[ ! -e x ]
}
