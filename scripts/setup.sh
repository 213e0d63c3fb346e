#!/usr/bin/env bash
# Installs what building and testing impact-atlas needs, and only what is missing.
# Everything comes from the package registries (crates.io, npm, Debian).
#   scripts/setup.sh          build tools (wasm32 target, trunk, wasm-bindgen-cli, npm tools)
#   scripts/setup.sh --test   also Chromium and ChromeDriver for browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The release wasm rebuilds std from its source (scripts/build.sh).
if ! rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
  say "adding the rust-src component"
  rustup component add rust-src
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  # trunk 0.22 needs a newer rustc than this machine has; this build takes ~13 min.
  say "installing trunk $TRUNK_VERSION (slow: about 13 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must be exactly the wasm-bindgen in Cargo.lock, or trunk and the
# test runner refuse it (and trunk would try to download one, which fails here).
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)
if [ -z "$WB_VERSION" ]; then
  say "Cargo.lock has no wasm-bindgen entry; run 'cargo generate-lockfile' first" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION"
  # --locked fails for this release (a locked dependency is no longer served).
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

# npm tools (wasm-opt from binaryen, playwright-core, axe-core) from the lock file.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.installed-lock 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm tools from package-lock.json"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > node_modules/.installed-lock
fi

# Fonts for the native exporter's PNG images: Noto covers the scripts staff type
# (Latin, Arabic, Cyrillic, Greek …); characters no installed font has are reported.
if [ ! -f /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf ] && command -v apt-get >/dev/null; then
  say "installing Debian's fonts-noto-core (fonts for exported images)"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-noto-core >/dev/null
fi

if [ "${1:-}" = "--test" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
say "tools ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -1)"
