#!/usr/bin/env bats
load helper

pf() { same_as_gnu printf "$@"; }

@test "printf: plain text and escapes in the format" {
	pf 'hello\n'
	pf '\\\"\a\b\e\f\n\r\t\v\n'
	pf '\0101\18\400\7\77|\n'
	pf '\x41\x4g\xff\x0|\n'
	pf '\q\'"'"'\z|\n'
	pf 'trailing\'
	pf $'\xff\x80 bytes\n'
}
@test "printf: \\c stops all output" {
	pf 'a\cb'
	pf '%s\c\n' a b
}
@test "printf: a missing hex escape is an error" { pf 'a\x'; }
@test "printf: -- is skipped" { pf -- '%s\n' b; pf -x; }
@test "printf: %s %c with widths, precisions and flags" {
	pf '%s|%5s|%-5s|%.2s|%5.1s|%.s|%.0s|\n' abc abc abc abc xyz abc abc
	pf '%c|%5c|%-3c|%c|\n' abc a b ''
	pf '%*s|%-*s|%*s|%.*s|\n' -5 a 3 b '' 7 2 abcdef
}
@test "printf: %d %i %o %u %x %X with flags, widths and precisions" {
	for f in %d %i %o %u %x %X; do
		for flags in '' - + ' ' '#' 0 -0 '+0' '# ' '#0'; do
			for wp in '' 5 .3 5.3 .0 10.0 1; do
				pf "[%${flags}${wp}${f:1}]\\n" 0 1 -1 42 -42 255 007 0x1f
			done
		done
	done
}
@test "printf: numbers: signs, bases, character codes, limits" {
	pf '%d %i\n' -0 +5 " -7" 0x7fffffffffffffff 0x8000000000000000 -9223372036854775808 077 0X1F "'a" '"b' "'"
	pf '%u %x %o\n' -1 -1 -1 18446744073709551615 18446744073709551615 18446744073709551615
	pf '%ld %hd %lld %jd %zd %td\n' 1 2 3 4 5 6
}
@test "printf: bad numbers: converted as far as they go, status 1" {
	for a in 12abc abc '' ' ' 1e3 08 0x 0xg - + 99999999999999999999 -99999999999999999999 -9223372036854775809; do
		pf '%d|\n' "$a"
		pf '%u|\n' "$a"
	done
	run mote printf '%d\n' 12abc
	assert_failure 1
	assert_output --partial "printf: 12abc: value not completely converted"
}
@test "printf: %b" {
	pf '%b|\n' 'a\n\tb' '\0\01\0101\1010\x4g' '\e\x41\x\0\00\000\0000\1\12\123\1234' 'trailing\'
	pf '%b' 'a\cb' 'c'
	pf '%b%b\n' '\101' '\0101'
}
@test "printf: %% and invalid conversions" {
	pf '%%%s%%\n' x y
	for f in '%' '%-' '%5' 'abc%' '%5%' '%z' '%w\n' '%#'; do
		pf "$f" a
	done
}
@test "printf: the format is reused while arguments remain" {
	pf '%s %s\n' a b c
	pf '%s=%d\n' a 1 b 2 c
	pf 'x\n' a b
	pf '' a b
	pf '%s\n'
	pf '%d %s|\n'
	pf '%*d|\n' 3 1 4 2
}
@test "printf: generated formats and arguments match coreutils" {
	convs=(d i o u x X s c b)
	for i in $(seq 1 200); do
		c=${convs[RANDOM % 9]}
		flags=$(printf '%s' '-+ #0' | fold -w1 | shuf -n $((RANDOM % 3)) | tr -d '\n')
		w=$((RANDOM % 12)); [ $((RANDOM % 3)) = 0 ] && w=
		p=.$((RANDOM % 6)); [ $((RANDOM % 2)) = 0 ] && p=
		[ "$c" = b ] && flags= w= p=
		[ "$c" = c ] && p=
		arg=$((RANDOM - 16384))
		[ $((RANDOM % 5)) != 0 ] || arg=${arg}x
		pf "<%${flags}${w}${p}${c}>\\n" "$arg" "$RANDOM"
	done
}
@test "printf: missing format is a usage error" {
	run mote printf
	assert_failure 1
	assert_output --partial "usage: printf"
}
@test "printf: /dev/full is a write error, status 1" {
	run bash -c 'mote printf "%s\n" a >/dev/full'
	assert_failure 1
	assert_output --partial "printf: write error"
}
@test "printf: closed stdout is a write error, status 1" {
	run bash -c 'mote printf x >&-'
	assert_failure 1
	assert_output --partial "printf: write error"
}
@test "printf: long output" {
	pf '%s %d\n' $(seq 1 20000)
}
