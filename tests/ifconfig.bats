#!/usr/bin/env bats
# Setting addresses happens in a network namespace of its own (unshare -n),
# whose lo starts down and without an address.
load helper

need_netns() {
	[ "$(id -u)" = 0 ] || skip "setting up interfaces needs root"
	unshare -n true 2>/dev/null || skip "unshare -n not permitted here"
}

@test "ifconfig: lists every interface of /proc/net/dev" {
	run mote ifconfig
	assert_success
	for i in $(awk -F: 'NR > 2 { gsub(/ /, "", $1); print $1 }' /proc/net/dev); do
		assert_line --regexp "^$i: flags=[0-9]+<"
	done
}
@test "ifconfig: lo, with its flags and address" {
	ip -4 addr show lo | grep -q 'inet 127.0.0.1/8' || skip "lo is not 127.0.0.1/8 here"
	run mote ifconfig lo
	assert_success
	assert_line --index 0 --regexp '^lo: flags=[0-9]+<UP,LOOPBACK,RUNNING>$'
	assert_line --index 1 "        inet 127.0.0.1  netmask 255.0.0.0"
}
@test "ifconfig: a down interface without address" {
	need_netns
	run unshare -n bash -c 'mote ifconfig lo'
	assert_success
	assert_output "lo: flags=8<LOOPBACK>"
}
@test "ifconfig: brings lo up with an address, as ip sees it" {
	need_netns
	run unshare -n bash -c 'mote ifconfig lo 127.0.0.1 up && ip -4 -o addr show lo && ip -o link show lo && mote ifconfig lo'
	assert_success
	assert_line --regexp 'inet 127\.0\.0\.1/8 '
	assert_line --regexp '<LOOPBACK,UP,LOWER_UP>'
	assert_line "        inet 127.0.0.1  netmask 255.0.0.0"
}
@test "ifconfig: netmask, then down" {
	need_netns
	# (Up, lo gets 127.0.0.1 too, which would come first.)
	run unshare -n bash -c 'mote ifconfig lo 10.1.2.3 netmask 255.255.0.0 && ip -4 -o addr show lo && mote ifconfig lo &&
		mote ifconfig lo up down && mote ifconfig lo'
	assert_success
	assert_line --regexp 'inet 10\.1\.2\.3/16 '
	assert_line --index 1 "lo: flags=8<LOOPBACK>"
	assert_line --index 2 "        inet 10.1.2.3  netmask 255.255.0.0"
	assert_line --index 3 "lo: flags=8<LOOPBACK>"
}
@test "ifconfig: no such interface" {
	run mote ifconfig nosuch0
	assert_failure 1
	assert_output "ifconfig: nosuch0: No such device"
	need_netns
	run unshare -n bash -c 'mote ifconfig nosuch0 up'
	assert_failure 1
	assert_output "ifconfig: nosuch0: No such device"
}
@test "ifconfig: bad addresses" {
	for a in 1.2.3 1.2.3.4.5 256.1.1.1 1..2.3 a.b.c.d 1.2.3.4x ""; do
		run mote ifconfig lo "$a"
		assert_failure 1
		assert_output "ifconfig: $a: bad address"
	done
	run mote ifconfig lo netmask 1.2.3
	assert_failure 1
}
@test "ifconfig: as a non-root user, refused" {
	need_setpriv
	run as_nobody "$MOTE_BIN/ifconfig" lo down
	[ -n "$MOTE_RUN" ] && run as_nobody $MOTE_RUN "$MOTE_BIN/ifconfig" lo down
	assert_failure 1
	assert_output "ifconfig: lo: Operation not permitted"
}
@test "ifconfig: usage errors" {
	run mote ifconfig -a
	assert_failure 1
	assert_output --partial "usage: ifconfig"
	run mote ifconfig lo netmask
	assert_failure 1
}
@test "ifconfig: /dev/full is a write error" {
	run bash -c 'mote ifconfig >/dev/full'
	assert_failure 1
	assert_output --partial "ifconfig: write error"
}
