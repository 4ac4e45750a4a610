/* Process entry for aarch64.  The kernel leaves argc at sp, then argv[],
 * NULL, envp[], NULL and the auxv pairs, with sp 16-byte aligned as the
 * ABI wants it.  x29 and x30 are zero, so the frame chain ends here.
 * start_c never returns, so no branch is needed: the stub runs on into it,
 * which the linker script places right here (_start_end) and checks. */
	.section .text._start, "ax", %progbits
	.global _start, _start_end
	.type _start, %function
_start:
	mov	x0, sp
_start_end:

	.section .note.GNU-stack, "", %progbits
