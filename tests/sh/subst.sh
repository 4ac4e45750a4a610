echo $(echo hello)
echo "$(printf 'a\n\n\n')"x
echo [$(printf ' a  b ')]
echo "[$(printf ' a  b ')]"
x=$(echo nested $(echo inner))
echo $x
echo $(echo 'a)b')
y="$(echo "q u")"
echo "$y"
n=$(printf '1\n2\n3\n' | wc -l)
echo $n
echo $(exit 5) $?
