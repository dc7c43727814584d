#!/usr/bin/env python3
"""Many reports in one run, end to end: `ogi validate` and `ogi convert` over folders with --jobs, the closing
summary, an unreadable file that is counted and does not stop the run, the progress bar (on a terminal only),
and `ogi sum`.
Usage: batch_tool.py OGI_BINARY FIXTURES_DIR"""
import json, os, pty, shutil, subprocess, sys, tempfile

ogi, fixtures = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
reports = os.path.join(fixtures, "reports")
scratch = tempfile.TemporaryDirectory()
folder = os.path.join(scratch.name, "reports")
groups = 8

def run(*args):
    return subprocess.run([ogi, *args], capture_output=True, text=True)

def expect(condition, what):
    if not condition:
        sys.exit(f"FAIL: {what}")

# 8 groups of the 5 real reports (40 files, the counts scaled per group), one file that is no report, and in one
# group Hongze 2024's 上年结转 changed so that it no longer carries 2023's 结转下年度: a series finding, found
# however the reports are spread over threads.
subprocess.run([sys.executable, os.path.join(here, "make_report_folder.py"), fixtures, folder, str(groups)], check=True)
with open(os.path.join(folder, "zz-notes.txt"), "w") as f:
    f.write("not a report\n")
broken = os.path.join(folder, "000005_2024_hongze-district.expected.json")
report = json.load(open(broken, encoding="utf-8"))
report["applications"]["carried_over"]["natural_person"] = 3
json.dump(report, open(broken, "w", encoding="utf-8"), ensure_ascii=False)

# validate: the same output whatever --jobs, in the order of the file names.
one = run("validate", "--format", "json", "--jobs", "1", folder)
two = run("validate", "--format", "json", "--jobs", "2", folder)
expect(one.stdout == two.stdout and one.stderr == two.stderr, "--jobs 1 and --jobs 2 print the same")
expect(one.returncode == 2, f"exit 2: one file cannot be read, got {one.returncode}")
doc = json.loads(one.stdout)
expect([os.path.basename(e["source"]) for e in doc["reports"]] == sorted(os.listdir(folder)), "input order")
expect("errors" in doc["reports"][-1] and "zz-notes.txt" in one.stderr, "the unreadable file is reported")
series = [(os.path.basename(e["source"]), f["rule"]) for e in doc["reports"] for f in e.get("findings", [])
          if f["rule"].startswith("SERIES-")]
expect(series == [("000005_2024_hongze-district.expected.json", "SERIES-CARRY")], series)

# The summary: the real reports' findings, once per group, those of the broken carry, and the unreadable file.
real = json.loads(run("validate", "--format", "json", *sorted(
    os.path.join(reports, f) for f in os.listdir(reports) if f.endswith(".json"))).stdout)["summary"]
expected_rules = {rule: n * groups for rule, n in real["rules"].items()}
# The changed cell also breaks its row's 总计 and the balance of received and handled applications.
for rule in ("SERIES-CARRY", "APP-ROW", "APP-BAL"):
    expected_rules[rule] = expected_rules.get(rule, 0) + 1
summary = doc["summary"]
expect(summary["reports"] == 41 and summary["unreadable"] == 1, summary)
expect(summary["with_errors"] == real["with_errors"] * groups + 1, summary)  # + the broken Hongze 2024
expect(summary["rules"] == expected_rules, (summary["rules"], expected_rules))
expect(f"ogi: 41 reports, {summary['with_errors']} with errors, 1 unreadable; APP-BAL {expected_rules['APP-BAL']}"
       in one.stderr, one.stderr)

text_one = run("validate", "--jobs", "1", folder)
text_two = run("validate", "--jobs", "2", folder)
expect(text_one.stdout == text_two.stdout and text_one.stdout.count("SERIES-CARRY") == 1, "text: the same, in order")
expect("\r" not in text_one.stderr and "\x1b" not in text_one.stderr, "no progress bar when stderr is no terminal")

# On a terminal, stderr shows the bar; stdout still holds exactly one JSON document.
master, slave = pty.openpty()
tty = subprocess.run([ogi, "validate", "--format", "json", folder], stdout=subprocess.PIPE, stderr=slave)
os.close(slave)
shown = b""
try:
    while chunk := os.read(master, 65536):
        shown += chunk
except OSError:  # the terminal closed
    pass
expect(b"\r[" in shown and b"] 100%" in shown, shown[-300:])
expect(json.loads(tty.stdout)["summary"] == summary, "the JSON is the same on a terminal")

# convert: a folder makes one CSV with one header, the same whatever --jobs; the unreadable file is counted.
csv_one = run("convert", "--to", "csv", "--jobs", "1", folder)
csv_two = run("convert", "--to", "csv", "--jobs", "2", folder)
expect(csv_one.stdout == csv_two.stdout and csv_one.returncode == 2, "CSV: the same, exit 2 for the unreadable file")
lines = csv_one.stdout.splitlines()
expect(lines[0].startswith("agency,year,") and sum(l.startswith("agency,") for l in lines) == 1, "one header")
single = run("convert", "--to", "csv", os.path.join(folder, sorted(os.listdir(folder))[0])).stdout.splitlines()
expect(lines[1:len(single)] == single[1:], "the first report's lines come first")
expect("ogi: 41 reports, 40 converted, 1 unreadable" in csv_one.stderr, csv_one.stderr)

# Other formats write one file per report into the folder -o, named after each input; without -o they refuse.
out = os.path.join(scratch.name, "html")
os.mkdir(out)
html = run("convert", "--to", "html", folder, "-o", out)
expect(html.returncode == 2 and len(os.listdir(out)) == 40, f"{html.returncode} {len(os.listdir(out))}")
expect("000000_2024_huaian-city.expected.html" in os.listdir(out), sorted(os.listdir(out))[:3])
refused = run("convert", "--to", "html", folder)
expect(refused.returncode == 2 and refused.stdout == "" and "-o FOLDER" in refused.stderr, refused.stderr)

# A folder of published reports' text: each imported (told by content), checked with its import findings first.
texts = os.path.join(scratch.name, "texts")
os.mkdir(texts)
for f in os.listdir(reports):
    if f.endswith(".txt"):
        shutil.copy(os.path.join(reports, f), texts)
text_run = [run("validate", "--format", "json", "--jobs", j, texts) for j in ("1", "2")]
expect(text_run[0].stdout == text_run[1].stdout, "texts: the same whatever --jobs")
doc = json.loads(text_run[0].stdout)
expect(doc["summary"]["reports"] == 5 and doc["summary"]["unreadable"] == 0, doc["summary"])
expect("IMP-LAYOUT-MIXED" in doc["summary"]["rules"], doc["summary"])
csv_texts = run("convert", "--to", "csv", texts)
expect(csv_texts.returncode == 0 and "淮安市人民政府,2024,2021" in csv_texts.stdout, csv_texts.stderr)

# sum: Huai'an with itself doubles every figure and has no error; different years are refused; an unreadable
# input stops the sum, and nothing is written.
huaian = os.path.join(reports, "2024_huaian-city.expected.json")
region = os.path.join(scratch.name, "region.json")
summed = run("sum", huaian, huaian, "--agency", "淮安市（合计）", "-o", region)
expect(summed.returncode == 0, summed.stderr)
total = json.load(open(region, encoding="utf-8"))
expect(total["agency"] == "淮安市（合计）" and total["year"] == 2024, total["agency"])
expect(total["active_disclosure"]["penalties_and_coercion"]["administrative_penalty"]["decisions"] == 2 * 3985758,
       total["active_disclosure"]["penalties_and_coercion"])
expect(total["active_disclosure"]["fees"]["administrative_fees"]["amount"] == {"value": "192343.2", "unit": "万元"},
       total["active_disclosure"]["fees"])
expect(run("validate", region).returncode == 0, "the sum has no error")
hongze = [os.path.join(reports, f"{y}_hongze-district.expected.json") for y in (2023, 2024)]
years = run("sum", *hongze, "--agency", "洪泽区")
expect(years.returncode == 2 and years.stdout == "" and "cannot sum reports of different years" in years.stderr,
       years.stderr)
os.remove(region)
partial = run("sum", huaian, os.path.join(folder, "zz-notes.txt"), "--agency", "x", "-o", region)
expect(partial.returncode == 2 and not os.path.exists(region) and "no sum written" in partial.stderr, partial.stderr)
# Converting a folder into a folder looks at each input a fixed number of times, never once per input and output
# (that was 1.0 M stat calls for 1,000 files): the stat calls counted with strace.
many = os.path.join(scratch.name, "many")
subprocess.run([sys.executable, os.path.join(here, "make_report_folder.py"), fixtures, many, "100"], check=True)
inputs = len(os.listdir(many))
out = os.path.join(scratch.name, "many-out")
os.mkdir(out)
counted = os.path.join(scratch.name, "strace.txt")
count = subprocess.run(["strace", "-f", "-c", "-o", counted, "-e", "trace=newfstatat,statx,stat,lstat", ogi, "convert",
                        "--jobs", "2", many, "-o", out], capture_output=True, text=True,
                       env=dict(os.environ, ASAN_OPTIONS=os.environ.get("ASAN_OPTIONS", "") + ":detect_leaks=0"))  # LeakSanitizer cannot run under ptrace
expect(count.returncode == 0 and len(os.listdir(out)) == inputs, count.stderr[-500:])
total = open(counted).read().strip().splitlines()[-1].split()  # % time, seconds, usecs/call, calls, errors, total
stats = int(total[3])
expect(stats < 8 * inputs, f"{stats} stat calls for {inputs} inputs")

# Two reports of one body and year: validate and sum name both files (the series rules use the first).
copy = os.path.join(scratch.name, "huaian-again.json")
shutil.copy(huaian, copy)
twice = run("validate", "--lang", "en", huaian, copy)
expect(f"ogi: warning: {copy}: the same body and year as {huaian} (淮安市人民政府, 2024); the series rules use "
       f"{huaian}" in twice.stderr, twice.stderr)
summed = run("sum", huaian, copy, "--agency", "x")
expect(summed.returncode == 0 and f"ogi: warning: {copy}: the same body and year as {huaian} (淮安市人民政府, 2024); "
       "both are added into the sum" in summed.stderr, summed.stderr)
other = run("validate", *hongze)
expect("warning" not in other.stderr.replace("warning SEC", ""), "two years of one body are no duplicate")
print("ok")
