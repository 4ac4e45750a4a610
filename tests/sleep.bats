#!/usr/bin/env bats
load helper

@test "sleep: integers, fractions and suffixes are accepted as by coreutils" {
	for a in 0 0.1 .1 1. 00.05 0.001m 0.00001h 0d 0s 0.000001d 0.0000000001; do
		same_as_gnu sleep "$a"
	done
}
@test "sleep: several intervals are summed" { same_as_gnu sleep 0.05 .05s 0.001m; }
@test "sleep: -- ends options" { same_as_gnu sleep -- 0.01; }
@test "sleep: invalid intervals, status 1 and a message" {
	for a in x 1y . 1ss '' 1.2.3 1e s 1.s. +- '1 ' 1sm; do
		same_as_gnu sleep "$a"
	done
	run mote sleep 1y
	assert_failure 1
	assert_output "sleep: 1y: invalid time interval"
}
@test "sleep: an invalid operand among valid ones: no sleep, status 1" {
	run mote sleep 1000 bad 2000
	assert_failure 1
	assert_output "sleep: bad: invalid time interval"
}
@test "sleep: missing operand is a usage error" {
	same_as_gnu sleep
	run mote sleep
	assert_failure 1
	assert_output --partial "usage: sleep"
}
@test "sleep: a negative number is a bad option" { same_as_gnu sleep -1; }
@test "sleep: it does sleep (loosely)" {
	t0=$(date +%s%N)
	mote sleep 0.3
	t1=$(date +%s%N)
	[ $((t1 - t0)) -ge 250000000 ]
	t0=$(date +%s%N)
	mote sleep 0.002m .05
	t1=$(date +%s%N)
	[ $((t1 - t0)) -ge 150000000 ]
}
# mote is a shell function: the sleeping process is the child of $!.
start_sleep() {
	mote sleep "$@" &
	sub=$!
	for _ in 1 2 3 4 5 6 7 8 9 10; do
		pid=$(pgrep -P "$sub") && return
		sleep 0.1
	done
	return 1
}
@test "sleep: huge intervals are accepted, and a signal ends them" {
	start_sleep 99999999999999999999d
	sleep 0.2
	kill -0 "$pid"
	kill "$pid"
	wait "$sub" && s=0 || s=$?
	[ "$s" = 143 ]
}
@test "sleep: stopped and continued, it goes on sleeping" {
	start_sleep 100
	kill -STOP "$pid"
	kill -CONT "$pid"
	sleep 0.2
	kill -0 "$pid"
	kill "$pid"
	wait "$sub" || true
}
