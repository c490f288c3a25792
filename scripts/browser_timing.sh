#!/usr/bin/env bash
# Browser timing benchmark (not a test): builds dist/ in release, installs the peer page's
# Chart.js from npm (once), then reports median times from navigation to the first chart, the
# app taking over, LCP, CLS and blocking time, side by side with the Chart.js page, on a
# desktop-class CPU and on Lighthouse's mobile profile (see examples/browser_timing.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh
CHART_JS_VERSION=4.5.1
PEER_DIR="$TOOLS_DIR/peer"
CHART_JS="$PEER_DIR/node_modules/chart.js/dist/chart.umd.min.js"
if ! grep -qs "\"version\": \"$CHART_JS_VERSION\"" "$PEER_DIR/node_modules/chart.js/package.json"; then
  npm install --prefix "$PEER_DIR" --no-save --no-audit --no-fund "chart.js@$CHART_JS_VERSION" >/dev/null
fi
trunk build --release
cargo run --quiet --release --example browser_timing -- "$CHART_JS"
