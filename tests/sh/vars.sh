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
