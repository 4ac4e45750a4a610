#!/usr/bin/env bats
load helper

# yes never ends; compare the first bytes of its output.
yes_same() {
	local n=$1
	shift
	cmp <(command yes "$@" | head -c "$n") <(mote yes "$@" | head -c "$n")
}

@test "yes: y by default" { yes_same 100000; }
@test "yes: words joined by spaces" { yes_same 100000 a b "c d"; }
@test "yes: empty words" { yes_same 1000 "" a ""; yes_same 100 ""; }
@test "yes: -- is skipped" { yes_same 1000 -- a; yes_same 1000 --; yes_same 1000 -- --; }
@test "yes: a lone dash is a word" { yes_same 1000 -; }
@test "yes: a line longer than the buffer" {
	long=$(head -c 20000 /dev/zero | tr '\0' x)
	yes_same 200000 "$long" b
}
@test "yes: line lengths around the buffer size" {
	for n in 4095 4096 8190 8191 8192 8193; do
		yes_same 50000 "$(head -c "$n" /dev/zero | tr '\0' z)"
	done
}
@test "yes: bytes >= 0x80 pass through" { yes_same 1000 $'\xff\x80' $'\t'; }
@test "yes: generated words match coreutils" {
	for seed in 1 2 3 4 5; do
		mapfile -t words < <(od -An -tx1 -N300 /dev/urandom | tr ' ' '\n' | grep . | head -$((seed * 7)))
		yes_same 70000 "${words[@]}"
	done
}
@test "yes: /dev/full is a write error, status 1" {
	run bash -c 'mote yes >/dev/full'
	assert_failure 1
	assert_output "yes: write error"
}
@test "yes: closed stdout is a write error, status 1" {
	run bash -c 'mote yes x >&-'
	assert_failure 1
	assert_output "yes: write error"
}
@test "yes: broken pipe ends yes by SIGPIPE" {
	run bash -c 'mote yes | head -c 10 >/dev/null; echo "${PIPESTATUS[0]}"'
	assert_output "141"
}
@test "yes: a partial write never loses data (slow reader)" {
	mote yes abcdefg | (sleep 0.3; head -c 3000000) | cmp - <(command yes abcdefg | head -c 3000000)
}
