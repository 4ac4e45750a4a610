# The rescue image: mote's userland as an initramfs, booted in QEMU.
#
#   make initramfs   build/initramfs.cpio.gz from $(BIN); RC=file for /etc/rc
#   make boot        boot it in qemu-system-x86_64 on this terminal
#   KERNEL=path      a kernel of your own instead of Debian's cloud kernel

INITRAMFS := build/initramfs.cpio.gz
RC ?= boot/rc

.PHONY: initramfs boot

initramfs: ensure-deps utils
	$(Q)boot/mkinitramfs $(INITRAMFS) $(BIN) $(RC) $(if $(KERNEL),,$$(boot/kernel modules))

boot: initramfs
	$(Q)boot/qemu $(INITRAMFS)
