#!/usr/bin/env bats
# lib/sys.h on this ARCH: tests/sysprobe.c calls the wrappers with offsets
# past 4 GiB and times past 2038, and checks what comes back.
load helper

setup() {
	[ "$MOTE_BUILD" != hosted ] || skip "tiny build only: the hosted build has libc's layer"
	ARCH=${ARCH:-x86_64}
	make -s -C "$MOTE_ROOT" ARCH="$ARCH" "build/$ARCH/elf/sysprobe" >/dev/null
	cd "$BATS_TEST_TMPDIR"
}

@test "sys: the wrappers behave the same on every architecture" {
	run $MOTE_RUN "$MOTE_ROOT/build/$ARCH/elf/sysprobe"
	assert_success
	assert_output ok
}
