#!/usr/bin/env bash
# Browser timing benchmark (not a test): builds dist/ in release, then reports median times from
# navigation to first list / first chart, filter click to update, and the mobile profile.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh
trunk build --release
cargo run --quiet --example browser_timing
