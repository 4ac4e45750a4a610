#!/usr/bin/env bats
# The rescue system end to end: mote's userland packed by boot/mkinitramfs
# with tests/boot.rc as /etc/rc, booted in qemu-system-x86_64 (TCG), which
# exercises the system and powers off.  The tests read the serial console.
load helper

# bats here cannot skip from setup_file: it leaves the reason for setup.
setup_file() {
	export BOOT_SKIP=
	if [ "$MOTE_BUILD" = hosted ]; then
		BOOT_SKIP="the image holds the tiny build"
		return 0
	fi
	if [ -n "$MOTE_RUN" ] || [ "$(uname -m)" != x86_64 ]; then
		BOOT_SKIP="the image is x86-64's, built natively"
		return 0
	fi
	if ! command -v qemu-system-x86_64 >/dev/null; then
		BOOT_SKIP="qemu-system-x86_64 not installed"
		return 0
	fi
	for u in sh httpd ls cat init; do
		if ! [ -x "$MOTE_BIN/$u" ]; then
			BOOT_SKIP="the image needs mote's $u, not built here"
			return 0
		fi
	done
	local root=$BATS_TEST_DIRNAME/.. modules=
	if [ -z "$KERNEL" ]; then
		if ! KERNEL=$("$root/boot/kernel"); then
			BOOT_SKIP="no kernel: boot/kernel could not fetch one"
			return 0
		fi
		modules=$("$root/boot/kernel" modules)
	fi
	export BOOT_LOG=$BATS_FILE_TMPDIR/console BOOT_MODULES=$modules
	# shellcheck disable=SC2086
	"$root/boot/mkinitramfs" "$BATS_FILE_TMPDIR/initramfs.cpio.gz" "$MOTE_BIN" \
		"$BATS_TEST_DIRNAME/boot.rc" $modules >/dev/null
	KERNEL=$KERNEL timeout 85 "$root/boot/qemu" "$BATS_FILE_TMPDIR/initramfs.cpio.gz" \
		</dev/null >"$BOOT_LOG" 2>&1 || true
	tr -d '\r' <"$BOOT_LOG" >"$BOOT_LOG.txt"
}

setup() {
	[ -z "$BOOT_SKIP" ] || skip "$BOOT_SKIP"
}

# section NAME: what the console showed between "== NAME" and the next "==".
section() {
	sed -n "\\%^== $1\$%,\\%^== %p" "$BOOT_LOG.txt" | sed '1d;$d'
}

@test "boot: init runs /etc/rc to its end" {
	run cat "$BOOT_LOG.txt"
	assert_output --partial "== rc start"
	assert_line "== rc end"
}
@test "boot: init mounted /proc, /sys and devtmpfs on /dev" {
	run section mount
	assert_line --regexp '^proc /proc proc '
	assert_line --regexp '^sysfs /sys sysfs '
	assert_line --regexp '^devtmpfs /dev devtmpfs '
}
@test "boot: mount -t tmpfs -o size=1m,nosuid, and umount" {
	run section mount
	assert_line --regexp '^mnt mounted: tmpfs rw,nosuid,.*size=1024k'
	run section umount
	assert_output "umount ok"
}
@test "boot: ls /proc" {
	run section "ls /proc"
	assert_line --regexp '(^|[[:space:]])version([[:space:]]|$)'
	assert_line --regexp '(^|[[:space:]])1([[:space:]]|$)'
}
@test "boot: cat /proc/version" {
	run section version
	assert_output --regexp '^Linux version '
}
@test "boot: ps shows init, the rc shell and itself" {
	run section ps
	assert_line --index 0 "  PID S    RSS COMMAND"
	assert_line --regexp '^    1 S +[0-9]+ /init$'
	assert_line --regexp '^ +[0-9]+ S +[0-9]+ sh /etc/rc$'
	assert_line --regexp '^ +[0-9]+ R +[0-9]+ ps$'
	assert_line --regexp '\[kthreadd\]$'
}
@test "boot: dmesg prints the kernel's log without priorities" {
	run section dmesg
	assert_line --regexp '^\[ *0\.0+\] Linux version '
	refute_line --regexp '^<[0-9]>'
}
@test "boot: free and uptime" {
	run section free
	assert_line --regexp '^Mem: +[0-9]+ +[0-9]+'
	run section uptime
	assert_output --regexp '^ [0-9:]{8} up [0-9]+ min,  load average: [0-9.]+, [0-9.]+, [0-9.]+$'
}
@test "boot: insmod, lsmod and ifconfig on the module's interface" {
	[ -n "$BOOT_MODULES" ] || skip "no modules for KERNEL=$KERNEL"
	run section modules
	assert_line "insmod /lib/modules/dummy.ko ok"
	assert_line --regexp '^dummy +[0-9]+  0$'
	assert_line --regexp '^dummy0: flags=[0-9]+<UP,'
	assert_line "        inet 10.9.8.7  netmask 255.255.255.0"
}
@test "boot: a script with a loop and a pipe" {
	run section "loop and pipe"
	assert_output "$(printf 'got %s\n' 1 2 3 4 5)"
}
@test "boot: httpd serves a page that wget fetches over lo" {
	run section httpd
	assert_line "fetched: yes"
	assert_line "served by mote httpd"
}
@test "boot: poweroff ends the machine" {
	run cat "$BOOT_LOG.txt"
	assert_output --partial "reboot: Power down"
}
