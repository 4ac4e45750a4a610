; 64-bit division for i386: the libgcc helpers gcc and clang call for
; `/` and `%` on (unsigned) long long, in a few bytes each instead of
; libgcc's 300-500.  Linked before libgcc (arch.mk's ARCH_OBJS), so the
; linker takes these and never pulls libgcc's; each sits in a section of
; its own, and --gc-sections drops the ones a utility does not call.
;
;   __udivdi3(n, d)          n / d        __divdi3(a, b)           a / b
;   __umoddi3(n, d)          n % d        __moddi3(a, b)           a % b
;   __udivmoddi4(n, d, *r)   n / d, *r = n % d
;   __divmoddi4(a, b, *r)    a / b, *r = a % b
;
; cdecl: arguments on the stack, the result in edx:eax.  Signed results
; follow C: the quotient truncates toward zero, the remainder takes the
; dividend's sign.  A zero divisor traps (#DE, SIGFPE) as the hardware's
; own divide does; INT64_MIN / -1 is undefined in C and is not caught.

        bits 32

; fn NAME [hidden]: starts NAME in a section of its own; .end closes it,
; for the symbol's size (nm -S, the size report).
%macro fn 1-2
        section .text.%1 progbits alloc exec nowrite align=1
        global  %1:function %2 (%1.end - %1)
%1:
%endmacro

; mote_udivmod: the one unsigned core.  ecx points at n (8 bytes) then
; d (8 bytes), little-endian, as a cdecl caller leaves them.  Returns
; n / d in edx:eax and writes n % d over n; keeps ebx, esi, edi, ebp and
; ecx.  A divisor below 2^32 takes two `div`s (the first cannot overflow,
; its high half being 0; the second divides a remainder below d).
; Otherwise the quotient is below 2^32 and 32 rounds of shift-and-subtract
; find it, starting with the dividend's high half already in the remainder.
; The remainder never passes the part of n shifted in so far, below 2^63
; before the last shift, so shifting it never carries out of 64 bits.
fn mote_udivmod, hidden
        push    ebx
        push    esi
        push    edi
        push    ebp
        push    ecx
        mov     eax, [ecx]
        mov     edx, [ecx+4]
        mov     ebx, [ecx+8]
        mov     ebp, [ecx+12]
        test    ebp, ebp
        jnz     .long
        mov     esi, eax
        mov     eax, edx
        xor     edx, edx
        div     ebx                     ; high half: eax quotient, edx carried
        xchg    eax, esi
        div     ebx                     ; low half
        xchg    edx, esi                ; edx:eax quotient, esi remainder
        xor     edi, edi
        jmp     .store
.long:
        mov     esi, edx                ; edi:esi remainder; eax dividend
        xor     edi, edi                ; bits going out, quotient bits in
        push    32
        pop     ecx
.bit:
        add     eax, eax
        adc     esi, esi
        adc     edi, edi                ; no carry out: see above
        cmp     esi, ebx
        mov     edx, edi
        sbb     edx, ebp
        jc      .next                   ; remainder < d
        sub     esi, ebx
        sbb     edi, ebp
        inc     eax
.next:
        loop    .bit
        xor     edx, edx
.store:
        pop     ecx
        mov     [ecx], esi
        mov     [ecx+4], edi
        pop     ebp
        pop     edi
        pop     esi
        pop     ebx
        ret
.end:

; mote_sdivmod: mote_udivmod for signed operands, same interface.  Divides
; the magnitudes (made in place: the arguments belong to the callee), then
; gives the quotient the sign of a ^ b and the remainder the sign of a.
fn mote_sdivmod, hidden
        push    ebx
        push    esi
        mov     ebx, [ecx+4]            ; a's sign: the remainder's
        mov     esi, [ecx+12]
        xor     esi, ebx                ; the quotient's
        test    ebx, ebx
        jns     .apos
        neg     dword [ecx]
        adc     dword [ecx+4], 0
        neg     dword [ecx+4]
.apos:
        cmp     dword [ecx+12], 0
        jge     .bpos
        neg     dword [ecx+8]
        adc     dword [ecx+12], 0
        neg     dword [ecx+12]
.bpos:
        call    mote_udivmod
        test    esi, esi
        jns     .qpos
        neg     eax
        adc     edx, 0
        neg     edx
.qpos:
        test    ebx, ebx
        jns     .rpos
        neg     dword [ecx]
        adc     dword [ecx+4], 0
        neg     dword [ecx+4]
.rpos:
        pop     esi
        pop     ebx
        ret
.end:

; entries CORE, DIV, MOD, DIVMOD4: the three cdecl entry points over one
; core, which leaves the quotient in edx:eax and the remainder over n.
; *r = n % d in DIVMOD4 (gcc never passes a null r).
%macro entries 4
fn %2
        lea     ecx, [esp+4]
        jmp     %1
.end:

fn %3
        lea     ecx, [esp+4]
        call    %1
        mov     eax, [ecx]
        mov     edx, [ecx+4]
        ret
.end:

fn %4
        lea     ecx, [esp+4]
        call    %1
        push    dword [ecx+4]
        push    dword [ecx]
        mov     ecx, [ecx+16]
        pop     dword [ecx]
        pop     dword [ecx+4]
        ret
.end:
%endmacro

entries mote_udivmod, __udivdi3, __umoddi3, __udivmoddi4
entries mote_sdivmod, __divdi3, __moddi3, __divmoddi4

        section .note.GNU-stack noalloc noexec nowrite progbits
