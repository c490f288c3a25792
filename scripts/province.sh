#!/usr/bin/env bash
# A province's worth of data, measured (a benchmark, not a test): writes 18 cities at today's
# density (examples/province.rs: made-up rows copied from the real ones, in target/province/data),
# builds them through the same pipeline into target/province/dist (never dist/), and reports the
# first view's bytes (scripts/size_check.sh, its budget reported, not enforced here), the pages,
# dist/'s bytes and the build time. `--timing` adds the browser timing of one city's pages, in
# the same run as the Chart.js peer (examples/browser_timing.rs). A later `trunk build` builds the
# real data again (build.rs reruns when RENEWAL_DATA_DIR changes).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
out=target/province
rm -rf "$out"
cargo run --quiet --example province -- "$out/data"
export RENEWAL_DATA_DIR="$PWD/$out/data" RENEWAL_FIXTURE=1
start=$(date +%s)
trunk build --release --dist "$out/dist"
echo "build: $(($(date +%s) - start)) s (the wasm, the native prerender and every page; compiling included)"
scripts/size_check.sh "$out/dist" || true
echo "pages: $(find "$out/dist" -name '*.html' | wc -l); $out/dist: $(du -sb "$out/dist" | cut -f1) bytes"
if [[ ${1:-} == --timing ]]; then
  chart_js="$TOOLS_DIR/peer/node_modules/chart.js/dist/chart.umd.min.js"
  [[ -f $chart_js ]] || { echo "run scripts/browser_timing.sh once first (it installs Chart.js)" >&2; exit 1; }
  TIMING_DIST="$out/dist" TIMING_ONLY=projects/hebi cargo run --quiet --release --example browser_timing -- "$chart_js"
fi
