# Sourced by the bench scripts, from the top of the tree, with $util set:
# names lists the implementations found here (mote and GNU, then busybox and
# toybox when installed), cmd NAME prints the command that runs $util as
# NAME's, and now prints the time in nanoseconds.
# shellcheck shell=sh
names="mote gnu"
command -v busybox >/dev/null && names="$names busybox"
command -v toybox >/dev/null && names="$names toybox"
cmd() {
	case $1 in
	mote) echo "$PWD/build/x86_64/bin/$util" ;;
	gnu) echo "/usr/bin/$util" ;;
	busybox) echo "$(command -v busybox) $util" ;;
	toybox) echo "$(command -v toybox) $util" ;;
	esac
}
now() { date +%s%N; }
