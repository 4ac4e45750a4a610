# Fuzzing the request parser of httpd (libFuzzer, ASan, UBSan; clang).
#   make fuzz-smoke   a short run (FUZZ_SECONDS, default 10), part of `make test`
#   make fuzz         a long run of FUZZ_RUNS executions (default 10 million)
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 10
FUZZ_RUNS ?= 10000000
FUZZ_OUT := build/fuzz
FUZZ_FLAGS := -std=gnu11 -g -O1 -DHOSTED -ffreestanding -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=undefined -Ilib/hosted -Ilib -DUTIL_NAME='"httpd"' -Wno-unused-function

.PHONY: fuzz fuzz-smoke

$(FUZZ_OUT)/httpd: tests/fuzz/httpd.c utils/httpd.c $(LIB_DEPS)
	@mkdir -p $(@D)
	$(Q)$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $<

# The corpus grows in build/, seeded from the tree.
$(FUZZ_OUT)/corpus: tests/fuzz/corpus/httpd
	@mkdir -p $@
	$(Q)cp tests/fuzz/corpus/httpd/* $@/

fuzz-smoke: $(FUZZ_OUT)/httpd $(FUZZ_OUT)/corpus
	$(Q)$(FUZZ_OUT)/httpd -max_total_time=$(FUZZ_SECONDS) -max_len=9000 \
		-dict=tests/fuzz/httpd.dict -print_final_stats=1 -artifact_prefix=$(FUZZ_OUT)/ $(FUZZ_OUT)/corpus

fuzz: $(FUZZ_OUT)/httpd $(FUZZ_OUT)/corpus
	$(Q)$(FUZZ_OUT)/httpd -runs=$(FUZZ_RUNS) -max_len=9000 \
		-dict=tests/fuzz/httpd.dict -print_final_stats=1 -artifact_prefix=$(FUZZ_OUT)/ $(FUZZ_OUT)/corpus
