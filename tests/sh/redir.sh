echo one >f
cat f
echo two >>f
cat <f
echo err 2>e >&2
cat e
ls /nonexistent-dir 2>/dev/null || echo ls failed quietly
ls /nonexistent-dir 2>&1 >/dev/null | grep -c . 
{ echo a; echo b >&2; } >out 2>&1
cat out
echo three 1>g
cat g 0<f
exec 3<f
read l <&3; echo "fd3: $l"
read l 0<&3; echo "fd3: $l"
exec 3<&-  2>/dev/null
echo x >/nonexistent-dir/x
echo status $?
while read a; do echo "got $a"; done <f
if true; then echo in if; fi >h
cat h
for i in 1 2; do echo $i; done | cat
echo two digits 12>f12; cat f12
exec 5>&-; echo closing a closed fd: $?
