; Process entry for x86-64.  The kernel leaves this on the stack:
;
;   rsp ->  argc
;           argv[0] ... argv[argc-1]   pointers to strings
;           NULL
;           envp[0] ... envp[n-1]
;           NULL
;           auxv pairs, ending with AT_NULL
;
; rsp is 16-byte aligned here, so the call below enters start_c with the
; alignment the ABI promises a function (rsp+8 aligned).  The kernel has
; zeroed the other registers, rbp included, so the frame chain already ends
; here; start_c never returns, so nothing follows the call.

        bits 64
        global _start
        extern start_c
        section .text._start progbits alloc exec nowrite align=1
_start:
        mov     rdi, rsp
        call    start_c

        section .note.GNU-stack noalloc noexec nowrite progbits
