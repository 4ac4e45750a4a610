#!/bin/bash
# bench/httpd-idle.sh N... - memory per idle connection for mote's httpd,
# a process per connection: for each N, opens N idle connections, then
# reports the workers' private memory (smaps_rollup) and the growth in the
# kernel's KernelStack, PageTables and SUnreclaim per connection, and the
# time a fresh request takes while the N connections are held.
#
#   bench/httpd-idle.sh 1000 10000 20000      (as root, for the fd limits)
cd "$(dirname "$0")/.." || exit 1
bin=$PWD/build/x86_64/bin/httpd
d=$(mktemp -d)
head -c 100 /dev/urandom >"$d/s.bin"
# Below the ephemeral range (32768-60999), where client ports could take it.
port=$((20000 + $$ % 12000))
for n in "${@:-1000}"; do
	port=$((port + 1))
	"$bin" -p $port -n $((n + 10)) -t 3600 "$d" &
	pid=$!
	sleep 0.5
	python3 - "$n" "$port" "$pid" <<'PY'
import os, re, resource, socket, subprocess, sys, time
n, port, pid = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
per_proc = min(n, hard - 100)
def mem():
    m = dict(l.split(':') for l in open('/proc/meminfo'))
    return {k: int(m[k].split()[0]) for k in ('KernelStack', 'PageTables', 'SUnreclaim', 'MemAvailable')}
def workers():
    return [int(p) for p in open('/proc/%d/task/%d/children' % (pid, pid)).read().split()]
base_workers = len(workers())
time.sleep(0.5)
before = mem()
# One client process holds at most per_proc connections (the fd limit).
ready_r, ready_w = os.pipe()
hold_r, hold_w = os.pipe()
for k in range(0, n, per_proc):
    if os.fork() == 0:
        os.close(hold_w)
        socks = []
        for i in range(min(per_proc, n - k)):
            s = socket.socket()
            s.connect(('127.0.0.1', port))
            socks.append(s)
        os.write(ready_w, b'.')
        os.read(hold_r, 1)
        os._exit(0)
for k in range(0, n, per_proc):
    os.read(ready_r, 1)
deadline = time.time() + 120
while len(workers()) - base_workers < n and time.time() < deadline:
    time.sleep(0.2)
time.sleep(1)
after = mem()
ws = workers()
priv = []
for w in ws[-50:]:
    try:
        r = dict(l.split(':') for l in open('/proc/%d/smaps_rollup' % w) if ':' in l and not l.startswith(('0', '5', '7')))
        priv.append((int(r['Private_Clean'].split()[0]) + int(r['Private_Dirty'].split()[0]), int(r['Rss'].split()[0])))
    except Exception:
        pass
t = subprocess.run(['curl', '-s', '-o', '/dev/null', '-w', '%{time_total}', 'http://127.0.0.1:%d/s.bin' % port],
                   capture_output=True, text=True).stdout
per = {k: (after[k] - before[k]) / n for k in ('KernelStack', 'PageTables', 'SUnreclaim')}
print('| %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f ms |' % (
    n, len(ws) - base_workers, sum(p for p, _ in priv) / max(len(priv), 1), sum(r for _, r in priv) / max(len(priv), 1),
    per['KernelStack'], per['PageTables'], per['SUnreclaim'], sum(per.values()), float(t or 0) * 1000))
os.close(hold_w)
for k in range(0, n, per_proc):
    os.wait()
PY
	kill $pid
	sleep 2
done
rm -rf "$d"
