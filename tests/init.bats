#!/usr/bin/env bats
# init as PID 1 of a PID and mount namespace of its own (unshare -pfm,
# mounts private), chrooted into a scratch root with busybox as /bin/sh.
# reboot(2) there ends the namespace: its init dies of SIGINT for a power
# off or halt, of SIGHUP for a reboot.  The rc signals init itself, before
# init would start a shell on the console (the host's: the boot test covers
# that one).
load helper

setup() {
	[ "$MOTE_BUILD" != hosted ] || skip "init runs chrooted: it must be static"
	[ -z "$MOTE_RUN" ] || skip "init runs natively, as PID 1"
	[ "$(id -u)" = 0 ] || skip "needs root"
	command -v busybox >/dev/null || skip "busybox not installed"
	unshare -pfm --propagation private true 2>/dev/null || skip "unshare -pfm not permitted here"
	root=$BATS_TEST_TMPDIR/root
	mkdir -p "$root/bin" "$root/sbin" "$root/etc" "$root/out"
	cp "$(command -v busybox)" "$root/bin/busybox"
	ln -s busybox "$root/bin/sh"
	cp "$MOTE_BIN/init" "$root/sbin/init"
}

boot() {
	run timeout 20 unshare -pfm --propagation private --kill-child chroot "$root" /sbin/init
}

@test "init: mounts /proc, /sys and /dev, runs /etc/rc; poweroff is SIGUSR2" {
	cat >"$root/etc/rc" <<-'EOF2'
		busybox cat /proc/mounts >/out/mounts
		echo "pid $$ parent $PPID" >/out/rc
		busybox kill -USR2 1
		busybox sleep 10
	EOF2
	boot
	assert_equal "$status" 130
	run cat "$root/out/mounts"
	assert_line --regexp '^proc /proc proc '
	assert_line --regexp '^sysfs /sys sysfs '
	assert_line --regexp '^devtmpfs /dev devtmpfs '
	run cat "$root/out/rc"
	assert_output --regexp '^pid [0-9]+ parent 1$'
}
@test "init: SIGTERM reboots, SIGUSR1 halts" {
	printf 'busybox kill -TERM 1\nbusybox sleep 10\n' >"$root/etc/rc"
	boot
	assert_equal "$status" 129
	printf 'busybox kill -USR1 1\nbusybox sleep 10\n' >"$root/etc/rc"
	boot
	assert_equal "$status" 130
}
@test "init: reboot, poweroff and halt from mote ask init" {
	cp "$MOTE_BIN/poweroff" "$MOTE_BIN/reboot" "$root/bin/"
	printf '/bin/reboot\nbusybox sleep 10\n' >"$root/etc/rc"
	boot
	assert_equal "$status" 129
	printf '/bin/poweroff\nbusybox sleep 10\n' >"$root/etc/rc"
	boot
	assert_equal "$status" 130
}
@test "init: unmounts what it can before reboot(2)" {
	# A process that outlives SIGTERM is killed, then its tmpfs unmounted;
	# afterwards nothing of the namespace is left to see, so the rc makes a
	# mount whose survival would show in the parent: none can, it is private.
	cat >"$root/etc/rc" <<-'EOF2'
		busybox mkdir -p /mnt
		busybox mount -t tmpfs none /mnt
		busybox sh -c 'trap "" TERM; busybox sleep 30' &
		busybox kill -USR2 1
		busybox sleep 10
	EOF2
	SECONDS=0
	boot
	assert_equal "$status" 130
	[ "$SECONDS" -lt 10 ]
}
@test "init: reaps orphans" {
	cat >"$root/etc/rc" <<-'EOF2'
		busybox sh -c 'busybox sleep 0.2 & exit 0'
		busybox sleep 1
		busybox grep -l "^[0-9]* ([^)]*) Z" /proc/[0-9]*/stat >/out/zombies
		echo done >>/out/zombies
		busybox kill -USR2 1
		busybox sleep 10
	EOF2
	boot
	run cat "$root/out/zombies"
	assert_output "done"
}
