#!/usr/bin/env bats
load helper

setup() {
	cd "$BATS_TEST_TMPDIR"
	mkdir -p src/sub/deep
	printf 'one\n' >src/a
	head -c 300000 /dev/urandom >src/big
	printf 'x' >"src/$(printf 'new\nline')"
	printf 'z' >src/sub/deep/f
	ln -s a src/link
	mkfifo src/fifo
	chmod 4750 src/a
	chown -h 12345:54321 src/big src/link
	touch -d '2001-02-03 04:05:06' src/a src/sub
}

teardown() {
	[ -z "${X:-}" ] || rm -rf "$X"
}

sig() {
	(cd "$1" && find . \( -type d -printf '%y %m %u %g %p\n' \) -o -printf '%y %m %s %l %u %g %p\n' | LC_ALL=C sort &&
		find . ! -type l -printf '%T@ %p\n' | LC_ALL=C sort && find . -type f -exec cksum {} + | LC_ALL=C sort)
}

# A second file system: /dev/shm when it is one, for the EXDEV path.
other_fs() {
	[ -d /dev/shm ] && [ "$(stat -c %d /dev/shm)" != "$(stat -c %d .)" ] || skip "no second file system"
	X=$(mktemp -d /dev/shm/mvtest.XXXXXX)
}

@test "mv: rename a file and a tree" {
	before=$(sig src)
	mote mv src dst
	[ ! -e src ]
	assert_equal "$(sig dst)" "$before"
	mote mv dst/a dst/b
	[ ! -e dst/a ]
	assert_equal "$(cat dst/b)" one
}
@test "mv: into a directory, several sources" {
	mkdir d
	mote mv src/a src/big src/link d
	assert_equal "$(ls d)" "$(printf 'a\nbig\nlink')"
	assert_equal "$(readlink d/link)" a
}
@test "mv: across file systems, a tree keeps everything, source removed" {
	other_fs
	before=$(sig src)
	mote mv src "$X/t"
	[ ! -e src ]
	assert_equal "$(sig "$X/t")" "$before"
	mote mv "$X/t" back
	assert_equal "$(sig back)" "$before"
	rm -rf "$X"
}
@test "mv: across file systems, same result as GNU" {
	other_fs
	cp -a src src2
	mv src "$X/g"
	mote mv src2 "$X/m"
	assert_equal "$(sig "$X/m")" "$(sig "$X/g")"
	rm -rf "$X"
}
@test "mv: across file systems, a failed copy keeps the source" {
	other_fs
	need_setpriv
	chmod 755 "$BATS_TEST_TMPDIR"
	chmod -R a+rX src
	chmod 000 src/sub/deep
	chmod 777 "$X"
	chown -R 65534 src
	chown 0 src/sub
	chmod 755 src/sub
	before=$(find src | sort)
	run as_nobody $MOTE_RUN "$MOTE_BIN/mv" src "$X/t"
	assert_failure 1
	assert_equal "$(find src | sort)" "$before"
	rm -rf "$X"
}
@test "mv: onto the same file is refused, the file kept" {
	run mote mv src/a src/a
	assert_failure 1
	ln src/a hard
	run mote mv src/a hard
	assert_failure 1
	assert_equal "$(cat src/a)" one
}
@test "mv: a directory into itself is refused" {
	run mote mv src src/sub
	assert_failure 1
	[ -d src/sub/deep ]
}
@test "mv: missing source: message, the rest moved" {
	mkdir d
	run mote mv nosuch src/a d
	assert_failure 1
	assert_output --partial "mv: nosuch: No such file or directory"
	[ -f d/a ]
}
@test "mv: -i asks, n keeps and y moves" {
	printf 'keep\n' >dst
	run bash -c 'echo n | mote mv -i src/a dst'
	assert_equal "$(cat dst)" keep
	[ -f src/a ]
	run bash -c 'echo y | mote mv -i src/a dst'
	assert_equal "$(cat dst)" one
	[ ! -e src/a ]
}
@test "mv: several sources onto a non-directory" {
	run mote mv src/a src/big src/link
	assert_failure 1
	assert_output --partial "Not a directory"
	[ -f src/a ]
}
@test "mv: bad option or one operand is a usage error" {
	run mote mv -Z a b
	assert_failure 1
	assert_output --partial "usage: mv"
	run mote mv a
	assert_failure 1
}
@test "mv: names with spaces, newlines and high bytes" {
	n1=$(printf 'a b\nc\x80\xff')
	printf q >"$n1"
	mote mv "$n1" "$n1.2"
	[ -f "$n1.2" ]
}
@test "mv: across file systems, a link at the destination is replaced, not written through" {
	other_fs
	printf 'target\n' >"$X/target"
	ln -s target "$X/dst"
	ln -s nowhere "$X/dangling"
	printf 'n1\n' >n1
	printf 'n2\n' >n2
	mote mv n1 "$X/dst"
	mote mv n2 "$X/dangling"
	assert_equal "$(cat "$X/target")" target
	[ ! -L "$X/dst" ] && [ "$(cat "$X/dst")" = n1 ]
	[ ! -L "$X/dangling" ] && [ "$(cat "$X/dangling")" = n2 ]
	rm -rf "$X"
}
