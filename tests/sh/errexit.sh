set -e
false || echo or-ok
if false; then :; fi
while false; do :; done
! true
false && echo no
echo still here
x=$(true)
sh -c 'set -e; false; echo not printed'; echo inner $?
sh -c 'set -e; true && false; echo not printed'; echo inner2 $?
sh -ec 'false; echo not printed'; echo inner3 $?
set +e
false; echo "plus e $?"
set -e
false
echo not reached
