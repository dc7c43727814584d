#!/usr/bin/env python3
"""The examples run as a user runs them, their output checked.
Usage: examples_check.py GENERATE_REPORT CUSTOM_CONVERTER OGI FIXTURES_DIR"""
import json, os, subprocess, sys, tempfile

generate_report, custom_converter, ogi, fixtures = sys.argv[1:5]
reports = os.path.join(fixtures, "reports")

def expect(condition, what):
    if not condition:
        sys.exit(f"FAIL: {what}")

# generate_report: six case records become a report with its totals, no finding, written as JSON and HTML.
with tempfile.TemporaryDirectory() as out:
    run = subprocess.run([generate_report, out], capture_output=True, text=True)
    expect(run.returncode == 0 and run.stdout == "0 findings\nwrote report.json\nwrote report.html\n", run)
    report = json.load(open(os.path.join(out, "report.json"), encoding="utf-8"))
    m = report["applications"]
    expect(m["new_received"]["natural_person"] == 4 and m["new_received"]["total"] == 6, m["new_received"])
    expect(m["outcomes"]["total"]["total"] == 5 and m["carried_forward"]["total"] == 1, m["outcomes"]["total"])
    expect(m["outcomes"]["not_processed"]["repeated_application"]["legal_service_org"] == 1, m["outcomes"])
    expect(report["review_litigation"]["administrative_review"]["total"] == 1, report["review_litigation"])
    # What it wrote is what ogi reads and validates without error.
    expect(subprocess.run([ogi, "validate", os.path.join(out, "report.json")]).returncode == 0, "validates")
    html = open(os.path.join(out, "report.html"), encoding="utf-8").read()
    expect("某某县自然资源局" in html and "<table" in html, "the HTML page")

# custom_converter: every field as key=value, blank cells blank, money with its unit, both editions.
def converted(name):
    run = subprocess.run([custom_converter, os.path.join(reports, name)], capture_output=True, text=True)
    expect(run.returncode == 0, run.stderr)
    return run.stdout.splitlines()

huaian = converted("2024_huaian-city.expected.json")
expect(huaian[:3] == ["edition=2021", "year=2024", "agency=淮安市人民政府"], huaian[:3])
for line in ("# 二、主动公开政府信息情况", "applications.new_received.total=3119",
             "active_disclosure.fees.administrative_fees.amount=96171.6万元",
             "applications.outcomes.other.unpaid_fee.natural_person=6",
             "review_litigation.administrative_review.total=351"):
    expect(line in huaian, line)
longhua = converted("2020_longhua-data-bureau.expected.json")
expect("edition=2019" in longhua and "active_disclosure.procurement.centralized_procurement.total_amount=456880元"
       in longhua, longhua[:30])
expect("applications.outcomes.unable_to_provide.not_held.total=0" in longhua, "figures as published, mistakes included")
expect("overview=" in longhua, "a blank is blank, not 0")
print("ok")
