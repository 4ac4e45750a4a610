# mote: C utilities as static ELF executables of a few hundred bytes.
#
#   make                 build every utility for ARCH and print the size table
#   make test            build, then run the whole test suite (tiny and hosted)
#   make ARCH=aarch64    the same for i386, aarch64 or riscv64 (x86_64 is the
#                        default); `make ARCH=… test` runs the suite on the
#                        tiny build under qemu-user (hosted stays x86_64)
#   make HOSTED=1        build the same sources against libc with ASan+UBSan
#   make CC=clang        build with clang instead of gcc
#   make install         install to $(DESTDIR)$(PREFIX)/bin
#   make deps            install the Debian packages the build and tests need
#   make clean           remove build/
#   V=1                  echo the commands

ARCH ?= x86_64
PREFIX ?= /usr/local
DESTDIR ?=
CC ?= cc
NASM ?= nasm
HOSTCC ?= cc

ifeq ($(origin CC),default)
CC := gcc
endif

Q := $(if $(V),,@)
MAKEFLAGS += --no-print-directory

UTILS := $(sort $(basename $(notdir $(wildcard utils/*.c))))
# Utilities that need writable static memory link with ldscripts/rw.ld.
RW_UTILS :=

# Compiler, crt and runner per architecture; the hosted build is native.
ifneq ($(HOSTED),1)
include lib/arch/$(ARCH)/arch.mk
endif

LIB_DEPS := $(wildcard lib/*.h) $(wildcard lib/arch/$(ARCH)/*)
WARN := -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Wno-unused-function
REPRO := -ffile-prefix-map=$(CURDIR)/=
TOOLS := build/tools

ifeq ($(HOSTED),1)
OUT := build/hosted
BIN := $(OUT)/bin
# -ffreestanding keeps libc's headers out, as in the tiny build; libc still
# links in and starts main.
CFLAGS_ALL := -std=gnu11 -O1 -g -DHOSTED -ffreestanding -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=undefined $(WARN) $(REPRO) -Ilib/hosted -Ilib
else
OUT := build/$(ARCH)
BIN := $(OUT)/bin
CFLAGS_ALL := -std=gnu11 -Oz $(ARCH_CFLAGS) -ffreestanding -fno-pie -fno-asynchronous-unwind-tables \
	-fno-unwind-tables -fno-stack-protector -fcf-protection=none -fno-stack-clash-protection -fno-jump-tables \
	-ffunction-sections -fdata-sections $(WARN) $(REPRO) -Ilib/arch/$(ARCH) -Ilib
LDFLAGS_ALL := $(ARCH_CFLAGS) -nostdlib -static -Wl,--gc-sections -Wl,--build-id=none \
	-Wl,--orphan-handling=error -Wl,--no-warn-rwx-segments
endif
CFLAGS_ALL += $(CFLAGS)

BINS := $(addprefix $(BIN)/,$(UTILS))
# Second names, as hard links: "[" is test.
LINKS := $(if $(filter test,$(UTILS)),$(BIN)/[)

# Objects depend on the compiler and flags, so that CC=clang or new CFLAGS
# rebuild everything rather than mixing.
FLAGS_ID := $(CC) $(CFLAGS_ALL) $(LDFLAGS_ALL) $(ARCH_LDSCRIPT_DEFS) $(ARCH_LDLIBS)
$(shell mkdir -p $(OUT) && { [ "$$(cat $(OUT)/flags 2>/dev/null)" = '$(FLAGS_ID)' ] || echo '$(FLAGS_ID)' >$(OUT)/flags; })

.SECONDARY:
.PHONY: all utils test install clean deps ensure-deps sizes hosted
.DEFAULT_GOAL := all

all: ensure-deps utils
	$(Q)$(MAKE) sizes

utils: $(BINS) $(LINKS)

$(BIN)/[: $(BIN)/test
	$(Q)ln -f $< $@

ensure-deps:
	$(Q)tools/deps --if-missing

deps:
	tools/deps

$(TOOLS)/elftrim: tools/elftrim.c
	@mkdir -p $(@D)
	$(Q)$(HOSTCC) -O2 -Wall -Wextra -o $@ $<

ifeq ($(HOSTED),1)
$(BIN)/%: utils/%.c $(LIB_DEPS) $(OUT)/flags
	@mkdir -p $(@D)
	@$(if $(Q),echo "  HOSTCC  $@")
	$(Q)$(CC) $(CFLAGS_ALL) -DUTIL_NAME='"$*"' -o $@ $<
else
# arch.mk names the crt source and the command that assembles it.
$(OUT)/crt.o: lib/arch/$(ARCH)/$(ARCH_CRT) $(OUT)/flags
	@mkdir -p $(@D)
	$(Q)$(ARCH_CRT_BUILD)

# arch.mk may name more objects to link after the utility and before
# ARCH_LDLIBS (ARCH_OBJS), each from a source beside the crt, built alike.
ARCH_OBJ_FILES := $(addprefix $(OUT)/,$(ARCH_OBJS))
$(ARCH_OBJ_FILES): $(OUT)/%.o: lib/arch/$(ARCH)/%$(suffix $(ARCH_CRT)) $(OUT)/flags
	@mkdir -p $(@D)
	$(Q)$(ARCH_CRT_BUILD)

# The linker scripts go through the C preprocessor, so that arch.mk can
# switch their per-architecture parts (ARCH_LDSCRIPT_DEFS).
$(OUT)/%.ld: ldscripts/%.ld $(OUT)/flags
	@mkdir -p $(@D)
	$(Q)$(CC) $(ARCH_CFLAGS) -E -P -undef -x c $(ARCH_LDSCRIPT_DEFS) -o $@ $<

$(OUT)/obj/%.o: utils/%.c $(LIB_DEPS) $(OUT)/flags
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC      $@")
	$(Q)$(CC) $(CFLAGS_ALL) -DUTIL_NAME='"$*"' -c -o $@ $<

# Test programs for the lib layer (tests/*.c) build the same way, as
# $(OUT)/elf/NAME; they are never installed.
$(OUT)/obj/%.o: tests/%.c $(LIB_DEPS) $(OUT)/flags
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC      $@")
	$(Q)$(CC) $(CFLAGS_ALL) -DUTIL_NAME='"$*"' -c -o $@ $<

# The unstripped link output keeps its symbols for the size report.
$(OUT)/elf/%: $(OUT)/obj/%.o $(OUT)/crt.o $(ARCH_OBJ_FILES) $(OUT)/tiny.ld $(OUT)/rw.ld
	@mkdir -p $(@D)
	$(Q)$(CC) $(LDFLAGS_ALL) -Wl,-T,$(OUT)/$(if $(filter $*,$(RW_UTILS)),rw,tiny).ld \
		-o $@ $(OUT)/crt.o $< $(ARCH_OBJ_FILES) $(ARCH_LDLIBS)

$(BIN)/%: $(OUT)/elf/% $(TOOLS)/elftrim
	@mkdir -p $(@D)
	$(Q)$(TOOLS)/elftrim $< $@
endif

sizes: $(BINS)
	$(Q)tools/sizes $(BIN) $(UTILS)

hosted:
	$(Q)$(MAKE) HOSTED=1 utils

# The hosted build is x86-64's: another ARCH tests its tiny build alone,
# through arch.mk's ARCH_RUN (qemu-user), with nothing set up system-wide.
test: ensure-deps utils $(TOOLS)/elftrim
ifeq ($(ARCH),x86_64)
	$(Q)$(MAKE) HOSTED=1 utils
	$(Q)ARCH=$(ARCH) tests/run
else
	$(Q)ARCH=$(ARCH) MOTE_RUN='$(ARCH_RUN)' MOTE_BUILDS=tiny tests/run
endif

install: utils
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BINS) $(DESTDIR)$(PREFIX)/bin/
	$(if $(LINKS),ln -f $(DESTDIR)$(PREFIX)/bin/test '$(DESTDIR)$(PREFIX)/bin/[')

clean:
	rm -rf build

# Each part of the tree that has make targets of its own keeps them beside it.
-include size-report/rules.mk tests/fuzz/rules.mk boot/rules.mk
