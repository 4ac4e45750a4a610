# riscv64: Debian's cross gcc, riscv64-linux-gnu-gcc, or CC=clang --target=riscv64-linux-gnu;
# both link with the cross binutils' ld and find the target's kernel
# headers under /usr/riscv64-linux-gnu.
ifneq ($(findstring clang,$(CC)),)
ARCH_CFLAGS := --target=riscv64-linux-gnu
else
override CC := riscv64-linux-gnu-$(CC)
ARCH_CFLAGS :=
endif
# Linker relaxation stays on: it shortens calls and address pairs, and
# never makes gp-relative accesses, since ldscripts/ define no
# __global_pointer$ (see crt.S); so no -mno-relax is needed.
ARCH_CRT := crt.S
ARCH_CRT_BUILD = $(CC) $(ARCH_CFLAGS) -c -o $@ $<
ARCH_LDLIBS := $(shell $(CC) $(ARCH_CFLAGS) -print-libgcc-file-name)
# No PT_GNU_STACK header: riscv never sets READ_IMPLIES_EXEC (no
# elf_read_implies_exec of its own) and maps data and stack
# non-executable (arch/riscv/include/asm/page.h, VM_DATA_FLAGS_NON_EXEC).
ARCH_LDSCRIPT_DEFS :=
ARCH_RUN := qemu-riscv64
