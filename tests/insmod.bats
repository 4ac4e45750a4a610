#!/usr/bin/env bats
# Loading a real module is the boot test's (it changes the kernel); here,
# the failures.
load helper

@test "insmod: missing file" {
	run mote insmod "$BATS_TEST_TMPDIR/nosuch.ko"
	assert_failure 1
	assert_output "insmod: $BATS_TEST_TMPDIR/nosuch.ko: No such file or directory"
}
@test "insmod: not a module is refused by the kernel" {
	echo "not a module" >"$BATS_TEST_TMPDIR/bad.ko"
	run mote insmod "$BATS_TEST_TMPDIR/bad.ko" a=1 b=2
	assert_failure 1
	assert_output --regexp "^insmod: $BATS_TEST_TMPDIR/bad.ko: "
}
@test "insmod: as a non-root user, refused" {
	need_setpriv
	# Any file nobody may read: the kernel checks the right first.
	# shellcheck disable=SC2086
	run as_nobody $MOTE_RUN "$MOTE_BIN/insmod" /etc/passwd
	assert_failure 1
	# Or ENOSYS, on a kernel built without modules.
	assert_output --regexp "^insmod: /etc/passwd: (Operation not permitted|error 38)\$"
}
@test "insmod: usage errors" {
	run mote insmod
	assert_failure 1
	assert_output --partial "usage: insmod"
	run mote insmod -x f
	assert_failure 1
}
