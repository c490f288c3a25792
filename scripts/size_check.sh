#!/usr/bin/env bash
# Prints the gzip -9 transfer size of what dist/ serves for the first view (html, js, wasm, css)
# and fails above the SPEC §4 budget. Run after `trunk build --release`.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${1:-dist}
BUDGET=$((300 * 1000))
GOAL=$((120 * 1000))

[[ -f "$DIST/index.html" ]] || { echo "size check: $DIST/index.html missing; run trunk build --release first" >&2; exit 1; }
if grep -q "__trunk_address__\|/.well-known/trunk/ws" "$DIST/index.html"; then
  echo "size check: $DIST holds a 'trunk serve' debug build; run trunk build --release" >&2
  exit 1
fi

total=0
printf '%-44s %10s %10s\n' "file" "raw" "gzip -9"
shopt -s nullglob
for f in "$DIST"/index.html "$DIST"/*.js "$DIST"/*.wasm "$DIST"/*.css; do
  raw=$(wc -c < "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  printf '%-44s %10d %10d\n' "${f#"$DIST"/}" "$raw" "$gz"
done
printf '%-44s %10s %10d\n' "first view total" "" "$total"
echo "budget: $BUDGET bytes gzip (goal $GOAL)"
if (( total > BUDGET )); then
  echo "size check FAILED: $total > $BUDGET bytes" >&2
  exit 1
fi
(( total > GOAL )) && echo "note: above the $GOAL-byte goal"
echo "size check passed"
