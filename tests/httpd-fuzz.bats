#!/usr/bin/env bats
# A short libFuzzer run over httpd's request parser (tests/fuzz/), once per
# `make test`: it builds its own ASan+UBSan binary, so the hosted pass skips.
load helper

@test "httpd: fuzz smoke run of the request parser" {
	[ "$MOTE_BUILD" != hosted ] || skip "runs once, in the tiny pass"
	command -v clang >/dev/null || skip "clang not installed"
	ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 ||
		skip "libFuzzer not installed"
	run make -C "$MOTE_ROOT" fuzz-smoke FUZZ_SECONDS=${FUZZ_SECONDS:-8}
	assert_success
	assert_output --partial 'stat::number_of_executed_units'
}
