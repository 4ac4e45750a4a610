#!/usr/bin/env bats
load helper

setup() { cd "$BATS_TEST_TMPDIR"; }

times() { stat -c '%X %Y' "$@"; }

@test "touch: makes missing files, names with spaces, newlines, high bytes" {
	mote touch a 'b c' "$(printf 'n\nl\x80')"
	[ -f a ] && [ -f 'b c' ] && [ -f "$(printf 'n\nl\x80')" ]
	assert_equal "$(stat -c %s a)" 0
}
@test "touch: sets an existing file's times to now, keeps its data" {
	printf data >a
	touch -d 2001-01-01 a
	mote touch a
	[ "$(stat -c %Y a)" -gt 1000000000 ] && [ "$(stat -c %Y a)" -ge "$(($(date +%s) - 5))" ]
	assert_equal "$(cat a)" data
}
@test "touch: -t in every form, same as GNU in UTC" {
	for t in 202401021304 2401021304.59 01021304 6901010000 6812312359 199912312359.59 197001010000 203801190314.07; do
		TZ=UTC touch -t "$t" g
		mote touch -t "$t" m
		assert_equal "$(times m)" "$(times g)"
	done
}
@test "touch: -a and -m touch one time only" {
	touch -d 2001-01-01 a
	mote touch -a -t 200202020202 a
	assert_equal "$(times a)" "1012615320 978307200"
	mote touch -m -t 200303030303 a
	assert_equal "$(times a)" "1012615320 1046660580"
}
@test "touch: -r copies a file's times" {
	touch -d '2005-05-05 05:05:05.5' ref
	mote touch -r ref a
	assert_equal "$(stat -c '%x %y' a)" "$(stat -c '%x %y' ref)"
}
@test "touch: -c does not make files, and is quiet" {
	run mote touch -c nosuch
	assert_success
	assert_output ""
	[ ! -e nosuch ]
}
@test "touch: a directory, a fifo" {
	mkdir d
	mkfifo p
	touch -d 2001-01-01 d p
	mote touch d p
	[ "$(stat -c %Y d)" -gt 1000000000 ]
	[ "$(stat -c %Y p)" -gt 1000000000 ]
}
@test "touch: missing directory, permission denied: messages, the rest made" {
	run mote touch no/such ok
	assert_failure 1
	assert_output "touch: no/such: No such file or directory"
	[ -f ok ]
	need_setpriv
	chmod 755 .
	run as_nobody $MOTE_RUN "$MOTE_BIN/touch" ok new
	assert_failure 1
	assert_output --partial "Permission denied"
}
@test "touch: bad stamp, bad option, missing operand" {
	for t in 2413010000 0132 20240102130 202401021304.5 x 12311260 02301200 202302291200; do
		run mote touch -t "$t" a
		assert_failure 1
	done
	[ ! -e a ]
	run mote touch -Z a
	assert_failure 1
	assert_output --partial "usage: touch"
	run mote touch
	assert_failure 1
}
@test "touch: -d in POSIX's forms, same as GNU in UTC" {
	for d in 2024-01-02T13:04:05 '2024-01-02 13:04:05' 2024-01-02T13:04:05Z 2024-01-02T13:04:05.123456789 \
		2024-01-02T13:04:05,5 '1999-12-31 23:59:59.1234567891234Z' 1969-12-31T23:59:59.5 2000-02-29T00:00:00 \
		2038-01-19T03:14:08,000001Z 1970-01-01T00:00:00; do
		TZ=UTC touch -d "$d" g
		mote touch -d "$d" m
		assert_equal "$(stat -c '%X %x %Y %y' m)" "$(stat -c '%X %x %Y %y' g)"
	done
	mote touch -a -d 2001-02-03T04:05:06.7 m
	assert_equal "$(stat -c '%x %y' m)" "2001-02-03 04:05:06.700000000 +0000 1970-01-01 00:00:00.000000000 +0000"
}
@test "touch: bad -d stamps" {
	for d in 2024-01-02T13:04:05. 2023-02-29T00:00:00 2024-01-02T24:00:00 2024-01-02T13:04:05ZZ 2024-01-02T13:04 \
		2024-13-02T13:04:05 2024-01-02X13:04:05 2024-01-02T13:04:5x '' 2024 x024-01-02T13:04:05 2024-01-02T13:04:05.5x; do
		run mote touch -d "$d" a
		assert_failure 1
		assert_output --partial "usage: touch"
	done
	[ ! -e a ]
	run mote touch -d
	assert_failure 1
}
