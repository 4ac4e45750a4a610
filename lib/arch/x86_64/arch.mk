# x86-64: the native target of this machine.
ARCH_CFLAGS := -m64 -march=x86-64 -mtune=generic -malign-data=abi
ARCH_NASMFMT := elf64
ARCH_RUN :=
