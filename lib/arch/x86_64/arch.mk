# x86-64: the native target of this machine.
ARCH_CFLAGS := -m64 -march=x86-64 -mtune=generic
ARCH_NASMFMT := elf64
ARCH_RUN :=
