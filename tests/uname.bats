#!/usr/bin/env bats
load helper

# qemu-user reports the machine it emulates, so under MOTE_RUN coreutils'
# uname stands in with that machine (checked against ARCH) for the host's.
setup() {
	[ -n "$MOTE_RUN" ] || return 0
	local m
	m=$(mote uname -m)
	case ${ARCH:-}:$m in
	i386:i?86 | aarch64:aarch64 | riscv64:riscv64) ;;
	*) fail "uname -m under $MOTE_RUN: $m" ;;
	esac
	mkdir -p "$BATS_TEST_TMPDIR/bin"
	printf '#!/bin/bash\nset -o pipefail\n%s "$@" | sed "s/%s\\$/%s/"\n' \
		"$(command -v uname)" "$(uname -m)" "$m" >"$BATS_TEST_TMPDIR/bin/uname"
	chmod +x "$BATS_TEST_TMPDIR/bin/uname"
	PATH=$BATS_TEST_TMPDIR/bin:$PATH
}

@test "uname: no option is -s" { same_as_gnu uname; }
@test "uname: each option matches coreutils" {
	for o in -s -n -r -v -m; do same_as_gnu uname $o; done
}
@test "uname: every combination, in any order, matches coreutils" {
	for i in $(seq 1 31); do
		opts= letters=snrvm
		for j in 0 1 2 3 4; do
			if [ $((i >> j & 1)) = 1 ]; then opts="$opts ${letters:j:1}"; fi
		done
		# shellcheck disable=SC2086
		set -- $opts
		same_as_gnu uname "${@/#/-}"
		joined=-$(printf '%s' "$@" | rev)
		same_as_gnu uname "$joined"
	done
}
@test "uname: -a is POSIX's -snrvm" {
	run mote uname -a
	assert_success
	assert_output "$(uname -snrvm)"
	run mote uname -a -s
	assert_output "$(uname -snrvm)"
}
@test "uname: -- ends options" { same_as_gnu uname -- ; same_as_gnu uname -n --; }
@test "uname: bad option and operands are usage errors" {
	same_as_gnu uname -x
	same_as_gnu uname x
	run mote uname -q
	assert_failure 1
	assert_output "usage: uname [-amnrsv]"
}
@test "uname: the node name follows the UTS namespace" {
	command -v unshare >/dev/null || skip "no unshare"
	unshare -u true 2>/dev/null || skip "no UTS namespaces here"
	run unshare -u bash -c 'hostname test-node.example && mote uname -n'
	assert_output "test-node.example"
}
@test "uname: /dev/full is a write error, status 1" {
	run bash -c 'mote uname -a >/dev/full'
	assert_failure 1
	assert_output "uname: write error"
}
@test "uname: closed stdout is a write error, status 1" {
	run bash -c 'mote uname >&-'
	assert_failure 1
	assert_output "uname: write error"
}
