#!/usr/bin/env bash
# Runs every test: format, lints, host tests, browser (wasm-bindgen-test) tests,
# the release build, its sizes against their budgets, and end-to-end tests of the built page in Chromium.
# Installs whatever is missing first (scripts/setup.sh --test).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
# A busy 2-core machine starts Chromium slowly.
export WASM_BINDGEN_TEST_TIMEOUT=120 WASM_BINDGEN_TEST_DRIVER_TIMEOUT=60
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "rustfmt"
cargo fmt --all -- --check
step "clippy (host and wasm32, warnings denied)"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --no-default-features --lib --test web -- -D warnings
cargo clippy --target wasm32-unknown-unknown --no-default-features --features staff --bin staff -- -D warnings
cargo clippy --target wasm32-unknown-unknown --no-default-features --features kiosk --lib --bin kiosk -- -D warnings
step "host tests"
cargo test
step "browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --target wasm32-unknown-unknown --no-default-features --test web
step "release build"
scripts/build.sh
step "built sizes (bytes)"
scripts/sizes.sh
step "size budgets: wasm and each page's bytes, gzip (scripts/sizes.mjs)"
node scripts/sizes.mjs
step "end-to-end tests of the built page"
node --test --test-concurrency=1 e2e/
