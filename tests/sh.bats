#!/usr/bin/env bats
load helper

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
@test "sh: export, unset, prefix assignments" { same_as_dash export; }
@test "sh: redirections" { same_as_dash redir; }
@test "sh: pipelines" { same_as_dash pipes; }
@test "sh: lists, &, wait, subshells, groups" { same_as_dash lists; }
@test "sh: if" { same_as_dash if; }
@test "sh: while, until, for" { same_as_dash loops; }
@test "sh: case" { same_as_dash case; }
@test "sh: globbing" { same_as_dash glob; }
@test "sh: command substitution" { same_as_dash subst; }
@test "sh: builtins" { same_as_dash builtins; }
@test "sh: test and [" { same_as_dash testcmd; }
@test "sh: set -e" { same_as_dash errexit; }
@test "sh: set -x" { same_as_dash xtrace; }
@test "sh: exit status" { same_as_dash exit; }
@test "sh: errors: 127, 126, syntax" { same_as_dash errors; }
@test "sh: scripts: #!, no #!, sh FILE, sh -c" { same_as_dash scripts; }
