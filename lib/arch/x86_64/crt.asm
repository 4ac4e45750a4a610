; Process entry for x86-64.  The kernel leaves this on the stack:
;
;   rsp ->  argc
;           argv[0] ... argv[argc-1]   pointers to strings
;           NULL
;           envp[0] ... envp[n-1]
;           NULL
;           auxv pairs, ending with AT_NULL
;
; start_c(sp) never returns, so no call is needed: the stub runs on into
; it, which the linker script places right here (_start_end) and checks.
; The push stands for a call's return address: rsp, 16-byte aligned from
; the kernel, then has the alignment the ABI promises a function (rsp+8
; aligned).  The kernel has zeroed the other registers, rbp included, so
; the frame chain already ends here.

        bits 64
        global _start, _start_end
        section .text._start progbits alloc exec nowrite align=1
_start:
        mov     rdi, rsp
        push    rax
_start_end:

        section .note.GNU-stack noalloc noexec nowrite progbits
