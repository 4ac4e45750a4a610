#!/usr/bin/env bats
load helper
load gen

setup() {
	cd "$BATS_TEST_TMPDIR"
	gen_inputs
	LC_ALL=C awk 'BEGIN { srand(5); c = "aAbBzZ  ,.:;-\t09\001\177\200\351\377";
		for (i = 0; i < 1500; i++) { n = int(rand() * 8); s = "";
		for (j = 0; j < n; j++) s = s substr(c, int(rand() * length(c)) + 1, 1);
		print s } }' >fold
	awk 'BEGIN { srand(3); for (i = 0; i < 2000; i++) printf "%s%d%s:%s %d\n", (rand() < .3 ? "-" : ""), int(rand() * 1000), (rand() < .5 ? "." int(rand() * 100) : ""), substr("abcABC  xyz", int(rand() * 10) + 1, 3), i }' >nums
}

@test "sort: options and keys on generated inputs match coreutils" {
	for f in mixed nums lines; do
		for o in "" -r -n -u -nr -nu -ru -b -bn "-k 2" "-k2,2" "-k 2n" "-k 2,2n -k 1,1r" "-t : -k 2" "-t : -k 1,1n" \
			"-t ' ' -k 3,3" "-k 1.2,1.3" "-b -k 2.2,2.3" "-k 2.1b,2.3" "-k 2.2,2.3b" "-u -k 1,1" "-un -k 1,1" \
			"-t x -k 2n" "-k 3 -n" "-r -k 2" "-k 1.3" "-k 5" "-t : -k 3" "-k 2b,2 -k 1,1r"; do
			eval "same_as_gnu sort $o $f"
		done
	done
}
@test "sort: -d -f -i, global and per key, with -u -r -b -c -C -m" {
	for o in -f -d -i -df -di -fi -dfi -fr -fu -du -iu -dfu -fb -dr "-f -k 2" "-k 1f,1" "-k 1d,1" "-k 1i,1" \
		"-k 1.2f,1.4" "-k 1,1f -k 2r" "-d -k 1,1f" "-t : -k 2f" "-t : -k 2,2d -k 1i" "-u -k 1f,1" \
		"-k 1,1fr" "-k 1.2,1.3fb -u"; do
		eval "same_as_gnu sort $o fold"
		eval "same_as_gnu sort $o mixed"
	done
	# GNU 9.1's -n takes byte 0x80 for a thousands separator in the C locale
	tr '\200' '\201' <fold >fold1
	same_as_gnu sort -fn fold1
	LC_ALL=C sort -f fold >sf
	LC_ALL=C sort -d fold >sd
	LC_ALL=C sort -fu fold >sfu
	for a in "-cf sf" "-Cf sf" "-cd sd" "-Cd sd" "-c sf" "-C sf" "-cfu sfu" "-Cfu sf" "-C fold" "-Ci sd" "-mf sf sfu" \
		"-md sd sd" "-mu -f sf sfu"; do
		eval "same_as_gnu sort $a"
	done
	run mote sort -C sd
	assert_failure 1
	assert_output ""
}
@test "sort: several files, stdin, no final newline, binary, long lines" {
	same_as_gnu sort nonl lines empty mixed
	STDIN=nonl same_as_gnu sort - nonl
	same_as_gnu sort bin
	same_as_gnu sort -n bin
	same_as_gnu sort long mixed long
	same_as_gnu sort empty
}
@test "sort: numbers: signs, zeros, fractions, junk" {
	printf '%s\n' 10 9 -1 -10 0 -0 00 0.5 .5 -.5 1.50 1.5 1.05 abc '' ' 3' '  -2' 1e3 007 7 -007 x1 >n
	same_as_gnu sort -n n
	same_as_gnu sort -nr n
	same_as_gnu sort -nu n
}
@test "sort: big input" {
	for i in 1 2 3 4 5; do cat nums; done >big
	same_as_gnu sort -n big
	same_as_gnu sort -u -t : -k 2 big
}
@test "sort: -o may name an input" {
	cp mixed m
	mote sort -o m m
	sort mixed | cmp - m
}
@test "sort: usage errors exit 2" {
	for a in "-z" "-k" "-k 0" "-k x" "-t ab" "-k 1,"; do
		run mote sort $a mixed
		assert_failure 2
		assert_output --partial "usage: sort"
	done
}
@test "sort: missing file and directory exit 2" {
	mkdir d
	run mote sort nonl nosuch
	assert_failure 2
	assert_output --partial "sort: nosuch: No such file or directory"
	run mote sort d
	assert_failure 2
	assert_output --partial "sort: d: Is a directory"
}
@test "sort: write errors exit 2" {
	run bash -c 'mote sort lines >/dev/full'
	assert_failure 2
	assert_output --partial "sort: write error: No space left on device"
	run bash -c 'mote sort lines >&-'
	assert_failure 2
	assert_output --partial "sort: write error"
}
@test "sort: -c checks order, with -u, -n, -r and keys" {
	sort mixed >sm
	sort -u mixed >su
	sort -n nums >sn
	sort -t : -k 2 nums >sk
	for a in "-c mixed" "-c sm" "-cu sm" "-cu su" "-c -n sn" "-c -r sm" "-c lines" "-cn lines" "-c empty" \
		"-c -t : -k 2 sk" "-c -k 2 sk" "-c nonl"; do
		eval "same_as_gnu sort $a"
	done
	run mote sort -c mixed
	assert_failure 1
	assert_output --partial "sort: mixed:"
	assert_output --partial ": disorder: "
	run mote sort -c sm sm
	assert_failure 2
}
