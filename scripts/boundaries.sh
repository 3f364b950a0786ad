#!/usr/bin/env bash
# The layout's invariants, checked by `make lint` so the compiler and this script, not memory,
# keep them (see ARCHITECTURE.md):
# - the app depends on core, and on none of check, build, cli, sample;
# - core depends on no web, wasm or build-time crate;
# - pages, cards and widgets ask the device through `platform` (so they render natively too);
# - no source file over 700 lines and no function over 120 lines (tests and data tables aside).
set -euo pipefail
cd "$(dirname "$0")/.."
fail=0

app=$(cargo tree -p homecoming-app -e normal --prefix none --format '{p}' | awk '{print $1}' | sort -u)
grep -qx homecoming-core <<<"$app" || { echo "boundaries: the app must depend on homecoming-core"; fail=1; }
for stage in homecoming-check homecoming-build homecoming-cli homecoming-sample; do
  if grep -qx "$stage" <<<"$app"; then echo "boundaries: the app depends on $stage"; fail=1; fi
done
core=$(cargo tree -p homecoming-core -e normal --prefix none --format '{p}' | awk '{print $1}' | sort -u)
for crate in leptos leptos_router web-sys js-sys wasm-bindgen image ammonia pulldown-cmark pinyin chrono; do
  if grep -qx "$crate" <<<"$core"; then echo "boundaries: homecoming-core depends on $crate"; fail=1; fi
done

if grep -n 'js_sys::\|web_sys::window\|local_storage' src/pages/*.rs src/cards.rs src/widgets.rs; then
  echo "boundaries: the lines above ask the browser directly; go through src/platform.rs"; fail=1
fi

python3 scripts/limits.py src crates || fail=1
exit $fail
