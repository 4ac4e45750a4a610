# i386: Debian's cross gcc, i686-linux-gnu-gcc (unlike gcc-multilib's
# gcc -m32, it coexists with the other cross compilers), or CC=clang
# --target=i386-linux-gnu; both link with the cross binutils' ld and find
# the target's kernel headers under /usr/i686-linux-gnu.
#
# -mpreferred-stack-boundary=2: nothing here uses SSE, so the 4-byte stack
# alignment that crt.asm leaves is enough and no frame is padded to 16.
# -malign-data=abi: arrays aligned as the psABI says, not to 32 bytes.
# -fomit-frame-pointer: gcc keeps ebp as a frame pointer at -Os/-Oz on
# i386 (ebp-relative operands being short), but with a stack buffer in the
# frame most locals sit past ebp-128 and take 4-byte displacements, and the
# utilities lose a register; without it they are 8 KB smaller in all.
# clang omits it already.
ifneq ($(findstring clang,$(CC)),)
ARCH_CFLAGS := --target=i386-linux-gnu -march=i686 -mstack-alignment=4
else
override CC := i686-linux-gnu-$(CC)
ARCH_CFLAGS := -march=i686 -mtune=generic -mpreferred-stack-boundary=2 -malign-data=abi -fomit-frame-pointer
endif
ARCH_CRT := crt.asm
ARCH_CRT_BUILD = $(NASM) -f elf32 -o $@ $<
# 64-bit division calls libgcc's helpers on a 32-bit target: div64.asm
# has small ones, linked first; libgcc stays for anything else.
ARCH_OBJS := div64.o
ARCH_LDLIBS := $(shell $(CC) $(ARCH_CFLAGS) -print-libgcc-file-name)
# Without a PT_GNU_STACK header the kernel runs an i386 program with
# READ_IMPLIES_EXEC: its stack and every readable mapping executable
# (arch/x86/include/asm/elf.h, elf_read_implies_exec).
ARCH_LDSCRIPT_DEFS := -DGNU_STACK
ARCH_RUN := qemu-i386
