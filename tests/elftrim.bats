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
	# Header field offsets for the class of this ARCH's build (ELF32 for
	# i386); the program headers follow the ELF header.
	if [ "$(od -An -tu1 -j4 -N1 cat.elf | tr -d ' ')" = 1 ]; then
		W=4 PHOFF=28 PHENTSIZE=42 PHNUM=44 FILESZ=$((52 + 16))
	else
		W=8 PHOFF=32 PHENTSIZE=54 PHNUM=56 FILESZ=$((64 + 32))
	fi
}

# word HEX: the first W bytes of a little-endian HEX, an address-sized field.
word() {
	echo "${1:0:$((2 * W))}"
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
	patch cat.elf $PHOFF "$(word ffff000000000000)"
	run "$ET" cat.elf out
	assert_failure 1
	assert_output --partial "program headers lie outside the file"
}
@test "elftrim: refuses a wrong program header size" {
	patch cat.elf $PHENTSIZE 2100
	run "$ET" cat.elf out
	assert_failure 1
	assert_output --partial "program header size"
}
@test "elftrim: refuses zero program headers" {
	patch cat.elf $PHNUM 0000
	run "$ET" cat.elf out
	assert_failure 1
	assert_output --partial "no program headers"
}
@test "elftrim: refuses a segment that runs past the end of the file" {
	patch cat.elf $FILESZ "$(word ffffff0000000000)"
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
	patch cat.elf $FILESZ "$(word 1000000000000000)"
	run "$ET" cat.elf out
	assert_failure 1
	assert_output --partial "headers are not inside a loaded segment"
}
# An ELF32 (i386) program from the host's own binutils, whatever ARCH is:
# prints "hi" and exits 42.
elf32() {
	printf '%s\n' '.globl _start' '_start:' 'mov $4, %eax' 'mov $1, %ebx' 'mov $msg, %ecx' \
		'mov $3, %edx' 'int $0x80' 'mov $1, %eax' 'mov $42, %ebx' 'int $0x80' \
		'.section .rodata' 'msg: .ascii "hi\n"' >e32.s
	as --32 -o e32.o e32.s
	ld -m elf_i386 -static -z noexecstack -o e32 e32.o
}
@test "elftrim: an ELF32 program (i386) is trimmed, not refused" {
	elf32
	run "$ET" e32 out
	assert_success
	readelf -hW out | grep -q 'Class: *ELF32'
	readelf -hW out | grep -q 'Number of section headers: *0$'
	end=0
	while read -r off filesz; do
		[ $((off + filesz)) -le "$end" ] || end=$((off + filesz))
	done < <(readelf -lW out | awk '$1 == "LOAD" { print $2, $5 }')
	[ "$(stat -c %s out)" = "$end" ]
	[ "$(stat -c %s out)" -lt "$(stat -c %s e32)" ]
}
@test "elftrim: the trimmed ELF32 program still runs" {
	command -v qemu-i386 >/dev/null || skip "qemu-i386 not installed (qemu-user)"
	elf32
	"$ET" e32 out
	run qemu-i386 ./out
	assert_failure 42
	assert_output hi
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
