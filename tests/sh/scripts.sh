printf '#!/bin/sh\necho shebang "$@"\n' >sb; chmod +x sb
./sb a b
printf 'echo plain "$1" "$#"\n' >pl; chmod +x pl
./pl x y
printf 'echo via sh $0 $1\nexit 5\n' >vs
sh vs arg; echo $?
sh -c 'echo "$0" "$1" "$#"' name one
PATH=.:$PATH
sb in path
