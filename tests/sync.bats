#!/usr/bin/env bats
load helper

@test "sync: succeeds, prints nothing" {
	run mote sync
	assert_success
	assert_output ""
}
@test "sync: with stdout closed" {
	run bash -c 'mote sync >&-'
	assert_success
}
