#!/bin/sh
# check.sh OUT UTIL... - the size gate: compare the build in OUT with this
# ARCH's rows of baseline.tsv and symbols.tsv.  Exits 1 if any utility grew
# by a byte, or its RSS by more than a page (RSS moves by a page from run to
# run: stack placement, the size of what is read), or has no baseline row yet.  For
# every utility that changed, prints its symbols the way the kernel's
# bloat-o-meter does: old, new, delta, largest growth first.
set -e
here=$(dirname "$0")
out=$1
shift
: "${ARCH:=x86_64}"
tmp=$out/.check
mkdir -p "$tmp"
"$here/collect.sh" utils "$ARCH" "$out" "$@" >"$tmp/utils.tsv"
"$here/collect.sh" symbols "$ARCH" "$out" "$@" >"$tmp/symbols.tsv"
touch "$here/baseline.tsv" "$here/symbols.tsv"

awk -F '\t' -v a="$ARCH" '
FILENAME == ARGV[1] { if ($1 == a) { ob[$2] = $3; orss[$2] = $5 } next }
FILENAME == ARGV[2] { if ($1 == a) { os[$2, $3] = $4; syms[$2] = syms[$2] SUBSEP $3 } next }
FILENAME == ARGV[3] { order[++n] = $2; nb[$2] = $3; nrss[$2] = $5; next }
{ ns[$2, $3] = $4; syms[$2] = syms[$2] SUBSEP $3 }
function num(v) { return v ~ /^[0-9]+$/ }
END {
	printf "%-12s %8s %8s %7s %8s %8s\n", "utility", "old", "new", "delta", "rss old", "rss new"
	for (i = 1; i <= n; i++) {
		u = order[i]
		o = (u in ob) ? ob[u] : "-"
		d = (u in ob) ? nb[u] - ob[u] : nb[u]
		why = ""
		if (!(u in ob)) why = "new utility: no baseline row"
		else if (d > 0) why = "grew by " d " B"
		if (num(orss[u]) && num(nrss[u]) && nrss[u] - orss[u] > 4)
			why = why (why ? ", " : "") "RSS grew by " nrss[u] - orss[u] " KiB"
		printf "%-12s %8s %8s %+7d %8s %8s%s\n", u, o, nb[u], d, \
			(u in orss) ? orss[u] : "-", nrss[u], why ? "  FAIL: " why : ""
		if (why) fail++
		if (d != 0 || why) changed[++nc] = u
	}
	for (i = 1; i <= nc; i++) {
		u = changed[i]
		split(syms[u], list, SUBSEP)
		delete seen; m = 0; add = rem = grow = shrink = up = down = 0
		for (k in list) {
			s = list[k]
			if (s == "" || (s in seen)) continue
			seen[s] = 1
			o = ((u, s) in os) ? os[u, s] : 0
			w = ((u, s) in ns) ? ns[u, s] : 0
			if (o == w) continue
			if (!((u, s) in os)) add++
			else if (!((u, s) in ns)) rem++
			else if (w > o) grow++
			else shrink++
			if (w > o) up += w - o; else down += o - w
			row[++m] = sprintf("%-32s %7d %7d %+7d", s, o, w, w - o); dl[m] = w - o
		}
		printf "\n%s: add/remove: %d/%d grow/shrink: %d/%d up/down: %d/-%d (%d)\n", \
			u, add, rem, grow, shrink, up, down, up - down
		printf "%-32s %7s %7s %7s\n", "function", "old", "new", "delta"
		for (p = 1; p <= m; p++)	# largest growth first
			for (q = p + 1; q <= m; q++)
				if (dl[q] > dl[p]) { t = row[p]; row[p] = row[q]; row[q] = t; t = dl[p]; dl[p] = dl[q]; dl[q] = t }
		for (p = 1; p <= m; p++) print row[p]
	}
	if (fail) {
		printf "\ncheck-size: %d utilities grew against size-report/baseline.tsv (%s).\n", fail, a
		print "If the growth is meant, run `make size-baseline` and commit the baseline diff."
		exit 1
	}
	printf "\ncheck-size: no growth against size-report/baseline.tsv (%s, %d utilities)\n", a, n
}' "$here/baseline.tsv" "$here/symbols.tsv" "$tmp/utils.tsv" "$tmp/symbols.tsv"
