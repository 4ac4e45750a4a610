#!/usr/bin/env bats
load helper

@test "echo: no operands is a newline" { same_as_gnu echo; }
@test "echo: words joined by one space" { same_as_gnu echo a b  c; }
@test "echo: empty words keep their spaces" { same_as_gnu echo "" a "" ""; }
@test "echo: -n drops the newline" { same_as_gnu echo -n a b; }
@test "echo: -n alone prints nothing" { same_as_gnu echo -n; }
@test "echo: -nnn and repeated -n are options" { same_as_gnu echo -nnn -n x; }
@test "echo: -- is printed" { same_as_gnu echo -- a; }
@test "echo: a lone dash is printed" { same_as_gnu echo - a; }
@test "echo: -n after an operand is printed" { same_as_gnu echo a -n; }
@test "echo: -nx is printed" { same_as_gnu echo -nx a; }
@test "echo: backslashes are literal" { same_as_gnu echo 'a\nb' '\c' '\\'; }
@test "echo: bytes >= 0x80 and controls pass through" { same_as_gnu echo $'\xff\xfe\x01\t' $'\x80'; }
@test "echo: no NUL between words (asmutils wrote one)" {
	run bash -c 'mote echo a b | od -An -c'
	assert_output "   a       b  \\n"
}
@test "echo: many arguments" {
	args=()
	for i in $(seq 1 3000); do args+=("word$i"); done
	same_as_gnu echo "${args[@]}"
}
@test "echo: a 100 KiB argument" { same_as_gnu echo "$(head -c 102400 /dev/zero | tr '\0' x)" b; }
@test "echo: generated words match coreutils" {
	for seed in 1 2 3 4 5 6 7 8; do
		mapfile -t words < <(head -c 2000 <(openssl rand 2000 2>/dev/null || od -An -tx1 -N2000 /dev/urandom) | tr -c 'a-z0-9 \n' ' ' | tr ' ' '\n' | head -50)
		same_as_gnu echo "${words[@]}"
		same_as_gnu echo -n "${words[@]}"
	done
}
@test "echo: /dev/full is a write error, status 1" {
	run bash -c 'mote echo hi >/dev/full'
	assert_failure 1
	assert_output --partial "echo: write error"
}
@test "echo: closed stdout is a write error, status 1" {
	run bash -c 'mote echo hi >&-'
	assert_failure 1
	assert_output --partial "echo: write error"
}
@test "echo: output goes out in one write" {
	command -v strace >/dev/null || skip "no strace"
	[ -z "$MOTE_RUN" ] || skip "strace under qemu-user"
	run strace -f -e trace=write -o "$BATS_TEST_TMPDIR/trace" "$MOTE_BIN/echo" a b c
	assert_output "a b c"
	[ "$(grep -c 'write(1' "$BATS_TEST_TMPDIR/trace")" = 1 ]
}
@test "echo: -n and nothing to write is no write, so no error" {
	run bash -c 'mote echo -n >/dev/full'
	assert_success
	run bash -c 'mote echo -n -nn >&-'
	assert_success
}
@test "echo: options only, and words after an operand" {
	same_as_gnu echo -n -n
	same_as_gnu echo -
	same_as_gnu echo -n -
	same_as_gnu echo -n ''
	same_as_gnu echo '' -n
	same_as_gnu echo 'a  b' -nn c
	same_as_gnu echo -n- x
}
