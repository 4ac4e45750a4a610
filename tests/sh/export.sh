x=1
sh -c 'echo "x=[$x]"'
export x
sh -c 'echo "x=[$x]"'
y=2 sh -c 'echo "y=[$y]"'
echo "y after=[$y]"
export z=3
env | grep '^z='
unset z
env | grep -c '^z=' 
x=4
sh -c 'echo "x=[$x]"'
