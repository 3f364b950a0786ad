#!/usr/bin/env bash
# `make bench-web` (after `make build`): Lighthouse 12's mobile profile on every route of dist/,
# served with brotli the GitHub Pages way and the Netlify way (tests/browser/web/run.mjs).
# Lighthouse comes from npm into tests/browser/web and drives Debian's Chromium; it needs no
# network beyond 127.0.0.1. Writes target/bench/web.json.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST="${DIST:-dist}"
(cd tests/browser/web && npm ci --silent --no-audit --no-fund)
CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" node tests/browser/web/run.mjs "$DIST" target/bench/web.json
