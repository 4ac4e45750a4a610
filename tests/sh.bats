#!/usr/bin/env bats
load helper
bats_require_minimum_version 1.5.0

# same_as_dash NAME: tests/sh/NAME.sh run by dash and by mote's sh, in
# scratch folders, agree on stdout and exit status.  Within the script,
# `sh` is the shell under test too.
same_as_dash() {
	local f=$MOTE_ROOT/tests/sh/$1.sh d=$BATS_TEST_TMPDIR ds ms
	mkdir -p "$d/dash/bin" "$d/mote/bin"
	ln -sf "$(command -v dash)" "$d/dash/bin/sh"
	printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$MOTE_RUN" "$MOTE_BIN/sh" >"$d/mote/bin/sh"
	chmod +x "$d/mote/bin/sh"
	(cd "$d/dash" && PATH=$d/dash/bin:$PATH HOME=$d dash "$f" >"$d/dash.out" 2>/dev/null </dev/null) && ds=0 || ds=$?
	(cd "$d/mote" && PATH=$d/mote/bin:$PATH HOME=$d mote sh "$f" >"$d/mote.out" 2>"$d/mote.err" </dev/null) && ms=0 || ms=$?
	if ! cmp -s "$d/dash.out" "$d/mote.out" || [ "$ds" != "$ms" ]; then
		echo "status: dash $ds, mote $ms"
		diff "$d/dash.out" "$d/mote.out" | head -30
		head -20 "$d/mote.err"
		return 1
	fi
}

@test "sh: simple commands and PATH search" { same_as_dash simple; }
@test "sh: quoting" { same_as_dash quoting; }
@test "sh: variables" { same_as_dash vars; }
@test "sh: positional parameters and shift" { same_as_dash positional; }
@test "sh: \"\$@\$@\" with no parameters makes no word (POSIX and bash; dash makes one empty word)" {
	run mote sh -c 'for w in "$@$@" "$@""$@" "$@"; do echo "[$w]"; done; set -- a b; for w in "$@$@"; do echo "[$w]"; done'
	assert_success
	assert_output "$(printf '[a]\n[ba]\n[b]')"
}
@test "sh: export, unset, prefix assignments" { same_as_dash export; }
@test "sh: redirections" { same_as_dash redir; }
@test "sh: pipelines" { same_as_dash pipes; }
@test "sh: lists, &, wait, subshells, groups" { same_as_dash lists; }
@test "sh: if" { same_as_dash if; }
@test "sh: while, until, for" { same_as_dash loops; }
@test "sh: case" { same_as_dash case; }
@test "sh: break and continue" { same_as_dash break; }
@test "sh: globbing" { same_as_dash glob; }
@test "sh: command substitution" { same_as_dash subst; }
@test "sh: builtins" { same_as_dash builtins; }
@test "sh: set lists the variables, sorted and quoted" { same_as_dash setvars; }
@test "sh: read, read -r: \\ escapes, \\ newline continues" { same_as_dash read; }
@test "sh: read keeps an escaped character after trailing blanks (dash drops it, bash keeps it)" {
	run bash -c "printf 'a  b  \\\\x  \\\\\\\\ \\\\  \n' | mote sh -c 'read x y; echo \"[\$y]\"'"
	assert_success
	assert_output '[b  x  \]'
}
@test "sh: test and [" { same_as_dash testcmd; }
@test "sh: set -e" { same_as_dash errexit; }
@test "sh: set -x" { same_as_dash xtrace; }
@test "sh: exit status" { same_as_dash exit; }
@test "sh: errors: 127, 126, syntax" { same_as_dash errors; }
@test "sh: scripts: #!, no #!, sh FILE, sh -c" { same_as_dash scripts; }
@test "sh: set with no words writes to a full disk: error and status 1" {
	run mote sh -c 'set >/dev/full'
	assert_failure 1
	assert_output --partial "No space left on device"
}

@test "sh: script from stdin" {
	run bash -c 'printf "x=1\necho \$x\nfor i in a b; do echo \$i; done\n" | mote sh'
	assert_success
	assert_output "$(printf '1\na\nb')"
}
@test "sh: -i reads line by line, prompts on stderr, survives syntax errors" {
	run bash -c 'printf "echo hi\nif\necho after; (exit 4)\necho \$?\nexit 3\necho no\n" | mote sh -i 2>err; s=$?; cat err; exit $s'
	assert_failure 3
	assert_line --index 0 "hi"
	assert_line --index 1 "after"
	assert_line --index 2 "4"
	assert_output --partial '$ '
	assert_output --partial "sh: syntax error"
	refute_output --partial "no"
}
@test "sh: interactive: Ctrl-C (SIGINT) spares the shell, not its children" {
	run bash -c 'printf "kill -INT \$\$\necho alive\nsh -c \"kill -INT \\\\\$\\\\\$\"; echo \$?\n" | PATH=$BATS_TEST_TMPDIR:$PATH mote sh -i 2>/dev/null'
	assert_success
	assert_output "$(printf 'alive\n130')"
}
@test "sh: interactive: background jobs ignore SIGINT" {
	run bash -c 'printf "sleep 0.2 & kill -INT \$!; wait \$!; echo \$?\nsleep 5 & kill -TERM \$!; wait \$!; echo \$?\n" | mote sh -i 2>/dev/null'
	assert_success
	assert_output "$(printf '0\n143')"
}
@test "sh: interactive: ^Z and ^\\ (SIGTSTP, SIGQUIT) do not stop or end the shell" {
	run bash -c 'printf "kill -TSTP \$\$; kill -QUIT \$\$; echo alive\n" | mote sh -i 2>/dev/null'
	assert_success
	assert_output "alive"
}
@test "sh: end of input in -i mode exits with the last status" {
	run bash -c 'printf "false\n" | mote sh -i 2>/dev/null'
	assert_failure 1
}
@test "sh: [ without ]: message and status 2" {
	run mote sh -c '[ a = a; echo "st $?"; [; echo "st $?"'
	assert_success
	assert_output "$(printf 'sh: [: missing ]\nst 2\nsh: [: missing ]\nst 2')"
}
@test "sh: syntax error: message and status 2, nothing run" {
	run mote sh -c 'echo a; if true; then echo b'
	assert_failure 2
	assert_output --partial "sh: syntax error"
	run mote sh -c 'echo a | | cat'
	assert_failure 2
	run mote sh -c "echo 'unterminated"
	assert_failure 2
	run mote sh -c 'echo $(echo x'
	assert_failure 2
	run mote sh -c 'case a in a) echo x; esac; done'
	assert_failure 2
}
@test "sh: missing command: message and 127" {
	run -127 mote sh -c "nosuch_cmd_zz a b"
	assert_failure 127
	assert_output "sh: nosuch_cmd_zz: not found"
	run -127 mote sh -c "PATH=/nonexistent; ls"
	assert_failure 127
	run -127 mote sh -c ./nosuch
	assert_failure 127
}
@test "sh: not executable: message and 126" {
	cd "$BATS_TEST_TMPDIR"
	printf 'echo x\n' >f
	chmod 644 f
	run mote sh -c './f'
	assert_failure 126
	assert_output "sh: ./f: Permission denied"
	mkdir d
	run mote sh -c './d'
	assert_failure 126
}
@test "sh: missing script file: message and 2" {
	run mote sh /nonexistent/script.sh
	assert_failure 2
	assert_output "sh: /nonexistent/script.sh: No such file or directory"
	run mote sh -c '. /nonexistent/x; echo not reached'
	assert_failure 2
}
@test "sh: -c with no string is an error" {
	run mote sh -c
	assert_failure 2
	assert_output "sh: -c needs a string"
}
@test "sh: bad redirection: message, status 2, command not run" {
	run mote sh -c 'echo x >/nonexistent/f; echo "st $?"; cat </nonexistent/g; echo "st $?"'
	assert_success
	assert_line "st 2"
	assert_output --partial "sh: /nonexistent/f: No such file or directory"
	refute_line "x"
}
@test "sh: echo to /dev/full is a write error, status 1" {
	run mote sh -c 'echo x >/dev/full; echo "st $?"'
	assert_output --partial "write error"
	assert_line "st 1"
}
@test "sh: a long pipeline" {
	run mote sh -c 'echo x | cat | cat | cat | cat | cat | cat | cat | cat | cat | cat | cat | cat | tr x y'
	assert_success
	assert_output "y"
}
@test "sh: a long loop does not run out of memory" {
	run mote sh -c 'for a in $(seq 1 20000); do x=$a; y="$x$x"; done; echo $y'
	assert_success
	assert_output "2000020000"
}
@test "sh: read loop over a file of 5000 lines" {
	seq 1 5000 >"$BATS_TEST_TMPDIR/in"
	run mote sh -c 'n=0; while read l; do last=$l; done <"$1"; echo $last' sh "$BATS_TEST_TMPDIR/in"
	assert_success
	assert_output "5000"
}
@test "sh: a huge argument list from a glob" {
	cd "$BATS_TEST_TMPDIR"
	mkdir many && (cd many && seq -f 'f%05g' 1 3000 | xargs touch)
	run mote sh -c 'cd many && for f in *; do last=$f; done; echo $last; echo f0000* | wc -w'
	assert_success
	assert_output "$(printf 'f03000\n9')"
}
@test "sh: a big environment is passed on" {
	run env BIG="$(head -c 100000 /dev/zero | tr '\0' x)" $MOTE_RUN "$MOTE_BIN/sh" -c 'printenv BIG | wc -c'
	assert_success
	assert_output "100001"
}
@test "sh: echo of words bigger than the free arena" {
	run mote sh -c 'x=$(head -c 700000 /dev/zero | tr "\0" a); echo $x $x | wc -c; echo a $x b | wc -c'
	assert_success
	assert_output "$(printf '1400002\n700005')"
}
@test "sh: an expansion bigger than the arena fails cleanly" {
	run mote sh -c 'x=$(head -c 900000 /dev/zero | tr "\0" a); echo $x $x $x; echo not reached'
	assert_failure 2
	assert_output "sh: out of memory"
}
@test "sh: too many words and too long lines fail cleanly" {
	# 400000: on 32 bits the words take less room
	run mote sh -c 'echo $(seq 1 400000); echo not reached'
	assert_failure 2
	assert_output "sh: out of memory"
	run bash -c 'head -c 3000000 /dev/zero | tr "\0" a | mote sh -c "read x; echo \${x} | wc -c"'
	assert_success
	assert_output --regexp '^[0-9]+$'
}
# on_pty KEYS...: mote's sh on a terminal, typed each KEYS (with Python's
# \ escapes) once the prompt is out, so the shell is in raw mode and the
# terminal's own editing cannot stand in for the shell's; prints what the
# terminal showed, less \r, then "status N".
on_pty() {
	command -v python3 >/dev/null || skip "python3 not installed"
	PTY_CMD="$MOTE_RUN $MOTE_BIN/sh" python3 - "$@" <<'EOF_PY'
import os, pty, select, sys
keys = [k.encode("latin1").decode("unicode_escape").encode("latin1") for k in sys.argv[1:]]
pid, fd = pty.fork()
if pid == 0:
    cmd = os.environ["PTY_CMD"].split()
    os.execvp(cmd[0], cmd)
out = b""
seen = 0
def upto(s):
    global out, seen
    while out.find(s, seen) < 0:
        if not select.select([fd], [], [], 20)[0]:
            sys.exit("timeout after " + repr(out))
        try:
            b = os.read(fd, 4096)
        except OSError:
            b = b""
        if not b:
            return
        out += b
    seen = out.find(s, seen) + len(s)
for k in keys:
    upto(b"$ ")
    os.write(fd, k)
upto(b"\0")
st = os.waitpid(pid, 0)[1]
sys.stdout.write(out.decode().replace("\r", ""))
print("status", os.waitstatus_to_exitcode(st))
EOF_PY
}
@test "sh: interactive on a terminal: prompt, backspace, ^U, ^C, up arrow, cooked mode for commands" {
	run on_pty 'echo abX\x7fc\n' 'echo no\x03' 'echo junk\x15echo one\n' '\x1b[A\x7ftwo\n' \
		'\x1bOA\r' 'stty -a | grep -c -- -icanon || :\n' '\x04'
	assert_success
	assert_line --index 0 --partial '$ echo ab'
	assert_line "abc"
	assert_line "one"
	assert_line --index 6 "ontwo"
	assert_line --index 8 "ontwo"
	assert_line "0"
	assert_line "status 0"
	refute_line "junk"
	refute_line "no"
	refute_line "abXc"
}
@test "sh: interactive on a terminal: Delete, Home, other keys' escape sequences leave nothing" {
	run on_pty 'echo ab\x1b[3~c\n' 'echo d\x1b[1;5De\x1bOHf\x1b[Hg\x1b[15~h\x1b[C\n' '\x1b[A\x7fi\n' '\x04'
	assert_success
	assert_line "abc"
	assert_line "defgh"
	assert_line "defgi"
	refute_output --partial '~'
	refute_output --partial ';'
	assert_line "status 0"
}
