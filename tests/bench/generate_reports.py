#!/usr/bin/env python3
"""Writes N report files into DIR, made from the real reports with varied figures, for the batch benchmark.

Each file is a real report's text with every figure of its table rows multiplied by a factor from 1 to 9
(sums stay sums, so the report stays as consistent as published); one file in ten then gets one figure
off by one, so that the batch also runs the correction search.
Usage: generate_reports.py FIXTURES_DIR DIR N
"""
import pathlib
import random
import re
import sys

# A table row ends in at least three figures standing alone between spaces; prose never does.
ROW_FIGURES = re.compile(r"(?:\s+\d+){3,}\s*$")
FIGURE = re.compile(r"\d+")


def vary(text: str, factor: int, rng: random.Random, off_by_one: bool) -> str:
    lines = text.split("\n")
    rows = {i: ROW_FIGURES.search(line).start() for i, line in enumerate(lines) if ROW_FIGURES.search(line)}
    for i, start in rows.items():
        lines[i] = lines[i][:start] + FIGURE.sub(lambda m: str(int(m.group()) * factor), lines[i][start:])
    if off_by_one and rows:
        i = rng.choice(sorted(rows))
        m = rng.choice(list(FIGURE.finditer(lines[i], rows[i])))
        lines[i] = lines[i][: m.start()] + str(int(m.group()) + 1) + lines[i][m.end():]
    return "\n".join(lines)


def main() -> None:
    fixtures, out, count = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
    sources = sorted((p.name.removesuffix(".txt"), p.read_text(encoding="utf-8"))
                     for p in (fixtures / "reports").glob("*.txt"))
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    for n in range(count):
        name, text = sources[n % len(sources)]
        varied = vary(text, 1 + n % 9, rng, off_by_one=n % 10 == 9)
        (out / f"{n:06d}_{name}.txt").write_text(varied, encoding="utf-8")


if __name__ == "__main__":
    main()
