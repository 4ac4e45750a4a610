#!/usr/bin/env bats
load helper
load gen

setup() {
	cd "$BATS_TEST_TMPDIR"
	gen_inputs
}

@test "wc: every option on generated inputs matches coreutils" {
	for f in lines nonl empty bin long mixed; do
		for o in "" -l -w -c -m -lw -lc -wc -lwc; do
			same_as_gnu wc $o $f
		done
		STDIN=$f same_as_gnu wc
		STDIN=$f same_as_gnu wc -l
	done
}
@test "wc: several files, stdin among them, total line, widths" {
	same_as_gnu wc lines nonl empty bin
	same_as_gnu wc -l lines nonl
	STDIN=mixed same_as_gnu wc lines - mixed
	STDIN=mixed same_as_gnu wc -
}
@test "wc: words: white space and unprintable bytes" {
	printf 'a\vb\fc\rd e\tf\001g \001 \200 h\n' >w
	same_as_gnu wc w
}
@test "wc: pipe input is padded to 7" {
	run bash -c 'cat lines | mote wc'
	assert_output "$(cat lines | wc)"
	run bash -c 'cat lines | mote wc -c'
	assert_output "$(wc -c <lines)"
}
@test "wc: bad option is a usage error" {
	run mote wc -z lines
	assert_failure 1
	assert_output --partial "usage: wc"
}
@test "wc: missing file and directory: message, goes on, exit 1" {
	mkdir d
	same_as_gnu wc nosuch d nonl
	run mote wc nosuch d nonl
	assert_failure 1
	assert_output --partial "wc: nosuch: No such file or directory"
	assert_output --partial "wc: d: Is a directory"
}
@test "wc: permission denied" {
	need_setpriv
	chmod 000 lines
	chmod 755 "$BATS_TEST_TMPDIR"
	run as_nobody $MOTE_RUN "$MOTE_BIN/wc" "$BATS_TEST_TMPDIR/lines"
	assert_failure 1
	assert_output --partial "Permission denied"
}
@test "wc: write errors: /dev/full and closed stdout" {
	run bash -c 'mote wc lines >/dev/full'
	assert_failure 1
	assert_output --partial "wc: write error: No space left on device"
	run bash -c 'mote wc lines >&-'
	assert_failure 1
	assert_output --partial "wc: write error"
}

@test "wc: a sparse file past 4 GiB: the byte count is 64-bit on every arch" {
	truncate -s 5G big
	printf 'a\nEND\n' >>big
	run mote wc -c big
	assert_success
	assert_output "5368709126 big"
	run mote wc -c big big
	assert_output "$(printf ' 5368709126 big\n 5368709126 big\n10737418252 total')"
	run bash -c '{ head -c 4 >/dev/null; mote wc -c; } <big'
	assert_output 5368709122
	run mote wc -c /proc/self/stat
	assert_output --regexp '^[1-9][0-9]* /proc/self/stat$'
}
