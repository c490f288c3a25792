#!/usr/bin/env bash
# Starts the README's serve command (scripts/serve.sh) in the background, waits until
# http://127.0.0.1:8080/ serves the page and the wasm it names, then stops it by its process
# group. Fails if it exits early or takes longer than the first set-up may (≈ 20 min).
set -euo pipefail
cd "$(dirname "$0")/.."
LOG=$(mktemp)
setsid scripts/serve.sh >"$LOG" 2>&1 &
SERVE=$!
stop() { kill -- "-$SERVE" 2>/dev/null || true; wait "$SERVE" 2>/dev/null || true; }
trap stop EXIT
deadline=$((SECONDS + 40 * 60))
page=""
until page=$(curl -sf http://127.0.0.1:8080/) && grep -q 'renewal-explorer:wasm' <<<"$page"; do
  if ! kill -0 "$SERVE" 2>/dev/null; then
    echo "serve check: scripts/serve.sh exited early:" >&2; tail -30 "$LOG" >&2; exit 1
  fi
  if (( SECONDS > deadline )); then
    echo "serve check: nothing served on 127.0.0.1:8080 in time:" >&2; tail -30 "$LOG" >&2; exit 1
  fi
  sleep 5
done
wasm=$(grep -o 'renewal-explorer:wasm" content="[^"]*' <<<"$page" | sed 's/.*content="\.\///')
status=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' "http://127.0.0.1:8080/$wasm")
if [[ "$status" != "200 application/wasm" ]]; then
  echo "serve check: the page is served but its wasm ($wasm) answers: $status" >&2; exit 1
fi
echo "serve check: scripts/serve.sh serves the page and its wasm ($wasm) on 127.0.0.1:8080"
