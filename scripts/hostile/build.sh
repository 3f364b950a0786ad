#!/usr/bin/env bash
# The hostile-content corpus built into target/dist-hostile, for tests/browser/hostile.test.mjs:
# the sample (40 generated alumni), its text fields filled with payloads by corpus.py, then
# check, build, prerender and seal, with the app that `make build` put in dist/ (no second
# trunk run). Needs dist/ built.
set -euo pipefail
cd "$(dirname "$0")/../.."
CLI="${CLI:-target/debug/homecoming}"
PRERENDER="${PRERENDER:-target/debug/prerender}"
CONTENT=target/content-hostile
DIST=target/dist-hostile
rm -rf "$CONTENT" "$DIST"
"$CLI" sample --out "$CONTENT" --alumni 40 >/dev/null
python3 scripts/hostile/corpus.py "$CONTENT"
mkdir -p "$DIST"
cp dist/.trunk-index.html "$DIST/index.html"
cp dist/*.js dist/*.wasm dist/*.css dist/robots.txt "$DIST/"
cp -r dist/snippets "$DIST/"
"$CLI" build "$CONTENT" --dist "$DIST" 2>&1 | tail -1
"$PRERENDER" "$DIST"
"$CLI" seal "$DIST"
