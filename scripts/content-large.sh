#!/usr/bin/env bash
# `make content-large`: N realistic alumni in OUT (default 100,000 in target/content-large):
# the sample university (`homecoming sample`, whose curated people the fixed benchmark queries
# look for) plus people drawn by scripts/realistic/alumni.py from Faker's name, city, company
# and job lists in 55 locales. Installs Faker into .tools/py when missing. Skips the work when
# OUT already holds this many people from this generator. Prints the figures the index sizes
# depend on (`homecoming stats`).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${N:-100000}"
OUT="${OUT:-target/content-large}"
CLI="${CLI:-target/debug/homecoming}"
FAKER_VERSION=40.63.0
MARK="$N realistic-3"

if ! PYTHONPATH=.tools/py python3 -c "import faker" 2>/dev/null; then
  echo "content-large: installing Faker $FAKER_VERSION into .tools/py" >&2
  python3 -m pip install --quiet --disable-pip-version-check --target .tools/py "faker==$FAKER_VERSION"
fi
if [ "$(cat "$OUT/.alumni" 2>/dev/null)" != "$MARK" ]; then
  rm -rf "$OUT"
  "$CLI" sample --out "$OUT" --alumni 320 >/dev/null
  PYTHONPATH=.tools/py python3 scripts/realistic/alumni.py --out "$OUT" --alumni "$N"
  echo "$MARK" > "$OUT/.alumni"
fi
"$CLI" stats "$OUT"
