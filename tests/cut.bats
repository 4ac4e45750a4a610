#!/usr/bin/env bats
load helper
load gen

setup() {
	cd "$BATS_TEST_TMPDIR"
	gen_inputs
}

@test "cut: -b -c -f with lists on generated inputs match coreutils" {
	for f in lines mixed nonl empty bin long; do
		for l in 1 2 1-3 3- -2 1,3 '1 4' 2,5- 3-3,1 1-2,4- 5,1-2 100 1-199999 200000- 1,1,1; do
			same_as_gnu cut -b "$l" $f
			same_as_gnu cut -c "$l" $f
			same_as_gnu cut -b "$l" -n $f
			same_as_gnu cut -f "$l" $f
			same_as_gnu cut -f "$l" -d ' ' $f
			same_as_gnu cut -s -f "$l" -d : $f
		done
	done
}
@test "cut: several files, stdin" {
	same_as_gnu cut -f 2 lines nonl mixed
	STDIN=mixed same_as_gnu cut -d ' ' -f 1
	STDIN=mixed same_as_gnu cut -c 1-2 lines - nonl
}
@test "cut: usage and list errors" {
	for a in "" "-z 1" "-b 1 -c 1" "-d x -b 1" "-s -c 1" "-f 1 -d xy"; do
		run mote cut $a lines
		assert_failure 1
		assert_output --partial "usage: cut"
	done
	for l in 0 3-1 - a 1-a ,; do
		same_as_gnu cut -f "$l" lines
	done
}
@test "cut: missing file and directory: message, goes on, exit 1" {
	mkdir d
	same_as_gnu cut -f 1 nosuch d nonl
	run mote cut -f 1 nosuch d nonl
	assert_failure 1
	assert_output --partial "cut: nosuch: No such file or directory"
	assert_output --partial "cut: d: Is a directory"
}
@test "cut: write errors" {
	run bash -c 'mote cut -f 1 lines >/dev/full'
	assert_failure 1
	assert_output --partial "cut: write error: No space left on device"
	run bash -c 'mote cut -f 1 lines >&-'
	assert_failure 1
	assert_output --partial "cut: write error"
}
