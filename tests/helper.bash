# Shared by every tests/*.bats file.
#
# MOTE_BIN   the folder of binaries under test (default: build/x86_64/bin)
# MOTE_RUN   a command that runs them, e.g. qemu-aarch64 (default: none)
#
# Utilities under test are called through `mote NAME ARGS...`, never by bare
# name, so that bats and the test fixtures keep using the system's tools.

bats_load_library bats-support
bats_load_library bats-assert

MOTE_ROOT=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
export MOTE_BIN=${MOTE_BIN:-$MOTE_ROOT/build/x86_64/bin}
export MOTE_RUN=${MOTE_RUN:-}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LC_ALL=C TZ=UTC

# mote NAME ARGS... runs mote's NAME.
mote() {
	local u=$1
	shift
	$MOTE_RUN "$MOTE_BIN/$u" "$@"
}
export -f mote

# tcase COMMAND EXPECTED [FILE_INPUT [STDIN]]: toybox's one-line test form.
# COMMAND runs in bash with `mote` available, in a scratch folder holding
# FILE_INPUT as ./input; EXPECTED, FILE_INPUT and STDIN go through printf %b.
tcase() {
	local cmd=$1 expected=$2
	cd "$BATS_TEST_TMPDIR"
	printf '%b' "${3-}" >input
	run bash -c "$cmd" < <(printf '%b' "${4-}")
	assert_success
	assert_output "$(printf '%b' "$expected")"
}

# same_as_gnu NAME ARGS...: mote's NAME and the system's NAME agree on
# stdout (byte for byte, via files), and on exit status; stdin is /dev/null
# unless the caller redirects it into a file named by $STDIN.
same_as_gnu() {
	local u=$1
	shift
	local in=${STDIN:-/dev/null} d=$BATS_TEST_TMPDIR
	local gnu
	gnu=$(type -P "$u")	# the program, never a shell builtin (echo, test, printf)
	"$gnu" "$@" <"$in" >"$d/gnu.out" 2>/dev/null && gs=0 || gs=$?
	mote "$u" "$@" <"$in" >"$d/mote.out" 2>"$d/mote.err" && ms=0 || ms=$?
	if ! cmp -s "$d/gnu.out" "$d/mote.out" || [ "$gs" != "$ms" ]; then
		echo "args: $*"
		echo "status: gnu $gs, mote $ms"
		diff <(od -c "$d/gnu.out") <(od -c "$d/mote.out") | head -20
		cat "$d/mote.err"
		return 1
	fi
}

# as_nobody COMMAND...: runs COMMAND as an unprivileged user, for the
# permission tests (root reads everything).
as_nobody() {
	setpriv --reuid=65534 --regid=65534 --clear-groups -- "$@"
}

# skip_if_root_only: permission tests need a way to drop root.
need_setpriv() {
	command -v setpriv >/dev/null || skip "setpriv not installed"
}
