echo 'single $HOME "x"'
echo "double 'y' \$ \" \\ a"
echo a\ b\$c\\d
x=val
echo "$x" '$x' "\$x" "${x}s"
echo ''"" "" x
printf '[%s]\n' "" '' "a b" a\ \ b
echo "multi
line"
echo 'it''s' "a""b"c
echo \# not a comment # a comment
echo a#b
