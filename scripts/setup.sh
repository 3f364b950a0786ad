#!/usr/bin/env bash
# Installs what building and testing Homecoming needs, skipping whatever is already present.
# Only package registries are used (crates.io, npm, Debian); nothing downloads a prebuilt binary
# from elsewhere. Usage: scripts/setup.sh [build|test]
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-build}"
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
TOOLS="$PWD/.tools"

log() { printf 'setup: %s\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (takes about 15 minutes once)"
  cargo install trunk --locked --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli must equal the wasm-bindgen that Cargo.lock pins.
if [ -f Cargo.lock ]; then
  wb=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
else
  wb=""
fi
if [ -n "$wb" ] && ! wasm-bindgen --version 2>/dev/null | grep -q " $wb\$"; then
  log "installing wasm-bindgen-cli $wb (takes about 6 minutes once)"
  # Not --locked: a version pinned in its lock file is missing from the registry mirror.
  cargo install wasm-bindgen-cli --version "$wb" --force
fi

# wasm-opt from npm's binaryen: Debian's binaryen 108 produces a build that loads blank.
if [ ! -x "$TOOLS/node_modules/.bin/wasm-opt" ]; then
  log "installing wasm-opt (npm binaryen $BINARYEN_VERSION) into .tools/"
  mkdir -p "$TOOLS"
  (cd "$TOOLS" && npm install --silent --no-audit --no-fund "binaryen@$BINARYEN_VERSION" >/dev/null)
fi

if [ "$what" = test ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    log "installing Chromium and ChromeDriver from Debian"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  # Chinese names in screenshots need a CJK font (phones have one; a bare server does not).
  if ! fc-list 2>/dev/null | grep -qi "wqy\|noto sans cjk"; then
    log "installing a CJK font for screenshots"
    export DEBIAN_FRONTEND=noninteractive
    (apt-get install -y -qq fonts-wqy-microhei >/dev/null 2>&1) || { apt-get update -qq && apt-get install -y -qq fonts-wqy-microhei >/dev/null; }
  fi
fi
if ! command -v brotli >/dev/null; then
  log "installing brotli from Debian (for size reports)"
  export DEBIAN_FRONTEND=noninteractive
  (apt-get install -y -qq brotli >/dev/null 2>&1) || { apt-get update -qq && apt-get install -y -qq brotli >/dev/null; }
fi
# The test that opens the sealed alumni-only details with a second implementation (OpenSSL).
if ! python3 -c "import cryptography" 2>/dev/null; then
  log "installing Python's cryptography from Debian (crates/build/tests/members.rs)"
  export DEBIAN_FRONTEND=noninteractive
  (apt-get install -y -qq python3-cryptography >/dev/null 2>&1) || { apt-get update -qq && apt-get install -y -qq python3-cryptography >/dev/null; }
fi
log "tools ready"
