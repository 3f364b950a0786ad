#!/usr/bin/env python3
"""Adds what a built site weighs to a JSON file of figures.

usage: site-figures.py FIGURES.json DIST
files and bytes of DIST: every static host limits both.
"""
import json
import os
import sys

figures, dist = sys.argv[1:]
files = 0
size = 0
for root, _, names in os.walk(dist):
    for n in names:
        files += 1
        size += os.path.getsize(os.path.join(root, n))


held = json.load(open(figures)) if os.path.exists(figures) else {}
held["dist"] = {"files": files, "bytes": size}
json.dump(held, open(figures, "w"), indent=2)
print(f"dist: {files} files, {size / 1e6:.0f} MB")
