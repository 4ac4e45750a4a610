#!/bin/sh
# bench/httpd.sh - mote's httpd against lighttpd, webfs, busybox httpd and
# mini_httpd, in one run: wrk -t2 -c50 -d10s on 127.0.0.1 for a 100 B and a
# 1 MiB file, keep-alive and "Connection: close".  Prints a Markdown table of
# requests per second (higher is better) and mote's ratio to the best peer.
#
#   bench/httpd.sh [SECONDS]      (default 10; needs `make` first)
cd "$(dirname "$0")/.." || exit 1
secs=${1:-10}
bin=$PWD/build/x86_64/bin/httpd
[ -x "$bin" ] || { echo "build first: make" >&2; exit 1; }
for t in wrk lighttpd webfsd busybox mini_httpd; do
	command -v $t >/dev/null || { echo "missing $t (tools/deps installs it)" >&2; exit 1; }
done
d=$(mktemp -d)
trap 'for p in $pids; do kill $p 2>/dev/null; done; rm -rf "$d"' EXIT INT TERM
mkdir "$d/www"
head -c 100 /dev/urandom >"$d/www/s.bin"
head -c 1048576 /dev/urandom >"$d/www/m.bin"
base=$((20000 + $$ % 12000))
pids=

# Each server gets its own port and runs in the foreground under our shell.
cat >"$d/lighttpd.conf" <<CONF
server.document-root = "$d/www"
server.bind = "127.0.0.1"
server.port = $((base + 1))
server.max-connections = 1024
server.max-keep-alive-requests = 100000
server.errorlog = "$d/lighttpd.err"
mimetype.assign = (".bin" => "application/octet-stream")
CONF
"$bin" -p $base -n 1024 "$d/www" & pids="$pids $!"
lighttpd -D -f "$d/lighttpd.conf" & pids="$pids $!"
webfsd -F -4 -i 127.0.0.1 -p $((base + 2)) -r "$d/www" -c 1024 >/dev/null 2>&1 & pids="$pids $!"
busybox httpd -f -p 127.0.0.1:$((base + 3)) -h "$d/www" & pids="$pids $!"
mini_httpd -D -h 127.0.0.1 -p $((base + 4)) -d "$d/www" -l /dev/null & pids="$pids $!"
sleep 1

names="mote lighttpd webfs busybox mini_httpd"
echo "| file, connection | $(echo $names | sed 's/ / | /g') | mote / best peer |"
echo "|---|---|---|---|---|---|---|"
for f in s.bin m.bin; do
	for mode in keep-alive close; do
		hdr=
		[ $mode = close ] && hdr="-H Connection:close"
		row="| $( [ $f = s.bin ] && echo 100 B || echo 1 MiB ), $mode |"
		i=0 best=0 mote=0
		for n in $names; do
			# shellcheck disable=SC2086
			r=$(wrk -t2 -c50 -d"${secs}s" $hdr "http://127.0.0.1:$((base + i))/$f" 2>&1 |
				awk '/^Requests\/sec/ {printf "%d", $2} /Non-2xx/ {bad=1} END {if (bad) printf "*"}')
			[ -n "$r" ] || r=0
			row="$row $r |"
			v=${r%\*}
			if [ $i = 0 ]; then mote=$v; elif [ "$v" -gt "$best" ]; then best=$v; fi
			i=$((i + 1))
		done
		echo "$row $(awk -v a="$mote" -v b="$best" 'BEGIN {printf "%.2f", b ? a / b : 0}') |"
	done
done
echo
echo "requests/s; * = some non-2xx responses; $(nproc) CPUs, $(uname -r)"
