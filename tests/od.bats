#!/usr/bin/env bats
load helper
load gen

setup() {
	cd "$BATS_TEST_TMPDIR"
	gen_inputs
	head -c 1000 /dev/urandom >r
	{ head -c 100 r; head -c 200 /dev/zero; head -c 37 r; } >z
}

@test "od: -j on standard input already past its start, as coreutils" {
	seq 1 3000 >s
	exp=$( { dd bs=100 count=1 status=none >/dev/null; od -c -j 2 -N 8; } <s)
	run bash -c 'dd bs=100 count=1 status=none >/dev/null; mote od -c -j 2 -N 8' <s
	assert_success
	assert_output "$exp"
	run bash -c 'dd bs=100 count=1 status=none >/dev/null; mote wc -c' <s
	assert_output "$(stat -c %s s | awk '{ print $1 - 100 }')"
}
@test "od: types, sizes and radixes on generated inputs match coreutils" {
	for f in bin z nonl empty r; do
		same_as_gnu od $f
		for t in c x1 o1 d1 u1 x2 o2 d2 u2 x4 o4 d4 u4 x8 o8 d8 u8 d o u x x1c "d1 -t x2" "o1 -t c -t x4"; do
			same_as_gnu od -t $t $f
		done
		for a in d o x n; do
			same_as_gnu od -A $a -t x1 $f
		done
		for o in -b -c -d -o -s -x -v -bc; do
			same_as_gnu od $o $f
		done
	done
}
@test "od: -j, -N, several files as one stream, stdin" {
	for j in 0 1 15 16 17 400 2000; do
		for n in 0 1 16 33 1000; do
			[ $j = 2000 ] && [ $n = 0 ] && continue # GNU prints address 0 there
			same_as_gnu od -j $j -N $n -t x1 r z
		done
	done
	STDIN=nonl same_as_gnu od -c nonl - bin
	STDIN=z same_as_gnu od -A x -t x2
}
@test "od: repeated lines are starred, -v shows them" {
	head -c 1000 /dev/zero >zeros
	same_as_gnu od zeros
	same_as_gnu od -v zeros
	same_as_gnu od -N 40 zeros
}
@test "od: bad option and bad type are usage errors" {
	for a in "-z" "-t q" "-t x3" "-A q" "-j x" "-t"; do
		run mote od $a r
		assert_failure 1
		assert_output --partial "usage: od"
	done
}
@test "od: missing file and directory: message, goes on, exit 1" {
	mkdir d
	same_as_gnu od -c nosuch d nonl
	run mote od nosuch d nonl
	assert_failure 1
	assert_output --partial "od: nosuch: No such file or directory"
	assert_output --partial "od: d: Is a directory"
}
@test "od: write errors: /dev/full and closed stdout" {
	run bash -c 'mote od r >/dev/full'
	assert_failure 1
	assert_output --partial "od: write error: No space left on device"
	run bash -c 'mote od r >&-'
	assert_failure 1
	assert_output --partial "od: write error"
}

@test "od: -j and -N past 4 GiB: 64-bit on every arch, regular files seeked" {
	truncate -s 5G big
	printf 'a\nEND\n' >>big
	printf 'xy' >small
	same_as_gnu od -j 5368709120 big
	same_as_gnu od -A x -j 5368709121 -N 3 -c big
	same_as_gnu od -A d -j 5368709128 big small
	same_as_gnu od -A d -j 5368709127 -c big small
	same_as_gnu od -j 5368709129 big small
	same_as_gnu od -N 4294967297 -c small
	STDIN=big same_as_gnu od -j 5368709124 -c
	STDIN=small same_as_gnu od -j 5368709120 -c - big
}
