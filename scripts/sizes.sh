#!/usr/bin/env bash
# Prints the size of what a first visit downloads: raw, gzip and brotli.
set -euo pipefail
dist="${1:-dist}"
printf '%-28s %10s %10s %10s\n' file raw gzip brotli
total_b=0
for f in "$dist"/index.html "$dist"/*.wasm "$dist"/*.js "$dist"/*.css "$dist"/data/site.json; do
  [ -f "$f" ] || continue
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  total_b=$((total_b + br))
  printf '%-28s %10d %10d %10d\n' "$(basename "$f")" "$raw" "$gz" "$br"
done
printf '%-28s %10s %10s %10d\n' "first load (brotli)" "" "" "$total_b"
