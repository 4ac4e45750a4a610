#!/usr/bin/env bats
# The shape of the tiny binaries: one R+X LOAD, no section headers, and the
# same bytes from two builds in different folders.
load helper

setup() {
	[ "$MOTE_BUILD" != hosted ] || skip "tiny build only"
}

@test "elf: every utility has exactly one LOAD, R E, and no section headers" {
	for f in "$MOTE_BIN"/*; do
		[ -n "$(ls "$MOTE_ROOT"/ldscripts/rw.ld)" ]
		grep -q "^RW_UTILS :=.*\\b$(basename "$f")\\b" "$MOTE_ROOT/Makefile" && continue
		loads=$(readelf -lW "$f" | grep -c ' LOAD ')
		[ "$loads" = 1 ] || { echo "$f: $loads LOAD segments"; return 1; }
		readelf -lW "$f" | grep ' LOAD ' | grep -q ' R E ' || { echo "$f: not R E"; return 1; }
		readelf -hW "$f" | grep -q 'Number of section headers: *0$' || { echo "$f: has section headers"; return 1; }
	done
}
@test "elf: no segment is writable and executable" {
	for f in "$MOTE_BIN"/*; do
		! readelf -lW "$f" | grep -E ' LOAD .* RWE ' || { echo "$f"; return 1; }
	done
}
@test "elf: no executable stack: i386 carries PT_GNU_STACK RW, nothing asks for RWE" {
	# Without PT_GNU_STACK an i386 program runs with READ_IMPLIES_EXEC;
	# qemu-user does not show that in its maps, so the header is checked.
	for f in "$MOTE_BIN"/*; do
		! readelf -lW "$f" | grep -E ' GNU_STACK .* RWE ' || { echo "$f"; return 1; }
		readelf -hW "$f" | grep -q 'Machine: *Intel 80386' || continue
		readelf -lW "$f" | grep -qE ' GNU_STACK .* RW ' || { echo "$f: no PT_GNU_STACK"; return 1; }
	done
}
@test "elf: an i386 program runs with a stack that is not executable" {
	# Natively, without qemu, where this kernel runs i386 programs at all.
	readelf -hW "$MOTE_BIN/cat" | grep -q 'Machine: *Intel 80386' || skip "i386 only"
	"$MOTE_BIN/cat" /proc/self/maps >"$BATS_TEST_TMPDIR/maps" 2>/dev/null ||
		skip "this kernel does not run i386 programs"
	grep '\[stack\]' "$BATS_TEST_TMPDIR/maps" | grep -q ' rw-p '
	! grep -E ' rwx. ' "$BATS_TEST_TMPDIR/maps"
}
@test "elf: two clean builds in different folders are byte-identical" {
	for d in one two; do
		git -C "$MOTE_ROOT" ls-files -z --cached --others --exclude-standard |
			(cd "$MOTE_ROOT" && xargs -0 tar cf -) | (mkdir -p "$BATS_TEST_TMPDIR/$d/src" && cd "$BATS_TEST_TMPDIR/$d/src" && tar xf -)
		make -s -C "$BATS_TEST_TMPDIR/$d/src" utils ARCH="${ARCH:-x86_64}" >/dev/null
	done
	diff -r "$BATS_TEST_TMPDIR/one/src/build/${ARCH:-x86_64}/bin" "$BATS_TEST_TMPDIR/two/src/build/${ARCH:-x86_64}/bin"
}
