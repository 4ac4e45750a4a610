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
; it the address of argc; the second push stands for a call's return
; address.  start_c never returns, so no call is needed: the stub runs on
; into it, which the linker script places right here (_start_end) and
; checks.  The utilities are built with
; -mpreferred-stack-boundary=2 (arch.mk): they expect only the 4-byte
; alignment this leaves, and no function pads its frame to 16.  The kernel
; has zeroed ebp, so the frame chain already ends here; start_c never
; returns.

        bits 32
        global _start, _start_end
        section .text._start progbits alloc exec nowrite align=1
_start:
        push    esp
        push    eax
_start_end:

        section .note.GNU-stack noalloc noexec nowrite progbits
