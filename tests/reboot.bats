#!/usr/bin/env bats
# reboot, poweroff and halt for real are the boot test's (init in the VM
# acts on them, tests/boot.bats).  Here they run only as a user without
# the right to, so the host is never at risk.
load helper

refused() {
	need_setpriv
	run as_nobody "$MOTE_BIN/$1" ${2:+"$2"}
	[ -n "$MOTE_RUN" ] && run as_nobody $MOTE_RUN "$MOTE_BIN/$1" ${2:+"$2"}
	assert_failure 1
	assert_output "$1: Operation not permitted"
}

@test "reboot: signalling init needs the right to" { refused reboot; }
@test "reboot: -f needs the right to" { refused reboot -f; }
@test "poweroff: signalling init needs the right to" { refused poweroff; }
@test "poweroff: -f needs the right to" { refused poweroff -f; }
@test "halt: signalling init needs the right to" { refused halt; }
@test "halt: -f needs the right to" { refused halt -f; }
@test "reboot, poweroff, halt: usage errors" {
	for u in reboot poweroff halt; do
		run mote $u -x
		assert_failure 1
		assert_output "usage: $u [-f]"
	done
}
