#!/usr/bin/env bats
load helper
load gen

setup() {
	cd "$BATS_TEST_TMPDIR"
	gen_inputs
}

@test "grep: basic regular expressions match GNU grep" {
	for p in line word 'x[0-9]' '^1' '^$' '9$' '^.*$' 'a*' 'ba*r' 'o\{2\}' 'x[0-9]\{2,\}' 'x[0-9]\{1,2\}$' \
		'[[:upper:]][[:lower:]]*' '[^a-z ]' '[]a]' '[^]a]' '[a-]' '\.' '\*' 'F.o' '.' '..........' '^[0-9]* ' \
		'[[:digit:][:space:]]' '[[:punct:]]' '[[:alnum:]]\{3\}' '*a' '^*' 'a\{0\}' '$a' 'a^' '[[:xdigit:]]\{2\}:' \
		'' '2\.5' ' -3'; do
		for f in lines mixed nonl; do
			same_as_gnu grep -e "$p" $f
		done
		same_as_gnu grep -n -e "$p" mixed
		same_as_gnu grep -c -e "$p" mixed lines
		[ -z "$p" ] || same_as_gnu grep -vc -e "$p" mixed # GNU prints no count for -v with an empty pattern
		same_as_gnu grep -ic -e "$p" mixed
		same_as_gnu grep -xc -e "$p" mixed
	done
}
@test "grep: basic \\( \\) groups match GNU grep" {
	for p in '\(a\)' '\(fo\)*o' '\(x[0-9]\)\{2\}' '\(a*\)*b' '\(\)' '\(1\)$' '^\(1\)' '\(\(2\)\)' '\(o\)\{2\}' \
		'\(^a\)' 'x\(^a\)' '\(ba*\)\{1,2\}r' '(a)' ')'; do
		for f in lines mixed; do
			same_as_gnu grep -e "$p" $f
			same_as_gnu grep -c -e "$p" $f
			same_as_gnu grep -xc -e "$p" $f
			same_as_gnu grep -ic -e "$p" $f
			same_as_gnu grep -Fc -e "$p" $f
		done
	done
}
@test "grep: case folding of brackets and repetition at both anchors" {
	for p in '[^a]\{2\}' '^[A-C]*$' '[b-d]\{1,3\}$' '^[[:lower:]]\{2,\} ' 'O\{2\}' '^.\{0,3\}$'; do
		same_as_gnu grep -ic -e "$p" mixed
		same_as_gnu grep -ixn -e "$p" mixed
		same_as_gnu grep -vc -e "$p" mixed
	done
}
@test "grep: -F fixed strings, with -i -x -v" {
	for p in . '[' 'foo' 'Foo' 'a:b' '' '*' 'x,y z'; do
		for o in -F -Fi -Fx -Fix -Fv -Fc -Fn; do
			same_as_gnu grep $o -e "$p" mixed
		done
	done
}
@test "grep: several patterns, -e and newlines" {
	same_as_gnu grep -e foo -e BAR mixed
	same_as_gnu grep "$(printf 'foo\nBAR')" mixed
	same_as_gnu grep -F "$(printf 'foo\n2.5')" mixed
	same_as_gnu grep -c -e '^1' -e '0$' lines
}
@test "grep: -f pattern files" {
	printf 'foo\nBAR\n' >pf
	printf '\n' >pnl
	printf 'x\n\n' >pf2
	: >pe
	same_as_gnu grep -f pf mixed
	same_as_gnu grep -f pf -e 2.5 mixed
	same_as_gnu grep -F -f pf mixed
	same_as_gnu grep -v -f pf mixed
	same_as_gnu grep -c -f pnl mixed
	same_as_gnu grep -c -f pf2 lines
	same_as_gnu grep -f pe mixed
	STDIN=pf same_as_gnu grep -f - mixed
	run mote grep -f nosuch mixed
	assert_failure 2
	assert_output "grep: nosuch: No such file or directory"
}
@test "grep: -l -q -c over several files, stdin, exit statuses" {
	same_as_gnu grep -l foo mixed lines nonl
	same_as_gnu grep -lc foo mixed lines nonl
	same_as_gnu grep -lv foo mixed lines
	same_as_gnu grep -nv foo mixed
	same_as_gnu grep -c foo mixed lines nonl empty
	same_as_gnu grep -n two mixed nonl
	same_as_gnu grep -q foo mixed
	same_as_gnu grep -q nothinglikethis mixed
	same_as_gnu grep nothinglikethis mixed
	STDIN=mixed same_as_gnu grep -n foo
	STDIN=mixed same_as_gnu grep -c foo - lines
	STDIN=mixed same_as_gnu grep -l foo - lines
	same_as_gnu grep a empty
}
@test "grep: very long line, line without final newline, binary" {
	same_as_gnu grep -c a long
	same_as_gnu grep 'a\{100\}$' long
	same_as_gnu grep -c 'a.*b' long
	same_as_gnu grep -c 'a*a*a*a*a*a*c' long
	same_as_gnu grep -c '^a*a*a*a*a*a*$' long
	same_as_gnu grep three nonl
	run mote grep -c 'A' bin
	assert_success
	assert_output 2
}
@test "grep: -E extended regular expressions match GNU grep" {
	for p in 'a|b' 'foo|BAR' '^1|0$' 'a|' '|a' 'a||b' '^(1|2)' '(1|2)$' 'x(1|2)+' '(a|b)*c' 'o{2}' 'x[0-9]{2,}' \
		'x[0-9]{1,2}$' '(fo|ba)+' '((a|b):)+c' '(^|:)b' '(:|$)' '(oo)?' 'F?oo' 'o+' '[0-9]+\.[0-9]' '\(' '\)' \
		'a)' '()' '(|x)y' '(x|)y' '(a)(b)' 'fo{0,1}o' '(o|oo){2}' '(.)*' '(f|F)(o|O){2}' '(^a|b$)' '(line|word)+ ' \
		'(1|22|333)$' '^(([0-9])+ )' '(a*)*' '(a*)+b' '(a|b|c|d){3}' '\|' '\+' '\?' '\{' 'x{1}y' '[|]' '[(]' \
		'.{3}$' '^.{0,3}$' '(.{2}){2}:' 'ab|cd|^$' 'a{2,3}' '(ab|a)(bc|c)' '(a|b|(c|(d|(e))))+' 'x^|$y' \
		'(2|3){0}' '(b|B){1,2}a'; do
		for f in lines mixed nonl; do
			same_as_gnu grep -E -e "$p" $f
		done
		same_as_gnu grep -Ec -e "$p" mixed lines
		same_as_gnu grep -Ecv -e "$p" mixed
		same_as_gnu grep -Eic -e "$p" mixed
		same_as_gnu grep -Exc -e "$p" mixed
		same_as_gnu grep -Ewc -e "$p" mixed lines
	done
	printf 'foo|BAR\n(1|2)$\n' >pf
	same_as_gnu grep -E -f pf mixed lines
	same_as_gnu grep -E -e foo -e 'x(1|2)' lines
	same_as_gnu grep -Ec '' mixed
	same_as_gnu grep -Exc '' mixed
	same_as_gnu grep -Exc 'foo|bar|' mixed
	same_as_gnu grep -Ec 'a|^' mixed
	same_as_gnu grep -c 'a|b' mixed
	same_as_gnu grep -c 'a+' mixed
	same_as_gnu grep -Fc 'a|b' mixed
	head -c 3000 long >l3k && echo >>l3k
	same_as_gnu grep -c -E '^(a)*$' l3k
	same_as_gnu grep -c -E '^(aa|a)+$' l3k
	same_as_gnu grep -c -E '(a|b)*c' long
	for p in '()*' '(a|)*' '(a*)*' '((a*)*)*' '(|)*' '(a){0}' '(a){0,0}' '(a){0,}b' 'x{300}' '(((((((((((a)))))))))))' \
		'((((a|b)*)*c|d)+e)?' ')' '())' 'a{0,300}' '(a)+$' '^(a|b)*' '(^)*' '($)+' '(.*)*$' '[)]' '(a[)]b)' \
		'(fo|o){2,3}' '(a|b){5,}' 'a{32767}' 'a{32768}' 'a{1,99999999999}'; do
		for f in mixed empty lines; do
			same_as_gnu grep -E -c -e "$p" $f
			same_as_gnu grep -E -xc -e "$p" $f
			same_as_gnu grep -E -wc -e "$p" $f
		done
	done
	same_as_gnu grep -c 'a\{32768\}' mixed
	run mote grep -EF a mixed
	assert_failure 2
	for p in '(a' 'a(b|c' '(a))(' 'a{1' 'a{2,1}' 'a{1,2' '\1'; do
		run mote grep -E -e "$p" mixed
		assert_failure 2
		assert_output --partial "grep: "
	done
}
@test "grep: -w words, -h -H names, -L files without a match" {
	for a in "foo mixed" "o mixed" "-c a mixed lines" "x[0-9]* lines" "-c [0-9] lines" "-c '' mixed" \
		"-e foo -e bar mixed" "-x foo mixed" "-i FOO mixed" "-F a:b mixed" "-F 2.5 mixed" "-c o* mixed" \
		"-Ec 'o*|b' mixed" "-v foo mixed" "-c . lines" "-n -E '(fo|ba)[or]' mixed" "-c 'line .' lines"; do
		eval same_as_gnu grep -w $a
	done
	same_as_gnu grep -h foo mixed lines
	same_as_gnu grep -hc foo mixed lines
	same_as_gnu grep -H foo mixed
	same_as_gnu grep -Hc foo mixed
	same_as_gnu grep -Hn foo mixed
	same_as_gnu grep -Hl foo mixed
	STDIN=mixed same_as_gnu grep -H foo
	same_as_gnu grep -L foo mixed lines nonl
	same_as_gnu grep -L two mixed lines nonl
	same_as_gnu grep -Lv foo mixed lines
	same_as_gnu grep -L nothing mixed
	same_as_gnu grep -L foo empty
	STDIN=mixed same_as_gnu grep -L zzz
}
@test "grep: bad regular expressions and options exit 2" {
	for p in '[a' '[[:nope:]]' 'a\{1' 'a\{2,1\}' '\(a' 'a\)' '\(a\)\)' '\(a\)\1' 'a\'; do
		run mote grep -e "$p" mixed
		assert_failure 2
		assert_output --partial "grep: "
	done
	run mote grep -z a mixed
	assert_failure 2
	assert_output --partial "usage: grep"
	run mote grep
	assert_failure 2
}
@test "grep: missing file and directory: exit 2 after the others, -s silences" {
	mkdir d
	run mote grep two nosuch nonl d
	assert_failure 2
	assert_output --partial "grep: nosuch: No such file or directory"
	assert_output --partial "nonl:two"
	run mote grep -s two nosuch nonl
	assert_failure 2
	assert_output "nonl:two"
	run mote grep -q two nosuch nonl
	assert_success
}
@test "grep: permission denied" {
	need_setpriv
	chmod 000 lines
	chmod 755 "$BATS_TEST_TMPDIR"
	run as_nobody $MOTE_RUN "$MOTE_BIN/grep" a "$BATS_TEST_TMPDIR/lines"
	assert_failure 2
	assert_output --partial "Permission denied"
}
@test "grep: write errors exit 2" {
	run bash -c 'mote grep line lines >/dev/full'
	assert_failure 2
	assert_output --partial "grep: write error: No space left on device"
	run bash -c 'mote grep line lines >&-'
	assert_failure 2
	assert_output --partial "grep: write error"
}

@test "grep: a line longer than memory allows: Cannot allocate memory" {
	[ -z "$MOTE_RUN" ] && [ "$MOTE_BUILD" = tiny ] || skip "ulimit -v: the tiny build, run natively"
	truncate -s 1G big
	run bash -c 'ulimit -v 65536; mote grep x big'
	assert_failure 2
	assert_output "grep: big: Cannot allocate memory"
}
