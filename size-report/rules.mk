# Size report, size gate and the musl comparison build (included by Makefile).
#
#   make size-report    measure mote and its peers: size-report/REPORT.md, sizes.svg
#   make check-size     fresh build; exit 1 if a utility grew by a byte or its RSS
#                       by more than a page against size-report/baseline.tsv
#   make size-baseline  rewrite the baseline rows of this ARCH on purpose
#   make size-musl      the same sources built hosted against musl (musl-gcc)
#   make docs           docs/anatomy.md, `true` byte by byte (tools/explain)
#
# The baseline holds the default compiler's (gcc) bytes: check-size with
# CC=clang reports clang's differences as growth.
# UTILS=... limits check-size to some utilities; SR_IMPLS="mote gnu" limits
# the peers size-report measures (default: mote musl gnu busybox toybox).  All of it is for the tiny
# build of ARCH; the baselines hold a row per ARCH and utility.

SR := size-report
SR_TINY := build/$(ARCH)
SR_CHECK := build/size-check/$(ARCH)
MUSL_OUT := build/musl
MUSL_CC ?= musl-gcc
# RSS needs the binaries to run natively; under an emulator (ARCH_RUN) it is
# not measured, and musl-gcc, a host compiler, is left out.
SR_ENV = ARCH=$(ARCH) CC="$(CC)" SR_IMPLS="$(SR_IMPLS)" RSS=$(if $(ARCH_RUN),,$(CURDIR)/$(TOOLS)/rss) MOTE_RUN=$(ARCH_RUN)

.PHONY: size-report check-size size-baseline size-musl size-tiny-only

size-tiny-only:
	$(if $(filter 1,$(HOSTED)),$(error the size targets measure the tiny build: drop HOSTED=1))

$(TOOLS)/rss: tools/rss.c
	@mkdir -p $(@D)
	$(Q)$(HOSTCC) -O2 -Wall -Wextra -o $@ $<

# musl-gcc brings only libc's headers; the kernel's come from the system.
$(MUSL_OUT)/include/.stamp:
	@mkdir -p $(@D)
	$(Q)ln -sfn /usr/include/linux $(@D)/linux
	$(Q)ln -sfn /usr/include/asm-generic $(@D)/asm-generic
	$(Q)ln -sfn /usr/include/$$($(HOSTCC) -print-multiarch)/asm $(@D)/asm
	@touch $@

# A utility that does not build against musl is reported as n/a.
$(MUSL_OUT)/bin/%: utils/%.c $(wildcard lib/*.h lib/hosted/*.h) $(MUSL_OUT)/include/.stamp
	@mkdir -p $(@D)
	@$(if $(Q),echo "  MUSLCC  $@")
	$(Q)if $(MUSL_CC) -std=gnu11 -static -Os -DHOSTED -ffreestanding $(WARN) $(REPRO) \
		-Ilib/hosted -Ilib -idirafter $(MUSL_OUT)/include -DUTIL_NAME='"$*"' \
		-o $@.tmp $< 2>$@.log && strip -o $@ $@.tmp; then rm -f $@.tmp $@.log; \
	else rm -f $@ $@.tmp; echo "  musl: $* does not build: n/a (see $@.log)"; fi

size-musl: size-tiny-only
	$(Q)if command -v $(MUSL_CC) >/dev/null; then $(MAKE) $(addprefix $(MUSL_OUT)/bin/,$(UTILS)); \
	else echo "size-musl: $(MUSL_CC) not installed (tools/deps installs musl-tools)"; fi

size-report: size-tiny-only ensure-deps $(TOOLS)/rss $(if $(ARCH_RUN),,initramfs)
	$(Q)$(MAKE) OUT=$(SR_TINY) utils
	$(Q)$(if $(ARCH_RUN),,$(if $(SR_IMPLS),$(if $(filter musl,$(SR_IMPLS)),$(MAKE) size-musl),$(MAKE) size-musl))
	$(Q)$(SR_ENV) MUSL_BIN=$(MUSL_OUT)/bin $(SR)/report.sh $(SR_TINY) $(UTILS)

check-size: size-tiny-only ensure-deps $(TOOLS)/rss $(TOOLS)/elftrim
	$(Q)rm -rf $(SR_CHECK)
	$(Q)$(MAKE) OUT=$(SR_CHECK) UTILS="$(UTILS)" utils >/dev/null
	$(Q)$(SR_ENV) $(SR)/check.sh $(SR_CHECK) $(UTILS)

size-baseline: size-tiny-only ensure-deps $(TOOLS)/rss
	$(Q)$(MAKE) OUT=$(SR_TINY) utils
	$(Q)$(SR_ENV) $(SR)/baseline.sh $(SR_TINY) $(UTILS)

# docs/anatomy.md, generated from the real build of `true`.
.PHONY: docs
$(TOOLS)/explain: tools/explain.c
	@mkdir -p $(@D)
	$(Q)$(HOSTCC) -O2 -Wall -Wextra -o $@ $<

docs: size-tiny-only ensure-deps $(TOOLS)/explain $(TOOLS)/rss
	$(Q)$(MAKE) OUT=$(SR_TINY) $(SR_TINY)/bin/true
	@mkdir -p docs
	$(Q)ARCH=$(ARCH) EXPLAIN=$(TOOLS)/explain RSS=$(TOOLS)/rss $(SR)/anatomy.sh $(SR_TINY) >docs/anatomy.md.tmp
	$(Q)mv docs/anatomy.md.tmp docs/anatomy.md
	@echo "docs: docs/anatomy.md"

# README's four-architecture table, rewritten from baseline.tsv between its
# marks (a test checks that README and baseline agree).
.PHONY: readme-sizes
readme-sizes:
	$(Q)$(SR)/arch-table.sh >build/size-table.md
	$(Q)awk -v t=build/size-table.md '/<!-- \/size-table -->/ { while ((getline l <t) > 0) print l; skip = 0 } !skip { print } /<!-- size-table -->/ { skip = 1 }' README.md >build/README.md.new
	$(Q)mv build/README.md.new README.md
