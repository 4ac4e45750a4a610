#!/usr/bin/env bats
load helper

@test "ps: heading, then one line per process" {
	run mote ps
	assert_success
	assert_line --index 0 "  PID S    RSS COMMAND"
	assert_line --regexp '^ +1 [A-Z] +[0-9]+ .+'
}
@test "ps: shows itself running, with its command line" {
	run mote ps
	assert_line --regexp "^ *[0-9]+ R +[0-9]+ .*/ps\$"
}
@test "ps: the same processes as /proc, with their command lines" {
	sleep 30 & local pid=$!
	# Until it has exec'd, the child is still bash.
	sleep 0.2
	run mote ps
	kill $pid
	assert_line --regexp "^ *$pid S +[0-9]+ sleep 30\$"
	assert_line --regexp "^ *$$ [A-Z] +[0-9]+ "
}
@test "ps: RSS in KiB, as /proc/PID/status says" {
	sleep 30 & local pid=$!
	sleep 0.2
	local rss
	rss=$(awk '/^VmRSS:/ { print $2 }' /proc/$pid/status)
	run mote ps
	kill $pid
	assert_line --regexp "^ *$pid S +$rss sleep 30\$"
}
@test "ps: a zombie shows its name in brackets" {
	# The short sleep's parent execs a sleep that never reaps it.
	bash -c 'sleep 0.01 & exec sleep 3' & local pid=$!
	sleep 0.5
	run mote ps
	kill $pid
	assert_line --regexp '^ *[0-9]+ Z +0 \[sleep\]$'
}
@test "ps: a name with spaces and parentheses" {
	cp "$(command -v sleep)" "$BATS_TEST_TMPDIR/a) (b"
	"$BATS_TEST_TMPDIR/a) (b" 30 & local pid=$!
	sleep 0.2
	run mote ps
	kill $pid
	assert_line --regexp "^ *$pid S +[0-9]+ .*/a\\) \\(b 30\$"
}
@test "ps: an operand is a usage error" {
	run mote ps x
	assert_failure 1
	assert_output --partial "usage: ps"
}
@test "ps: /dev/full is a write error" {
	run bash -c 'mote ps >/dev/full'
	assert_failure 1
	assert_output --partial "ps: write error"
}
