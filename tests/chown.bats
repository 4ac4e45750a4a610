#!/usr/bin/env bats
load helper

setup() {
	cd "$BATS_TEST_TMPDIR"
	touch f
	ln -s f l
}

owner() { stat -c '%u:%g' "$@"; }

@test "chown: names and numbers, owner and group, same as GNU" {
	touch g
	for spec in nobody nobody:nogroup 123 123:456 :0 root: 0:0 :nogroup 4294967294; do
		chown 1:1 f g
		chown "$spec" g
		mote chown "$spec" f
		assert_equal "$(owner f)" "$(owner g)"
	done
}
@test "chown: a link operand changes its target, -h the link" {
	mote chown 5:6 l
	assert_equal "$(owner f)" 5:6
	mote chown -h 7:8 l
	assert_equal "$(stat -c '%u:%g' l)" 7:8
	assert_equal "$(owner f)" 5:6
}
@test "chown: -R changes a tree, not link targets" {
	mkdir -p t/a out
	touch t/a/f out/keep
	ln -s ../out t/link
	mote chown -R 9:9 t
	assert_equal "$(find t -printf '%U:%G\n' | sort -u)" 9:9
	assert_equal "$(owner out/keep)" 0:0
}
@test "chown: unknown user or group" {
	run mote chown nosuchuser f
	assert_failure 1
	assert_output "chown: nosuchuser: invalid user"
	run mote chown :nosuchgroup f
	assert_failure 1
	assert_output "chown: nosuchgroup: invalid group"
}
@test "chown: missing file: message, the rest changed" {
	run mote chown 3 nosuch f
	assert_failure 1
	assert_output "chown: nosuch: No such file or directory"
	assert_equal "$(stat -c %u f)" 3
}
@test "chown: not permitted, as a non-root user" {
	need_setpriv
	chmod 755 .
	run as_nobody $MOTE_RUN "$MOTE_BIN/chown" 0 f
	assert_failure 1
	assert_output "chown: f: Operation not permitted"
}
@test "chown: usage" {
	run mote chown
	assert_failure 1
	run mote chown -Z 0 f
	assert_failure 1
	assert_output --partial "usage: chown"
}
