#!/usr/bin/env bash
# Lighthouse 12.2.3 (npm, with Debian's Chromium; 13.x needs a newer Node) on the release build
# served gzipped: the landing in both languages, every view, a view of one city, a project, a
# chart's page, a view embed and an address left to the app; mobile profile. Prints the four
# category scores and the timings of each. A measurement for notes, not a test.
# Usage: scripts/lighthouse.sh [query-or-path ...]   (default: the views below)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh
LH_DIR="$TOOLS_DIR/lighthouse"
if ! grep -qs '"version": "12.2.3"' "$LH_DIR/node_modules/lighthouse/package.json"; then
  npm install --prefix "$LH_DIR" --no-save --no-audit --no-fund lighthouse@12.2.3 >/dev/null
fi
[[ -f dist/index.html ]] || trunk build --release
PORT=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
cargo run --quiet --release --example serve_gzip -- dist "$PORT" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
until curl -sf "http://127.0.0.1:$PORT/" >/dev/null; do sleep 0.5; done
views=("$@")
[[ ${#views[@]} -gt 0 ]] || views=("" "en/" "charts/" "compare/" "projects/hebi/" "figures/" "promises/" "about/" "projects/pds25-p018.html" "embed/projects-by-status.html" "compare/?embed=1" "projects/hebi/?cat=greening")
OUT=$(mktemp -d)
for view in "${views[@]}"; do
  CHROME_PATH=/usr/bin/chromium "$LH_DIR/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT/$view" \
    --quiet --output=json --output-path="$OUT/report.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
    >/dev/null 2>&1 || { echo "lighthouse failed on /$view"; continue; }
  node -e '
    const r = require(process.argv[1]); const c = r.categories, a = r.audits;
    const s = k => Math.round(c[k].score * 100);
    const failed = Object.values(a).filter(x => x.score !== null && x.score < 1 && ["binary","numeric"].includes(x.scoreDisplayMode) && x.details && x.details.type !== "opportunity").map(x => x.id);
    console.log(`/${process.argv[2]}\n  performance ${s("performance")}  accessibility ${s("accessibility")}  best-practices ${s("best-practices")}  seo ${s("seo")}` +
      `\n  FCP ${a["first-contentful-paint"].displayValue}  LCP ${a["largest-contentful-paint"].displayValue}  TBT ${a["total-blocking-time"].displayValue}  CLS ${a["cumulative-layout-shift"].displayValue}  SI ${a["speed-index"].displayValue}` +
      (failed.length ? `\n  not passed: ${failed.join(", ")}` : ""));
  ' "$OUT/report.json" "$view"
done
rm -rf "$OUT"
