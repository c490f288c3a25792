# Sourced by the scripts: puts this project's tools first on PATH, before any Debian wasm-opt.
TOOLS_DIR="$(pwd)/.tools"
export PATH="$TOOLS_DIR/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Trunk's update check asks a web API that is not reachable here.
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
