#!/usr/bin/env bash
# `make bench-directory`: 100,000 realistic alumni (scripts/content-large.sh), built into
# target/bench/dist, served, and measured in headless Chromium against MiniSearch and Pagefind
# on the same people and queries.
# Prints a table and writes target/bench/directory.json. N=… changes the size.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${N:-100000}"
CONTENT=target/content-large
DIST=target/bench/dist
CLI=target/debug/homecoming
N="$N" OUT="$CONTENT" CLI="$CLI" scripts/content-large.sh
rm -rf "$DIST"
trunk build --release --dist "$DIST" >/dev/null 2>&1
"$CLI" build "$CONTENT" --dist "$DIST"
(cd tests/browser && npm ci --silent --no-audit --no-fund)
(cd tests/browser/bench && npm install --silent --no-audit --no-fund)
node tests/browser/bench/prepare.mjs "$DIST"
node tests/browser/bench/run.mjs "$DIST" target/bench/directory.json
