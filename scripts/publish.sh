#!/usr/bin/env bash
# trunk post_build hook (Trunk.toml): publishes data/ into the build. The native
# command validates every dataset of data/index.json and writes only the public
# files into dist/data/ (catalogue, one protected file per dataset, the map
# geometry); an error in any dataset fails the build with the validator's message.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook (TRUNK_STAGING_DIR unset)}"
cd "$(dirname "$0")/.."
exec cargo run --quiet --bin impact-atlas -- publish --data data --out "$TRUNK_STAGING_DIR/data"
