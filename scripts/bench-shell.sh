#!/usr/bin/env bash
# Puts the app from dist/ (after `make build`) into the benchmark's site, keeping its 100k data:
# for measuring a change to the app without rebuilding the index and the peers.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=target/bench/dist
rm -rf "$DIST"/*.wasm "$DIST"/homecoming-app-*.js "$DIST"/main-*.css "$DIST"/snippets
cp -r dist/*.wasm dist/homecoming-app-*.js dist/main-*.css dist/snippets dist/index.html dist/404.html "$DIST"/
