#!/usr/bin/env bats
# 64-bit division on this ARCH: tests/div64.c divides many pairs every way
# C can; its output must match the same program built for x86-64, where
# the hardware's div and idiv do the work.  On i386 this checks
# lib/arch/i386/div64.asm, the helpers the compiler calls there.
load helper

setup() {
	[ "$MOTE_BUILD" != hosted ] || skip "tiny build only: the hosted build is x86-64's"
	ARCH=${ARCH:-x86_64}
	[ "$ARCH" != x86_64 ] || skip "x86-64 is the reference"
	make -s -C "$MOTE_ROOT" ARCH="$ARCH" "build/$ARCH/elf/div64" >/dev/null
	make -s -C "$MOTE_ROOT" ARCH=x86_64 build/x86_64/elf/div64 >/dev/null
	cd "$BATS_TEST_TMPDIR"
}

div64() {
	$MOTE_RUN "$MOTE_ROOT/build/$ARCH/elf/div64"
}

# Prints hex pairs: every two of the edge values, then random ones of
# random lengths (a fixed seed, so a failure repeats).  No zero divisor;
# INT64_MIN / -1 overflows, undefined in C (idiv traps), so it is left out.
pairs() {
	awk 'function rnd(   n, s) {
		n = 1 + int(rand() * 16)
		s = ""
		while (n--)
			s = s substr("0123456789abcdef", 1 + int(rand() * 16), 1)
		return s
	}
	BEGIN {
		srand(1)
		n = split("0 1 2 3 5 a 7fffffff 80000000 80000001 fffffffe ffffffff" \
			" 100000000 100000001 1ffffffff 200000000 fffffffe00000001" \
			" 123456789abcdef0 7ffffffffffffffe 7fffffffffffffff" \
			" 8000000000000000 8000000000000001 fffffffeffffffff" \
			" ffffffff00000000 ffffffff00000001 fffffffffffffff6" \
			" fffffffffffffffe ffffffffffffffff", e)
		for (i = 1; i <= n; i++)
			for (j = 1; j <= n; j++)
				if (e[j] != "0" && !(e[i] == "8000000000000000" && e[j] == "ffffffffffffffff"))
					print e[i], e[j]
		for (k = 0; k < 20000; k++) {
			a = rnd(); b = rnd()
			if (b !~ /[1-9a-f]/ || (a ~ /^8000000000000000$/ && b == "ffffffffffffffff"))
				continue
			print a, b
		}
	}'
}

@test "div64: known quotients and remainders, unsigned and signed" {
	# 2^64-1 by 2^32+1; -7 by 2; 7 by -2; -2^63 by 3; 2^63 by 2^63+1
	run div64 <<-'END'
	ffffffffffffffff 100000001
	fffffffffffffff9 2
	7 fffffffffffffffe
	8000000000000000 3
	8000000000000000 8000000000000001
	END
	assert_success
	assert_output - <<-'END'
	00000000ffffffff 0000000000000000 00000000ffffffff 0000000000000000 0000000000000000 ffffffffffffffff 0000000000000000 ffffffffffffffff
	7ffffffffffffffc 0000000000000001 7ffffffffffffffc 0000000000000001 fffffffffffffffd ffffffffffffffff fffffffffffffffd ffffffffffffffff
	0000000000000000 0000000000000007 0000000000000000 0000000000000007 fffffffffffffffd 0000000000000001 fffffffffffffffd 0000000000000001
	2aaaaaaaaaaaaaaa 0000000000000002 2aaaaaaaaaaaaaaa 0000000000000002 d555555555555556 fffffffffffffffe d555555555555556 fffffffffffffffe
	0000000000000000 8000000000000000 0000000000000000 8000000000000000 0000000000000001 ffffffffffffffff 0000000000000001 ffffffffffffffff
	END
}

@test "div64: edge values and 20000 random pairs agree with x86-64's hardware divide" {
	pairs >in
	"$MOTE_ROOT/build/x86_64/elf/div64" <in >want
	div64 <in >got
	[ "$(wc -l <want)" -gt 20000 ]
	cmp want got
}

@test "div64: a zero divisor traps (SIGFPE), as the hardware's divide does" {
	[ "$ARCH" = i386 ] || skip "x86's divide traps; aarch64's and riscv64's do not"
	run div64 <<<"5 0"
	assert_equal "$status" 136
	run div64 <<<"ffffffffffffffff 0"
	assert_equal "$status" 136
}
