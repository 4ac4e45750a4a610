#!/bin/sh
# arch-table.sh - the four-architecture size table README shows, from
# size-report/baseline.tsv (bytes per arch and utility) and asmutils.tsv.
# `make readme-sizes` puts it into README.md between the size-table marks.
here=$(dirname "$0")
awk -F '\t' '
FILENAME ~ /asmutils/ { if ($1 !~ /^#/ && $2 ~ /^[0-9]+$/) asm[$1] = $2; next }
FNR == 1 { next }
{ b[$1, $2] = $3; u[$2] = 1 }
END {
	print "| utility | x86_64 | i386 | aarch64 | riscv64 | asmutils (i386) |"
	print "|---|--:|--:|--:|--:|--:|"
	n = 0
	for (k in u) names[++n] = k
	for (i = 2; i <= n; i++)	# insertion sort, byte order
		for (j = i; j > 1 && names[j - 1] > names[j]; j--) {
			t = names[j]; names[j] = names[j - 1]; names[j - 1] = t
		}
	split("x86_64 i386 aarch64 riscv64", arch, " ")
	for (i = 1; i <= n; i++) {
		line = "| " names[i]
		for (a = 1; a <= 4; a++) {
			v = b[arch[a], names[i]]
			line = line " | " (v == "" ? "–" : v)
			if (v != "") tot[a] += v
		}
		print line " | " (names[i] in asm ? asm[names[i]] : "–") " |"
	}
	printf "| **total** (%d) | **%d** | **%d** | **%d** | **%d** | |\n", n, tot[1], tot[2], tot[3], tot[4]
}' "$here/asmutils.tsv" "$here/baseline.tsv"
