/* Process entry for riscv64.  The kernel leaves argc at sp, then argv[],
 * NULL, envp[], NULL and the auxv pairs, with sp 16-byte aligned as the
 * ABI wants it.  start_c never returns, so no jump is needed: the stub
 * runs on into it, which the linker script places right here (_start_end)
 * and checks.
 *
 * gp is not set up, and nothing may use it: ldscripts/ define no
 * __global_pointer$, so the linker's relaxation never makes gp-relative
 * accesses (it still shortens calls and jumps). */
	.section .text._start, "ax", %progbits
	.global _start, _start_end
	.type _start, %function
_start:
	mv	a0, sp
_start_end:

	.section .note.GNU-stack, "", %progbits
