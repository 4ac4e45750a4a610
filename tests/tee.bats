#!/usr/bin/env bats
load helper
load gen

setup() {
	cd "$BATS_TEST_TMPDIR"
	gen_inputs
	head -c 3000000 /dev/urandom >big
}

@test "tee: to stdout and files, from a file, matches coreutils" {
	for f in lines nonl empty bin long big; do
		STDIN=$f same_as_gnu tee o1 o2
		cmp $f o1
		cmp $f o2
		STDIN=$f same_as_gnu tee
	done
}
@test "tee: pipe to pipe, zero files and one file (tee + splice)" {
	cat big | mote tee | cat | cmp big -
	cat big | mote tee o | cat | cmp big -
	cmp big o
	cat big | mote tee o1 o2 | cat | cmp big -
	cmp big o1
	cmp big o2
}
@test "tee: a slow reader loses nothing" {
	cat big | mote tee o | (sleep 0.3; cat) | cmp big -
	cmp big o
}
@test "tee: -a appends, default truncates" {
	printf 'old\n' >o
	mote tee -a o <nonl >/dev/null
	assert_equal "$(cat o)" "$(printf 'old\none\ntwo\nthree')"
	mote tee o <nonl >/dev/null
	cmp o nonl
	printf 'old\n' >o
	cat nonl | mote tee -a o | cat >/dev/null
	assert_equal "$(cat o)" "$(printf 'old\none\ntwo\nthree')"
}
@test "tee: -i is accepted" {
	STDIN=lines same_as_gnu tee -i o
}
@test "tee: bad option is a usage error" {
	run mote tee -z </dev/null
	assert_failure 1
	assert_output --partial "usage: tee"
}
@test "tee: unwritable file: message, other outputs complete, exit 1" {
	mkdir d
	run bash -c 'mote tee d nosuchdir/x o <lines >out'
	assert_failure 1
	assert_output --partial "tee: d: Is a directory"
	assert_output --partial "tee: nosuchdir/x: No such file or directory"
	cmp lines out
	cmp lines o
}
@test "tee: permission denied" {
	need_setpriv
	: >ro
	chmod 444 ro
	chmod 777 "$BATS_TEST_TMPDIR"
	run as_nobody $MOTE_RUN "$MOTE_BIN/tee" "$BATS_TEST_TMPDIR/ro" </dev/null
	assert_failure 1
	assert_output --partial "Permission denied"
}
@test "tee: write errors: /dev/full as file and as stdout, closed stdout" {
	run bash -c 'mote tee /dev/full o <big >out'
	assert_failure 1
	assert_output --partial "tee: /dev/full: No space left on device"
	cmp big out
	cmp big o
	run bash -c "set -o pipefail; cat big | mote tee /dev/full | cat >out"
	assert_failure 1
	cmp big out
	run bash -c 'mote tee o <lines >/dev/full'
	assert_failure 1
	assert_output --partial "tee: standard output: No space left on device"
	cmp lines o
	run bash -c 'mote tee o <lines >&-'
	assert_failure 1
	cmp lines o
}
@test "tee: read error on stdin" {
	mkdir d
	run bash -c 'mote tee <d'
	assert_failure 1
	assert_output --partial "Is a directory"
}
