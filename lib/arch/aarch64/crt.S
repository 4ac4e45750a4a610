/* Process entry for aarch64.  The kernel leaves argc at sp, then argv[],
 * NULL, envp[], NULL and the auxv pairs, with sp 16-byte aligned as the
 * ABI wants it.  x29 and x30 are zero, so the frame chain ends here;
 * start_c never returns, so a plain branch does. */
	.section .text._start, "ax", %progbits
	.global _start
	.type _start, %function
_start:
	mov	x0, sp
	b	start_c

	.section .note.GNU-stack, "", %progbits
