cd /
pwd
cd /tmp && pwd
cd
[ "$(pwd)" = "$HOME" ] && echo home
echo -n no newline; echo
echo
echo -- -x
printf 'a b  c\n' | { read x y; echo "[$x][$y]"; }
printf 'one\n' | { read x y; echo "[$x][$y]"; }
printf '  lead  trail  \n' | { read x; echo "[$x]"; }
printf 'nonl' | { read x; echo "st $? [$x]"; }
read x </dev/null; echo "eof $?"
set -- 2>/dev/null
: ignored args; echo colon $?
true; echo $?; false; echo $?
echo 'echo sourced $1' >s.sh
. ./s.sh
v=before
echo 'v=after' >v.sh
. ./v.sh; echo $v
exec echo exec replaces
echo not reached
