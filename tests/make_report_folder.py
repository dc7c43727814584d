#!/usr/bin/env python3
"""Writes a folder of many report JSON files made from the real reports, for batch tests and measurements.
Usage: make_report_folder.py FIXTURES_DIR OUT_DIR GROUPS
Group g holds every real report once, its agency suffixed " #g" and every count multiplied by 1 + g % 3: the
identities of a report (and of a series, both years scaled alike) hold exactly where they held before, so the
findings of g groups are those of the real reports, g times."""
import json, os, sys

def scaled(node, factor):
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return node * factor
    if isinstance(node, dict):
        return {k: scaled(v, factor) for k, v in node.items()}
    return node  # money is a decimal string: left as published

def main(fixtures, out, groups):
    reports = os.path.join(fixtures, "reports")
    originals = {f: json.load(open(os.path.join(reports, f), encoding="utf-8"))
                 for f in sorted(os.listdir(reports)) if f.endswith(".json")}
    os.makedirs(out, exist_ok=True)
    for g in range(groups):
        for name, report in originals.items():
            r = dict(report)
            r["agency"] = f"{report['agency']} #{g}"
            for section in ("active_disclosure", "applications", "review_litigation"):
                r[section] = scaled(report[section], 1 + g % 3)
            with open(os.path.join(out, f"{g:06d}_{name}"), "w", encoding="utf-8") as f:
                json.dump(r, f, ensure_ascii=False)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
