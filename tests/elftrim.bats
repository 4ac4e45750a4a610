#!/usr/bin/env bats
# tools/elftrim: trims what it can, refuses what it would break, and never
# leaves a half-written output.
load helper

setup() {
	[ "$MOTE_BUILD" != hosted ] || skip "host tool: tested once"
	ET=$MOTE_ROOT/build/tools/elftrim
	[ -x "$ET" ] || make -s -C "$MOTE_ROOT" build/tools/elftrim
	cd "$BATS_TEST_TMPDIR"
	ARCHDIR=$MOTE_ROOT/build/${ARCH:-x86_64}
	cp "$ARCHDIR/elf/cat" cat.elf
}

# patch FILE OFFSET HEXBYTES: overwrite bytes in place.
patch() {
	printf "$(echo "$3" | sed 's/../\\x&/g')" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}

@test "elftrim: drops section headers and the bytes after the segment" {
	run "$ET" cat.elf out
	assert_success
	readelf -hW out | grep -q 'Number of section headers: *0$'
	readelf -hW out | grep -q 'Start of section headers: *0 '
	readelf -hW out | grep -q 'Section header string table index: *0$'
	filesz=$(readelf -lW out | awk '$1 == "LOAD" { print $5 }')
	[ "$(stat -c %s out)" = "$((filesz))" ]
	[ "$(stat -c %s out)" -lt "$(stat -c %s cat.elf)" ]
}
@test "elftrim: the trimmed program still runs" {
	"$ET" cat.elf out
	printf 'hello' | $MOTE_RUN ./out | grep -qx hello
}
@test "elftrim: in place when OUT is left out, and idempotent" {
	cp cat.elf x
	"$ET" x
	cp x y
	"$ET" y
	cmp x y
}
@test "elftrim: keeps the file mode" {
	chmod 750 cat.elf
	"$ET" cat.elf out
	[ "$(stat -c %a out)" = 750 ]
}
@test "elftrim: refuses a non-ELF file" {
	printf 'not an elf at all, but long enough to have a header.......' >junk
	run "$ET" junk out
	assert_failure 1
	assert_output "elftrim: junk: not an ELF file"
	[ ! -e out ]
}
@test "elftrim: refuses an empty file" {
	: >empty
	run "$ET" empty out
	assert_failure 1
	assert_output --partial "not an ELF file"
}
@test "elftrim: refuses a truncated header" {
	head -c 30 cat.elf >short
	run "$ET" short out
	assert_failure 1
	assert_output --partial "truncated ELF header"
}
@test "elftrim: refuses big-endian" {
	patch cat.elf 5 02
	run "$ET" cat.elf out
	assert_failure 1
	assert_output --partial "not little-endian"
}
@test "elftrim: refuses an unknown class" {
	patch cat.elf 4 07
	run "$ET" cat.elf out
	assert_failure 1
	assert_output --partial "unknown ELF class"
}
@test "elftrim: refuses a shared object or PIE (ET_DYN)" {
	patch cat.elf 16 0300
	run "$ET" cat.elf out
	assert_failure 1
	assert_output --partial "ET_EXEC"
}
@test "elftrim: refuses program headers outside the file" {
	patch cat.elf 32 ffff000000000000
	run "$ET" cat.elf out
	assert_failure 1
	assert_output --partial "program headers lie outside the file"
}
@test "elftrim: refuses a wrong program header size" {
	patch cat.elf 54 2000
	run "$ET" cat.elf out
	assert_failure 1
	assert_output --partial "program header size"
}
@test "elftrim: refuses zero program headers" {
	patch cat.elf 56 0000
	run "$ET" cat.elf out
	assert_failure 1
	assert_output --partial "no program headers"
}
@test "elftrim: refuses a segment that runs past the end of the file" {
	# p_filesz of the first program header (offset 64 + 32)
	patch cat.elf 96 ffffff0000000000
	run "$ET" cat.elf out
	assert_failure 1
	assert_output --partial "outside the file"
}
@test "elftrim: refuses a file cut short inside its segment" {
	"$ET" cat.elf whole
	head -c 200 whole >cut
	run "$ET" cut out
	assert_failure 1
	assert_output --partial "outside the file"
}
@test "elftrim: refuses headers outside the loaded bytes" {
	# the only PT_LOAD shrunk to 16 bytes: cutting there would cut the headers
	patch cat.elf 96 1000000000000000
	run "$ET" cat.elf out
	assert_failure 1
	assert_output --partial "headers are not inside a loaded segment"
}
@test "elftrim: a failed run leaves no output and no temporary file" {
	cp cat.elf keep
	printf 'junk' >out
	patch cat.elf 5 02
	run "$ET" cat.elf out
	assert_failure 1
	[ "$(cat out)" = junk ]
	[ -z "$(ls | grep trim)" ]
}
@test "elftrim: an unwritable folder is an error, and nothing is left" {
	need_setpriv
	mkdir ro
	chmod 555 ro
	chmod 755 "$BATS_TEST_TMPDIR"
	chmod 644 cat.elf
	run as_nobody "$ET" cat.elf ro/out
	assert_failure 1
	assert_output --partial "Permission denied"
	[ -z "$(ls ro)" ]
}
@test "elftrim: a missing input is an error" {
	run "$ET" nosuch out
	assert_failure 1
	assert_output "elftrim: nosuch: No such file or directory"
}
@test "elftrim: usage" {
	run "$ET"
	assert_failure 1
	assert_output --partial "usage: elftrim"
}
