# aarch64: Debian's cross gcc, aarch64-linux-gnu-gcc, or CC=clang --target=aarch64-linux-gnu;
# both link with the cross binutils' ld and find the target's kernel
# headers under /usr/aarch64-linux-gnu.
ifneq ($(findstring clang,$(CC)),)
ARCH_CFLAGS := --target=aarch64-linux-gnu
else
override CC := aarch64-linux-gnu-$(CC)
ARCH_CFLAGS :=
endif
ARCH_CRT := crt.S
ARCH_CRT_BUILD = $(CC) $(ARCH_CFLAGS) -c -o $@ $<
ARCH_LDLIBS := $(shell $(CC) $(ARCH_CFLAGS) -print-libgcc-file-name)
# No PT_GNU_STACK header: since Linux 5.8 arm64 gives READ_IMPLIES_EXEC to
# 32-bit (compat) programs only, and maps the stack of a 64-bit one
# without it non-executable (arch/arm64/include/asm/elf.h,
# compat_elf_read_implies_exec; asm/page.h, VM_DATA_FLAGS_TSK_EXEC).
ARCH_LDSCRIPT_DEFS :=
ARCH_RUN := qemu-aarch64
