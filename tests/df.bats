#!/usr/bin/env bats
load helper

teardown() {
	umount "$BATS_TEST_TMPDIR/big" 2>/dev/null || true
}

# Only file systems whose numbers hold still while the test runs.
@test "df: quiet file systems, same as GNU" {
	for f in /proc /sys /dev /dev/null /sys/fs/cgroup; do
		[ -e "$f" ] || continue
		same_as_gnu df "$f"
		same_as_gnu df -P "$f"
		same_as_gnu df -k "$f"
		same_as_gnu df -h "$f"
		same_as_gnu df -Ph "$f"
	done
	same_as_gnu df -P /proc /sys /dev
}
@test "df: the root file system, same columns as GNU" {
	run mote df -P /
	assert_success
	assert_line --index 0 "$(df -P / | head -1)"
	assert_equal "$(echo "${lines[1]}" | awk '{print $1, $NF}')" "$(df -P / | awk 'NR == 2 {print $1, $NF}')"
	run mote df "$BATS_TEST_TMPDIR"
	assert_success
	assert_equal "$(echo "${lines[1]}" | awk '{print $1, $NF}')" "$(df "$BATS_TEST_TMPDIR" | awk 'NR == 2 {print $1, $NF}')"
}
@test "df: every file system, the same list as GNU" {
	assert_equal "$(mote df | awk '{print $1, $NF}')" "$(df | awk '{print $1, $NF}')"
	assert_equal "$(mote df -h | awk '{print $1, $2, $NF}')" "$(df -h | awk '{print $1, $2, $NF}')"
}
@test "df: missing operand: message, exit 1, the rest shown" {
	run mote df nosuch /proc
	assert_failure 1
	assert_output --partial "df: nosuch: No such file or directory"
	assert_output --partial "/proc"
}
@test "df: write errors, usage" {
	run bash -c 'mote df / >/dev/full'
	assert_failure 1
	assert_output --partial "df: write error: No space left on device"
	run mote df -Z
	assert_failure 1
	assert_output --partial "usage: df"
}
@test "df: file systems past 2^32 KiB halves and 2^32 blocks, same as GNU" {
	# tmpfs sizes are limits, not memory: 3 TiB and 20 TiB cost nothing.
	mkdir "$BATS_TEST_TMPDIR/big"
	for size in 3T 20T; do
		mount -t tmpfs -o size=$size mote-df "$BATS_TEST_TMPDIR/big" 2>/dev/null || skip "cannot mount a tmpfs"
		same_as_gnu df "$BATS_TEST_TMPDIR/big"
		same_as_gnu df -P "$BATS_TEST_TMPDIR/big"
		same_as_gnu df -h "$BATS_TEST_TMPDIR/big"
		umount "$BATS_TEST_TMPDIR/big"
	done
}
