#!/bin/sh
# baseline.sh OUT UTIL... - rewrite this ARCH's rows of baseline.tsv (one
# per utility) and symbols.tsv (one per symbol) from the build in OUT,
# keeping the other architectures' rows.  Run on purpose (make
# size-baseline), so that the diff of the baseline in a commit shows every
# byte a change adds.
set -e
here=$(dirname "$0")
out=$1
shift
: "${ARCH:=x86_64}"

# replace FILE HEADER: the rows of other arches, then stdin, sorted.
replace() {
	tmp=$1.tmp
	{
		printf '%s\n' "$2"
		{
			[ -f "$1" ] && awk -F '\t' -v a="$ARCH" 'NR > 1 && $1 != a' "$1"
			cat
		} | sort -t "$(printf '\t')" -k1,1 -k2,2 -k4,4nr -k3,3
	} >"$tmp"
	mv "$tmp" "$1"
}

"$here/collect.sh" utils "$ARCH" "$out" "$@" |
	replace "$here/baseline.tsv" "$(printf 'arch\tutility\tbytes\tloaded\trss_kib')"
"$here/collect.sh" symbols "$ARCH" "$out" "$@" |
	replace "$here/symbols.tsv" "$(printf 'arch\tutility\tsymbol\tbytes')"
echo "size-baseline: $here/baseline.tsv and $here/symbols.tsv rewritten for $ARCH ($# utilities)"
