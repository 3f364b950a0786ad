#!/usr/bin/env bash
# `make bench-import`: `homecoming import` of 100,000 realistic alumni (make content-large)
# as an office would export them (one CSV row each, examples/crm-mapping.toml's columns), into
# a copy of the content without them; then the same export again (nothing to write). Prints
# the times and peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${N:-100000}"
CLI="${CLI:-target/debug/homecoming}"
SRC=target/content-large
WORK=target/bench/import
N=$N OUT=$SRC CLI=$CLI scripts/content-large.sh >/dev/null
rm -rf "$WORK"; mkdir -p "$WORK"
python3 - "$SRC" "$WORK/export.csv" <<'PY'
import csv, json, os, sys
src, out = sys.argv[1], sys.argv[2]
cols = ["Constituent ID", "Preferred Name", "Name (Latin script)", "Former Name(s)", "Nickname", "Class Of",
        "Degree", "Major Code", "City", "Country Code", "Employer", "Position", "Industry Code", "Biography",
        "Preferred Email", "Chapters", "Directory Opt-In", "Show City", "Show Employer", "Show Position",
        "Show Industry", "Show Email"]
yn = lambda b: "Yes" if b else "No"
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(cols)
    for i, name in enumerate(sorted(os.listdir(os.path.join(src, "alumni")))):
        r = json.load(open(os.path.join(src, "alumni", name), encoding="utf-8"))
        pub = set(r["consent"]["public"])
        c = r.get("contact") or {}
        w.writerow([f"NB-{i:07d}", r["name"], r.get("name_latin", ""), ";".join(r.get("former_names", [])),
                    r.get("nickname", ""), r["class_year"], r["degree"], r["major"], r.get("city", ""),
                    r.get("country", ""), r.get("employer", ""), r.get("job_title", ""), r.get("industry", ""),
                    r.get("bio", ""), c.get("address", ""), ";".join(r.get("chapters", [])),
                    yn(r["consent"]["listed"]), yn("city" in pub), yn("employer" in pub),
                    yn("job_title" in pub), yn("industry" in pub), yn("contact" in pub)])
PY
mkdir -p "$WORK/content"
for f in "$SRC"/*; do [ "$(basename "$f")" = alumni ] || cp -r "$f" "$WORK/content/"; done
rows=$(($(wc -l < "$WORK/export.csv") - 1))
echo "import: $rows rows, $(du -h "$WORK/export.csv" | cut -f1) of CSV"
for run in "first import" "same export again"; do
  /usr/bin/time -f "import: $run: %e s, %M KB peak" "$CLI" import "$WORK/export.csv" --map examples/crm-mapping.toml --content "$WORK/content" 2>&1 | tail -2
done
