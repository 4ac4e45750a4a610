#!/usr/bin/env bats
load helper

# A tree with every file type, odd names, big and sparse files, old,
# future and set-id modes, an unknown owner.
setup() {
	cd "$BATS_TEST_TMPDIR"
	mkdir -p t/dir/sub/deep 't/sp ace/x y'
	cd t
	touch 'a b' "$(printf 'new\nline')" "$(printf 'hi\x80\xff')" .hidden -- -dash exe dir/sub/deep/f
	mkfifo fifo
	perl -e 'use Socket; socket(S, AF_UNIX, SOCK_STREAM, 0) and bind(S, pack_sockaddr_un("sock")) or die'
	mknod cdev c 1 3
	mknod bdev b 8 0
	mknod bigdev c 259 1048575
	ln -s dir ldir
	ln -s nowhere dangling
	ln -s fifo lfifo
	truncate -s 5G big
	truncate -s 1023 k1
	truncate -s 1024 k2
	truncate -s 10239 k3
	truncate -s 1048575 m1
	head -c 5000 /dev/urandom >real
	ln real hard
	touch -d '2001-02-03 04:05:06' old
	touch -d '2099-01-01' future
	touch -d '1960-05-05' ancient
	touch -d '1960-02-29' d1960
	touch -d '1969-12-31 23:59' d1969
	touch -d '2000-02-29 12:00' d2000
	touch -d '2100-03-01' d2100
	touch -d '1900-03-01 10:00' d1900
	touch -d '1601-01-01' d1601
	touch -d "$(date -u -d '-5 months' '+%F %T')" recent
	touch -d "$(date -u -d '-7 months' '+%F %T')" older
	chmod 4755 k1
	chmod 2711 k2
	chmod 1777 dir
	chmod 7000 k3
	chmod +x exe
	chown 12345:54321 m1
}

opts=(-a -A -l -la -lai -ls -lh -lF -F -i -s -sh -1 -R -lR -aR -r -t -S -lt -ltr -lSr -d -ld -n -lhs -Fd -lFa -lRa -iRs -FR -lAFihsR -l1 -1l -aA -Aa -tS -St -nl)

@test "ls: generated tree, every supported option, same as GNU" {
	same_as_gnu ls
	for o in "${opts[@]}"; do
		same_as_gnu ls "$o"
		same_as_gnu ls "$o" .
		same_as_gnu ls "$o" dir ldir
		same_as_gnu ls "$o" ldir lfifo dangling
		same_as_gnu ls "$o" big old dir/ ldir/ 'sp ace' cdev
		same_as_gnu ls "$o" * .hidden
	done
}
@test "ls: /usr/bin /etc /dev, same as GNU" {
	for o in "" -a -l -lai -ls -lh -lF -F -i -s -r -t -S -ltr -lSr -d -n; do
		same_as_gnu ls $o /usr/bin
		same_as_gnu ls $o /etc
		same_as_gnu ls $o /dev
	done
}
@test "ls: /proc/self, same as GNU where the process does not show" {
	for o in "" -a -A -F -1 -s -d -dF; do
		same_as_gnu ls $o /proc/self
		same_as_gnu ls $o /proc/self/
	done
}
@test "ls: columns on a terminal, as GNU -N" {
	command -v script >/dev/null || skip "script not installed"
	for d in /usr/bin /etc /dev /usr/lib dir; do
		for o in "" -F -is -r -1 -l; do
			for w in 20 80 250; do
				script -qc "stty cols $w; ls -N $o $d" /dev/null >g
				script -qc "stty cols $w; $MOTE_RUN $MOTE_BIN/ls $o $d" /dev/null >m
				cmp g m || { echo "$o $d $w"; false; }
			done
		done
	done
}
@test "ls: no operands lists ." { same_as_gnu ls; }
@test "ls: missing operand: message, exit 2, the rest listed" {
	run mote ls nosuch old
	assert_failure 2
	assert_line --index 0 "ls: nosuch: No such file or directory"
	assert_line --index 1 "old"
}
@test "ls: unreadable directory as a non-root user" {
	need_setpriv
	mkdir -p closed/in
	chmod 700 closed
	chmod 755 "$BATS_TEST_TMPDIR" .
	run as_nobody $MOTE_RUN "$MOTE_BIN/ls" closed
	assert_failure 2
	assert_output "ls: closed: Permission denied"
	chmod 755 closed/in
	chmod 711 closed
	run as_nobody $MOTE_RUN "$MOTE_BIN/ls" -R closed/in
	assert_success
}
@test "ls: unreadable subdirectory with -R is exit 1" {
	need_setpriv
	mkdir -p top/closed
	chmod 700 top/closed
	chmod 755 "$BATS_TEST_TMPDIR" . top
	run as_nobody $MOTE_RUN "$MOTE_BIN/ls" -R top
	assert_failure 1
	assert_output --partial "Permission denied"
}
@test "ls: a path longer than PATH_MAX with -R" {
	n=$(printf '%0200d' 0)
	p=deep
	mkdir deep
	(cd deep && for i in $(seq 25); do mkdir $n && cd $n; done && touch leaf)
	run mote ls -R deep
	assert_success
	assert_output --partial "leaf"
	assert_equal "$(grep -c : <<<"$output")" 26
}
@test "ls: bad option is a usage error" {
	run mote ls -Z
	assert_failure 1
	assert_output --partial "usage: ls"
}
@test "ls: /dev/full is a write error, exit 2" {
	run bash -c 'mote ls >/dev/full'
	assert_failure 2
	assert_output --partial "ls: write error: No space left on device"
}
@test "ls: closed stdout is a write error" {
	run bash -c 'mote ls >&-'
	assert_failure 2
	assert_output --partial "ls: write error"
}
@test "ls: 3000 entries sorted" {
	mkdir many
	(cd many && seq -f 'f%g' 3000 | xargs touch)
	same_as_gnu ls many
	same_as_gnu ls -lt many
}
@test "ls: short of memory: a message and exit 2, never a crash" {
	[ "$MOTE_BUILD" != hosted ] || skip "ASan needs its address space"
	[ -z "$MOTE_RUN" ] || skip "qemu-user needs more address space than the limits"
	mkdir many
	(cd many && seq -f 'a_long_enough_file_name_%g' 8000 | xargs touch)
	run bash -c 'ulimit -v 3000; mote ls -l many >/dev/null'
	assert_failure 2
	assert_output "ls: memory exhausted"
	run bash -c 'ulimit -v 20000; mote ls -l many >/dev/null'
	assert_success
}
