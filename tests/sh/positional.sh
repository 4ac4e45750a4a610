echo 'echo "$#" "$1" "$2" "$3"
echo "$0"
for a in "$@"; do echo "<$a>"; done
for a in $@; do echo "[$a]"; done
for a in "$*"; do echo "{$a}"; done
for a in $*; do echo "($a)"; done
shift
echo "$#" "$1"
shift 2
echo "$#" "$1"
for a; do echo "a:$a"; done' >inner
sh inner a "b  c" d e
sh inner
echo "st $?"
echo '# "$@" with no parameters leaves the rest of its word
touch g1 g2
echo *"$@"
echo x"$@"y
echo "a$@"
echo ""*"$@"
for a in "$@"; do echo "<$a>"; done
for a in "$@"""; do echo "<$a>"; done
for a in """$@"; do echo "<$a>"; done
for a in "${@}"; do echo "<$a>"; done
for a in x "$@" y; do echo "<$a>"; done
for a in $@ "$*"; do echo "<$a>"; done
set --
echo *"$@"' >at
mkdir -p atdir && cd atdir && sh ../at && sh ../at a "" "b c" "" && cd ..
set -- a "b c" d
echo $# "$1" "$2" "$3"
set -- "$@" e
echo $# "$@"
shift 2
echo $# "$@"
set -- 
echo $# x"$@"y
set -e -- p q
echo $# "$@"
set +e
set x y z
echo $# "$@"
set -- $(echo one two three)
for a; do echo "<$a>"; done
i=0; while [ $i -lt 50 ]; do set -- "$@" $i; i=$(expr $i + 1); done; echo $# $50
v=keep; set -- q; echo $v $1
x="$@"; echo "[$x]"
case "$@" in "") echo empty;; *) echo other;; esac
set -- ""; for a in "$@"; do echo "1<$a>"; done
set -- "" ""; for a in "$@"; do echo "2<$a>"; done
set -- "" ""; for a in "x$@"; do echo "3<$a>"; done
set -- a ""; for a in "$@y"; do echo "4<$a>"; done
set -- "a b"; for a in $@; do echo "5<$a>"; done
set --; for a in "$@" "$@"; do echo "6<$a>"; done; echo 6end
set -- -x; echo "7 $1 $#"
set -e --; echo "8 $#"
set +e
set -- a b c; shift; set -- "$@" "$1"; echo "9 $# $*"
