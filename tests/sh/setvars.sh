# set with no words: every variable, sorted by name, quoted to read back.
qz=1 qz1=2 qz_=3 qzA=4 qza='x y' qzZ=
qzq="it's" qzqq="a''" qzlead="'a" qzsl='\' qzd='$x "y" `z`'
export qzx=exported
qzu=gone; unset qzu
set | grep '^qz'
qzn='a
b'
set | grep -A1 '^qzn='
set | grep '^qzq' >back.sh; unset qzq qzqq; . ./back.sh; echo "$qzq|$qzqq"
set >/dev/null; echo status $?
