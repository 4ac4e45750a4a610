#!/usr/bin/env bats
load helper

setup() {
	cd "$BATS_TEST_TMPDIR"
	mkdir -p src/sub/deep 'src/sp ace'
	printf 'one\n' >src/a
	head -c 300000 /dev/urandom >src/big
	printf 'x' >"src/$(printf 'new\nline')"
	printf 'y' >"src/$(printf 'hi\x80\xff')"
	printf 'z' >src/sub/deep/f
	ln -s a src/link
	ln -s nowhere src/dangling
	mkfifo src/fifo
	mknod src/null c 1 3
	chmod 4750 src/a
	chmod 700 src/sub
	touch -d '2001-02-03 04:05:06' src/a src/sub
}

# What a tree holds: types, modes, sizes, link targets, names, contents.
sig() {
	(cd "$1" && find . -printf '%y %m %s %l %p\n' | LC_ALL=C sort && find . -type f -exec cksum {} + | LC_ALL=C sort)
}
# The same with owners and times, for -p and -a.
sigp() {
	sig "$1"
	(cd "$1" && find . ! -type l -printf '%u %g %T@ %p\n' | LC_ALL=C sort)
}

@test "cp: one file, same as GNU" {
	cp src/a g
	mote cp src/a m
	cmp g m
	assert_equal "$(stat -c %a m)" "$(stat -c %a g)"
}
@test "cp: -r tree with every file type and odd names, same as GNU" {
	cp -r src g
	mote cp -r src m
	assert_equal "$(sig m)" "$(sig g)"
	cp -R src g2
	mote cp -R src m2
	assert_equal "$(sig m2)" "$(sig g2)"
}
@test "cp: -a and -rp keep modes, owners and times, same as GNU" {
	chown -h 12345:54321 src/link src/big
	cp -a src g
	mote cp -a src m
	assert_equal "$(sigp m)" "$(sigp g)"
	cp -rp src g2
	mote cp -rp src m2
	assert_equal "$(sigp m2)" "$(sigp g2)"
}
@test "cp: -r into an existing directory, merging; several sources" {
	mkdir g m
	cp -r src src/a src/sub g
	mote cp -r src src/a src/sub m
	assert_equal "$(sig m)" "$(sig g)"
	cp -r src g
	mote cp -r src m
	assert_equal "$(sig m)" "$(sig g)"
}
@test "cp: -L and -H follow links, -P copies them" {
	mkdir g m
	cp -rL src/link src/sub g
	mote cp -rL src/link src/sub m
	assert_equal "$(sig m)" "$(sig g)"
	ln -s src lsrc
	cp -rH lsrc g/h
	mote cp -rH lsrc m/h
	assert_equal "$(sig m)" "$(sig g)"
	cp -P src/link g/p
	mote cp -P src/link m/p
	assert_equal "$(readlink m/p)" a
	mote cp src/link m/followed
	cmp src/a m/followed
}
@test "cp: onto an existing file overwrites it in place" {
	printf 'old content that is longer\n' >dst
	chmod 600 dst
	mote cp src/a dst
	cmp src/a dst
	assert_equal "$(stat -c %a dst)" 600
}
@test "cp: the same file is refused, and left alone" {
	run mote cp src/a src/a
	assert_failure 1
	assert_output --partial "src/a"
	ln src/a hard
	run mote cp src/a hard
	assert_failure 1
	run mote cp src/a src/../src/a
	assert_failure 1
	ln -s src/a la
	run mote cp src/a la
	assert_failure 1
	mkdir d
	ln -s ../src/a d/a
	run mote cp src/a d
	assert_failure 1
	run mote cp -r src/a d
	assert_failure 1
	assert_equal "$(cat src/a)" one
}
@test "cp: writes through a link, but not through a dangling one without -f" {
	printf 'old\n' >target
	ln -s target l
	mote cp src/a l
	assert_equal "$(cat target)" one
	ln -s nowhere dl
	run mote cp src/a dl
	assert_failure 1
	assert_output --partial "dangling"
	[ ! -e nowhere ]
	mote cp -f src/a dl
	[ ! -L dl ] && [ "$(cat dl)" = one ]
}
@test "cp: a directory into itself is refused" {
	run mote cp -r src src/sub/in
	assert_failure 1
	assert_output --partial "into itself"
}
@test "cp: a directory without -r is omitted, others copied" {
	mkdir out
	run mote cp src src/a out
	assert_failure 1
	assert_output --partial "cp: src: omitting directory"
	cmp src/a out/a
}
@test "cp: several sources onto a non-directory" {
	run mote cp src/a src/big src/link
	assert_failure 1
	assert_output --partial "Not a directory"
}
@test "cp: missing source: message, the rest copied" {
	mkdir out
	run mote cp nosuch src/a out
	assert_failure 1
	assert_output --partial "cp: nosuch: No such file or directory"
	cmp src/a out/a
}
@test "cp: -i asks, n keeps and y overwrites" {
	printf 'keep\n' >dst
	run bash -c 'echo n | mote cp -i src/a dst'
	assert_equal "$(cat dst)" keep
	run bash -c 'echo y | mote cp -i src/a dst'
	assert_equal "$(cat dst)" one
}
@test "cp: -f replaces a destination that will not open" {
	need_setpriv
	mkdir w
	printf 'ro\n' >w/dst
	chmod 444 w/dst
	chown -R 65534:65534 w
	chmod 755 "$BATS_TEST_TMPDIR" src
	chmod 644 src/a
	run as_nobody $MOTE_RUN "$MOTE_BIN/cp" src/a w/dst
	assert_failure 1
	assert_output --partial "Permission denied"
	run as_nobody $MOTE_RUN "$MOTE_BIN/cp" -f src/a w/dst
	assert_success
	cmp src/a w/dst
}
@test "cp: unreadable source as a non-root user" {
	need_setpriv
	chmod 755 "$BATS_TEST_TMPDIR" src
	chmod 600 src/big
	mkdir out
	chmod 777 out
	run as_nobody $MOTE_RUN "$MOTE_BIN/cp" src/big out/x
	assert_failure 1
	assert_output --partial "Permission denied"
	[ ! -e out/x ]
}
@test "cp: into a directory that may be written but not read, as GNU" {
	need_setpriv
	chmod 755 "$BATS_TEST_TMPDIR" src
	chmod 644 src/a
	mkdir wo
	chmod 333 wo
	run as_nobody $MOTE_RUN "$MOTE_BIN/cp" src/a wo
	assert_success
	assert_equal "$(cat wo/a)" one
}
@test "cp: /dev/full is a write error" {
	run mote cp src/big /dev/full
	assert_failure 1
	assert_output --partial "No space left on device"
}
@test "cp: /proc files (size 0) are copied whole" {
	mote cp /proc/version v
	cmp /proc/version v
}
@test "cp: a tree deeper than PATH_MAX" {
	n=$(printf '%0200d' 0)
	mkdir deep
	(cd deep && for i in $(seq 25); do mkdir $n && cd $n; done && echo leaf >leaf)
	mote cp -r deep copy
	assert_equal "$(find copy -name leaf -size 5c | wc -l)" 1
}
@test "cp: bad option or too few operands is a usage error" {
	run mote cp -Z a b
	assert_failure 1
	assert_output --partial "usage: cp"
	run mote cp a
	assert_failure 1
	assert_output --partial "usage: cp"
}
