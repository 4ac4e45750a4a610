echo abc | tr a-z A-Z
printf '3\n1\n2\n' | sort | head -n 2 | tr '\n' ' '; echo
echo x | false; echo $?
false | true; echo $?
! true; echo $?
! false; echo $?
echo a | { read v; echo "read $v"; }
seq 1 1000 | wc -l
yes | head -n 3
i=0; while [ $i -lt 5 ]; do echo $i; i=$(expr $i + 1); done | tail -n 1
echo piped |
  cat
