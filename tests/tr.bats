#!/usr/bin/env bats
load helper
load gen

setup() {
	cd "$BATS_TEST_TMPDIR"
	gen_inputs
}

@test "tr: translate, delete, squeeze, complement match coreutils" {
	for f in mixed bin lines nonl empty long; do
		while read -r args; do
			eval "set -- $args"
			STDIN=$f same_as_gnu tr "$@"
		done <<'ARGS'
a-z A-Z
'[:lower:]' '[:upper:]'
'[:upper:]' '[:lower:]'
-d a-f
-s ' '
-cs '[:alnum:]' '\n'
-d '\0-\37'
-d '\200-\377'
abc x
abc xyzw
a-c '[x*]'
a-f '[x*2]y'
a-f '[x*010]'
-c a-z _
-C A-Z x
-ds a-c ' '
-s a-z A-Z
'\\' '\n'
'[:digit:]' '[X*]'
'[:space:]' '[-*]'
'[:punct:]' .
'\101-\132' '[a*10]x'
-d '[:cntrl:][:xdigit:]'
-s '[:blank:]'
'\n' ' '
-c '\n' x
'\0-\377' '\1-\377\0'
ARGS
	done
}
@test "tr: usage and set errors" {
	for a in "-z a b" "" "a" "a b c" "-d a b"; do
		run mote tr $a </dev/null
		assert_failure 1
		assert_output --partial "usage: tr"
	done
	run mote tr z-a x </dev/null
	assert_failure 1
	run mote tr a '' </dev/null
	assert_failure 1
}
@test "tr: read error, write errors" {
	mkdir d
	run bash -c 'mote tr a b <d'
	assert_failure 1
	assert_output --partial "Is a directory"
	run bash -c 'mote tr a b <lines >/dev/full'
	assert_failure 1
	assert_output --partial "tr: write error: No space left on device"
	run bash -c 'mote tr a b <lines >&-'
	assert_failure 1
	assert_output --partial "tr: write error"
}
