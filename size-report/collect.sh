#!/bin/sh
# collect.sh utils|symbols ARCH OUT UTIL... - what the size baseline and the
# gate compare, from the build in OUT (build/<arch>: bin/, elf/, obj/).
#
# utils    arch  utility  bytes  loaded  rss_kib
#          bytes: the installed (trimmed) file; loaded: the sum of the
#          PT_LOAD p_memsz; rss_kib: peak RSS on the utility's first
#          workload (measure.sh), n/a when not measured.
# symbols  arch  utility  symbol  bytes
#          every sized symbol of the unstripped link output (nm -S), the
#          ".N" numbering of function-local statics dropped so that it
#          cannot make a symbol look new; then three pseudo-symbols, so
#          that the rows add up to the file's bytes: (headers) the ELF and
#          program headers, (strings) the string literals (.rodata.str*
#          of the object), (other) the rest (the crt stub, alignment).
set -e
here=$(dirname "$0")
what=$1 arch=$2 out=$3
shift 3

# mawk has no strtonum.
hex='function hex(s,  i, n) { s = tolower(s); sub(/^0x/, "", s)
	for (i = 1; i <= length(s); i++) n = n * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
	return n + 0 }'

loaded() {
	readelf -lW "$1" | awk "$hex"' $1 == "LOAD" { n += hex($6) } END { print n + 0 }'
}

case $what in
utils)
	[ -n "$RSS" ] || export MEASURE_RSS=0
	MOTE_BIN=$out/bin "$here/measure.sh" mote "$@" | awk -F '\t' '!seen[$1]++ { print $1 "\t" $5 }' >"$out/.rss"
	for u in "$@"; do
		f=$out/bin/$u
		rss=$(awk -F '\t' -v u="$u" '$1 == u { print $2 }' "$out/.rss")
		printf '%s\t%s\t%s\t%s\t%s\n' "$arch" "$u" "$(stat -c %s "$f")" "$(loaded "$f")" "${rss:-n/a}"
	done
	rm -f "$out/.rss"
	;;
symbols)
	for u in "$@"; do
		bytes=$(stat -c %s "$out/bin/$u")
		hdr=$(readelf -hW "$out/elf/$u" | awk -F: '
			/Size of this header/ { e = $2 + 0 }
			/Size of program headers/ { p = $2 + 0 }
			/Number of program headers/ { n = $2 + 0 }
			END { print e + p * n }')
		str=$(readelf -SW "$out/obj/$u.o" | sed 's/^ *\[ *[0-9]*\]//' |
			awk "$hex"' $1 ~ /^\.rodata.*\.str[0-9]/ { n += hex($5) } END { print n + 0 }')
		nm -S "$out/elf/$u" | awk -v a="$arch" -v u="$u" -v b="$bytes" -v h="$hdr" -v s="$str" "$hex"'
			NF == 4 { n = $4; sub(/\.[0-9]+$/, "", n); sz[n] += hex($2); t += hex($2) }
			END {
				for (n in sz) print a "\t" u "\t" n "\t" sz[n]
				print a "\t" u "\t(headers)\t" h
				print a "\t" u "\t(strings)\t" s
				print a "\t" u "\t(other)\t" b - t - h - s
			}' | sort -t "$(printf '\t')" -k4,4nr -k3,3
	done
	;;
*)
	echo "usage: collect.sh utils|symbols ARCH OUT UTIL..." >&2
	exit 2
	;;
esac
