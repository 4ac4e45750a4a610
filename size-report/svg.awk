# svg.awk - sizes.svg, a log-scale bar chart of bytes per utility: mote
# beside asmutils 0.18 (i386, recorded), the same sources on musl, busybox
# and toybox (whole multi-call binary) and GNU (dynamic).  Input:
# asmutils.tsv, then measure.tsv (report.sh's), tab-separated.
function lg(x) { return log(x) / log(10) }
function xpos(b) { return left + (lg(b) - lo) * scale }
FILENAME == ARGV[1] { if ($0 !~ /^#/ && $1 != "utility") bytes[$1, "asmutils"] = $2; next }
$4 ~ /^[0-9]+$/ && !(($1, $3) in bytes) { bytes[$1, $3] = $4 }
!($1 in seen) { seen[$1] = 1; order[++n] = $1 }
END {
	ns = split("mote asmutils musl busybox toybox gnu", ser, " ")
	split("mote|asmutils 0.18 (i386, recorded)|musl-gcc -static -Os|busybox (multi-call binary)|toybox (multi-call binary)|GNU (dynamic, libc not counted)", name, "|")
	split("#d62728 #7f7f7f #2ca02c #1f77b4 #9467bd #ff7f0e", col, " ")
	lo = 1; hi = 7; left = 90; width = 660; scale = width / (hi - lo)
	bar = 6; gap = 12; top = 40 + 18 * 3
	group = ns * bar + gap
	h = top + n * group + 30
	W = left + width + 60
	printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">\n", W, h, W, h
	printf "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", W, h
	printf "<text x=\"%d\" y=\"20\" font-size=\"14\" font-weight=\"bold\">Bytes per utility (log scale): mote and the alternatives</text>\n", left
	for (s = 1; s <= ns; s++) {
		x = left + ((s - 1) % 3) * 230; y = 36 + int((s - 1) / 3) * 18
		printf "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>\n", x, y, col[s], x + 16, y + 9, name[s]
	}
	for (d = lo; d <= hi; d++) {
		x = xpos(10 ^ d)
		printf "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>\n", x, top - 4, x, h - 24
		printf "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s</text>\n", x, h - 10, \
			d < 3 ? 10 ^ d " B" : d < 6 ? 10 ^ (d - 3) " KB" : 10 ^ (d - 6) " MB"
	}
	for (i = 1; i <= n; i++) {
		u = order[i]; y0 = top + (i - 1) * group
		printf "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-weight=\"bold\">%s</text>\n", left - 6, y0 + ns * bar / 2 + 4, u
		for (s = 1; s <= ns; s++) {
			if (!((u, ser[s]) in bytes)) continue
			b = bytes[u, ser[s]]; y = y0 + (s - 1) * bar
			printf "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s %s: %d bytes</title></rect>\n", \
				left, y, xpos(b < 10 ? 10 : b) - left, bar - 1, col[s], u, name[s], b
			if (s == 1) printf "<text x=\"%.1f\" y=\"%d\" font-size=\"9\">%d</text>\n", xpos(b) + 3, y + bar, b
		}
	}
	print "</svg>"
}
