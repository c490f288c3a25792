#!/usr/bin/env bash
# Runs every test: formatting and lints, native tests (core + data), browser component tests
# (wasm-bindgen-test in headless Chromium), the release build and its size budget, and the
# end-to-end tests that drive Chromium against dist/ served on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh

step() { printf '\n==> %s\n' "$*"; }

step "format and lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets -- -D warnings

step "native tests (pure core, dataset invariants, verbatim quotes)"
cargo test --workspace

step "browser component tests (wasm-bindgen-test, headless Chromium)"
cargo test --target wasm32-unknown-unknown --features csr --test web

step "release build into dist/"
trunk build --release

step "size budget"
scripts/size_check.sh

step "end-to-end tests against dist/ (WebDriver, headless Chromium)"
cargo test --test e2e -- --ignored --test-threads=1
