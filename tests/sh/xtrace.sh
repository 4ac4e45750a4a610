set -x
echo traced 2>/dev/null
set +x
echo untraced
sh -xc 'echo a "b c"' 2>&1
