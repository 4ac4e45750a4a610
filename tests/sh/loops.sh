i=0
while [ $i -lt 3 ]; do echo w$i; i=$(expr $i + 1); done
until [ $i -eq 0 ]; do echo u$i; i=$(expr $i - 1); done
for x in a b "c d"; do echo "f:$x"; done
for x in; do echo never; done; echo empty $?
for x in 1 2 3
do
	for y in a b
	do
		echo $x$y
	done
done
while false; do echo never; done; echo wst $?
n=0
for w in $(echo one two three); do n=$(expr $n + 1); done; echo words $n
printf 'l1\nl2 x\n l3 \n' | while read a b; do echo "[$a][$b]"; done
set -- p "q r"
for x do echo "do:$x"; done
for x; do echo "semi:$x"; done
for x
do echo "nl:$x"; done
for x

; do echo "nlsemi:$x"; done
for x
in s t; do echo "nlin:$x"; done
for x in p do; do echo "in:$x"; done
set --
for x do echo never; done; echo none $?
