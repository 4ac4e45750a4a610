#!/usr/bin/env bats
load helper

# mote is a shell function: the target is a sleep started straight from
# the test's shell, so $! is the process itself.  Background jobs of a
# non-interactive shell ignore SIGINT and SIGQUIT, so those are not used.
target() {
	sleep 100 &
	pid=$!
	# until the child has become sleep: before its exec it is still bash,
	# whose handling of some signals differs
	# (up to 10 s: a loaded machine can be that slow to exec)
	for _ in $(seq 500); do
		[ "$(cat /proc/$pid/comm 2>/dev/null)" = sleep ] && return
		sleep 0.02
	done
	echo "target: $pid never became sleep" >&2
	return 1
}
# died_by PID SIGNAL: PID ended by SIGNAL (bash reports 128 + its number).
# Now and then bash has already reaped and forgotten the job (wait says
# "no record", 127); then it is enough that the process is gone.
died_by() {
	local s
	wait "$1" 2>/dev/null && s=0 || s=$?
	[ "$s" = 127 ] && ! kill -0 "$1" 2>/dev/null && return 0
	[ "$s" = $((128 + $(kill -l "$2"))) ]
}

@test "kill: SIGTERM by default" {
	target
	mote kill "$pid"
	died_by "$pid" TERM
}
@test "kill: -NAME, -sNAME forms, SIG prefix and any case" {
	for spec in -KILL -9 "-s KILL" "-s 9" -SIGKILL -kill -sigkill "-s sigKill" "-s SIGKILL"; do
		target
		# shellcheck disable=SC2086
		mote kill $spec "$pid"
		died_by "$pid" KILL
	done
}
# ignored NAME: this shell was started with NAME ignored (nohup ignores
# HUP), which its children inherit and bash cannot undo.
ignored() {
	local mask
	mask=$(awk '/^SigIgn:/ { print $2 }' /proc/$$/status)
	(( 0x$mask >> ($(kill -l "$1") - 1) & 1 ))
}

@test "kill: every named signal reaches the process" {
	for name in HUP USR1 USR2 ALRM TERM; do
		ignored "$name" && continue
		target
		mote kill -s "$name" "$pid"
		died_by "$pid" "$name"
	done
}
@test "kill: -- before the PIDs" {
	target
	mote kill -- "$pid"
	died_by "$pid" TERM
	target
	mote kill -USR2 -- "$pid"
	died_by "$pid" USR2
}
@test "kill: several PIDs" {
	target; a=$pid
	target; b=$pid
	mote kill -USR1 "$a" "$b"
	died_by "$a" USR1
	died_by "$b" USR1
}
@test "kill: a process group by negative PID" {
	setsid sleep 100 &
	sleep 0.2
	pgid=$(pgrep -f '^sleep 100$' -n)
	mote kill -TERM -- "-$pgid"
	! kill -0 "$pgid" 2>/dev/null || { sleep 0.2; ! kill -0 "$pgid" 2>/dev/null; }
}
@test "kill: -0 checks that a process exists" {
	run mote kill -0 $$
	assert_success
	run mote kill -s 0 $$
	assert_success
}
@test "kill: no such process: message, goes on, status 1" {
	target
	run mote kill 2147483 "$pid"
	assert_failure 1
	assert_output "kill: 2147483: No such process"
	died_by "$pid" TERM
}
@test "kill: permission denied as a non-root user" {
	need_setpriv
	run as_nobody $MOTE_RUN "$MOTE_BIN/kill" -0 1
	assert_failure 1
	assert_output "kill: 1: Operation not permitted"
}
@test "kill: invalid PIDs and signals" {
	run mote kill 12x
	assert_failure 1
	assert_output "kill: 12x: invalid process id"
	run mote kill -NOSUCH 1
	assert_failure 1
	assert_output "kill: NOSUCH: invalid signal"
	run mote kill -s 65 1
	assert_failure 1
	run mote kill -s '' 1
	assert_failure 1
	run mote kill - 1
	assert_failure 1
}
@test "kill: missing operands are usage errors" {
	for args in "" "-9" "-s" "-s KILL" "--"; do
		# shellcheck disable=SC2086
		run mote kill $args
		assert_failure 1
		assert_output --partial "usage: kill"
	done
}
@test "kill: -l lists the names as procps does, one a line" {
	run mote kill -l
	assert_success
	assert_output "$(/bin/kill -l | tr ' ' '\n' | grep .)"
}
@test "kill: -l translates numbers, exit statuses and names as bash does" {
	for a in 1 2 9 15 17 19 31 137 143 129 HUP term SIGKILL sigusr1 Chld; do
		run mote kill -l "$a"
		assert_success
		assert_output "$(kill -l "$a")"
	done
	run mote kill -l 9 TERM
	assert_output "$(printf 'KILL\n15')"
}
@test "kill: -l with a bad signal" {
	run mote kill -l 99 x 9
	assert_failure 1
	assert_line "kill: 99: invalid signal"
	assert_line "kill: x: invalid signal"
	assert_line "KILL"
}
@test "kill: -l to /dev/full is a write error, status 1" {
	run bash -c 'mote kill -l >/dev/full'
	assert_failure 1
	assert_output "kill: write error"
	run bash -c 'mote kill -l 9 >&-'
	assert_failure 1
}
