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
