#!/usr/bin/env bats
load helper

setup() {
	cd "$BATS_TEST_TMPDIR"
	mkdir -p 'real dir/sub'
	ln -s 'real dir' link
}

# GNU's pwd, not the shell's
gnu_pwd() { env pwd "$@"; }

@test "pwd: same as GNU, -P and -L, through a link" {
	cd link/sub
	assert_equal "$(mote pwd)" "$(gnu_pwd)"
	assert_equal "$(mote pwd -P)" "$(gnu_pwd -P)"
	assert_equal "$(mote pwd -L)" "$(gnu_pwd -L)"
	assert_equal "$(mote pwd -L)" "$BATS_TEST_TMPDIR/link/sub"
	for p in / "$BATS_TEST_TMPDIR/link/../link/sub" relative "$BATS_TEST_TMPDIR/link/./sub"; do
		assert_equal "$(PWD=$p mote pwd -L)" "$(PWD=$p gnu_pwd -L)"
	done
	assert_equal "$(mote pwd -L -P)" "$(gnu_pwd -P)"
}
@test "pwd: names with newlines and high bytes" {
	d=$(printf 'n\nl\x80')
	mkdir "$d"
	cd "$d"
	assert_equal "$(mote pwd)" "$(gnu_pwd)"
}
@test "pwd: /dev/full and a closed stdout are write errors" {
	run bash -c 'mote pwd >/dev/full'
	assert_failure 1
	assert_output "pwd: write error: No space left on device"
	run bash -c 'mote pwd >&-'
	assert_failure 1
	assert_output --partial "pwd: write error"
}
@test "pwd: a removed working directory" {
	mkdir gone
	cd gone
	rmdir ../gone
	run mote pwd
	assert_failure 1
	assert_output --partial "pwd: No such file or directory"
}
@test "pwd: bad option" {
	run mote pwd -Z
	assert_failure 1
	assert_output --partial "usage: pwd"
}
