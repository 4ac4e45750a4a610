#!/usr/bin/env bats
# Mounting happens in a mount namespace of its own (unshare -m), so the
# host's mounts are never touched.
load helper

need_unshare() {
	[ "$(id -u)" = 0 ] || skip "mounting needs root"
	unshare -m true 2>/dev/null || skip "unshare -m not permitted here"
}

@test "mount: no operand lists /proc/mounts" {
	run mote mount
	assert_success
	assert_output "$(cat /proc/mounts)"
}
@test "mount: a long /proc/mounts is listed whole" {
	need_unshare
	run unshare -m bash -c 'for i in $(seq 150); do mkdir -p m/$i && mount -t tmpfs none m/$i || exit; done
		mote mount | cmp - /proc/mounts && wc -c </proc/mounts'
	assert_success
	[ "$output" -gt 8192 ]
}
@test "mount: -t tmpfs with flags and file system options" {
	need_unshare
	mkdir d
	run unshare -m bash -c 'mote mount -t tmpfs -o nosuid,nodev,noexec,size=1m,mode=700 none d &&
		grep " $PWD/d " /proc/mounts && stat -c %a d'
	assert_success
	assert_line --regexp "^none $PWD/d tmpfs rw,nosuid,nodev,noexec,.*size=1024k,mode=700"
	assert_line "700"
}
@test "mount: -o ro, then remount rw, then ro" {
	need_unshare
	mkdir d
	run unshare -m bash -c 'mote mount -t tmpfs -o ro none d && ! touch d/f 2>/dev/null &&
		mote mount -o remount,rw d && touch d/f && mote mount -o remount,ro d && awk -v d="$PWD/d" "\$2 == d { print \$4 }" /proc/mounts'
	assert_success
	assert_output --regexp '^ro,'
}
@test "mount: -o bind shows a folder at another place" {
	need_unshare
	mkdir a b
	echo hi >a/f
	run unshare -m bash -c 'mote mount -o bind a b && cat b/f'
	assert_success
	assert_output "hi"
}
@test "mount: without -t, tries the types in /proc/filesystems" {
	need_unshare
	mkdir d
	run unshare -m bash -c 'mote mount none d'
	assert_failure 1
	assert_output --regexp "^mount: d: "
}
@test "mount: missing folder is an error" {
	need_unshare
	run unshare -m bash -c 'mote mount -t tmpfs none nosuch'
	assert_failure 1
	assert_output "mount: nosuch: No such file or directory"
}
@test "mount: as a non-root user, refused" {
	need_setpriv
	mkdir -p d
	run as_nobody "$MOTE_BIN/mount" -t tmpfs none "$PWD/d"
	[ -n "$MOTE_RUN" ] && run as_nobody $MOTE_RUN "$MOTE_BIN/mount" -t tmpfs none "$PWD/d"
	assert_failure 1
	assert_output --partial "mount: $PWD/d: "
}
@test "mount: usage errors" {
	run mote mount -z
	assert_failure 1
	assert_output --partial "usage: mount"
	run mote mount onlyone
	assert_failure 1
	run mote mount a b c
	assert_failure 1
	run mote mount -t
	assert_failure 1
}
@test "mount: listing to /dev/full is a write error" {
	run bash -c 'mote mount >/dev/full'
	assert_failure 1
	assert_output --partial "No space left on device"
}

setup() {
	cd "$BATS_TEST_TMPDIR"
}
