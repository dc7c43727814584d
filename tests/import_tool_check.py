#!/usr/bin/env python3
"""ogi convert and ogi validate on the real reports' text (and their web pages and Markdown, from stdin, and
their Word files): each converts (exit 0) to its hand-checked values (the narratives,
which the expected documents leave out, aside); the plain pdftotext copy of Huai'an differs only in 四, which
it leaves null on purpose (docs/import.md), saying so on stderr with the line.
Usage: import_tool_check.py OGI FIXTURES_DIR"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

ogi, fixtures = sys.argv[1], sys.argv[2]
failures = []


def convert(path):
    run = subprocess.run([ogi, "convert", "--to", "json", path], capture_output=True)
    if run.returncode != 0:
        failures.append(f"{path}: exit {run.returncode}: {run.stderr.decode(errors='replace')}")
        return None, ""
    doc = json.loads(run.stdout)
    for narrative in ("overview", "problems_and_improvements", "other_matters"):
        doc.pop(narrative, None)
    return doc, run.stderr.decode()


for name in ["2020_longhua-data-bureau", "2023_hongze-district", "2024_hongze-district", "2024_huaian-city"]:
    got, _ = convert(f"{fixtures}/reports/{name}.txt")
    want = json.load(open(f"{fixtures}/reports/{name}.expected.json", encoding="utf-8"))
    if got is not None and got != want:
        failures.append(f"{name}: the converted report differs from {name}.expected.json")

got, stderr = convert(f"{fixtures}/reports/2024_huaian-city.plain.txt")
want = json.load(open(f"{fixtures}/reports/2024_huaian-city.plain.expected.json", encoding="utf-8"))
if got is not None:
    review = got.pop("review_litigation")
    want.pop("review_litigation")
    if got != want:
        failures.append("2024_huaian-city.plain: differs from its expected document outside 四")
    if any(v is not None for group in review.values() for v in group.values()):
        failures.append("2024_huaian-city.plain: 四 was read, though its figures' columns are not certain")
    if ":602: error IMP-ROW-UNREAD" not in stderr:
        failures.append("2024_huaian-city.plain: no IMP-ROW-UNREAD at line 602 on stderr")

# A web page (GBK) and a Markdown conversion, given on stdin: chosen by content, the same values.
for page, name in [("huaian.gbk.html", "2024_huaian-city"), ("longhua.converter.md", "2020_longhua-data-bureau")]:
    with open(f"{fixtures}/pages/{page}", "rb") as f:
        run = subprocess.run([ogi, "convert", "--to", "json", "-"], stdin=f, capture_output=True)
    want = json.load(open(f"{fixtures}/reports/{name}.expected.json", encoding="utf-8"))
    if run.returncode != 0:
        failures.append(f"{page} on stdin: exit {run.returncode}: {run.stderr.decode(errors='replace')}")
        continue
    got = json.loads(run.stdout)
    for narrative in ("overview", "problems_and_improvements", "other_matters"):
        got.pop(narrative, None)
    if got != want:
        failures.append(f"{page} on stdin: differs from {name}.expected.json")
run = subprocess.run([ogi, "validate", "-"], input=open(f"{fixtures}/pages/huaian.split-table.html", "rb").read(),
                     capture_output=True)
if run.returncode != 0 or "IMP-HTML" not in run.stdout.decode():
    failures.append(f"validate - (a web page on stdin): exit {run.returncode}, {run.stdout.decode()[:300]}")

# Word files: a .docx read by the library; a .doc converted by LibreOffice first (where soffice is missing,
# refused naming the package); a folder's Word files found by their extensions.
word = [("longhua.libreoffice.docx", "2020_longhua-data-bureau"), ("huaian.hand-made.docx", "2024_huaian-city")]
if shutil.which("soffice"):
    word.append(("huaian.libreoffice.doc", "2024_huaian-city"))
else:
    run = subprocess.run([ogi, "convert", "--to", "json", f"{fixtures}/word/huaian.libreoffice.doc"], capture_output=True)
    if run.returncode != 2 or b"libreoffice-writer-nogui" not in run.stderr:
        failures.append(f"huaian.libreoffice.doc without soffice: exit {run.returncode}, {run.stderr[:300]!r}")
for doc, name in word:
    got, stderr = convert(f"{fixtures}/word/{doc}")
    want = json.load(open(f"{fixtures}/reports/{name}.expected.json", encoding="utf-8"))
    if got is not None and got != want:
        failures.append(f"{doc}: differs from {name}.expected.json")
    if got is not None and "notice IMP-DOCX" not in stderr:
        failures.append(f"{doc}: no IMP-DOCX notice on stderr")
with tempfile.TemporaryDirectory() as folder:
    for doc, _ in word:
        shutil.copyfile(f"{fixtures}/word/{doc}", os.path.join(folder, doc))
    run = subprocess.run([ogi, "convert", "--to", "csv", folder], capture_output=True)
    if run.returncode != 0 or f"ogi: {len(word)} reports, {len(word)} converted".encode() not in run.stderr:
        failures.append(f"a folder of Word files: exit {run.returncode}, {run.stderr[-300:]!r}")

# ogi validate on a published report's text: the import's findings (with their line) and the validation's.
run = subprocess.run([ogi, "validate", f"{fixtures}/reports/2023_hongze-district.txt"], capture_output=True)
out = run.stdout.decode()
if run.returncode != 1:
    failures.append(f"validate 2023_hongze-district.txt: exit {run.returncode}, expected 1 (REV-SUM errors)")
for wanted in ["2023_hongze-district.txt:130: warning IMP-LAYOUT-MIXED", "error REV-SUM"]:
    if wanted not in out:
        failures.append(f"validate 2023_hongze-district.txt: stdout lacks '{wanted}'")

for f in failures:
    print("FAIL", f)
print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
