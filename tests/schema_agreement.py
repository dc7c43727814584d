#!/usr/bin/env python3
"""The JSON Schema printed by `ogi schema` and the decoder behind `ogi convert` must agree: every document
one accepts the other accepts, and every mutation the decoder refuses the schema refuses too.
Usage: schema_agreement.py OGI_BINARY FIXTURES_DIR"""
import copy, glob, json, os, subprocess, sys, tempfile

import jsonschema

ogi, fixtures = sys.argv[1], sys.argv[2]
schema = json.loads(subprocess.run([ogi, "schema"], check=True, capture_output=True, text=True).stdout)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

def decoder_accepts(doc):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    try:
        return subprocess.run([ogi, "convert", "--to", "json", f.name], capture_output=True).returncode == 0
    finally:
        os.unlink(f.name)

def money_path(doc):
    """The path of the report's one money cell, in either edition, where it is not null."""
    for path in (["active_disclosure", "procurement", "centralized_procurement", "total_amount"],
                 ["active_disclosure", "fees", "administrative_fees", "amount"]):
        d = doc
        for k in path:
            d = d.get(k) if isinstance(d, dict) else None
        if isinstance(d, dict):
            return path
    return None

def mutations(doc):
    """(name, mutated document) for each class of error the decoder reports."""
    def at(d, path):
        for k in path[:-1]:
            d = d[k]
        return d, path[-1]
    row = ["applications", "new_received", "natural_person"]
    for name, path, value in [
        ("string count", row, "1"),
        ("negative count", row, -1),
        ("fraction count", row, 1.5),
        ("count beyond 64 bits", row, 2**64),
        ("boolean count", row, True),
        ("year as string", ["year"], "2020"),
        ("wrong schema", ["schema"], "ogi-report/2"),
        ("unknown edition", ["edition"], "2020"),
        ("narrative null", ["overview"], None),
        ("review cell negative", ["review_litigation", "litigation_direct", "total"], -2),
    ]:
        d = copy.deepcopy(doc)
        parent, key = at(d, path)
        parent[key] = value
        yield name, d
    d = copy.deepcopy(doc); del d["applications"]["carried_over"]["total"]; yield "missing key", d
    d = copy.deepcopy(doc); d["applications"]["new_received"]["foreign_org"] = 0; yield "unknown key", d
    d = copy.deepcopy(doc); del d["review_litigation"]; yield "missing section", d
    money = money_path(doc)
    if money:
        for name, value in [("money as number", 96171.6), ("money with comma", "96,171.6"), ("negative money", "-1"),
                            ("money exponent", "1e5")]:
            d = copy.deepcopy(doc); parent, key = at(d, money); parent[key]["value"] = value; yield name, d
        d = copy.deepcopy(doc); parent, key = at(d, money); parent[key]["unit"] = "美元"; yield "unknown unit", d
    d = copy.deepcopy(doc); d["edition"] = "2021" if doc["edition"] == "2019" else "2019"; yield "edition not matching shape", d

failures, checked = [], 0
for path in sorted(glob.glob(os.path.join(fixtures, "reports", "*.expected.json"))):
    doc = json.load(open(path, encoding="utf-8"))
    name = os.path.basename(path)
    doc_full = dict(doc, overview="一、总体情况", problems_and_improvements="", other_matters="无")
    for label, d in [("as published", doc), ("with narratives", doc_full)]:
        checked += 1
        if not validator.is_valid(d) or not decoder_accepts(d):
            failures.append(f"{name} {label}: schema valid={validator.is_valid(d)}, decoder accepts={decoder_accepts(d)}")
    for mutation, d in mutations(doc):
        checked += 1
        schema_ok, decoder_ok = validator.is_valid(d), decoder_accepts(d)
        if schema_ok or decoder_ok:
            failures.append(f"{name} / {mutation}: schema accepts={schema_ok}, decoder accepts={decoder_ok} (both must refuse)")

for f in failures:
    print("FAIL", f)
print(f"{checked - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
