#!/usr/bin/env bats
load helper
load gen

setup() {
	cd "$BATS_TEST_TMPDIR"
	gen_inputs
	head -c 100000 /dev/urandom >r1
	cp r1 r2
	printf 'x' | dd of=r2 bs=1 seek=70000 conv=notrunc 2>/dev/null
	printf 'y' | dd of=r2 bs=1 seek=5 conv=notrunc 2>/dev/null
	head -c 50000 r1 >r3
	sed 's/line/lime/g' lines >lines2
}

@test "cmp: generated pairs, default, -l, -s match diffutils" {
	for p in "r1 r2" "r1 r3" "r3 r1" "lines lines2" "lines lines" "lines nonl" "nonl lines" \
		"empty lines" "lines empty" "empty empty" "bin bin" "bin r1" "long lines" "mixed lines"; do
		same_as_gnu cmp $p
		same_as_gnu cmp -l $p
		same_as_gnu cmp -s $p
	done
}
@test "cmp: stdin as - and as the missing second operand" {
	STDIN=r2 same_as_gnu cmp r1 -
	STDIN=r2 same_as_gnu cmp -l r1
	STDIN=r1 same_as_gnu cmp - r1
	run bash -c 'cat r2 | mote cmp -l r1 -'
	assert_output "$(cat r2 | cmp -l r1 -)"
}
@test "cmp: EOF message on stderr" {
	printf 'a\nb\n' >k1
	printf 'a\nb\nc' >k2
	printf 'a\nb' >k3
	run mote cmp k1 k2
	assert_failure 1
	assert_output "cmp: EOF on k1 after byte 4, line 2"
	run mote cmp k3 k2
	assert_output "cmp: EOF on k3 after byte 3, in line 2"
	run mote cmp empty k2
	assert_output "cmp: EOF on empty which is empty"
	run mote cmp -l k1 k2
	assert_output "cmp: EOF on k1 after byte 4"
}
@test "cmp: usage errors exit 2" {
	for a in "-z a b" "" "-l -s a b" "a b c"; do
		run mote cmp $a
		assert_failure 2
		assert_output --partial "usage: cmp"
	done
}
@test "cmp: missing file, directory: exit 2, silent with -s" {
	mkdir d
	run mote cmp nosuch lines
	assert_failure 2
	assert_output "cmp: nosuch: No such file or directory"
	run mote cmp lines d
	assert_failure 2
	assert_output "cmp: d: Is a directory"
	run mote cmp -s nosuch lines
	assert_failure 2
	assert_output ""
}
@test "cmp: permission denied" {
	need_setpriv
	chmod 000 lines
	chmod 755 "$BATS_TEST_TMPDIR"
	run as_nobody $MOTE_RUN "$MOTE_BIN/cmp" "$BATS_TEST_TMPDIR/lines" "$BATS_TEST_TMPDIR/nonl"
	assert_failure 2
	assert_output --partial "Permission denied"
}
@test "cmp: write errors exit 2" {
	run bash -c 'mote cmp -l r1 r2 >/dev/full'
	assert_failure 2
	assert_output --partial "cmp: write error: No space left on device"
	run bash -c 'mote cmp r1 r2 >&-'
	assert_failure 2
	assert_output --partial "cmp: write error"
}
