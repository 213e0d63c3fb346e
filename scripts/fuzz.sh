#!/usr/bin/env bash
# Fuzzes the dataset readers (JSON file, CSV tables, both together) for a short while.
# A crash is saved under fuzz/artifacts/parse_dataset/ and replayed with
#   RUSTC_BOOTSTRAP=1 cargo fuzz run parse_dataset fuzz/artifacts/parse_dataset/<file>
# Usage: scripts/fuzz.sh [seconds]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-60}"
export PATH="$HOME/.cargo/bin:$PATH"

# cargo-fuzz builds with nightly-only flags (-Zsanitizer, sanitizer coverage); this
# machine has stable only, and RUSTC_BOOTSTRAP=1 lets stable accept them.
export RUSTC_BOOTSTRAP=1
if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi
# libfuzzer-sys compiles libFuzzer, which is C++.
if ! command -v c++ >/dev/null 2>&1; then
  apt-get update && apt-get install -y g++
fi

# Seeds: the shipped datasets and the bad corpus, each prefixed with the target's mode
# byte (0 = a JSON file, 1 = two tables for a valid dataset, 2 = JSON + tables).
corpus=fuzz/corpus/parse_dataset
mkdir -p "$corpus"
seed() { # name, mode byte (octal), files joined by NUL
  local name=$1 mode=$2
  shift 2
  { printf "\\$mode"; local first=1 f; for f in "$@"; do
      [ $first = 1 ] || printf '\0'; first=0; cat "$f"; done; } >"$corpus/seed-$name"
}
for f in data/datasets/*.json tests/bad/*.json tests/good/*.json; do
  base=$(basename "$f" .json)
  seed "json-$base" 000 "$f"
  tables=("$(dirname "$f")/$base"-by-*.csv)
  if [ -e "${tables[0]}" ]; then
    seed "all-$base" 002 "$f" "${tables[@]}"
    seed "tables-$base" 001 "${tables[@]}"
  fi
done

cargo fuzz run parse_dataset "$corpus" -- -max_total_time="$secs" -max_len=65536
