#!/usr/bin/env python3
"""A PDF that exhausts its child process's limits is one unreadable file: named, counted, exit 2 at the end,
and every other report of the folder still checked. Usage: pdf_isolation.py OGI_BINARY FIXTURES_DIR"""
import os, shutil, subprocess, sys, tempfile

ogi, fixtures = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as tmp:
    folder = os.path.join(tmp, "reports")
    os.mkdir(folder)
    for f in ["reports/2023_hongze-district.pdf", "reports/2024_hongze-district.pdf", "bad/cpu-bomb.pdf",
              "reports/2024_huaian-city.txt"]:
        shutil.copy(os.path.join(fixtures, f), folder)
    run = subprocess.run([ogi, "validate", "--lang", "en", "--jobs", "2", "--pdf-cpu-seconds", "1", folder],
                         capture_output=True, timeout=300)
    out, err = run.stdout.decode(), run.stderr.decode()
    problems = []
    if run.returncode != 2:
        problems.append(f"exit {run.returncode}, expected 2")
    if "cpu-bomb.pdf: the PDF reader" not in err or "the file was skipped" not in err:
        problems.append("the bomb is not named as skipped")
    if "4 reports" not in err or "1 unreadable" not in err:
        problems.append("the summary does not count 4 reports, 1 unreadable")
    for name in ["2023_hongze-district.pdf", "2024_hongze-district.pdf"]:  # the text has no finding to print
        if name not in out:
            problems.append(f"{name} was not checked")
    if problems:
        print("FAIL:", "; ".join(problems))
        print("stdout:", out[-2000:])
        print("stderr:", err[-2000:])
        sys.exit(1)
    print("ok: the bomb skipped, the other three checked")
