; Process entry for i386.  The kernel leaves this on the stack:
;
;   esp ->  argc
;           argv[0] ... argv[argc-1]   pointers to strings
;           NULL
;           envp[0] ... envp[n-1]
;           NULL
;           auxv pairs, ending with AT_NULL
;
; start_c takes its one argument on the stack (cdecl), so pushing esp hands
; it the address of argc.  The utilities are built with
; -mpreferred-stack-boundary=2 (arch.mk): they expect only the 4-byte
; alignment this leaves, and no function pads its frame to 16.  The kernel
; has zeroed ebp, so the frame chain already ends here; start_c never
; returns.

        bits 32
        global _start
        extern start_c
        section .text._start progbits alloc exec nowrite align=1
_start:
        push    esp
        call    start_c

        section .note.GNU-stack noalloc noexec nowrite progbits
