#!/usr/bin/env bash
# Prints the built page's sizes by type, raw and gzip (-9), from dist/.
set -euo pipefail
cd "$(dirname "$0")/../dist"
row() { # type, files...
  local raw=0 gz=0 f
  for f in "${@:2}"; do
    [ -f "$f" ] || continue
    raw=$((raw + $(stat -c %s "$f")))
    gz=$((gz + $(gzip -9c "$f" | wc -c)))
  done
  printf '%-10s %10d %10d\n' "$1" "$raw" "$gz"
}
printf '%-10s %10s %10s\n' "type" "bytes" "gzip"
row wasm ./*.wasm
row js ./*.js
row css ./*.css
row html index.html
mapfile -t data < <(find data -type f \( -name '*.json' -o -name '*.csv' \) | sort)
row data "${data[@]}"
mapfile -t all < <(find . -type f ! -name '*.md' ! -path './data/sources/*' | sort)
row total "${all[@]}"
