#!/usr/bin/env bash
# Where the wasm's bytes go, by crate: a measurement for deciding what to cut, not a test.
# Rebuilds the release wasm with function names kept (same wasm-bindgen and wasm-opt -Oz as
# Trunk), then groups twiggy's per-function sizes by crate. Sizes are uncompressed bytes of the
# code and data sections; gzip shrinks code about 2.5× and the Chinese text about 2.5× too.
# Installs twiggy from crates.io when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

if ! command -v twiggy >/dev/null; then
  echo "==> installing twiggy from crates.io (about 2 minutes, once)"
  cargo install twiggy --version 0.8.0 --locked
fi

cargo build --release --target wasm32-unknown-unknown --bin renewal-explorer --features csr
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wasm-bindgen --target web --keep-debug --out-dir "$work" --out-name app \
  target/wasm32-unknown-unknown/release/renewal-explorer.wasm
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$work/app_bg.wasm" -o "$work/named.wasm"
twiggy top -n 1000000 --format csv "$work/named.wasm" > "$work/top.csv"

# Name,ShallowSize,... → a bucket per crate; generic glue gets its own buckets.
awk -F, '
  NR == 1 { next }
  {
    size = $(NF - 3); name = $0; sub(/,[^,]*,[^,]*,[^,]*,[^,]*$/, "", name); gsub(/^"|"$/, "", name)
    if (name ~ /"(function names|data names)"|section headers|custom section/) next
    if (name ~ /^data segment/)                 bucket = "(data: strings, dataset, tables)"
    else if (name ~ /^core::ptr::drop_in_place/) bucket = "(drop glue)"
    else if (name ~ /FnOnce|call_once/)          bucket = "(closure shims)"
    else if (match(name, /[a-z_][a-z0-9_]*(\[[0-9a-f]+\])?::/)) {
      bucket = substr(name, RSTART, RLENGTH - 2); sub(/\[.*/, "", bucket)
    } else bucket = "(other)"
    bytes[bucket] += size; total += size
  }
  END {
    for (b in bytes) printf "%10d %5.1f%%  %s\n", bytes[b], 100 * bytes[b] / total, b | "sort -rn | head -25"
    close("sort -rn | head -25")
    printf "%10d        total (uncompressed, without names)\n", total
  }' "$work/top.csv"
echo
echo "largest functions:"
twiggy top -n 15 "$work/named.wasm" | cut -c1-150
