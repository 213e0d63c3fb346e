#!/usr/bin/env bash
# Builds the release page into dist/ (trunk, wasm-opt) after installing what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh "$@"
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# --skip-version-check: no update check over the network.
trunk --skip-version-check build --release
