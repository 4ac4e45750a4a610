#!/usr/bin/env bats
load helper

@test "true: exits 0" { run mote true; assert_success; assert_output ""; }
@test "true: ignores operands and options" { run mote true --help -x foo; assert_success; assert_output ""; }
@test "false: exits 1" { run mote false; assert_failure 1; assert_output ""; }
@test "false: ignores operands" { run mote false --version foo; assert_failure 1; assert_output ""; }
