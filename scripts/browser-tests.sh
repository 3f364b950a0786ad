#!/usr/bin/env bash
# Builds the site a second time under a sub-path and runs the browser tests against both builds.
set -euo pipefail
cd "$(dirname "$0")/.."
make --no-print-directory build BASE=/homecoming/ DIST=target/dist-sub >/dev/null
(cd tests/browser && npm ci --silent --no-audit --no-fund && npm test --silent)
