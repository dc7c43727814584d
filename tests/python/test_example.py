"""examples/python/error_rates.py on the real reports: the table of rates by rule and its chart."""
import csv
import os
import pathlib
import subprocess
import sys

import ogi
from conftest import REPORTS

SCRIPT = pathlib.Path(os.environ["OGI_EXAMPLES"]) / "error_rates.py"


def test_error_rates_of_the_real_reports(tmp_path):
    run = subprocess.run([sys.executable, SCRIPT, REPORTS, tmp_path, "--jobs", "2"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    # 12 reports: 5 texts, 2 PDFs, 5 hand-checked JSON documents; README.md holds none.
    assert run.stdout == "12 reports read, 1 file without a report, 13 rules found something\n"
    assert f"no report: {REPORTS / 'README.md'}" in run.stderr
    with open(tmp_path / "error_rates.csv", newline="", encoding="utf-8") as f:
        rows = {(r["rule"], r["severity"]): r for r in csv.DictReader(f)}
    # Longhua 2020 (its text and its JSON) alone breaks the applicant rows of 三.
    assert rows[("APP-ROW", "error")] == {"rule": "APP-ROW", "severity": "error", "reports": "2", "reports_read": "12",
                                          "rate": f"{2 / 12:.4f}"}
    # Hongze 2023 (its text, PDF and JSON): 四's 总计 left at 0.
    assert rows[("REV-SUM", "error")]["reports"] == "3"
    # The importer's rules count too: the plain extraction of Huai'an leaves a row of 四 unread.
    assert rows[("IMP-ROW-UNREAD", "error")]["reports"] == "1"
    counts = [int(r["reports"]) for r in rows.values()]
    assert counts == sorted(counts, reverse=True)
    png = (tmp_path / "error_rates.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000


def test_rates_are_those_of_validate(tmp_path):
    subprocess.run([sys.executable, SCRIPT, REPORTS, tmp_path], check=True, capture_output=True)
    with open(tmp_path / "error_rates.csv", newline="", encoding="utf-8") as f:
        rows = {(r["rule"], r["severity"]): int(r["reports"]) for r in csv.DictReader(f)}
    longhua = ogi.read(REPORTS / "2020_longhua-data-bureau.txt")
    for f in longhua.validate().findings:
        assert rows[(f.rule, f.severity)] >= 2  # its text and its JSON


def test_a_folder_without_reports(tmp_path):
    (tmp_path / "in").mkdir()
    run = subprocess.run([sys.executable, SCRIPT, tmp_path / "in", tmp_path / "out"], capture_output=True, text=True)
    assert run.returncode == 1 and "no report read" in run.stderr
    assert not (tmp_path / "out").exists()
