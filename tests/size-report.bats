#!/usr/bin/env bats
# The size report and its gate: tools/rss reads a known case right, the
# report's bytes are the installed files' bytes, and `make check-size`
# passes on the tree and fails on an injected growth.  These look at the
# tiny build of the tree, whatever build the suite runs; they run once, in
# the tiny pass.
load helper
bats_require_minimum_version 1.5.0

setup_file() {
	[ "$MOTE_BUILD" != hosted ] || return 0
	# The baseline is for the default build: no CC=clang or HOSTED=1 from
	# a calling make may leak into the copies built here.
	unset MAKEFLAGS MFLAGS MAKELEVEL CC CFLAGS
	# A copy of the tree (tracked and new files), with its current build,
	# so that nothing here writes into the real tree.
	export SR_COPY=$BATS_FILE_TMPDIR/src
	mkdir -p "$SR_COPY"
	(cd "$MOTE_ROOT" && git ls-files -z --cached --others --exclude-standard | xargs -0 tar cf -) |
		(cd "$SR_COPY" && tar xf -)
	make -s -C "$SR_COPY" utils build/tools/rss build/tools/explain >/dev/null
}

setup() {
	unset MAKEFLAGS MFLAGS MAKELEVEL CC CFLAGS
	[ "$MOTE_BUILD" != hosted ] || skip "measures the tiny build; runs in the tiny pass"
	[ -z "$MOTE_RUN" ] || skip "RSS and the gate need native binaries"
	RSS=$SR_COPY/build/tools/rss
	cd "$BATS_TEST_TMPDIR"
}

# These run the binaries by path: tools/rss must exec them itself.
@test "rss: a two-page process (true: one code page, one stack page) reads 8 KiB" {
	run "$RSS" -- "$MOTE_BIN/true"
	assert_success
	assert_output "rss=8 private=8 minflt=1 status=0"
}
@test "rss: redirects the workload and passes its exit status on" {
	printf 'abc' >in
	run "$RSS" -i in -o out -e err -- "$MOTE_BIN/cat" - nosuch
	assert_failure 1
	assert_output --regexp '^rss=[0-9]+ private=[0-9]+ minflt=[0-9]+ status=1$'
	[ "$(cat out)" = abc ]
	grep -q nosuch err
}
@test "rss: sees a process that touches more memory" {
	head -c 300000 /dev/zero >big
	run "$RSS" -i big -- /usr/bin/awk 'BEGIN { while ((getline l) > 0) s = s l; print length(s) }'
	assert_success
	[[ $output =~ rss=([0-9]+) ]] && [ "${BASH_REMATCH[1]}" -gt 300 ]
}
@test "rss: a command that does not exist" {
	run -127 "$RSS" -- ./nosuch
	assert_output --partial "nosuch"
}
@test "size-report: check-size passes on the tree as it is" {
	run make -C "$SR_COPY" check-size
	assert_success
	assert_output --partial "check-size: no growth"
}
@test "size-report: check-size fails when code is added to a utility" {
	cp -a "$SR_COPY" grown
	echo '__attribute__((used, retain)) static void grown_by_test(void) { __asm__ volatile("nop"); }' >>grown/utils/true.c
	run make -C grown check-size UTILS=true
	assert_failure
	assert_output --partial "FAIL: grew by"
	assert_output --regexp 'grown_by_test +0 +[1-9][0-9]* +\+[1-9]'
}
@test "size-report: check-size fails against a baseline one byte smaller" {
	cp -a "$SR_COPY" lower
	awk -F '\t' -v OFS='\t' '$2 == "echo" { $3 = $3 - 1 } 1' lower/size-report/baseline.tsv >b
	mv b lower/size-report/baseline.tsv
	run make -C lower check-size UTILS="true echo"
	assert_failure
	assert_output --regexp 'echo +[0-9]+ +[0-9]+ +\+1 .*FAIL: grew by 1 B'
}
@test "size-report: the report's bytes are the installed files' bytes" {
	run make -C "$SR_COPY" size-report SR_IMPLS=mote
	assert_success
	make -s -C "$SR_COPY" install DESTDIR="$BATS_TEST_TMPDIR/inst" PREFIX=/usr >/dev/null
	for c in "$SR_COPY"/utils/*.c; do
		u=$(basename "$c" .c)
		f=inst/usr/bin/$u
		grep -q "^| $u | $(stat -c %s "$f") | " "$SR_COPY/size-report/REPORT.md" ||
			{ echo "$u: $(stat -c %s "$f") B not in REPORT.md"; return 1; }
	done
	xmllint --noout "$SR_COPY/size-report/sizes.svg" 2>/dev/null || grep -q '</svg>' "$SR_COPY/size-report/sizes.svg"
}
@test "size-report: make's table shows bytes, delta and asmutils" {
	run make -C "$SR_COPY" sizes
	assert_success
	assert_output --regexp 'true +[0-9]+ +[+-][0-9]+ +95'
}
@test "explain: names every header field of a mote binary and marks its symbols" {
	run "$SR_COPY/build/tools/explain" "$SR_COPY/build/x86_64/bin/true" "$SR_COPY/build/x86_64/elf/true"
	assert_success
	for f in EI_MAG EI_CLASS e_type e_machine e_entry e_phoff e_phentsize e_phnum p_type p_flags p_vaddr p_filesz p_memsz; do
		assert_output --partial " $f "
	done
	assert_output --partial "<start_c>"
	assert_output --regexp "bytes 0x78 to 0x$(printf %x "$(stat -c %s "$SR_COPY/build/x86_64/bin/true")")"
}
@test "explain: refuses what is not ELF, and headers past the end" {
	printf 'not an elf file at all, not at all, no, not at all....' >junk
	run "$SR_COPY/build/tools/explain" junk
	assert_failure 1
	assert_output --partial "not a little-endian ELF"
	head -c 70 "$SR_COPY/build/x86_64/bin/true" >cut
	run "$SR_COPY/build/tools/explain" cut
	assert_failure 1
	assert_output --partial "past the end"
}
@test "docs: make docs writes docs/anatomy.md from the real true" {
	run make -C "$SR_COPY" docs
	assert_success
	grep -q "^# Anatomy of a mote binary: \`true\` in $(stat -c %s "$SR_COPY/build/x86_64/bin/true") bytes" "$SR_COPY/docs/anatomy.md"
	grep -q 'e_entry' "$SR_COPY/docs/anatomy.md"
}
@test "docs: the committed docs/anatomy.md is up to date with true's size" {
	grep -q "^# Anatomy of a mote binary: \`true\` in $(stat -c %s "$SR_COPY/build/x86_64/bin/true") bytes" "$MOTE_ROOT/docs/anatomy.md" ||
		{ echo "docs/anatomy.md is stale: run make docs"; return 1; }
}
@test "size-report: README's size table is the baseline's" {
	"$MOTE_ROOT/size-report/arch-table.sh" >expected
	sed -n '/<!-- size-table -->/,/<!-- \/size-table -->/p' "$MOTE_ROOT/README.md" | sed '1d;$d' >shown
	diff expected shown
}
