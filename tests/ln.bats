#!/usr/bin/env bats
load helper

setup() {
	cd "$BATS_TEST_TMPDIR"
	printf 'one\n' >a
	mkdir d
}

@test "ln: hard link" {
	mote ln a b
	assert_equal "$(stat -c %i b)" "$(stat -c %i a)"
}
@test "ln: -s symbolic link, target kept as given" {
	mote ln -s ../x/y s
	assert_equal "$(readlink s)" ../x/y
	mote ln -s "$(printf 'sp ace\nnl\x80')" s2
	assert_equal "$(readlink s2)" "$(printf 'sp ace\nnl\x80')"
}
@test "ln: into a directory, several targets, one operand" {
	touch b
	mote ln a b d
	[ -f d/a ] && [ -f d/b ]
	mote ln -s /etc/passwd
	assert_equal "$(readlink passwd)" /etc/passwd
	mote ln -s x d/
	assert_equal "$(readlink d/x)" x
}
@test "ln: existing destination: error, -f replaces" {
	touch b
	run mote ln a b
	assert_failure 1
	assert_output "ln: b: File exists"
	mote ln -f a b
	assert_equal "$(stat -c %i b)" "$(stat -c %i a)"
	mote ln -sf a b
	assert_equal "$(readlink b)" a
	mote ln -sf d b
	assert_equal "$(readlink b)" d
}
@test "ln: -f never removes the file it links to" {
	run mote ln -f a a
	assert_failure 1
	assert_equal "$(cat a)" one
	ln a h
	run mote ln -f a h
	assert_failure 1
	assert_equal "$(cat a)" one
	run mote ln -f a ./a
	assert_failure 1
	assert_equal "$(cat a)" one
}
@test "ln: missing target, several onto a non-directory" {
	run mote ln nosuch x
	assert_failure 1
	assert_output "ln: x: No such file or directory"
	run mote ln a a a2
	assert_failure 1
	assert_output --partial "Not a directory"
}
@test "ln: bad option, no operand" {
	run mote ln -Z a b
	assert_failure 1
	assert_output --partial "usage: ln"
	run mote ln
	assert_failure 1
}
@test "ln: -L links what a symbolic link points to, -P the link itself; the last wins; as GNU" {
	ln -s a s
	ln -s nowhere dang
	for o in -L -P -LP -PL "-L -P" "-P -L" ""; do
		mote ln $o s m
		ln $o s g
		assert_equal "$(stat -c '%F %i' m)" "$(stat -c '%F %i' g)"
		rm m g
	done
	assert_equal "$(stat -c %h a)" 1
	mote ln -L s m
	assert_equal "$(stat -c '%F %i %h' m)" "regular file $(stat -c %i a) 2"
	mote ln -P dang m2
	assert_equal "$(readlink m2)" nowhere
	run mote ln -L dang m3
	assert_failure 1
	assert_output "ln: m3: No such file or directory"
	[ ! -e m3 ] && [ ! -L m3 ]
	mote ln -L s d
	assert_equal "$(stat -c '%F %i' d/s)" "regular file $(stat -c %i a)"
	mote ln -sL a s2
	assert_equal "$(readlink s2)" a
}
@test "ln: -Lf never removes the file the link points to" {
	ln -s a s
	run mote ln -Lf s a
	assert_failure 1
	assert_equal "$(cat a)" one
	touch b
	mote ln -Lf s b
	assert_equal "$(stat -c '%F %i' b)" "regular file $(stat -c %i a)"
	mote ln -Pf s b
	assert_equal "$(readlink b)" a
}
