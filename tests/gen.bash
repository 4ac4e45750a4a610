# Generated inputs shared by the text utilities' tests (load gen after helper).
# gen_inputs writes into the current folder:
#   lines   numbered lines with words, tabs and blanks     nonl  no final newline
#   empty   nothing    bin  every byte value, twice         long  a 200 kB line
#   mixed   pseudo-random text, fixed seed, mixed case and digits
gen_inputs() {
	awk 'BEGIN { for (i = 1; i <= 300; i++) printf "%d line %s\tx%d  y\n", i, (i % 7 ? "word" : ""), i * 37 % 101 }' >lines
	printf 'one\ntwo\nthree' >nonl
	: >empty
	for i in $(seq 0 255); do printf "\\$(printf %o "$i")"; done >bin
	cat bin bin >>bin2 && mv bin2 bin
	head -c 200000 /dev/zero | tr '\0' 'a' >long
	printf '\n' >>long
	awk 'BEGIN { srand(7); for (i = 0; i < 500; i++) { n = int(rand() * 6); s = "";
		for (j = 0; j < n; j++) s = s (j ? (rand() < .2 ? "\t" : " ") : "") substr("Foo foo BAR bar 10 9 -3 2.5 a:b:c x,y z", int(rand() * 30) + 1, int(rand() * 5) + 1);
		print s } }' >mixed
}
