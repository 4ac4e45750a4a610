#!/usr/bin/env bats
load helper

setup() {
	cd "$BATS_TEST_TMPDIR"
	touch f
	mkdir d
}

modes=(755 0644 4755 2711 1777 7000 00755 0 u+x go-w a=r u=rw,g=u,o= +x -w = g+s u+s,o+t a-x+X o=g u-r+w
	ugo+rwx a+t,g-s =rwx,o-wx u=g,g=o,o=u a+X go=)

@test "chmod: every mode on a file and on directories, same as GNU" {
	for start in 640 755 6755 1700 000; do
		for m in "${modes[@]}"; do
			chmod "$start" f; chmod "$m" f; g=$(stat -c %a f)
			chmod "$start" f; mote chmod "$m" f; mm=$(stat -c %a f)
			[ "$g" = "$mm" ] || { echo "file $start $m: gnu $g mote $mm"; false; }
			chmod "0$start" d; chmod "$m" d; g=$(stat -c %a d)
			chmod "0$start" d; mote chmod "$m" d; mm=$(stat -c %a d)
			[ "$g" = "$mm" ] || { echo "dir $start $m: gnu $g mote $mm"; false; }
		done
	done
}
@test "chmod: a mode without who follows the umask, same as GNU" {
	umask 027
	for m in +x +w =rw -r +rwx; do
		chmod 640 f; chmod "$m" f; g=$(stat -c %a f)
		chmod 640 f; mote chmod "$m" f; mm=$(stat -c %a f)
		assert_equal "$mm" "$g"
	done
}
@test "chmod: -R changes a tree, not what links point to" {
	mkdir -p t/a/b out
	touch t/a/b/f out/keep
	ln -s ../out t/link
	chmod 600 out/keep
	cp -a t g
	chmod -R go-rwx g
	mote chmod -R go-rwx t
	assert_equal "$(cd t && find . -printf '%m %p\n' | sort)" "$(cd g && find . -printf '%m %p\n' | sort)"
	assert_equal "$(stat -c %a out/keep)" 600
}
@test "chmod: a link operand changes its target" {
	ln -s f l
	mote chmod 600 l
	assert_equal "$(stat -c %a f)" 600
}
@test "chmod: names with spaces, newlines, high bytes" {
	n=$(printf 'a b\nc\x80')
	touch "$n"
	mote chmod 700 "$n"
	assert_equal "$(stat -c %a "$n")" 700
}
@test "chmod: missing file: message, the rest changed" {
	run mote chmod 600 nosuch f
	assert_failure 1
	assert_output "chmod: nosuch: No such file or directory"
	assert_equal "$(stat -c %a f)" 600
}
@test "chmod: not the owner, as a non-root user" {
	need_setpriv
	chmod 755 .
	run as_nobody $MOTE_RUN "$MOTE_BIN/chmod" 777 f
	assert_failure 1
	assert_output "chmod: f: Operation not permitted"
}
@test "chmod: invalid mode, missing operands" {
	for m in 8 u+q x u 77777 'u+x,'; do
		run mote chmod "$m" f
		assert_failure 1
	done
	run mote chmod 755
	assert_failure 1
	assert_output --partial "usage: chmod"
}
