#!/usr/bin/env bats
load helper

# Compare with coreutils' test, not bash's builtin.
setup() {
	enable -n test
	cd "$BATS_TEST_TMPDIR"
}

# Exit status of mote's test and of "[ ARGS ]" both equal coreutils'.
both() {
	same_as_gnu test "$@"
	local g m
	/usr/bin/[ "$@" ] 2>/dev/null && g=0 || g=$?
	mote [ "$@" ] 2>/dev/null && m=0 || m=$?
	[ "$g" = "$m" ] || { echo "[ $* ]: gnu $g, mote $m"; return 1; }
}

@test "test: zero and one argument" {
	both
	for a in a "" "!" "(" ")" -a -o -n -z = -f --; do both "$a"; done
}
@test "test: strings" {
	for a in "" a b ab "a b" $'\xff'; do
		both -n "$a"; both -z "$a"; both ! "$a"
		for b in "" a b ab; do
			both "$a" = "$b"; both "$a" != "$b"; both "$a" == "$b"
		done
	done
}
@test "test: < and > compare bytes, as bash's test does" {
	for p in "a b" "b a" "a a" "a ab" " a" $'\x80 a' $'a \x80'; do
		set -- $p
		for op in '<' '>'; do
			enable test
			test "$1" "$op" "${2-}" && want=0 || want=$?
			enable -n test
			run mote test "$1" "$op" "${2-}"
			[ "$status" = "$want" ]
		done
	done
}
@test "test: integers of any length, signs and blanks" {
	for a in 0 1 -1 +1 007 -0 " 5 " 99999999999999999999 -99999999999999999999 18446744073709551616; do
		for b in 0 1 -1 7 5 99999999999999999998; do
			for op in -eq -ne -lt -le -gt -ge; do both "$a" "$op" "$b"; done
		done
	done
}
@test "test: invalid integers are errors, status 2" {
	for a in a 1x "" - + 1.5 "1 2" 0x1; do
		both "$a" -eq 1
		both 1 -lt "$a"
	done
	run mote test a -eq 1
	assert_failure 2
	assert_output "test: a: invalid integer"
}
@test "test: file types and modes" {
	: >empty; printf x >full; mkdir dir; ln -s full link; ln -s nosuch dangling; mkfifo fifo
	chmod 4755 full; chmod 2755 dir; mkdir sticky; chmod 1777 sticky
	for f in empty full dir link dangling fifo nosuch /dev/null /dev/loop0 sticky /; do
		for op in -b -c -d -e -f -g -h -k -L -p -r -s -S -u -w -x; do both "$op" "$f"; done
	done
}
@test "test: a socket is -S" {
	command -v python3 >/dev/null || skip "no python3"
	python3 -c 'import socket; socket.socket(socket.AF_UNIX).bind("sock")'
	both -S sock
	both -f sock
}
@test "test: access as a non-root user" {
	need_setpriv
	chmod 755 "$BATS_TEST_TMPDIR"
	printf x >ro; chmod 444 ro
	printf x >none; chmod 000 none
	printf x >exe; chmod 711 exe
	for f in ro none exe; do
		for op in -r -w -x; do
			as_nobody /usr/bin/test "$op" "$BATS_TEST_TMPDIR/$f" && g=0 || g=$?
			as_nobody $MOTE_RUN "$MOTE_BIN/test" "$op" "$BATS_TEST_TMPDIR/$f" && m=0 || m=$?
			[ "$g" = "$m" ]
		done
	done
}
@test "test: -nt -ot -ef" {
	: >old; touch -d 2000-01-01 old; : >new; ln new hard; ln -s new soft
	for a in old new hard soft nosuch; do
		for b in old new hard soft nosuch; do
			for op in -nt -ot -ef; do both "$a" "$op" "$b"; done
		done
	done
}
@test "test: -t" {
	both -t 0 </dev/null
	both -t 1
	both -t 99999999999999999999
	both -t x
	run script -qc "$MOTE_BIN/test -t 0" /dev/null 2>/dev/null || skip "no script"
	[ -z "$MOTE_RUN" ] || skip
	run script -qec "$MOTE_BIN/test -t 0" /dev/null
	assert_success
}
@test "test: ! ( ) -a -o, precedence and the POSIX rules by count" {
	both ! a
	both ! ""
	both ! ! a
	both "(" a ")"
	both "(" "" ")"
	both "(" ! ")"
	both ! "(" "" ")"
	both a -a ""
	both "" -o a
	both a -o "" -a ""
	both "" -a a -o a
	both ! a = a -o a
	both "(" a -o "" ")" -a ""
	both ! = a
	both = = =
	both ! = =
	both "(" = ")"
	both -n = -n
	both ! -n a
	both "(" -n ")"
	both "(" a = b ")" -o "(" c != d ")"
	both ! "(" a = a ")" -a b
}
@test "test: syntax errors are status 2" {
	for e in "( a" "a )" "a b" "-q x" "a -a" "-n a -o" "a = b c" "( )" "( x = )" "! ( a" "x -a -q y"; do
		# shellcheck disable=SC2086
		both $e
	done
	run mote test a b
	assert_failure 2
	assert_output "test: b: extra argument"
}
@test "test: generated expressions match coreutils" {
	toks=(a "" "!" "(" ")" -a -o = != == -q -- -eq -ge -ne 0 -1 " 7 " 07 x -t -nt -ot -ef /etc "$BATS_TEST_TMPDIR" -e -s -L -d -f nosuch)
	for i in $(seq 1 600); do
		args=()
		for ((j = 0; j < RANDOM % 7; j++)); do args+=("${toks[RANDOM % ${#toks[@]}]}"); done
		/usr/bin/test "${args[@]}" 2>/dev/null && g=0 || g=$?
		mote test "${args[@]}" 2>/dev/null && m=0 || m=$?
		[ "$g" = "$m" ] || { printf '<%s> ' "${args[@]}"; echo "gnu $g mote $m"; return 1; }
	done
}
@test "[: needs its closing ]" {
	run mote [ a
	assert_failure 2
	assert_output "test: missing ']'"
	run mote [
	assert_failure 2
	run mote [ a = a ]
	assert_success
	run mote [ ]
	assert_failure 1
	run mote [ "]" ]
	assert_success
	run mote test a = a ]
	assert_failure 2
}
@test "test: ] is an ordinary word for test" { both "]"; same_as_gnu test "]" = "]"; }
