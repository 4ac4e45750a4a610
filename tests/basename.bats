#!/usr/bin/env bats
load helper

@test "basename: path forms match coreutils" {
	for a in "" / // /// a a/ a// /a /a/ a/b a/b/ //a//b// ///a//b//c// . .. ./ ../a \
		'a b/c d' $'a\nb/c\nd' $'\xff/\x80' 'a/.' 'a/..' -x/y; do
		same_as_gnu basename -- "$a"
	done
}
@test "basename: suffixes match coreutils" {
	for a in a.c a.c/ /x/a.c// .c a.cc a /c c ab.c.c; do
		for s in .c c a.c "" / b.c; do
			same_as_gnu basename -- "$a" "$s"
		done
	done
}
@test "basename: without -- a plain operand works" { same_as_gnu basename /usr/lib/x.so .so; }
@test "basename: generated paths match coreutils" {
	for i in $(seq 1 60); do
		p=$(od -An -N12 -tu1 /dev/urandom | tr -s ' ' '\n' | grep . | while read -r n; do
			case $((n % 4)) in 0) printf /;; 1) printf a;; 2) printf .;; 3) printf b;; esac
		done)
		same_as_gnu basename -- "$p"
		same_as_gnu basename -- "$p" "${p: -2}"
	done
}
@test "basename: a long path" {
	p=$(printf 'abcdefgh/%.0s' $(seq 1 1000))x
	same_as_gnu basename "$p"
}
@test "basename: missing operand is a usage error" {
	run mote basename
	assert_failure 1
	assert_output "usage: basename STRING [SUFFIX]"
	run mote basename --
	assert_failure 1
}
@test "basename: extra operand is a usage error" {
	run mote basename a b c
	assert_failure 1
	assert_output --partial "usage: basename"
}
@test "basename: /dev/full is a write error, status 1" {
	run bash -c 'mote basename a/b >/dev/full'
	assert_failure 1
	assert_output "basename: write error"
}
@test "basename: closed stdout is a write error, status 1" {
	run bash -c 'mote basename a/b >&-'
	assert_failure 1
	assert_output "basename: write error"
}
