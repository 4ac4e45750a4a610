#!/usr/bin/env bats
load helper

setup() {
	cd "$BATS_TEST_TMPDIR"
	mkdir -p d/sub
	touch d/f
	ln -s d/f l1
	ln -s l1 l2
	ln -s ../d/sub d/up
	ln -s "$(printf 'sp ace\nnl\x80')" odd
	ln -s nowhere dangling
	ln -s loop2 loop1
	ln -s loop1 loop2
}

@test "readlink: targets, same as GNU" {
	for f in l1 l2 d/up odd dangling; do
		same_as_gnu readlink "$f"
		same_as_gnu readlink -n "$f"
	done
	same_as_gnu readlink l1 l2 odd
}
@test "readlink: not a link, missing: quiet exit 1, as GNU" {
	for f in d/f d nosuch; do
		same_as_gnu readlink "$f"
	done
	run mote readlink d/f l1
	assert_failure 1
	assert_output d/f
}
@test "readlink -f: canonical paths, same as GNU" {
	for f in l1 l2 d/up d/up/.. ./d//sub/../f dangling d/nosuch . / /proc/self/.. "$BATS_TEST_TMPDIR/l2"; do
		same_as_gnu readlink -f "$f"
	done
}
@test "readlink -f: a missing directory, a loop: exit 1" {
	same_as_gnu readlink -f nosuch/x
	same_as_gnu readlink -f loop1
}
@test "readlink: /dev/full is a write error" {
	run bash -c 'mote readlink l1 >/dev/full'
	assert_failure 1
	assert_output --partial "readlink: write error"
}
@test "readlink: usage" {
	run mote readlink
	assert_failure 1
	run mote readlink -Z l1
	assert_failure 1
	assert_output --partial "usage: readlink"
}
