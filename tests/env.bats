#!/usr/bin/env bats
load helper
bats_require_minimum_version 1.5.0

# bash sets _ to the path of each command run, so that one differs.

# same_env ARGS...: same_as_gnu env ARGS... keeping the inherited
# environment, whose order qemu-user reverses: not under MOTE_RUN.
same_env() { [ -n "$MOTE_RUN" ] || same_as_gnu env "$@"; }

@test "env: writes the environment" { same_env -u _; }
@test "env: -i empties it" { same_as_gnu env -i; same_as_gnu env -i A=1; }
@test "env: a lone - empties it" { same_as_gnu env - A=1 B=2; same_as_gnu env -u _ - ; }
@test "env: assignments set in place, later ones win" {
	same_as_gnu env -i A=1 B=2 A=3 C= =x A==
	A=old B=keep same_env -u _ A=new Z=z
}
@test "env: -u removes, repeated and combined" {
	A=1 B=2 C=3 same_env -u _ -u A -u B
	A=1 same_env -u _ -uA
	same_env -u _ -u NOSUCH
	A=1 same_env -u _ -u A A=2
	same_as_gnu env -i A=1 -u A
}
@test "env: -- ends options" { same_as_gnu env -i -- A=1; same_as_gnu env -- -u _ 2>/dev/null || true; }
@test "env: bytes >= 0x80, spaces and newlines in values" {
	same_as_gnu env -i $'A=\xff\x80' 'B=a b' $'C=x\ny'
}
@test "env: generated assignments match coreutils" {
	for i in $(seq 1 20); do
		args=()
		for j in $(seq 1 $((i % 7 + 1))); do
			args+=("V$((RANDOM % 5))=$RANDOM")
		done
		same_as_gnu env -i "${args[@]}"
		V1=a V2=b same_env -u _ -u V$((i % 5)) "${args[@]}"
	done
}
@test "env: runs a command from PATH with the new environment" {
	run mote env -i PATH=/usr/bin:/bin A=1 sh -c 'echo "$A $PATH"'
	assert_success
	assert_output "1 /usr/bin:/bin"
	same_as_gnu env -i A=1 sh -c 'echo $A'
}
@test "env: the command's arguments and exit status pass through" {
	same_as_gnu env sh -c 'echo "$@"; exit 7' sh a -i 'b c'
	same_as_gnu env false
	same_as_gnu env true -i -u
}
@test "env: with PATH unset the search is /bin:/usr/bin" { same_as_gnu env -i sh -c 'echo ok'; }
@test "env: an empty PATH entry is the current folder" {
	cd "$BATS_TEST_TMPDIR"
	printf '#!/bin/sh\necho here\n' >cmd
	chmod +x cmd
	same_as_gnu env PATH=/nonexistent: cmd
	same_as_gnu env PATH=:/nonexistent cmd
	same_as_gnu env PATH= cmd
}
@test "env: a command path with a slash is not searched" {
	cd "$BATS_TEST_TMPDIR"
	mkdir d && printf '#!/bin/sh\necho d\n' >d/c && chmod +x d/c
	same_as_gnu env PATH=/bin d/c
	same_as_gnu env ./d/c
}
@test "env: not found is 127, not executable is 126" {
	cd "$BATS_TEST_TMPDIR"
	printf 'x' >noexec
	mkdir dir
	same_as_gnu env nosuch-command-xyz
	same_as_gnu env ./nosuch
	same_as_gnu env ./noexec
	same_as_gnu env ./dir
	same_as_gnu env PATH=$PWD noexec
	same_as_gnu env ''
	run -127 mote env nosuch-command-xyz
	assert_failure 127
	assert_output "env: nosuch-command-xyz: No such file or directory"
	run mote env ./noexec
	assert_failure 126
	assert_output "env: ./noexec: Permission denied"
}
@test "env: a non-executable match is passed over for a later one" {
	cd "$BATS_TEST_TMPDIR"
	mkdir a b
	printf 'x' >a/cmd
	printf '#!/bin/sh\necho b\n' >b/cmd && chmod +x b/cmd
	same_as_gnu env PATH=$PWD/a:$PWD/b cmd
}
@test "env: a very long PATH entry is skipped" {
	long=$(printf 'x%.0s' $(seq 1 5000))
	same_as_gnu env PATH="/$long:/bin:/usr/bin" true
}
@test "env: -u with a bad name is an error, 125" {
	same_as_gnu env -u A=b true
	same_as_gnu env -u '' true
	run mote env -u A=b true
	assert_failure 125
	assert_output --partial "env: A=b: cannot unset"
}
@test "env: bad option is a usage error, 125" {
	same_as_gnu env -z
	run mote env -z
	assert_failure 125
	assert_output --partial "usage: env"
}
@test "env: /dev/full is a write error, 125" {
	run bash -c 'mote env >/dev/full'
	assert_failure 125
	assert_output --partial "env: write error"
	same_as_gnu env -i A=1 >/dev/full
}
@test "env: closed stdout is a write error, 125" {
	run bash -c 'mote env -i A=1 >&-'
	assert_failure 125
	assert_output --partial "env: write error"
}
@test "env: a large environment" {
	big=()
	for i in $(seq 1 3000); do big+=("V$i=value$i"); done
	same_as_gnu env -i "${big[@]}"
}
