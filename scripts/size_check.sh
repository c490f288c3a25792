#!/usr/bin/env bash
# Prints the gzip -9 and brotli (-q 11) transfer sizes of what dist/ serves for the first view
# (html with its inline css, js, wasm) and fails above the SPEC §4 budget (gzip). Run after
# `trunk build --release`; brotli comes from Debian's `brotli` package (scripts/setup.sh --browser).
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

br_size() { if command -v brotli >/dev/null; then brotli -q 11 -c "$1" | wc -c; else echo 0; fi; }
shopt -s nullglob
# The first view in each language: its landing page, the app (js, wasm, css) and the dataset's
# texts the page shows in that language (the packs its <html data-packs> names:
# rows-<pack>-<lang>-<hash>.txt, fetched beside the wasm).
total=0
for lang in zh en; do
  page="$DIST/index.html"
  [[ $lang == en ]] && page="$DIST/en/index.html"
  sum=0
  sum_br=0
  printf '%-44s %10s %10s %10s\n' "file ($lang)" "raw" "gzip -9" "brotli"
  packs=()
  for pack in $(grep -o 'data-packs="[^"]*"' "$page" | head -1 | cut -d'"' -f2); do
    packs+=("$DIST"/rows-"$pack"-$lang-*.txt)
  done
  for f in "$page" "$DIST"/*.js "$DIST"/*.wasm "$DIST"/*.css "${packs[@]}"; do
    # embed.js runs on host pages that embed the explorer, not in the explorer's first view; sw.js
    # is fetched after the app runs (the first visit's total, with the worker, is measured by
    # scripts/browser_timing.sh against its own budget).
    [[ "${f##*/}" == embed.js || "${f##*/}" == sw.js ]] && continue
    raw=$(wc -c < "$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    br=$(br_size "$f")
    sum=$((sum + gz))
    sum_br=$((sum_br + br))
    printf '%-44s %10d %10d %10d\n' "${f#"$DIST"/}" "$raw" "$gz" "$br"
  done
  printf '%-44s %10s %10d %10d\n' "first view total ($lang)" "" "$sum" "$sum_br"
  (( sum > total )) && total=$sum
done
command -v brotli >/dev/null || echo "(brotli not installed: brotli column is 0)"
echo "budget: $BUDGET bytes gzip (goal $GOAL), the larger language: $total"
if (( total > BUDGET )); then
  echo "size check FAILED: $total > $BUDGET bytes" >&2
  exit 1
fi
(( total > GOAL )) && echo "note: above the $GOAL-byte goal"
echo "size check passed"
