#!/bin/sh
# bench/ls.sh [REPS] - mote's ls against GNU ls, busybox ls and toybox ls,
# in the same run, on a generated folder of 1,404 entries (NAMES), sorted,
# output to a file.  Two listings: plain (names only) and -l.  Each
# repetition times a batch of BATCH runs of every ls, in rotating order;
# the table gives the median batch, per run, and the ratio of medians to
# GNU ls's.  Not a test: speed goals live here.
# Commands are word lists ("busybox ls"), split on purpose:
# shellcheck disable=SC2086
set -e
cd "$(dirname "$0")/.."
reps=${1:-7}
batch=${BATCH:-50}
n=${NAMES:-1404}
dir=${BENCH_DIR:-build/bench}/ls$n
make -s utils >/dev/null
if [ ! -d "$dir" ]; then
	mkdir -p "$dir"
	i=0
	while [ $i -lt "$n" ]; do
		: >"$dir/f$(printf %05d $((i * 7919 % 100003)))"
		i=$((i + 1))
	done
fi
util=ls
. bench/peers.sh
out=$(mktemp)
trap 'rm -f "$out" "$out".*' EXIT
for mode in plain -l; do
	opt=; [ "$mode" = plain ] || opt=-l
	# same output first: every ls must list the same names
	LC_ALL=C TZ=UTC /usr/bin/ls $opt "$dir" >"$out.gnu"
	LC_ALL=C TZ=UTC $(cmd mote) $opt "$dir" >"$out.mote"
	cmp -s "$out.gnu" "$out.mote" || { echo "ls.sh: mote's ls differs from GNU's ($mode)" >&2; exit 1; }
	for name in $names; do : >"$out.$name.t"; done
	r=0
	while [ $r -lt "$reps" ]; do
		for name in $names; do
			c=$(cmd "$name")
			t0=$(now)
			k=0
			while [ $k -lt "$batch" ]; do
				LC_ALL=C TZ=UTC $c $opt "$dir" >"$out"
				k=$((k + 1))
			done
			echo $(( ($(now) - t0) / batch / 1000 )) >>"$out.$name.t"
		done
		names="$(echo $names | awk '{ for (i = 2; i <= NF; i++) printf "%s ", $i; print $1 }')"
		r=$((r + 1))
	done
	med() { sort -n "$out.$1.t" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
	gnu=$(med gnu)
	printf '%s (%d entries, %d reps of %d runs): median µs per run, ratio = GNU / it\n' "ls $mode" "$n" "$reps" "$batch"
	for name in mote gnu busybox toybox; do
		[ -s "$out.$name.t" ] || continue
		m=$(med "$name")
		printf '  %-8s %8d µs  %5.2f×\n' "$name" "$m" "$(echo "$gnu $m" | awk '{ printf "%.2f", $1 / $2 }')"
	done
done
