#!/usr/bin/env python3
"""`ogi validate` and `ogi rules` end to end: what they print and the exit status, on the real reports.
Usage: validate_tool.py OGI_BINARY FIXTURES_DIR"""
import json, os, shutil, subprocess, sys, tempfile

ogi, fixtures = sys.argv[1], sys.argv[2]
reports = os.path.join(fixtures, "reports")
longhua = os.path.join(reports, "2020_longhua-data-bureau.expected.json")
huaian = os.path.join(reports, "2024_huaian-city.expected.json")
hongze = [os.path.join(reports, f"{y}_hongze-district.expected.json") for y in (2023, 2024)]

def run(*args):
    return subprocess.run([ogi, *args], capture_output=True, text=True)

def expect(condition, what):
    if not condition:
        sys.exit(f"FAIL: {what}")

# The sample report: the two wrong 总计 cells with their correction, in Chinese and in English; exit 1.
zh = run("validate", longhua)
expect(zh.returncode == 1, f"exit 1 on errors, got {zh.returncode}")
expect(f"{longhua}: 更正 三、本年度办理结果 ›（四）无法提供 › 1.本机关不掌握相关政府信息 › 总计: 0 → 1" in zh.stdout.splitlines(), zh.stdout)
expect(f"{longhua}: 更正 三、本年度办理结果 ›（七）总计 › 总计: 0 → 1" in zh.stdout.splitlines(), zh.stdout)
expect(f"{longhua}: error APP-ROW: 三、本年度办理结果 ›（四）无法提供 › 1.本机关不掌握相关政府信息 › 总计：各类申请人之和为 1，填报为 0"
       in zh.stdout.splitlines(), zh.stdout)
en = run("validate", "--lang", "en", longhua)
expect(f"{longhua}: correction 三、本年度办理结果 ›（七）总计 › 总计: 0 → 1" in en.stdout.splitlines(), en.stdout)
expect("the six applicant columns add up to 1, but 0 is reported" in en.stdout, en.stdout)

# JSON: exactly one document, one entry per input, the contract's keys.
out = run("validate", "--format", "json", longhua, huaian)
doc = json.loads(out.stdout)
expect([e["source"] for e in doc["reports"]] == [longhua, huaian], out.stdout)
expect(doc["reports"][0]["corrections"] == [
    {"path": "/applications/outcomes/unable_to_provide/not_held/total", "reported": 0, "suggested": 1},
    {"path": "/applications/outcomes/total/total", "reported": 0, "suggested": 1}], out.stdout)
errors = [f for f in doc["reports"][0]["findings"] if f["severity"] == "error"]
expect([f["rule"] for f in errors] == ["APP-ROW", "APP-ROW", "APP-BAL"], errors)
expect(all(set(f) >= {"rule", "severity", "paths", "message"} for f in doc["reports"][0]["findings"]), doc)
expect(all(f["severity"] != "error" for f in doc["reports"][1]["findings"]), doc["reports"][1])

# No error: exit 0 (warnings and notices do not count). A series of one body is recognised.
expect(run("validate", huaian).returncode == 0, "exit 0 without errors")
expect(run("validate", "--format", "json", hongze[1]).returncode == 0, "Hongze 2024 has no error")

# An input that cannot be read: exit 2, and the others are still validated.
bad = run("validate", "--format", "json", longhua, os.path.join(reports, "no-such-report.json"))
expect(bad.returncode == 2, f"exit 2 on unreadable input, got {bad.returncode}")
doc = json.loads(bad.stdout)
expect(len(doc["reports"]) == 2 and "errors" in doc["reports"][1] and doc["reports"][0]["corrections"], bad.stdout)
expect("no-such-report.json" in bad.stderr, bad.stderr)

# A folder stands for the files in it, in name order; Hongze 2023 and 2024 are checked as a series.
scratch = tempfile.TemporaryDirectory()
json_reports = scratch.name
for f in os.listdir(reports):
    if f.endswith(".json"):
        shutil.copy(os.path.join(reports, f), json_reports)
folder = run("validate", "--format", "json", json_reports)
expect(folder.returncode == 1, f"exit 1: Longhua and Hongze 2023 have errors, got {folder.returncode}")
entries = json.loads(folder.stdout)["reports"]
expect([os.path.basename(e["source"]) for e in entries] == sorted(os.listdir(json_reports)), entries)
expect(not any(f["rule"].startswith("SERIES-") for e in entries for f in e["findings"]), "the real series is consistent")
summary = json.loads(folder.stdout)["summary"]
expect(summary["reports"] == 5 and summary["unreadable"] == 0 and summary["with_errors"] == 2, summary)
expect(summary["rules"]["APP-ROW"] == 2 and summary["rules"]["REV-SUM"] == 2 and "APP-OUT" not in summary["rules"], summary)
expect("ogi: 5 reports, 2 with errors, 0 unreadable" in folder.stderr, folder.stderr)

# One body's consecutive years under names spelled differently: not compared, a SERIES-UNPAIRED notice says so;
# --series-key pairs them, and the notice is gone.
with open(hongze[1], encoding="utf-8") as f:
    respelled = json.load(f)
name = respelled["agency"]
respelled["agency"] = name[:2] + " " + name[2:]  # a space as text extraction leaves one
renamed = os.path.join(scratch.name, "2024_renamed.json")
with open(renamed, "w", encoding="utf-8") as f:
    json.dump(respelled, f, ensure_ascii=False)
apart = run("validate", "--format", "json", "--lang", "en", hongze[0], renamed)
unpaired = [f for e in json.loads(apart.stdout)["reports"] for f in e["findings"] if f["rule"] == "SERIES-UNPAIRED"]
expect(len(unpaired) == 1 and unpaired[0]["paths"] == ["/agency"] and name in unpaired[0]["message"]["en"], apart.stdout)
paired = run("validate", "--format", "json", "--series-key", f"{name}=hongze", "--series-key",
             f"{respelled['agency']}=hongze", hongze[0], renamed)
expect(not any(f["rule"] == "SERIES-UNPAIRED" for e in json.loads(paired.stdout)["reports"] for f in e["findings"]),
       paired.stdout)
expect(run("validate", "--series-key", "no-equals-sign", hongze[0]).returncode != 0, "--series-key NAME=KEY")

# Every bad input that ogi convert refuses (tests/fixtures/bad/catalogue.tsv) ogi validate refuses too: exit 2,
# nothing on stdout, the reason on stderr.
bad = os.path.join(fixtures, "bad")
with open(os.path.join(bad, "catalogue.tsv"), encoding="utf-8") as f:
    rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
for name, args, status, *_ in rows:
    if name.startswith("@") or args != "convert --to json {file}" or status != "2":
        continue
    refused = subprocess.run([ogi, "validate", os.path.join(bad, name)], capture_output=True)
    expect(refused.returncode == 2 and refused.stdout == b"" and refused.stderr, f"{name}: {refused}")

# The findings document agrees with the schema `ogi schema --findings` publishes (unreadable entries included).
import jsonschema
findings_schema = json.loads(run("schema", "--findings").stdout)
jsonschema.Draft202012Validator.check_schema(findings_schema)
checked = run("validate", "--format", "json", longhua, huaian, os.path.join(fixtures, "bad", "empty.json"))
jsonschema.validate(json.loads(checked.stdout), findings_schema, cls=jsonschema.Draft202012Validator)

# The catalogue.
rules = json.loads(run("rules", "--format", "json").stdout)["rules"]
expect({"APP-BAL", "APP-OUT", "APP-ROW", "REV-SUM", "SERIES-CARRY"} <= {r["id"] for r in rules}, rules)
expect(all(set(r) == {"id", "severity", "title", "version", "editions"} for r in rules), rules)
print("ok")
