#!/usr/bin/env python3
"""ogi convert --to docx checked as a person would open it: LibreOffice converts the document to PDF without a
warning, and the PDF's text holds every line of the report (each label with its row's figures in order, the
captions and headings), as `ogi convert --to txt` writes them. Two reports, one of each edition. Skipped, saying so, only where soffice is missing
(CI installs libreoffice-writer-nogui, so there it runs).
Usage: docx_in_libreoffice.py OGI_BINARY FIXTURES_DIR"""
import os, re, shutil, subprocess, sys, tempfile

ogi, fixtures = sys.argv[1], sys.argv[2]
if not shutil.which("soffice") or not shutil.which("pdftotext"):
    print("SKIPPED: soffice or pdftotext is not installed (Debian libreoffice-writer-nogui, poppler-utils)")
    sys.exit(77)

# soffice's own note about Java, which it prints on every start where no JRE is installed: not about the file.
ENVIRONMENT_NOTES = re.compile(r"failed to launch javaldx|^\s*$")
passed, failed = 0, []
for report in ["2020_longhua-data-bureau", "2024_huaian-city"]:
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(fixtures, "reports", report + ".expected.json")
        docx = os.path.join(tmp, report + ".docx")
        subprocess.run([ogi, "convert", "--to", "docx", "-o", docx, source], check=True)
        run = subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--norestore",
                              "--convert-to", "pdf", "--outdir", tmp, docx], capture_output=True, text=True, timeout=300)
        warnings = [line for line in (run.stderr + run.stdout).splitlines()
                    if not ENVIRONMENT_NOTES.search(line) and "using filter" not in line]
        pdf = os.path.join(tmp, report + ".pdf")
        if run.returncode != 0 or not os.path.exists(pdf) or warnings:
            failed.append(f"{report}: soffice exit {run.returncode}, warnings {warnings}"); continue
        # Reading order (-raw): a cell's wrapped lines stay together; whitespace is layout, not text.
        text = re.sub(r"\s", "", subprocess.run(["pdftotext", "-raw", pdf, "-"], check=True, capture_output=True,
                                                text=True).stdout)
        lines = subprocess.run([ogi, "convert", "--to", "txt", "--no-findings", source], check=True, capture_output=True,
                               text=True).stdout.splitlines()
        missing = [line for line in lines if re.sub(r"\s", "", line) not in text]
        if missing or len(lines) < 40:
            failed.append(f"{report}: {len(missing)} of {len(lines)} lines not in the PDF, e.g. {missing[:3]}")
        else:
            passed += 1
for f in failed:
    print("FAIL", f)
print(f"{passed} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
