#!/usr/bin/env bats
load helper

# Free memory moves between two runs; the heading, the totals and swap
# (none or idle here) do not.
fields() { awk '{ print $1, $2 } NR == 3'; }

@test "free: same heading and totals as procps" {
	for u in "" -b -k -m -g; do
		run bash -c "mote free $u | awk 'NR == 1 || NR == 3 { print } NR == 2 { print \$1, \$2 }'"
		assert_success
		assert_output "$(free $u | awk 'NR == 1 || NR == 3 { print } NR == 2 { print $1, $2 }')"
	done
}
@test "free: used is total less available, cache with buffers and slab" {
	run mote free
	read -r _ total used free shared cache avail <<<"${lines[1]}"
	assert_equal "$used" $((total - avail))
	[ "$cache" -gt 0 ]
}
@test "free: same layout as procps, column for column" {
	run mote free
	assert_equal "$(sed 's/[0-9]/0/g' <<<"${lines[1]}" | tr -s 0 | awk '{print length}')" \
		"$(free | sed -n 2p | sed 's/[0-9]/0/g' | tr -s 0 | awk '{print length}')"
	assert_equal "${#lines[1]}" "$(free | sed -n 2p | awk '{print length}')"
}
@test "free: bad option and operand are usage errors" {
	run mote free -h
	assert_failure 1
	assert_output --partial "usage: free"
	run mote free x
	assert_failure 1
}
@test "free: /dev/full is a write error" {
	run bash -c 'mote free >/dev/full'
	assert_failure 1
	assert_output --partial "free: write error"
}
