#!/usr/bin/env bash
# `make bench-scale` (N=1000000 by default): the directory at a million realistic alumni.
# Generates the content once (scripts/content-large.sh; about 20 minutes and 4 GB of disk at a
# million), times `homecoming check` and `homecoming build` with their peak memory, counts the
# files and bytes of dist/, and measures our directory alone in the browser with the queries
# of `make bench-directory` (the peers are left out: MiniSearch's index is 6 MB of brotli at
# 100,000 already). Writes target/bench/scale-N/directory.json and site.json.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${N:-1000000}"
CONTENT="target/content-$N"
OUT="target/bench/scale-$N"
DIST="$OUT/dist"
CLI=target/debug/homecoming
N="$N" OUT="$CONTENT" CLI="$CLI" scripts/content-large.sh
rm -rf "$OUT"
mkdir -p "$OUT"
trunk build --release --dist "$DIST" >/dev/null 2>&1
scripts/measure.py "$OUT/site.json" check -- "$CLI" check "$CONTENT"
scripts/measure.py "$OUT/site.json" build -- "$CLI" build "$CONTENT" --dist "$DIST"
scripts/site-figures.py "$OUT/site.json" "$DIST"
(cd tests/browser && npm ci --silent --no-audit --no-fund)
(cd tests/browser/bench && npm install --silent --no-audit --no-fund)
ENGINES=homecoming node tests/browser/bench/run.mjs "$DIST" "$OUT/directory.json"
