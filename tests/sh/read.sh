printf 'a\\ b c\\\\d e\\\n f\\\n' | { read x y; printf '[%s][%s]\n' "$x" "$y"; read z; printf 'st %s [%s]\n' $? "$z"; }
printf 'a\\ b c\\\\d e\\\n f\\' | { read -r x y; printf '[%s][%s]\n' "$x" "$y"; read z; printf 'st %s [%s]\n' $? "$z"; }
printf 'x\\' | { read x; echo "st $? [$x]"; }
printf 'x\\ ' | { read x; echo "st $? [$x]"; }
printf ' x\\  \n' | { read x; echo "st $? [$x]"; }
printf 'a b\\ \n' | { read x y; echo "st $? [$x][$y]"; }
printf '\\ a b\n' | { read x y; echo "st $? [$x][$y]"; }
printf 'a\\\tb\tc\n' | { read x y; echo "st $? [$x][$y]"; }
printf '\\a\\b \\\\\n' | { read x y; printf '[%s][%s]\n' "$x" "$y"; }
printf 'one\\\ntwo\\\n\\\nthree four\n' | { read x y; printf '[%s][%s]\n' "$x" "$y"; }
printf 'a  b  \\  \n' | { read -r x y; printf '[%s][%s]\n' "$x" "$y"; }
printf 'a\\\n' | { read x; echo "st $? [$x]"; }
printf 'p q r\n' | { read x y z w; printf '[%s][%s][%s][%s]\n' "$x" "$y" "$z" "$w"; }
printf 'a b\\  c\n' | { read x y; printf '[%s][%s]\n' "$x" "$y"; }
printf 'a\\b\\\\c\n' | { read -r x; printf '[%s]\n' "$x"; }
printf 'l1\\\nl2\n' >f; while read -r l; do printf '<%s>\n' "$l"; done <f; while read l; do printf '<%s>\n' "$l"; done <f
# An escaped blank after the last field's plain trailing blanks is trimmed
# with them; one right after a character stays.
for s in 'a  b  \\  ' 'a  b  \\ ' 'a  b \\  \\  ' 'a  b\\ ' 'a  b\\  ' 'a  \\  ' '  \\   ' 'a  b  \\  c ' 'a\t\\\t \\ ' ' \\  \\  '; do
	printf "$s\n" | { read x y; printf '[%s][%s]' "$x" "$y"; }
	printf "$s\n" | { read x; printf '[%s]' "$x"; }
	printf "$s\n" | { read x y z; printf '[%s][%s][%s]\n' "$x" "$y" "$z"; }
done
