#!/usr/bin/env bats
load helper

need_uts() {
	command -v unshare >/dev/null || skip "no unshare"
	unshare -u true 2>/dev/null || skip "no UTS namespaces here"
}

@test "hostname: prints the host name as hostname(1) does" { same_as_gnu hostname; }
@test "hostname: sets the host name (in a UTS namespace)" {
	need_uts
	for n in a foo.example.org x-y_z $(printf 'h%.0s' $(seq 1 64)); do
		run unshare -u bash -c "mote hostname '$n' && mote hostname && hostname"
		assert_success
		assert_output "$(printf '%s\n%s' "$n" "$n")"
	done
}
@test "hostname: a name over 64 bytes is refused" {
	need_uts
	run unshare -u bash -c "mote hostname $(printf 'h%.0s' $(seq 1 65))"
	assert_failure 1
	assert_output --partial "Invalid argument"
}
@test "hostname: setting without privilege fails" {
	need_setpriv
	run as_nobody "$MOTE_BIN/hostname" newname
	[ -n "$MOTE_RUN" ] && run as_nobody $MOTE_RUN "$MOTE_BIN/hostname" newname
	assert_failure 1
	assert_output "hostname: newname: Operation not permitted"
	[ "$(hostname)" != newname ]
}
@test "hostname: options and extra operands are usage errors" {
	run mote hostname -x
	assert_failure 1
	assert_output "usage: hostname [NAME]"
	run mote hostname a b
	assert_failure 1
}
@test "hostname: /dev/full is a write error, status 1" {
	run bash -c 'mote hostname >/dev/full'
	assert_failure 1
	assert_output "hostname: write error"
}
@test "hostname: closed stdout is a write error, status 1" {
	run bash -c 'mote hostname >&-'
	assert_failure 1
	assert_output "hostname: write error"
}
