#!/usr/bin/env python3
"""How often each rule finds something in a folder of annual reports: a researcher's first look at a year's reports.

    error_rates.py FOLDER OUT_DIR [--jobs N]

Reads every report below FOLDER (PDF, Word, text, web pages, Markdown, ogi JSON) with ogi.read_folder, validates
each (against the same body's report for the year before, where the folder holds it), and writes to OUT_DIR
    error_rates.csv   rule, severity, reports, reports_read, rate: the share of the reports read in which the rule
                      found something (the importer's IMP-… rules included), most frequent first
    error_rates.png   the same as a bar chart
and prints how many files were read and how many held no report.
"""
import argparse
import collections
import csv
import os
import sys

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt  # noqa: E402 (after the backend is chosen)

import ogi  # noqa: E402


def previous_years(reports):
    """Each report's previous-year report of the same body in the folder, or None."""
    by_key = {(r.agency, r.year): r for r in reports}
    return [by_key.get((r.agency, r.year - 1)) for r in reports]


def rule_counts(reports):
    """(rule, severity) → the number of reports in which the rule found something at that severity."""
    counts = collections.Counter()
    for report, previous in zip(reports, previous_years(reports)):
        findings = report.import_findings + report.validate(previous).findings
        counts.update({(f.rule, f.severity) for f in findings})
    return counts


def write_table(path, counts, read):
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["rule", "severity", "reports", "reports_read", "rate"])
        for (rule, severity), n in rows:
            out.writerow([rule, severity, n, read, f"{n / read:.4f}"])
    return rows


def write_chart(path, rows, read):
    colours = {"error": "#c0392b", "warning": "#e67e22", "notice": "#7f8c8d"}
    labels = [f"{rule} ({severity})" for (rule, severity), _ in rows]
    fig, ax = plt.subplots(figsize=(8, 0.35 * len(rows) + 1.5))
    ax.barh(labels, [n / read for _, n in rows], color=[colours[s] for (_, s), _ in rows])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel(f"share of the {read} reports read")
    ax.set_title("Findings by rule")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("out_dir")
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args()

    folder = ogi.read_folder(args.folder, jobs=args.jobs)
    for error in folder.errors:
        print(f"no report: {error.messages[0]}", file=sys.stderr)
    if not folder.reports:
        print(f"{args.folder}: no report read", file=sys.stderr)
        return 1
    read = len(folder.reports)
    os.makedirs(args.out_dir, exist_ok=True)
    rows = write_table(os.path.join(args.out_dir, "error_rates.csv"), rule_counts(folder.reports), read)
    write_chart(os.path.join(args.out_dir, "error_rates.png"), rows, read)
    unread = len(folder.errors)
    print(f"{read} reports read, {unread} file{'' if unread == 1 else 's'} without a report, "
          f"{len(rows)} rules found something")
    return 0


if __name__ == "__main__":
    sys.exit(main())
