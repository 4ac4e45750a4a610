for w in apple banana cherry 42 "" x.c a*b '*'; do
	case $w in
	a*b) echo "$w: a star b";;
	apple|cherry) echo "$w: fruit 1" ;;
	b*) echo "$w: b word";;
	[0-9]*) echo "$w: number";;
	*.c) echo "$w: c file";;
	"") echo "empty";;
	\*) echo "literal star";;
	*) echo "$w: other";;
	esac
done
case x in (x) echo paren;; esac
case abc in ?b?) echo qmark;; esac
case b in [!a]) echo negated;; esac
case - in [a-]) echo dash;; esac
case nomatch in a) echo a;; esac; echo st $?
x='*'
case abc in $x) echo unquoted var is pattern;; esac
case abc in "$x") echo no;; *) echo quoted var is literal;; esac
case foo in
	foo)
		echo multi
		;;
esac
