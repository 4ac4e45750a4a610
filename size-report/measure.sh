#!/bin/sh
# measure.sh IMPL UTIL... - bytes and RSS of one implementation of each
# utility on its workload (size-report/workloads.tsv), one TSV row per
# workload on stdout:
#   utility  label  impl  bytes  rss_kib  private_kib  minflt  status  path
# n/a where the implementation has no such utility (or RSS was not
# measured: MEASURE_RSS=0, or a binary that needs an emulator).
#
# IMPL is one of
#   mote     $MOTE_BIN/NAME (the trimmed tiny build)
#   musl     $MUSL_BIN/NAME (the same sources, musl-gcc -static -Os, stripped)
#   gnu      /usr/bin/NAME when a GNU package ships it (dynamically linked)
#   busybox  `busybox NAME`; bytes are the whole multi-call binary's
#   toybox   `toybox NAME`; bytes are the whole multi-call binary's
# Environment: RSS (tools/rss), DATA (the data folder, made if missing),
# MOTE_BIN, MUSL_BIN, MOTE_RUN (an emulator: RSS is then not measured).
set -f
here=$(cd "$(dirname "$0")" && pwd)
impl=$1
shift
: "${DATA:=build/size-report/data}" "${MEASURE_RSS:=1}"
[ -z "${MOTE_RUN:-}" ] || MEASURE_RSS=0
tab=$(printf '\t')

mkdata() {
	[ -f "$DATA/.done" ] && return
	mkdir -p "$DATA/dir1000"
	awk 'BEGIN { for (i = 0; i < 16384; i++) printf "line %058d\n", i }' >"$DATA/1m"
	i=0
	while [ $i -lt 1000 ]; do
		: >"$DATA/dir1000/f$(printf %04d $i)"
		i=$((i + 1))
	done
	: >"$DATA/.done"
}

# GNU packages whose binaries stand for "GNU" in the report.
gnu_path() {
	for d in /usr/bin /bin; do
		[ -x "$d/$1" ] || continue
		for p in coreutils grep sed findutils diffutils tar gzip bash gawk; do
			grep -qx "/usr/bin/$1\|/bin/$1" "/var/lib/dpkg/info/$p.list" 2>/dev/null &&
				{ echo "$d/$1"; return; }
		done
	done
}

bb=$(command -v busybox)
tb=$(command -v toybox)
[ -n "$bb" ] && bb_list=" $("$bb" --list | tr '\n' ' ') "
[ -n "$tb" ] && tb_list=" $("$tb" | tr '\n' ' ') "
[ "$MEASURE_RSS" = 1 ] && mkdata
data=$(cd "$DATA" 2>/dev/null && pwd)
abs() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
MOTE_BIN=$(abs "${MOTE_BIN:-build/x86_64/bin}")
MUSL_BIN=$(abs "${MUSL_BIN:-build/musl/bin}")

for u in "$@"; do
	path=
	case $impl in
	mote) cmd="$MOTE_BIN/$u"; [ -f "$cmd" ] && path=$cmd ;;
	musl) cmd="$MUSL_BIN/$u"; [ -f "$cmd" ] && path=$cmd ;;
	gnu) path=$(gnu_path "$u"); cmd=$path ;;
	busybox) case $bb_list in *" $u "*) path=$bb; cmd="$bb $u" ;; esac ;;
	toybox) case $tb_list in *" $u "*) path=$tb; cmd="$tb $u" ;; esac ;;
	esac
	bytes=n/a
	[ -n "$path" ] && bytes=$(stat -L -c %s "$path")
	rows=$(grep "^$u$tab" "$here/workloads.tsv")
	[ -n "$rows" ] || rows="$u$tab-$tab-${tab}null"
	printf '%s\n' "$rows" | while IFS="$tab" read -r _ label in out args; do
		m="rss=n/a private=n/a minflt=n/a status=n/a"
		if [ -n "$path" ] && [ "$MEASURE_RSS" = 1 ] && [ "$out" != skip ]; then
			[ "$in" = - ] && in=/dev/null
			# A fixed, small environment: the stack's first page holds it.
			# shellcheck disable=SC2086
			m=$(cd "$data" && case $out in
				null) env -i "$RSS" -t 5 -i "$in" -o /dev/null -e /dev/null -- $cmd $args 2>&1 ;;
				file) rm -f out.file; env -i "$RSS" -t 5 -i "$in" -o out.file -e /dev/null -- $cmd $args 2>&1 ;;
				pipe) { env -i "$RSS" -t 5 -i "$in" -e /dev/null -- $cmd $args 2>&4 | cat >/dev/null; } 4>&1 ;;
				head) { env -i "$RSS" -t 5 -i "$in" -e /dev/null -- $cmd $args 2>&4 | head -c 1048576 >/dev/null; } 4>&1 ;;
				esac | grep '^rss=' | tail -n 1)
			[ -n "$m" ] || m="rss=n/a private=n/a minflt=n/a status=n/a"
		fi
		# rss=A private=B minflt=C status=D -> columns
		# shellcheck disable=SC2046
		set -- $(printf '%s\n' "$m" | sed 's/[a-z]*=//g')
		printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$u" "$label" "$impl" "$bytes" "$1" "$2" "$3" "$4" "${path:-n/a}"
	done
done
