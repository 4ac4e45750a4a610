nosuchcommand_x 2>/dev/null; echo $?
./nosuchfile 2>/dev/null; echo $?
echo 'echo hi' >noexec; chmod -x noexec
./noexec 2>/dev/null; echo $?
mkdir -p adir; ./adir 2>/dev/null; echo $?
cat </nonexistent 2>/dev/null; echo $?
echo x >/nonexistent/y 2>/dev/null; echo $?
sh -c 'if true; then' 2>/dev/null; echo syntax $?
sh -c 'echo a |' 2>/dev/null; echo syntax3 $?
sh -c 'while true; do echo x' 2>/dev/null; echo syntax4 $?
sh -c 'case x in' 2>/dev/null; echo syntax5 $?
sh -c "echo 'open" 2>/dev/null; echo syntax6 $?
sh -c 'echo a && && b' 2>/dev/null; echo syntax7 $?
sh -c '; echo x' 2>/dev/null; echo syntax8 $?
sh /nonexistent/script 2>/dev/null; echo missing $?
