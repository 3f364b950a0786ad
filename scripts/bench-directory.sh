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
FIGURES=target/bench/site.json
rm -rf "$DIST" "$FIGURES"
mkdir -p target/bench
trunk build --release --dist "$DIST" >/dev/null 2>&1
# What staff wait for: a check, a build, and a build again after one record changed.
scripts/measure.py "$FIGURES" check -- "$CLI" check "$CONTENT"
scripts/measure.py "$FIGURES" build -- "$CLI" build "$CONTENT" --dist "$DIST"
ONE=$(python3 -c 'import os, sys; d = sys.argv[1]; print(os.path.join(d, min(os.listdir(d))))' "$CONTENT/alumni")
cp "$ONE" target/bench/one-record.json
python3 - "$ONE" <<'PY'
import json, sys
p = sys.argv[1]; r = json.load(open(p))
r["bio"] = "Moved back home this year; happy to meet classmates passing through."
json.dump(r, open(p, "w"), ensure_ascii=False, indent=2)
PY
scripts/measure.py "$FIGURES" rebuild_one_record -- "$CLI" build "$CONTENT" --dist "$DIST"
mv target/bench/one-record.json "$ONE"
"$CLI" build "$CONTENT" --dist "$DIST" >/dev/null
scripts/site-figures.py "$FIGURES" "$DIST"
(cd tests/browser && npm ci --silent --no-audit --no-fund)
(cd tests/browser/bench && npm install --silent --no-audit --no-fund)
node tests/browser/bench/prepare.mjs "$DIST"
node tests/browser/bench/run.mjs "$DIST" target/bench/directory.json
