i=0
while true; do
	i=$(expr $i + 1)
	if [ $i -gt 3 ]; then break; fi
	echo w$i
done
echo after $i
for x in a b c d; do
	case $x in b) continue;; esac
	[ $x = d ] && break
	echo f$x
done
for x in 1 2 3; do
	for y in 1 2 3; do
		[ $y = 2 ] && continue 2
		[ $x = 3 ] && break 2
		echo $x$y
	done
	echo never
done
echo outer done
for x in 1 2; do
	while true; do break; echo no; done
	echo still $x
done
until false; do break; done; echo until $?
for x in 1 2 3; do echo $x; break 5; done
break; echo break outside a loop is ignored
for x in a b; do (break); echo sub $x; done
