# The rescue image: mote's userland as an initramfs, booted in QEMU.
#
#   make initramfs   build/initramfs.cpio.gz from build/$(ARCH)/bin, sizes in
#                    build/initramfs.sizes; RC=file for /etc/rc, MODULES="a.ko
#                    ..." for /lib/modules (`boot/kernel modules` lists some)
#   make boot        boot it in qemu-system-x86_64 on this terminal (TCG;
#                    KVM=1 for KVM); poweroff leaves qemu
#   KERNEL=path      a kernel of your own instead of Debian's cloud kernel

INITRAMFS := build/initramfs.cpio.gz
RC ?= boot/rc
MODULES ?=

.PHONY: initramfs boot

# Always the tiny build: the hosted one needs libc and ASan's runtime.
initramfs: ensure-deps
	$(Q)$(MAKE) HOSTED= utils
	$(Q)boot/mkinitramfs $(INITRAMFS) build/$(ARCH)/bin $(RC) $(MODULES)

boot: initramfs
	$(Q)boot/qemu $(INITRAMFS)
