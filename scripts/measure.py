#!/usr/bin/env python3
"""Runs a command and adds its wall time and peak memory to a JSON file of figures.

usage: measure.py FIGURES.json NAME -- COMMAND...
Writes FIGURES[NAME] = {"seconds": …, "peak_mb": …} (the peak resident size of the command's
largest process), keeping what the file already holds. Fails when the command fails.
"""
import json
import os
import resource
import subprocess
import sys
import time

figures, name, sep, *command = sys.argv[1:]
assert sep == "--" and command, __doc__
start = time.monotonic()
done = subprocess.run(command, stdout=subprocess.DEVNULL)
seconds = time.monotonic() - start
if done.returncode != 0:
    sys.exit(f"{' '.join(command)} failed ({done.returncode})")
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
held = json.load(open(figures)) if os.path.exists(figures) else {}
held[name] = {"seconds": round(seconds, 2), "peak_mb": round(peak_kb / 1024)}
json.dump(held, open(figures, "w"), indent=2)
print(f"{name}: {seconds:.2f} s, peak {peak_kb / 1024:.0f} MB")
