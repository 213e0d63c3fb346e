#!/usr/bin/env bash
# Builds the release page into dist/ (trunk, wasm-opt) after installing what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh "$@"
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# The wasm files are built with a std of their own (build-std, from the toolchain's
# rust-src, so compiler and std always match) that aborts at once on a panic: no
# panic messages, their formatting, file locations or hook in the files (-12.9 KiB
# gzip of the visitor's wasm, docs/PERFORMANCE.md). static/boot.js shows a panic
# (a WebAssembly.RuntimeError) as the error state. Stable rustc takes these
# unstable options with RUSTC_BOOTSTRAP=1; only this build sets it (scripts/publish.sh,
# the host build trunk's hook runs, unsets them).
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
# --skip-version-check: no update check over the network.
trunk --skip-version-check build --release
