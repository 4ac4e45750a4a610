#!/bin/sh
# bench/cat.sh [REPS] - mote's cat against GNU cat, busybox cat and toybox
# cat, in the same run, on the same files:
#   pipe  cat SRC | dd of=/dev/null bs=1M   (PIPE_MIB of random data)
#   file  cat SRC >DST, a new regular file  (FILE_MIB of random data)
# Every repetition runs each cat once per mode, in a rotating order so that
# a noisy neighbour hurts them alike; the table gives the median and the
# best run in MiB/s, and the ratio of medians to GNU cat's.  Peak RSS comes from tools/rss (ptrace exit stop; see
# size-report), on the same two workloads.  Not a test: speed goals live here.
#
# REPS (default 5); PIPE_MIB (1024), FILE_MIB (256); BENCH_DIR (build/bench),
# which must have room for both files and a copy.
# Commands are word lists ("busybox cat"), split on purpose:
# shellcheck disable=SC2086
set -e
cd "$(dirname "$0")/.."
reps=${1:-5}
pipe_mib=${PIPE_MIB:-1024}
file_mib=${FILE_MIB:-256}
dir=${BENCH_DIR:-build/bench}
make -s utils build/tools/rss >/dev/null
rss=$PWD/build/tools/rss
mkdir -p "$dir"

util=cat
. bench/peers.sh
mkfile() {
	[ "$(stat -c %s "$1" 2>/dev/null)" = $(($2 << 20)) ] ||
		head -c $(($2 << 20)) /dev/urandom >"$1"
	cat "$1" >/dev/null	# into the page cache
}
mkfile "$dir/pipe.src" "$pipe_mib"
mkfile "$dir/file.src" "$file_mib"

# Output first: a cat that is fast and wrong does not count.
for n in $names; do
	# shellcheck disable=SC2046
	$(cmd "$n") "$dir/file.src" >"$dir/dst"
	cmp -s "$dir/file.src" "$dir/dst" || { echo "cat.sh: $n: wrong output" >&2; exit 1; }
	$(cmd "$n") "$dir/file.src" | cmp -s "$dir/file.src" - || { echo "cat.sh: $n: wrong pipe output" >&2; exit 1; }
done

: >"$dir/times.tsv"
i=0
while [ $i -lt "$reps" ]; do
	# rotate the order: rep 0 starts with mote, rep 1 with gnu, ...
	set -- $names
	k=0
	while [ $k -lt $((i % $#)) ]; do x=$1; shift; set -- "$@" "$x"; k=$((k + 1)); done
	for n in "$@"; do
		c=$(cmd "$n")
		t0=$(now)
		$c "$dir/pipe.src" | dd of=/dev/null bs=1M 2>/dev/null
		t1=$(now)
		printf '%s\tpipe\t%s\n' "$n" $((t1 - t0)) >>"$dir/times.tsv"
		# no writeback of an earlier copy may land inside this timing
		rm -f "$dir/dst"
		sync -f "$dir"
		t0=$(now)
		$c "$dir/file.src" >"$dir/dst"
		t1=$(now)
		printf '%s\tfile\t%s\n' "$n" $((t1 - t0)) >>"$dir/times.tsv"
	done
	i=$((i + 1))
done
rm -f "$dir/dst"

: >"$dir/rss.tsv"
for n in $names; do
	c=$(cmd "$n")
	p=$( { env -i "$rss" -e /dev/null -- $c "$dir/pipe.src" 2>&4 | dd of=/dev/null bs=1M 2>/dev/null; } 4>&1)
	f=$(env -i "$rss" -o "$dir/dst" -e /dev/null -- $c "$dir/file.src" 2>&1)
	printf '%s\t%s\t%s\n' "$n" "$(echo "$p" | sed 's/.*rss=\([0-9]*\).*/\1/')" \
		"$(echo "$f" | sed 's/.*rss=\([0-9]*\).*/\1/')" >>"$dir/rss.tsv"
done
rm -f "$dir/dst"

echo "cat: $reps runs each, medians; pipe $pipe_mib MiB into dd of=/dev/null bs=1M, file $file_mib MiB to a new file"
echo "($(uname -sr), $(nproc) CPUs, $(df -T "$dir" | awk 'NR == 2 { print $2 }') at $dir)"
echo
awk -F '\t' -v pm="$pipe_mib" -v fm="$file_mib" -v names="$names" '
function median(key,  n, i, j, t, a) {
	n = split(all[key], a, " ")
	for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
	best = a[1]
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
FILENAME == ARGV[1] { all[$1 "," $2] = all[$1 "," $2] " " $3; next }
{ rp[$1] = $2; rf[$1] = $3 }
END {
	print "| cat | pipe MiB/s median | best | pipe ÷ GNU | file MiB/s median | best | file ÷ GNU | RSS KiB, pipe | RSS KiB, file |"
	print "|---|--:|--:|--:|--:|--:|--:|--:|--:|"
	gp = pm / (median("gnu,pipe") / 1e9); gf = fm / (median("gnu,file") / 1e9)
	n = split(names, nm, " ")
	for (i = 1; i <= n; i++) {
		p = pm / (median(nm[i] ",pipe") / 1e9); bp = pm / (best / 1e9)
		f = fm / (median(nm[i] ",file") / 1e9); bf = fm / (best / 1e9)
		printf "| %s | %.0f | %.0f | %.2f× | %.0f | %.0f | %.2f× | %s | %s |\n", nm[i], p, bp, p / gp, f, bf, f / gf, rp[nm[i]], rf[nm[i]]
	}
}' "$dir/times.tsv" "$dir/rss.tsv"
