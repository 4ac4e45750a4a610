echo before
(exit 7); echo $?
sh -c 'exit 3'; echo $?
sh -c 'false'; echo $?
sh -c 'kill -9 $$'; echo $?
exit 42
echo after
