/* Process entry for riscv64.  The kernel leaves argc at sp, then argv[],
 * NULL, envp[], NULL and the auxv pairs, with sp 16-byte aligned as the
 * ABI wants it; start_c never returns, so a jump does.
 *
 * gp is not set up, and nothing may use it: ldscripts/ define no
 * __global_pointer$, so the linker's relaxation never makes gp-relative
 * accesses (it still shortens calls and jumps). */
	.section .text._start, "ax", %progbits
	.global _start
	.type _start, %function
_start:
	mv	a0, sp
	j	start_c

	.section .note.GNU-stack, "", %progbits
