"""Size limits on Rust sources: no file over 700 lines, no function over 120 lines.

Tests (`#[cfg(test)]` modules and `tests/` folders) are not counted, nor constant data tables.
A function is measured from its `fn` line to its closing brace, found by counting braces outside
strings, characters and comments; good enough for this code base, which rustfmt keeps regular.
Usage: python3 scripts/limits.py DIR...
"""
import os
import re
import sys

MAX_FILE = 700
MAX_FN = 120
FN = re.compile(r"\s*(pub(\([a-z]+\))?\s+)?(async\s+)?(const\s+)?(unsafe\s+)?fn\s+(\w+)")


def code(line):
    """The line without string and char literals and comments."""
    line = re.sub(r'"(\\.|[^"\\])*"', '""', line)
    line = re.sub(r"'(\\.|[^'\\])'", "''", line)
    return line.split("//")[0]


def functions(lines):
    for i, line in enumerate(lines):
        m = FN.match(line)
        if not m:
            continue
        depth, opened = 0, False
        for j in range(i, len(lines)):
            text = code(lines[j])
            if not opened and text.rstrip().endswith(";"):
                break
            for c in text:
                if c == "{":
                    depth, opened = depth + 1, True
                elif c == "}":
                    depth -= 1
            if opened and depth <= 0:
                yield m.group(6), i + 1, j - i + 1
                break


def check(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    for k, line in enumerate(lines):
        if re.match(r"\s*#\[cfg\(test\)\]", line):
            lines = lines[:k]
            break
    problems = []
    if len(lines) > MAX_FILE:
        problems.append(f"{path}: {len(lines)} lines (at most {MAX_FILE} outside tests)")
    for name, at, length in functions(lines):
        if length > MAX_FN:
            problems.append(f"{path}:{at}: fn {name} is {length} lines (at most {MAX_FN})")
    return problems


def main(dirs):
    problems = []
    for top in dirs:
        for root, subdirs, files in os.walk(top):
            subdirs[:] = [d for d in subdirs if d not in ("tests", "target", "node_modules")]
            problems += [p for f in sorted(files) if f.endswith(".rs")
                         for p in check(os.path.join(root, f))]
    for p in problems:
        print(f"limits: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
