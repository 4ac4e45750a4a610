#!/usr/bin/env bats
load helper

@test "dirname: path forms match coreutils" {
	for a in "" / // /// a a/ a// /a /a/ a/b a/b/ //a//b// ///a//b//c// . .. ./ ../a \
		'a b/c d' $'a\nb/c\nd' $'\xff/\x80' 'a/.' 'a/..' -x/y; do
		same_as_gnu dirname -- "$a"
	done
}
@test "dirname: without -- a plain operand works" { same_as_gnu dirname /usr/lib/x.so; }
@test "dirname: generated paths match coreutils" {
	for i in $(seq 1 60); do
		p=$(od -An -N12 -tu1 /dev/urandom | tr -s ' ' '\n' | grep . | while read -r n; do
			case $((n % 4)) in 0) printf /;; 1) printf a;; 2) printf .;; 3) printf b;; esac
		done)
		same_as_gnu dirname -- "$p"
	done
}
@test "dirname: a long path" {
	p=$(printf 'abcdefgh/%.0s' $(seq 1 1000))x
	same_as_gnu dirname "$p"
}
@test "dirname: missing operand is a usage error" {
	run mote dirname
	assert_failure 1
	assert_output "usage: dirname STRING"
	run mote dirname --
	assert_failure 1
}
@test "dirname: extra operand is a usage error" {
	run mote dirname a b
	assert_failure 1
	assert_output --partial "usage: dirname"
}
@test "dirname: /dev/full is a write error, status 1" {
	run bash -c 'mote dirname a/b >/dev/full'
	assert_failure 1
	assert_output "dirname: write error"
}
@test "dirname: closed stdout is a write error, status 1" {
	run bash -c 'mote dirname a/b >&-'
	assert_failure 1
	assert_output "dirname: write error"
}
