#!/usr/bin/env bash
# Benchmarks (not a test; CI does not run it). Builds the release page, then:
#   1. loads it in headless Chromium several times with a cold cache, for the default
#      dataset and for synthetic ones of 10, 50 and 250 countries over 6 and 30 years
#      (benches/browser/browser.mjs): bytes, time to ready, memory, main-thread cost of pointer
#      moves, clicks and resizes, the longest task; budgets and scaling, PASS/FAIL;
#   2. steps through every kiosk scene at 1920×1080, CPU throttled 4× and not
#      (benches/browser/kiosk.mjs): scene change and map flight frame costs;
#   3. breaks the wasm file down by crate, module and item (benches/browser/wasm-size.mjs, twiggy);
#   4. runs the host benchmarks (cargo bench: benches/host/{parse,map,paint}.rs; criterion).
# Both use the same synthetic datasets, written by benches/gen-datasets.mjs.
# Step 1 runs twice: as is, and with Chromium's CPU throttled 4× (CDP
# Emulation.setCPUThrottlingRate, Lighthouse's mid-range phone), each with a floor page
# (one canvas, no wasm) loaded in the same rounds.
# Figures go to target/bench/. docs/PERFORMANCE.md explains them and lists the latest.
# Exits 0 when budgets fail (it reports them); 1 when the page fails to load.
#
#   scripts/bench.sh [--runs N] [--only ID,ID] [--no-build] [--no-host] [--no-wasm] [--no-kiosk] [--no-throttle] [--profile]
#     --runs N      cold loads per page (default 5)
#     --only IDS    pages to load: default, demo, synthetic-<countries>x<years>
#     --no-build    use dist/ as it is
#     --no-host     skip cargo bench
#     --no-wasm     skip the wasm size breakdown
#     --no-kiosk    skip the kiosk benchmark
#     --no-throttle skip the pass with the CPU throttled 4×
#     --profile     also print where main-thread time goes (benches/browser/profile.mjs), for the
#                   default page and the largest synthetic dataset
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

runs=5 only="" build=1 host=1 wasm=1 profile=0 throttle=1 kiosk=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --no-host) host=0; shift ;;
    --no-wasm) wasm=0; shift ;;
    --no-kiosk) kiosk=0; shift ;;
    --no-throttle) throttle=0; shift ;;
    --profile) profile=1; shift ;;
    *) echo "usage: scripts/bench.sh [--runs N] [--only ID,ID] [--no-build] [--no-host] [--no-wasm] [--no-kiosk] [--no-throttle] [--profile]" >&2; exit 2 ;;
  esac
done

if [ "$build" = 1 ]; then
  say "release build (scripts/build.sh; --test installs Chromium if missing)"
  scripts/build.sh --test
fi
mkdir -p target/bench

say "machine"
{
  echo "cores: $(nproc); memory: $(free -g | awk '/^Mem:/{print $2}') GiB; load: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "chromium: $(${CHROMIUM:-/usr/bin/chromium} --version 2>/dev/null | head -1)"
  echo "rustc: $(rustc --version); node: $(node --version); trunk: $(trunk --version 2>/dev/null || echo none)"
} | tee target/bench/machine.txt

say "browser: $runs cold loads per page"
args=(--runs "$runs")
[ -n "$only" ] && args+=(--only "$only")
node benches/browser/browser.mjs "${args[@]}"
if [ "$throttle" = 1 ]; then
  say "browser, CPU throttled 4× (a mid-range phone): $runs cold loads per page"
  node benches/browser/browser.mjs "${args[@]}" --throttle 4 --no-trace
fi

if [ "$kiosk" = 1 ]; then
  say "kiosk: every scene at 1920×1080, CPU throttled 4× and unthrottled"
  node benches/browser/kiosk.mjs
fi

if [ "$wasm" = 1 ]; then
  say "wasm size breakdown"
  if command -v twiggy >/dev/null; then
    node benches/browser/wasm-size.mjs
  else
    echo "twiggy is not installed: 'cargo install twiggy --locked' (a few minutes), then run again"
  fi
fi

if [ "$profile" = 1 ]; then
  named=target/bench/wasm/impact-atlas-named.wasm
  glue=$(ls dist/impact-atlas-*.js | head -1)
  # The named wasm only fits dist/'s JS glue if both come from the same build.
  if [ -f "$named" ] && cmp -s target/wasm-bindgen/release/impact-atlas.js "$glue"; then
    flag=(--named-wasm "$named")
  else
    echo "(no named wasm matching dist/: wasm functions show as numbers)"
    flag=()
  fi
  for data in "" synthetic-250x30; do
    say "where the main-thread time goes: ${data:-default page}"
    node benches/browser/profile.mjs ${data:+--data "$data"} "${flag[@]}"
  done
fi

if [ "$host" = 1 ]; then
  say "host benchmarks (criterion; full output in target/bench/criterion.txt)"
  # The release profile's panic = "abort" would reach the `impact-atlas` binary that
  # cargo builds beside the benchmarks, and the library would then be built twice
  # (abort and unwind) under one file name (cargo issue 6313): builds fail at random.
  # Unwinding everywhere in the bench profile builds it once.
  CARGO_PROFILE_BENCH_PANIC=unwind cargo bench --bench parse --bench map --bench paint 2>&1 | tee target/bench/criterion.txt \
    | awk '/time:/ && $(NF-2) ~ /^(ns|µs|us|ms|s)$/ { if ($1 != "time:") name = $1; printf "%-48s %s %s\n", name, $(NF-3), $(NF-2); next }
           /^[a-z_]+\// || /^[a-z_]+$/ { name = $1 }'
fi
say "done: figures in target/bench/ (browser-latest.md, wasm-size.md, criterion.txt)"
