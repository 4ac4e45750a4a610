#!/usr/bin/env bats
load helper

setup() { cd "$BATS_TEST_TMPDIR"; }

modes() { find "$@" -printf '%m %p\n' | LC_ALL=C sort; }

@test "mkdir: one and several" {
	mote mkdir a 'b c' "$(printf 'n\nl\x80')"
	[ -d a ] && [ -d 'b c' ] && [ -d "$(printf 'n\nl\x80')" ]
	assert_equal "$(stat -c %a a)" 755
}
@test "mkdir: -p makes parents, same modes as GNU" {
	umask 027
	mkdir -p g/x//y/z/
	mote mkdir -p m/x//y/z/
	assert_equal "$(cd m && modes .)" "$(cd g && modes .)"
	mote mkdir -p m/x "$BATS_TEST_TMPDIR/m/abs/path"
	[ -d m/abs/path ]
}
@test "mkdir: -p parents get u+wx under any umask, as GNU's" {
	for u in 222 577 0; do
		(umask $u && mkdir -p g$u/a/b && mote mkdir -p m$u/a/b)
		assert_equal "$(cd m$u && modes .)" "$(cd g$u && modes .)"
	done
}
@test "mkdir: -m octal and symbolic, same as GNU" {
	for m in 700 1777 2750 u=rwx,go= a=rx,u+w go-rx o+w =r +x g+s; do
		mkdir -m "$m" "g$m"
		mote mkdir -m "$m" "m$m"
		assert_equal "$(stat -c %a "m$m")" "$(stat -c %a "g$m")"
	done
	mkdir -p -m 700 g2/a/b
	mote mkdir -p -m 700 m2/a/b
	assert_equal "$(cd m2 && modes .)" "$(cd g2 && modes .)"
}
@test "mkdir: existing: error without -p, fine with -p" {
	mkdir a
	run mote mkdir a
	assert_failure 1
	assert_output "mkdir: a: File exists"
	run mote mkdir -p a
	assert_success
	touch f
	run mote mkdir -p f
	assert_failure 1
	run mote mkdir -p f/g
	assert_failure 1
	assert_output "mkdir: f/g: Not a directory"
	run mote mkdir -p /
	assert_success
}
@test "mkdir: missing parent without -p; the rest made" {
	run mote mkdir no/such ok
	assert_failure 1
	assert_output "mkdir: no/such: No such file or directory"
	[ -d ok ]
}
@test "mkdir: permission denied as a non-root user" {
	need_setpriv
	chmod 755 .
	run as_nobody $MOTE_RUN "$MOTE_BIN/mkdir" -p x/y
	assert_failure 1
	assert_output --partial "Permission denied"
}
@test "mkdir: -p deeper than PATH_MAX" {
	n=$(printf '%0200d' 0)
	p=$n
	for i in $(seq 24); do p=$p/$n; done
	mote mkdir -p "$p"
	assert_equal "$(find . -type d | wc -l)" 26
}
@test "mkdir: bad mode, bad option, no operand" {
	run mote mkdir -m bogus x
	assert_failure 1
	[ ! -e x ]
	run mote mkdir -Z x
	assert_failure 1
	assert_output --partial "usage: mkdir"
	run mote mkdir
	assert_failure 1
}
@test "mkdir: an empty operand is an error, with and without -p" {
	run mote mkdir ""
	assert_failure 1
	run mote mkdir -p ""
	assert_failure 1
	run mote mkdir -p /
	assert_success
}
