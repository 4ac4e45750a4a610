#!/usr/bin/env bats
load helper

setup() {
	cd "$BATS_TEST_TMPDIR"
	mkdir -p t/sub/deep outside
	printf 'one\n' >t/a
	printf 'x' >"t/$(printf 'new\nline\x80')"
	touch t/sub/deep/f outside/keep
	ln -s ../outside t/sub/link
	mkfifo t/fifo
}

@test "rm: files" {
	mote rm t/a t/fifo
	[ ! -e t/a ] && [ ! -e t/fifo ]
}
@test "rm: -r removes a tree, never following links" {
	mote rm -r t
	[ ! -e t ]
	[ -f outside/keep ]
}
@test "rm: -R and a link to a directory as the operand" {
	ln -s outside lo
	mote rm -R lo
	[ ! -e lo ] && [ -f outside/keep ]
}
@test "rm: a directory without -r: message, exit 1, the rest removed" {
	run mote rm t/sub t/a
	assert_failure 1
	assert_output "rm: t/sub: Is a directory"
	[ -d t/sub ] && [ ! -e t/a ]
}
@test "rm: missing file: message, exit 1; -f quiet, exit 0" {
	run mote rm nosuch t/a
	assert_failure 1
	assert_output "rm: nosuch: No such file or directory"
	run mote rm -f nosuch t/fifo
	assert_success
	assert_output ""
	[ ! -e t/fifo ]
	run mote rm -f
	assert_success
}
@test "rm: refuses / and . and .." {
	run mote rm -rf /
	assert_failure 1
	assert_output --partial "rm: /: refusing"
	run mote rm -rf //
	assert_failure 1
	run mote rm -rf t/.. t/. .
	assert_failure 1
	[ -d t ]
}
@test "rm: -i asks for each" {
	run bash -c 'printf "n\n" | mote rm -i t/a'
	[ -f t/a ]
	run bash -c 'printf "y\n" | mote rm -i t/a'
	[ ! -e t/a ]
	run bash -c 'yes | mote rm -ri t'
	[ ! -e t ]
}
@test "rm: permission denied inside a tree as a non-root user" {
	need_setpriv
	chmod 755 "$BATS_TEST_TMPDIR"
	chown -R 65534 t
	chown 0 t/sub/deep
	run as_nobody $MOTE_RUN "$MOTE_BIN/rm" -r t
	assert_failure 1
	assert_output --partial "Permission denied"
	[ -f t/sub/deep/f ]
	[ ! -e t/a ]
}
@test "rm: a tree deeper than PATH_MAX" {
	n=$(printf '%0200d' 0)
	mkdir deep
	(cd deep && for i in $(seq 25); do mkdir $n && cd $n; done && touch leaf)
	mote rm -r deep
	[ ! -e deep ]
}
@test "rm: bad option or no operand is a usage error" {
	run mote rm -Z a
	assert_failure 1
	assert_output --partial "usage: rm"
	run mote rm
	assert_failure 1
}
@test "rm: a write-protected file is asked about when stdin is a terminal" {
	need_setpriv
	command -v script >/dev/null || skip "script not installed"
	chmod 777 .
	touch ro ro2 rw
	chmod 444 ro ro2
	chown 65534 ro ro2 rw
	echo n | as_nobody script -qc "$MOTE_RUN $MOTE_BIN/rm ro rw" /dev/null
	[ -f ro ] && [ ! -e rw ]
	echo y | as_nobody script -qc "$MOTE_RUN $MOTE_BIN/rm ro" /dev/null
	[ ! -e ro ]
	run as_nobody $MOTE_RUN "$MOTE_BIN/rm" ro2 </dev/null
	assert_success
	[ ! -e ro2 ]
}
