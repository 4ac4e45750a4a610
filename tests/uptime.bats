#!/usr/bin/env bats
load helper

@test "uptime: time, time up and load averages" {
	run mote uptime
	assert_success
	assert_output --regexp '^ [0-2][0-9]:[0-5][0-9]:[0-6][0-9] up ([0-9]+ days?, )?([ 0-9][0-9]:[0-5][0-9]|[0-9]+ min),  load average: [0-9]+\.[0-9]{2}, [0-9]+\.[0-9]{2}, [0-9]+\.[0-9]{2}$'
}
@test "uptime: the time up agrees with /proc/uptime" {
	local s
	s=$(cut -d. -f1 /proc/uptime)
	run mote uptime
	local d=$((s / 86400)) h=$((s / 3600 % 24)) m=$((s / 60 % 60)) want=
	[ "$d" = 0 ] || want="$d day$([ "$d" = 1 ] || echo s), "
	if [ "$h" = 0 ]; then want="$want$m min"; else want="$want$(printf '%2d:%02d' "$h" "$m")"; fi
	# A minute may turn between the two reads.
	[[ "$output" == *" up $want,  load"* ]] || [[ "$output" == *" up "* ]] && [ $(( $(cut -d. -f1 /proc/uptime) / 60 )) != $((s / 60)) ] ||
		assert_output --partial " up $want,  load average: "
}
@test "uptime: the time of day is UTC now" {
	local before after
	before=$(date -u +%H:%M)
	run mote uptime
	after=$(date -u +%H:%M)
	[[ "$output" == " $before:"* || "$output" == " $after:"* ]]
}
@test "uptime: an operand is a usage error" {
	run mote uptime x
	assert_failure 1
	assert_output --partial "usage: uptime"
}
@test "uptime: /dev/full is a write error" {
	run bash -c 'mote uptime >/dev/full'
	assert_failure 1
	assert_output --partial "uptime: write error"
}
