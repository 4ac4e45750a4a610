#!/usr/bin/env bats
# Reading the kernel log needs root where dmesg_restrict is set; clearing
# it and the console level are left to the boot test (they change the host).
load helper

need_log() {
	[ "$(id -u)" = 0 ] || [ "$(cat /proc/sys/kernel/dmesg_restrict)" = 0 ] || skip "reading the log needs root"
}

@test "dmesg: the log as util-linux prints it from syslog(2)" {
	need_log
	command -v dmesg >/dev/null || skip "util-linux dmesg not installed"
	# The log may grow between the two reads: compare what both have.
	mote dmesg >mote.out
	dmesg -S >gnu.out
	n=$(wc -l <mote.out)
	[ "$n" -gt 1 ]
	head -n "$n" gnu.out | cmp - mote.out
}
@test "dmesg: -r keeps the priorities" {
	need_log
	run mote dmesg -r
	assert_success
	assert_line --index 0 --regexp '^<[0-9]+>\[ *[0-9]+\.[0-9]+\] '
}
@test "dmesg: no line keeps a priority without -r" {
	need_log
	run mote dmesg
	refute_line --regexp '^<[0-9]+>'
}
@test "dmesg: as a non-root user where the log is restricted" {
	need_setpriv
	[ "$(cat /proc/sys/kernel/dmesg_restrict)" = 1 ] || skip "dmesg_restrict is off"
	run as_nobody "$MOTE_BIN/dmesg"
	[ -n "$MOTE_RUN" ] && run as_nobody $MOTE_RUN "$MOTE_BIN/dmesg"
	assert_failure 1
	assert_output "dmesg: syslog: Operation not permitted"
}
@test "dmesg: usage errors" {
	run mote dmesg -z
	assert_failure 1
	assert_output --partial "usage: dmesg"
	run mote dmesg -n x
	assert_failure 1
	run mote dmesg x
	assert_failure 1
}
@test "dmesg: /dev/full is a write error" {
	need_log
	run bash -c 'mote dmesg >/dev/full'
	assert_failure 1
	assert_output --partial "dmesg: write error"
}

setup() {
	cd "$BATS_TEST_TMPDIR"
}
