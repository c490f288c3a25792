#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) needs, each tool only when missing.
# Nothing is downloaded from GitHub: Rust tools come from crates.io, wasm-opt from npm,
# the browser from Debian. Safe to run again; fast when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

want_browser=false
[[ "${1:-}" == "--browser" ]] && want_browser=true

step() { printf '\n==> %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 0.22 needs a newer rustc than this machine has; pin the version known to work.
TRUNK_VERSION=0.21.14
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  step "installing trunk $TRUNK_VERSION from crates.io (about 8 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock, or Trunk tries to download.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WBG_VERSION\$"; then
  step "installing wasm-bindgen-cli $WBG_VERSION from crates.io (about 4 minutes, once)"
  # Not --locked: its shipped lockfile names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

# binaryen from npm (Debian's wasm-opt 108 produces a wasm that fails at start-up).
BINARYEN_VERSION=132.0.0
if ! "$TOOLS_DIR/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
  step "installing wasm-opt (binaryen $BINARYEN_VERSION) from npm into $TOOLS_DIR"
  mkdir -p "$TOOLS_DIR"
  npm install --prefix "$TOOLS_DIR" --no-save --no-audit --no-fund "binaryen@$BINARYEN_VERSION" >/dev/null
fi

if $want_browser && ! { command -v chromium && command -v chromedriver && command -v brotli; } >/dev/null; then
  step "installing chromium, chromium-driver, a CJK font and brotli from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei brotli >/dev/null
fi

# axe-core (npm) for the accessibility checks of the end-to-end tests.
AXE_VERSION=4.14.1
if $want_browser && ! grep -qs "\"version\": \"$AXE_VERSION\"" "$TOOLS_DIR/axe/node_modules/axe-core/package.json"; then
  step "installing axe-core $AXE_VERSION from npm into $TOOLS_DIR/axe"
  npm install --prefix "$TOOLS_DIR/axe" --no-save --no-audit --no-fund "axe-core@$AXE_VERSION" >/dev/null
fi

step "tools ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version)"
