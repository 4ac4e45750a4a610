#!/usr/bin/env bats
load helper
load gen

setup() {
	cd "$BATS_TEST_TMPDIR"
	gen_inputs
}

@test "tail: -n, -c, +N on generated inputs match coreutils" {
	for f in lines nonl empty bin long mixed; do
		same_as_gnu tail $f
		for n in 0 1 3 10 299 300 301 100000; do
			same_as_gnu tail -n $n $f
			same_as_gnu tail -n +$n $f
			same_as_gnu tail -c $n $f
			same_as_gnu tail -c +$n $f
			STDIN=$f same_as_gnu tail -n $n
			STDIN=$f same_as_gnu tail -c +$n
		done
	done
}
@test "tail: a /sys file, whose size says a page whatever it holds" {
	f=/sys/kernel/mm/transparent_hugepage/enabled
	[ -r "$f" ] || f=$(find /sys/kernel -maxdepth 1 -type f -readable | head -1)
	[ -n "$f" ] || skip "no readable /sys file"
	same_as_gnu tail -n 1 "$f"
	same_as_gnu tail -c 5 "$f"
	same_as_gnu tail -n +1 "$f"
}
@test "tail: the old forms -N and +N, as coreutils reads them" {
	for n in 1 3 300; do
		same_as_gnu tail -$n lines
		same_as_gnu tail +$n lines
		STDIN=lines same_as_gnu tail -$n
		STDIN=lines same_as_gnu tail +$n
	done
	printf 'x\n' >+2
	same_as_gnu tail +2 lines +2
	same_as_gnu tail +x lines
}
@test "tail: pipe input, /proc input, several files with headers" {
	run bash -c 'cat lines | mote tail -n 3'
	assert_success
	assert_output "$(tail -n 3 lines)"
	run bash -c 'cat lines | mote tail -n +298'
	assert_output "$(tail -n +298 lines)"
	run mote tail -n 1 /proc/self/mountinfo
	assert_success
	STDIN=nonl same_as_gnu tail -n 2 lines - nonl
	same_as_gnu tail -c 5 lines nonl empty
}
@test "tail: exits 0 on success" {
	run mote tail lines
	assert_success
}
@test "tail: -f copies data appended later" {
	printf 'a\nb\n' >f
	$MOTE_RUN "$MOTE_BIN/tail" -f -n 1 f >out 3>&- &
	pid=$!
	for i in $(seq 50); do [ -s out ] && break; sleep 0.1; done
	printf 'c\n' >>f
	for i in $(seq 50); do [ "$(cat out)" = "$(printf 'b\nc')" ] && break; sleep 0.1; done
	kill $pid
	assert_equal "$(cat out)" "$(printf 'b\nc')"
}
@test "tail: -f is ignored on a pipe" {
	run bash -c 'printf "x\n" | mote tail -f'
	assert_success
	assert_output x
}
@test "tail: bad option and bad number are errors" {
	run mote tail -z lines
	assert_failure 1
	assert_output --partial "usage: tail"
	run mote tail -n x lines
	assert_failure 1
}
@test "tail: missing file and directory: message, goes on, exit 1" {
	mkdir d
	run mote tail -n1 nosuch d nonl
	assert_failure 1
	assert_output --partial "tail: nosuch: No such file or directory"
	assert_output --partial "tail: d: Is a directory"
	assert_output --partial "three"
}
@test "tail: permission denied" {
	need_setpriv
	chmod 000 lines
	chmod 755 "$BATS_TEST_TMPDIR"
	run as_nobody $MOTE_RUN "$MOTE_BIN/tail" "$BATS_TEST_TMPDIR/lines"
	assert_failure 1
	assert_output --partial "Permission denied"
}
@test "tail: write errors: /dev/full and closed stdout" {
	run bash -c 'mote tail lines >/dev/full'
	assert_failure 1
	assert_output --partial "tail: write error: No space left on device"
	run bash -c 'mote tail lines >&-'
	assert_failure 1
	assert_output --partial "tail: write error"
}

@test "tail: a sparse file past 4 GiB: offsets are 64-bit on every arch" {
	truncate -s 5G big
	printf 'a\nEND\n' >>big
	run mote tail -c 4 big
	assert_success
	assert_output END
	run mote tail -c +5368709121 big
	assert_output "$(printf 'a\nEND')"
	run mote tail -n 1 big
	assert_output END
	run mote tail -c 6 big big
	assert_output "$(printf '==> big <==\na\nEND\n\n==> big <==\na\nEND')"
	truncate -s 4294967300 edge	# an offset whose low half is -1
	printf Z >>edge
	same_as_gnu tail -c +4294967296 edge
	same_as_gnu tail -c 6 edge
}
