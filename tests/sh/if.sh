if true; then echo t1; fi
if false; then echo no; else echo e1; fi
if false; then echo no; elif false; then echo no; elif true; then echo el; else echo no; fi
if false; then :; fi; echo st $?
if [ a = a ]
then
	echo multiline
fi
if if false; then true; else false; fi; then echo no; else echo nested; fi
x=5
if [ $x -gt 3 ] && [ $x -lt 10 ]; then echo range; fi
if false; then echo $(echo should not run >&2); fi
