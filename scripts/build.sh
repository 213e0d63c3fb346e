#!/usr/bin/env bash
# Builds the release page into dist/ (trunk, wasm-opt) after installing what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh "$@"
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# The wasm files are built with a std of their own (build-std, from the toolchain's
# rust-src, so compiler and std always match) that aborts at once on a panic: no
# panic messages, their formatting, file locations or hook in the files (-12.1 KiB
# gzip of the visitor's wasm, docs/PERFORMANCE.md). static/boot.js shows a panic
# (a WebAssembly.RuntimeError) as the error state. Stable rustc takes these
# unstable options with RUSTC_BOOTSTRAP=1; only this build sets it (the host builds
# of trunk's hook, scripts/post-build.mjs, unset them). -Cpanic=immediate-abort
# needs rustc 1.92 or later; a later rustc that changes these unstable options
# fails this build, loudly.
rustc_minor=$(rustc --version | sed -E 's/^rustc 1\.([0-9]+).*/\1/')
if [ "$rustc_minor" -lt 92 ]; then
  echo "scripts/build.sh: $(rustc --version) is older than 1.92, which the release build needs (rustup update stable)" >&2
  exit 1
fi
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
# --skip-version-check: no update check over the network.
trunk --skip-version-check build --release
