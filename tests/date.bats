#!/usr/bin/env bats
load helper

ALL='%Y %m %d %H %M %S %y %e %j %a %A %b %B %h %p %P %Z %z %s %n %t %% %C %u %w %k %l %I %D %F %T %R %r %c %x %X'
FLAGS='%-d %_m %0e %-H %_j %-j %_S %0k %-y %_C'

@test "date: default format at given times" {
	for t in 0 -1 86399 951782400 1709164800 1234567890 2147483647 2147483648 -2208988800 4102444800; do
		same_as_gnu date -u -d "@$t"
		same_as_gnu date -d "@$t"
	done
}
@test "date: every conversion at given times" {
	for t in 0 -1 59 3599 43199 43200 46800 86399 951782400 951868800 1709164800 1735689599 \
		1234567890 -2208988800 4102444800 -30610224000 253402300799; do
		same_as_gnu date -u -d "@$t" "+$ALL"
		same_as_gnu date -d "@$t" "+$FLAGS"
	done
}
@test "date: every day of four years, including leap days" {
	for d in $(seq 0 7 1470) $(seq 1 1461 | awk 'NR % 97 == 0'); do
		t=$((946684800 + d * 86400 + d * 37))
		same_as_gnu date -d "@$t" '+%F %j %a %A %b %B %u %w %e %T'
	done
}
@test "date: generated times match coreutils" {
	for i in $(seq 1 100); do
		t=$(( (RANDOM * 32768 + RANDOM) * (RANDOM % 4 + 1) - 2000000000 ))
		same_as_gnu date -d "@$t" "+$ALL"
	done
}
@test "date: now is now" {
	a=$(date +%s)
	b=$(mote date +%s)
	c=$(date +%s)
	[ "$a" -le "$b" ] && [ "$b" -le "$c" ]
	run mote date +%N
	assert_output --regexp '^[0-9]{9}$'
}
@test "date: no format: the default, now" {
	run mote date
	assert_success
	assert_output --regexp '^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ 1-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-6][0-9] UTC [0-9]{4}$'
}
@test "date: unknown conversions, a lone % and plain text are copied" {
	same_as_gnu date -d @0 '+%Q %% %'
	same_as_gnu date -d @0 '+%-'
	same_as_gnu date -d @0 '+a%_'
	same_as_gnu date -d @0 '+plain text'
	same_as_gnu date -d @0 '+'
	same_as_gnu date -d @0 $'+\xff\x80'
}
@test "date: years below 1000 are padded to four digits" {
	same_as_gnu date -d @-62135596800 '+%Y %F %C %y'
	same_as_gnu date -d @-59011459200 '+%Y %F %C %y'
}
@test "date: -u is accepted" { same_as_gnu date -u -d @100 +%T; same_as_gnu date -ud @100 +%T; }
@test "date: bad -d values, status 1" {
	for d in xyz @ @x @1x @1e3; do same_as_gnu date -d "$d"; done
	run mote date -d @x
	assert_failure 1
	assert_output "date: @x: invalid date"
}
@test "date: bad options and operands are usage errors" {
	run mote date -q
	assert_failure 1
	assert_output --partial "usage: date"
	run mote date +%s +%s
	assert_failure 1
	run mote date -d
	assert_failure 1
}
@test "date: /dev/full is a write error, status 1" {
	run bash -c 'mote date >/dev/full'
	assert_failure 1
	assert_output --partial "date: write error"
}
@test "date: closed stdout is a write error, status 1" {
	run bash -c 'mote date >&-'
	assert_failure 1
	assert_output --partial "date: write error"
}
