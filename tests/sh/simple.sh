# simple commands, arguments, PATH search
echo hello world
echo   spaced    out   words
printf '%s|' a b c; echo
true; echo $?
false; echo $?
:
echo $?
ls -d /
env | grep -c '^PATH=' >/dev/null && echo haspath
