#!/usr/bin/env bats
load helper

setup() {
	cd "$BATS_TEST_TMPDIR"
	mkdir -p t/a/b 't/sp ace' t/empty
	head -c 10000 /dev/urandom >t/a/f
	head -c 100000 /dev/urandom >t/a/b/g
	truncate -s 1G t/sparse
	printf x >"t/$(printf 'n\nl\x80')"
	ln t/a/f t/hard
	ln -s a t/link
	mkfifo t/fifo
}

@test "du: every option, same as GNU" {
	for o in "" -a -s -k -ak -sk -x -ax -L -aL -H -sH -h -ah -sh; do
		same_as_gnu du $o t
		same_as_gnu du $o t/a t/link t/a/f
		(cd t && same_as_gnu du $o)
	done
}
@test "du: operands with slashes, same as GNU" {
	same_as_gnu du t/ t//a/
	same_as_gnu du -a "$BATS_TEST_TMPDIR/t"
}
@test "du: /usr/include and /etc, same as GNU" {
	same_as_gnu du /usr/include
	same_as_gnu du -a /etc
	same_as_gnu du -h /usr/include
}
@test "du: missing operand: message, the rest counted" {
	run mote du nosuch t/a/f
	assert_failure 1
	assert_line --index 0 "du: nosuch: No such file or directory"
	assert_line --index 1 "12	t/a/f"
}
@test "du: unreadable directory as a non-root user: counted, exit 1" {
	need_setpriv
	chmod 755 "$BATS_TEST_TMPDIR"
	chmod 700 t/a
	run as_nobody $MOTE_RUN "$MOTE_BIN/du" t
	assert_failure 1
	assert_output --partial "du: t/a: Permission denied"
	assert_output --partial "	t"
}
@test "du: a tree deeper than PATH_MAX" {
	n=$(printf '%0200d' 0)
	mkdir deep
	(cd deep && for i in $(seq 25); do mkdir $n && cd $n; done)
	run mote du -s deep
	assert_success
	assert_output --regexp '^[0-9]+	deep$'
}
@test "du: write errors, usage" {
	run bash -c 'mote du t >/dev/full'
	assert_failure 1
	assert_output --partial "du: write error: No space left on device"
	run mote du -as t
	assert_failure 1
	run mote du -Z
	assert_failure 1
	assert_output --partial "usage: du"
}
