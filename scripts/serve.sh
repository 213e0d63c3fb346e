#!/usr/bin/env bash
# Builds the release page and serves it with the default dataset on 127.0.0.1.
#   scripts/serve.sh [PORT]      (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-8080}"
scripts/build.sh
echo
echo "impact-atlas is served at http://127.0.0.1:$PORT/  (Ctrl-C stops it)"
echo "  other datasets: http://127.0.0.1:$PORT/?data=<id>  (ids in data/index.json)"
# serve.py adds the security headers (python -m http.server cannot).
exec python3 scripts/serve.py "$PORT"
