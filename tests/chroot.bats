#!/usr/bin/env bats
load helper
bats_require_minimum_version 1.5.0

setup() {
	cd "$BATS_TEST_TMPDIR"
	# a minimal root: mote's own static echo and true
	[ "$MOTE_BUILD" != hosted ] && [ -z "$MOTE_RUN" ] || return 0
	mkdir -p root/bin root/usr/bin
	cp "$MOTE_BIN/echo" root/bin/echo
	cp "$MOTE_BIN/true" root/usr/bin/true
	cp "$MOTE_BIN/pwd" root/bin/pwd
}

static_only() {
	[ "$MOTE_BUILD" != hosted ] && [ -z "$MOTE_RUN" ] || skip "needs static binaries inside the root"
}

@test "chroot: runs a command in the new root, looked up in PATH" {
	static_only
	run mote chroot root echo hi
	assert_success
	assert_output hi
	run mote chroot root true
	assert_success
	run mote chroot root pwd
	assert_output /
	PATH=/usr/bin run -127 mote chroot root echo x
	assert_failure 127
}
@test "chroot: a command path with a slash" {
	static_only
	run mote chroot root /bin/echo a b
	assert_output "a b"
}
@test "chroot: / and the system's commands" {
	run mote chroot / sh -c 'echo $0 ok'
	assert_output "sh ok"
}
@test "chroot: missing root is 125, missing command 127, not runnable 126" {
	run mote chroot nosuch true
	assert_failure 125
	assert_output "chroot: nosuch: No such file or directory"
	run -127 mote chroot / nosuchcommand
	assert_failure 127
	run mote chroot / /etc/passwd
	assert_failure 126
}
@test "chroot: not permitted as a non-root user" {
	need_setpriv
	run as_nobody $MOTE_RUN "$MOTE_BIN/chroot" / true
	assert_failure 125
	assert_output --partial "Operation not permitted"
}
@test "chroot: no operand is a usage error, status 125" {
	run mote chroot
	assert_failure 125
	assert_output --partial "usage: chroot"
}
