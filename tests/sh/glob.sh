mkdir -p g && cd g || exit
touch b.c a.c c.h .hidden 'sp ace.c'
mkdir -p d && touch d/x.c d/y.c
echo *.c
echo *
echo ?.h
echo [ab].c
echo [!a].c
echo d/*.c
echo *.none
echo "*.c"
echo '*'.c
echo \*.c
for f in *.c; do echo "file: $f"; done
x='*.h'
echo $x "$x"
echo .h*
