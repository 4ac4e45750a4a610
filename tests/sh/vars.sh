a=1 b=2
echo $a $b ${a}${b}
c="x y   z"
echo $c
echo "$c"
unset a
echo "[$a]"
n=
echo "[$n]" [$n]
echo $nosuch_var_at_all end
d=$b$b
echo $d
e="$c"
echo "$e"
echo $$ | grep -q '^[0-9][0-9]*$' && echo pid ok
false
echo $?
x=$(false)
echo $?
echo $HOME | grep -q / && echo home
# prefix assignments: kept before nothing and before a special builtin,
# only while it runs before a regular one or an external command
p=0
p=1 true; echo "true: $p"
p=2 echo x; echo "echo: $p"
p=3 test 1; echo "test: $p"
p=4 [ 1 ]; echo "[: $p"
unset q; q=5 true; echo "unset before: [$q]"
r=6 :; echo ": $r"
export s=7; s=8 true; sh -c 'echo "exported still: $s"'
t=0; t=1 t=2 echo x; echo "twice: $t"
HOME=/ cd; pwd; echo "home back: $(test "$HOME" = / && echo no || echo yes)"
cd "$OLDPWD" 2>/dev/null || cd /tmp
u=9 env | grep '^u='
f=/tmp/mote-read.$$
w=0; echo "a b" >$f; w=5 read w v <$f; echo "read: $w $v"; rm -f $f
