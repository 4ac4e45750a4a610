# x86-64: the native target of this machine.
# -malign-data=abi (gcc only) stops gcc padding arrays to 32 bytes.
ARCH_CFLAGS := -m64 -march=x86-64 -mtune=generic \
	$(shell $(CC) -malign-data=abi -x c -c -o /dev/null /dev/null 2>/dev/null && echo -malign-data=abi)
ARCH_CRT := crt.asm
ARCH_CRT_BUILD = $(NASM) -f elf64 -o $@ $<
ARCH_LDLIBS :=
# No PT_GNU_STACK header: since Linux 5.8 a 64-bit x86 program without one
# no longer gets READ_IMPLIES_EXEC (arch/x86/include/asm/elf.h:
# elf_read_implies_exec is for ia32 only), and its stack is not executable.
ARCH_LDSCRIPT_DEFS :=
ARCH_RUN :=
