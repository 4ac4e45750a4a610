#!/usr/bin/env bats
load helper

@test "seq: LAST, FIRST LAST, FIRST INCREMENT LAST" {
	same_as_gnu seq 5
	same_as_gnu seq 0
	same_as_gnu seq 3 7
	same_as_gnu seq 1 3 20
	same_as_gnu seq 10 -3 -10
	same_as_gnu seq 5 1
	same_as_gnu seq 1 -1 5
}
@test "seq: negative numbers are operands, not options" {
	same_as_gnu seq -3 2
	same_as_gnu seq -- -3 -1 -6
	same_as_gnu seq -5
	same_as_gnu seq -w -5 -1
	same_as_gnu seq -s, -2 2
}
@test "seq: decimals" {
	for a in "1 2.5" "1 0.5 2.75" "-1.50 1" "1.0 3" ".5 2" "5. 7" "0.1 0.1 1" "-1 -0.3 -2" \
		"-0.5 0.1 0.5" "1 .25 2" "1.25 2" "0.001 0.0005 0.003"; do
		# shellcheck disable=SC2086
		same_as_gnu seq $a
	done
}
@test "seq: -w pads to equal width" {
	for a in "-1 1" "1 3 11" "0.5 0.25 1.5" "-0.5 0.5 1" "5 -1 -3" "010 12" "1.5 10" "1 2.75" \
		"1 0.5 2.75" "+1 3" "1 1.0 3" "0 .5 1" "1 -.5 -1" "08 -2 -1" "+01 3" "5. 7" \
		"-1 -0.3 -2" "-0.05 0.05 0.1" "10 -3 -10" ".5 3" "99 101" "-100 7 3"; do
		# shellcheck disable=SC2086
		same_as_gnu seq -w $a
	done
}
@test "seq: -s separators" {
	same_as_gnu seq -s, 3
	same_as_gnu seq -s '' 3
	same_as_gnu seq -s ab -w 8 12
	same_as_gnu seq -ws: 1 3
	same_as_gnu seq -s $'\n\t' 1 4
	same_as_gnu seq -s, 1 0
}
@test "seq: leading blanks and +" { same_as_gnu seq ' 1' 3; same_as_gnu seq +1 2; same_as_gnu seq -w ' 1' 3; }
@test "seq: the limits of a long" {
	same_as_gnu seq 9223372036854775806 9223372036854775807
	same_as_gnu seq -9223372036854775807 -1 -9223372036854775808
}
@test "seq: generated ranges match coreutils" {
	for i in $(seq 1 80); do
		a=$((RANDOM % 200 - 100)) b=$((RANDOM % 40 - 20)) c=$((RANDOM % 400 - 200))
		[ "$b" = 0 ] && b=7
		d=.$((RANDOM % 100))
		same_as_gnu seq "$a" "$b" "$c"
		same_as_gnu seq -w "$a" "$b" "$c"
		same_as_gnu seq "$a$d" "$b" "$c"
		same_as_gnu seq -w "$a" "$b$d" "$c$d"
	done
}
@test "seq: a long run" { same_as_gnu seq 1 300000; same_as_gnu seq -w 1 7 300000; }
@test "seq: invalid numbers and zero increments, status 1" {
	for a in x "" . "1 . 3" 1.5.2 1x "1 0 3" "1 -0 3" "1 .0 2" "- 1" "1 +"; do
		# shellcheck disable=SC2086
		same_as_gnu seq $a
	done
	run mote seq 1x
	assert_failure 1
	assert_output "seq: 1x: invalid number"
}
@test "seq: numbers beyond 64 bits are refused (coreutils counts on)" {
	run mote seq 99999999999999999999
	assert_failure 1
	assert_output "seq: 99999999999999999999: invalid number"
	run mote seq 0.0000000000000000001 1
	assert_failure 1
}
@test "seq: missing or extra operands, bad options" {
	same_as_gnu seq
	same_as_gnu seq 1 2 3 4
	same_as_gnu seq -s
	same_as_gnu seq -q 3
	run mote seq
	assert_failure 1
	assert_output --partial "usage: seq"
}
@test "seq: /dev/full is a write error, status 1" {
	run bash -c 'mote seq 10 >/dev/full'
	assert_failure 1
	assert_output --partial "seq: write error"
}
@test "seq: closed stdout is a write error, status 1" {
	run bash -c 'mote seq 3 >&-'
	assert_failure 1
	assert_output --partial "seq: write error"
}
@test "seq: broken pipe ends seq" {
	run bash -c 'mote seq 1 100000000 | head -1; echo "${PIPESTATUS[0]}"'
	assert_output "$(printf '1\n141')"
}
