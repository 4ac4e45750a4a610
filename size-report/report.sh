#!/bin/sh
# report.sh OUT UTIL... - size-report/REPORT.md and size-report/sizes.svg
# for the tiny build in OUT (build/<arch>), with the peers measured in the
# same run (measure.sh) and asmutils' recorded figures (asmutils.tsv).
# Environment: ARCH, RSS (tools/rss; empty: no RSS), MUSL_BIN, MOTE_RUN,
# SR_IMPLS (which of mote musl gnu busybox toybox to measure; default all).
set -e
here=$(dirname "$0")
out=$1
shift
: "${ARCH:=x86_64}"
w=build/size-report
mkdir -p "$w"
[ -n "$RSS" ] || MEASURE_RSS=0
export MEASURE_RSS

: >"$w/measure.tsv"
for impl in ${SR_IMPLS:-mote musl gnu busybox toybox}; do
	MOTE_BIN=$out/bin "$here/measure.sh" "$impl" "$@" >>"$w/measure.tsv"
done
RSS="" "$here/collect.sh" utils "$ARCH" "$out" "$@" >"$w/loaded.tsv"
"$here/collect.sh" symbols "$ARCH" "$out" "$@" >"$w/symbols.tsv"
for u in "$@"; do
	secs=$(readelf -SW "$out/obj/$u.o" | sed 's/^ *\[ *[0-9]*\] *//' |
		awk '$1 ~ /^\.rodata.*\.str[0-9]/ { printf " -p %s", $1 }')
	[ -n "$secs" ] || continue
	# shellcheck disable=SC2086
	readelf -W $secs "$out/obj/$u.o" | sed -n "s/^ *\[ *[0-9a-f]*\]  //p" |
		awk -v u="$u" '{ s = $0; n = s; gsub(/\\./, "x", n); print u "\t" length(n) "\t" s }'
done >"$w/strings.tsv"

ver() { "$@" 2>/dev/null | head -n 1 || true; }
{
	echo "kernel	$(uname -sr)"
	echo "gnu	$(ver /usr/bin/cat --version)"
	echo "busybox	$(ver busybox | sed "s/ multi-call.*//")"
	echo "toybox	$(ver toybox --version)"
	echo "musl	musl $(dpkg-query -W -f='${Version}' musl 2>/dev/null || echo n/a)"
	echo "cc	$(ver "${CC:-cc}" --version)"
} >"$w/versions.tsv"

awk -F '\t' -v a="$ARCH" -f "$here/report.awk" "$here/baseline.tsv" "$here/asmutils.tsv" \
	"$w/loaded.tsv" "$w/measure.tsv" "$w/symbols.tsv" "$w/strings.tsv" "$w/versions.tsv" \
	>"$here/REPORT.md.tmp"
# bloat-o-meter's view of what changed against the committed baseline
delta=$(RSS="" "$here/check.sh" "$out" "$@" | sed -n '/add\/remove:/,/^$/p' || true)
{
	echo
	echo "## Against the baseline, symbol by symbol"
	echo
	if [ -n "$delta" ]; then
		echo "Every utility whose symbols differ from size-report/symbols.tsv: old, new and Δ bytes, as the kernel's bloat-o-meter prints them."
		echo
		echo '```'
		printf '%s\n' "$delta"
		echo '```'
	else
		echo "No symbol differs from size-report/symbols.tsv."
	fi
	echo
	echo "## The boot image"
	echo
	if [ -f build/initramfs.sizes ]; then
		echo "From \`make initramfs\` (boot/mkinitramfs: every utility in /bin, init, /etc/rc, /dev/console; Debian's cpio and gzip -9):"
		echo
		sed 's/^/    /' build/initramfs.sizes
		echo
		echo "For scale: asmutils' 114 utilities are 84,519 B."
	else
		echo "Not built in this run (\`make initramfs\` writes build/initramfs.sizes)."
	fi
} >>"$here/REPORT.md.tmp"
mv "$here/REPORT.md.tmp" "$here/REPORT.md"
awk -F '\t' -f "$here/svg.awk" "$here/asmutils.tsv" "$w/measure.tsv" >"$here/sizes.svg.tmp"
mv "$here/sizes.svg.tmp" "$here/sizes.svg"
echo "size-report: $here/REPORT.md, $here/sizes.svg ($# utilities)"
