#!/usr/bin/env bash
# Builds the site a second time under a sub-path and runs the browser tests against both builds.
set -euo pipefail
cd "$(dirname "$0")/.."
make --no-print-directory build BASE=/homecoming/ DIST=target/dist-sub >/dev/null
# The hostile-content corpus, built with the app just built into dist/.
scripts/hostile/build.sh >/dev/null 2>&1 || scripts/hostile/build.sh
(cd tests/browser && npm ci --silent --no-audit --no-fund && npm test --silent)
