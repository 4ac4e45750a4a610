true && echo and1
false && echo and2
false || echo or1
true || echo or2
false || false || echo or3
true && false || echo mixed
echo a; echo b ; echo c
sleep 0.1 & echo bg
wait
echo after wait
(exit 3) & wait $!; echo $?
true &&
echo continued
(echo sub; exit 4); echo $?
(x=inner); echo "[$x]"
{ echo g1; echo g2; }
